"""Reads the office or affiliation written next to a name: the appositive after it or the title before it."""

from functools import lru_cache

from bantin_extract.degrees import may_start_degree
from bantin_extract.names import NEVER_IN_NAME
from bantin_extract.tokens import Token
from bantin_extract.tokens import key_of as canon


def _keys(words: str) -> frozenset[str]:
    return frozenset(canon(word) for word in words.split())


def _phrases(lines: str) -> frozenset[str]:
    return frozenset(canon(line) for line in lines.split("|"))


# Lower-case words that occur inside offices and organisation names. Anything else in lower
# case (a verb, "cùng", "sinh năm") ends the role.
ROLE_WORDS = _keys(
    "bí thư phó trưởng ban chi bộ ủy uỷ viên đảng thường trực vụ chủ tịch tổ chức tuyên giáo "
    "dân vận kiểm tra phường xã thị trấn huyện quận tỉnh thành phố khối doanh nghiệp cơ quan "
    "sở trường nhà khoa lớp lớn nhỏ giảng nhiệm hiệu giám đốc chuyên trách hội đồng học viện "
    "sinh đoàn thanh niên liên đội công an sự nhân mặt trận quốc văn phòng hành chính đại "
    "trung tâm phổ thông tiểu mầm non cao đẳng kinh tế y bệnh ngân hàng nhánh cục kiêm huy "
    "năm tuổi khu thôn ấp xóm cư khóa khoá lâm thời tư pháp tài kế toán hoạch đầu nông lao "
    "động thương binh cựu chiến phụ nữ cấp quản lý điều hành tịch trị quân ủy ban thư ký "
    "tổng hợp bảo hiểm xã hội giáo dục đào tạo ngoại vụ kỳ và nguyên chánh phân hiệu tập "
    "đoàn trợ lý hành đội trưởng nhiệm công nghệ thông tin kỹ thuật môn bộ môn dược điều "
    "dưỡng hộ sinh tế tổ dân phố khoá cán bộ ương gia hiệp ty tnhh cổ phần nước số tác chấp "
    "chỉ biên thủ biểu lạc câu huấn"
)
# Role words that are verbs or other things on their own ("chủ trì", "giám sát", "sinh năm"):
# allowed only next to the word that makes them part of an office (previous, next).
_PAIRED = {
    canon(word): (_keys(before), _keys(after))
    for word, before, after in (
        ("chủ", "", "tịch nhiệm"),
        ("và", "", ""),
        ("giám", "", "đốc hiệu"),
        ("tin", "thông", ""),
        ("thông", "phổ truyền", "tin"),
        ("công", "", "an ty đoàn nghệ nghiệp thương chức nhân tác"),
        ("tác", "công hợp", ""),
        ("biểu", "đại", ""),
        ("lạc", "câu", "bộ"),
        ("chỉ", "", "huy"),
        ("thủ", "", "trưởng"),
        ("đồng", "hội cộng", ""),
        ("tập", "biên", "đoàn"),
        ("sinh", "học hộ", "viên"),
        ("năm", "", "tuổi"),
        ("kỳ", "nhiệm", ""),
        ("điều", "", "hành dưỡng"),
        ("hành", "điều chấp thực", "chính"),
        ("động", "lao", ""),
        ("thời", "lâm", ""),
        ("trị", "chính", ""),
        ("tế", "kinh y quốc", ""),
        ("lý", "quản trợ", ""),
        ("tư", "đầu", "pháp"),
        ("đại", "", "học biểu hội"),
        ("sự", "quân nhân tư", ""),
        ("vụ", "thường ngoại nghiệp nhiệm dịch", ""),
        ("nhân", "công", "dân viên sự"),
        ("quản", "", "lý"),
        ("tổ", "", "chức trưởng dân"),
        ("học", "đại sinh tin khoa toán hóa hoá văn tiểu trung vật y dược", "sinh viện"),
    )
}
_AND = canon("và")
_AGE = canon("tuổi")
# Lower-case words of departments and organisations (medicine, engineering, culture, army),
# verbs left out ("giao", "xây dựng"): they follow a capitalised word of the name.
_ORG_LOWER = _keys(
    "mưu sức tích cực độc cơ khí động lực điện tử hóa hoá thể thao nhi sản nhiễm thần kinh mắt "
    "răng hàm mặt tai mũi họng liễu ung bướu chấn thương hình năng mê nghiệm huyết dinh dưỡng "
    "môi lợi lịch phẩm nguyên khoáng trúc thủy thuỷ ngữ văn toán lý sinh địa sử nhạc mỹ thuật "
    "nghệ vận tải đô thị nước quan phòng ninh dân huấn cần vụ lượng tế bào tiêu hóa hoá cấp cứu "
    "ngoại nội khám bệnh phạm bách chất mỏ"
)
# Office words that are verbs too: after a complete office and before their object ("Phó Bí
# thư Chi bộ tổng hợp ý kiến", "Chi bộ tổ chức hội nghị") they begin the verb, not the office
# ("Khoa Ngoại tổng hợp," is a department).
_VERB_TOO = _phrases(
    "tổ chức|tổng hợp|kiểm tra|quản lý|điều hành|giám sát|phụ trách|tuyên truyền|chủ trì"
)
_VERB_FIRST = frozenset(phrase.split(" ")[0] for phrase in _VERB_TOO)
# Words before which those name an office or a department: "Ban tổ chức", "phòng tổng hợp",
# "cán bộ kiểm tra", "chuyên viên phụ trách".
_OFFICE_NOUNS = _keys("ban phòng phận ủy uỷ tổ")
# Two-word nouns that take the complement; "Chi bộ", "ủy viên" are complete offices.
_CADRE_NOUNS = _phrases("cán bộ|chuyên viên|nhân viên")


def _names_the_office(tokens: list[Token], i: int) -> bool:
    if i == 0:
        return False
    if tokens[i - 1].key in _OFFICE_NOUNS:
        return True
    return i >= 2 and f"{tokens[i - 2].key} {tokens[i - 1].key}" in _CADRE_NOUNS


# Lower-case words that cannot end a role: a role cut before its verb must not end on them.
_DANGLING = _keys("và của kiêm công nhà ban phó cấp")


# Offices that may follow a name with no punctuation ("đ/c Huỳnh Thị Hồng Bí thư chi bộ").
_DIRECT_HEADS = _phrases(
    "bí thư|phó|chủ tịch|chủ nhiệm|trưởng|hiệu trưởng|hiệu phó|giám đốc|ủy viên|giáo viên|"
    "giảng viên|lớp|chi ủy viên|đảng ủy viên|huy hiệu|phó chủ tịch|tổng bí thư|nguyên|thư ký|"
    "điều dưỡng|bác sĩ|dược sĩ|y sĩ|kế toán|chuyên viên|nhân viên|trợ lý|chính trị viên"
)
_AFTER_AND_STOPS = _phrases("huy hiệu|bằng khen|giấy khen|kỷ niệm chương|huy chương|quyết định")
# Words that open an office or affiliation after a dash, comma or parenthesis.
OFFICE_HEADS = _DIRECT_HEADS | _phrases(
    "đảng uv|quận ủy viên|huyện ủy viên|tỉnh ủy viên|thành ủy viên|cán bộ|chuyên viên|kế toán|"
    "thư ký|tổng|sinh viên|học sinh|nguyên|chánh|trợ lý|chính ủy|tư lệnh|đội trưởng|tổ trưởng|"
    "đảng viên|học viên|nhân viên|bác sĩ|điều dưỡng|chỉ huy|thường trực|chi bộ|đảng bộ|đảng ủy|"
    "trường|khoa|phòng|ban|sở|trung tâm|văn phòng|công ty|ngân hàng|bệnh viện|hội|đoàn|viện|"
    "học viện|ủy ban|mặt trận|liên đoàn|công đoàn|tổng công ty|cục|chi cục|đại biểu|thủ trưởng|"
    "chính trị viên|chỉ huy trưởng"
)
# Capitalised words that end a name but go on in an organisation's name after a dash:
# "Khoa Toán - Tin", "Phòng Kế hoạch - Tài chính", "Ban Kinh tế - Xã hội".
_NAME_PARTS = _keys("Tin Xã Kế Tổ Kiểm Tổng Sản Phòng Luật Thông Hội Khoa Đảng Viện Điện")
# Status nouns alone are not roles ("quần chúng ưu tú", "đảng viên").
_STATUS_ONLY = _phrases(
    "đảng viên|quần chúng|quần chúng ưu tú|đảng viên mới|học sinh|sinh viên|đảng viên dự bị|"
    "đảng viên chính thức|học viên"
)
_OPENERS = frozenset("-–—,(")


_STATUS_WORDS = _phrases("đảng viên|đoàn viên|quần chúng|hội viên")
_STATUS_TAILS = _keys("ưu tú dự bị chính thức mới")


def _bare_status_at(tokens: list[Token], i: int) -> bool:
    """A status noun with no unit after it (", đoàn viên ưu tú"): not part of the role."""
    if i + 1 >= len(tokens) or f"{tokens[i].key} {tokens[i + 1].key}" not in _STATUS_WORDS:
        return False
    k = i + 2
    while k < len(tokens) and tokens[k].key in _STATUS_TAILS:
        k += 1
    return k >= len(tokens) or tokens[k].shape not in ("title", "caps", "num")


def _head_at(tokens: list[Token], i: int, heads: frozenset[str]) -> bool:
    if i >= len(tokens):
        return False
    token = tokens[i]
    if token.shape == "caps" and not token.key.isalpha():
        return False
    first = token.key
    two = f"{first} {tokens[i + 1].key}" if i + 1 < len(tokens) else first
    three = f"{two} {tokens[i + 2].key}" if i + 2 < len(tokens) else two
    return first in heads or two in heads or three in heads


def starts_office(tokens: list[Token], i: int) -> bool:
    """Does an office such as "Bí thư", "Phó …" or "lớp" begin at `i`?"""
    return _head_at(tokens, i, _DIRECT_HEADS)


def _allowed(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if token.shape == "lower":
        # The lower-case words of an organisation's name after its capitalised word: "Khoa
        # Hồi sức tích cực", "Trung tâm Văn hóa", "Ban Tham mưu", "Khoa Cơ khí động lực".
        if (
            token.key in _ORG_LOWER
            and i > 0
            and (tokens[i - 1].shape == "title" or tokens[i - 1].key in _ORG_LOWER)
        ):
            return True
        if token.key not in ROLE_WORDS:
            # The excerpt may stop mid-word: "Phó Giám đ" is kept as far as it goes.
            return i == len(tokens) - 1 and any(word.startswith(token.key) for word in ROLE_WORDS)
        if token.key in _VERB_FIRST and i + 1 < len(tokens):
            after = tokens[i + 1].key
            if (
                f"{token.key} {after}" in _VERB_TOO
                and i + 2 < len(tokens)
                # An object follows: "tổng hợp ý kiến", "tổng hợp: …".
                and (tokens[i + 2].shape == "lower" or tokens[i + 2].text == ":")
                and not _names_the_office(tokens, i)
            ):
                return False
        pair = _PAIRED.get(token.key)
        if pair is None:
            return True
        before = tokens[i - 1].key if i > 0 else ""
        after = tokens[i + 1].key if i + 1 < len(tokens) else ""
        if token.key == _AND:
            # "Sở Giáo dục và Đào tạo" goes on; "Đảng ủy Trường và 21 đảng viên" does not, nor
            # "Chi bộ ấp 3 và Huy hiệu 30 năm tuổi Đảng cho …" (a new clause).
            return (
                i + 1 < len(tokens)
                and tokens[i + 1].shape in ("title", "caps")
                and tokens[i - 1].shape != "num"
                and not _head_at(tokens, i + 1, _AFTER_AND_STOPS)
            )
        return before in pair[0] or after in pair[1]
    return token.shape in ("title", "caps", "other", "num") or token.text == "&"


def read_role(tokens: list[Token], start: int, stop_at, name_at=None) -> tuple[str | None, int]:
    """(Role text after a name ending at `start`, index after it); `stop_at(i)` says a new
    person begins at i, `name_at(i)` that a person's name written after a title of their own
    begins at i. Without a role the index is `start`."""
    if start >= len(tokens):
        return None, start
    # An age aside before the office: "Ông X, 79 tuổi, nguyên Bí thư Huyện ủy".
    if (
        start + 3 < len(tokens)
        and tokens[start].text == ","
        and tokens[start + 1].shape == "num"
        and tokens[start + 2].key == _AGE
        and tokens[start + 3].text == ","
        and _head_at(tokens, start + 4, OFFICE_HEADS)
    ):
        start += 3
    opener = tokens[start].text
    paren = opener == "("
    if opener in _OPENERS:
        begin = start + 1
        if opener == "," and not (
            _head_at(tokens, begin, OFFICE_HEADS) or _acronym_head(tokens, begin)
        ):
            return None, start
    elif _head_at(tokens, start, _DIRECT_HEADS):
        begin = start
    else:
        return None, start
    if stop_at(begin):
        return None, start  # "A, B và C": the comma opens the next name, not a role
    if (
        begin < len(tokens)
        and tokens[begin].shape in ("num", "lower", "punct")
        and not (_head_at(tokens, begin, OFFICE_HEADS))
    ):
        return None, start  # "(65 tuổi)", "(sinh năm 1945)" say nothing of an office
    if (
        begin + 1 < len(tokens)
        and tokens[begin].shape == "caps"
        and tokens[begin + 1].shape == "num"
        and not _head_at(tokens, begin, OFFICE_HEADS)
    ):
        return None, start  # "(SN 1995)", "(ĐT 0912…)": an abbreviation before a number
    end = _scan(tokens, begin, stop_at, paren, name_at)
    role = _text(tokens, begin, end)
    if role is None:
        return None, start
    if paren and end < len(tokens) and tokens[end].text == ")":
        end += 1
    return role, end


def _acronym_head(tokens: list[Token], i: int) -> bool:
    return (
        i < len(tokens)
        and tokens[i].shape == "caps"
        and len(tokens[i].text) <= 5
        and not may_start_degree(tokens[i])
        and (i + 1 >= len(tokens) or tokens[i + 1].text in ",;-–" or tokens[i + 1].shape != "lower")
    )


def _scan(tokens: list[Token], begin: int, stop_at, paren: bool, name_at) -> int:
    i = begin
    while i < len(tokens):
        token = tokens[i]
        text = token.text
        if paren and text == ")":
            break
        if text in ",-–—" and i > begin:
            # Another office after the comma or dash continues the role; anything else ends it.
            nxt = i + 1
            # After a dash a capitalised word also goes on: "Phòng Tổ chức - Hành chính".
            goes_on = _head_at(tokens, nxt, OFFICE_HEADS) or _acronym_head(tokens, nxt)
            if not goes_on and text != "," and nxt < len(tokens):
                goes_on = tokens[nxt].shape == "title" and (
                    tokens[nxt].key not in NEVER_IN_NAME or tokens[nxt].key in _NAME_PARTS
                )
            if stop_at(nxt) or not goes_on or _bare_status_at(tokens, nxt):
                break
            i = nxt
            continue
        if text == "/" or (text == "T" and i + 1 < len(tokens) and tokens[i + 1].text == "/"):
            break  # "T/M Ban Thường vụ" (on behalf of) starts the verb part
        if i > begin and stop_at(i):
            break
        if name_at is not None and i > begin and token.shape == "title" and name_at(i):
            # A person's name inside the stretch: the title before it is that person's own
            # ("Đại tướng Võ Nguyên Giáp, Tổng Bí thư Nguyễn Phú Trọng"), so the role ends at
            # the last separator before that title, or does not begin.
            separators = [k for k in range(begin, i) if tokens[k].text in ",;-–—("]
            i = separators[-1] if separators else begin
            break
        if not _allowed(tokens, i):
            if (
                text == "."
                and i + 1 < len(tokens)
                and tokens[i + 1].shape in ("title", "caps")
                and (tokens[i - 1].key in ("tp", "p", "q", "th"))
            ):
                i += 1  # "TP. Hồ Chí Minh" inside an organisation name
                continue
            break
        i += 1
    while i > begin and (tokens[i - 1].key in _DANGLING or tokens[i - 1].text in ",-–—&"):
        i -= 1
    return i


def _text(tokens: list[Token], begin: int, end: int) -> str | None:
    if end <= begin:
        return None
    pieces = []
    for k in range(begin, end):
        token = tokens[k]
        if k > begin and token.spaced:
            pieces.append(" ")
        pieces.append(token.text)
    role = "".join(pieces)
    return None if _status_only(role) else role


@lru_cache(maxsize=4096)
def _status_only(role: str) -> bool:
    return canon(role) in _STATUS_ONLY


def read_title_before(tokens: list[Token], name_start: int) -> tuple[str | None, int]:
    """(Office written right before a name or its degree, index where it begins), as in
    "Bí thư Đảng ủy: PGS.TS. X"; (None, name_start) when there is none."""
    i = name_start - 1
    if i >= 0 and tokens[i].text == ":":
        i -= 1
    end = i + 1
    while i >= 0 and _allowed(tokens, i) and end - i < 16:
        i -= 1
    # The earliest office head in the stretch opens the title.
    for begin in range(i + 1, end):
        if _head_at(tokens, begin, _DIRECT_HEADS) and tokens[begin].shape != "caps":
            return _text(tokens, begin, end), begin
    return None, name_start
