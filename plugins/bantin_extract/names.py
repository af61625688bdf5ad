"""What a Vietnamese personal name looks like: syllable shape, family names, words that are never names."""

import re
import unicodedata
from functools import lru_cache, partial

from bantin_extract.tokens import KEY, Token, TokenMemo, keys_of, phrases_of
from bantin_extract.tokens import key_of as canon

# Onset, nucleus of one to three vowels, coda: the shape of every native syllable once the
# diacritics are stripped. Acronyms ("HĐND", "QUV", "TNCS") fail it, which is the point.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
# Syllables of the Central Highlands languages written in names: "Ksor", "Kpă", "Mlô", "Rah",
# "Hđơk". Only tried on capitalised words, where acronyms are in capitals and fail it.
_HIGHLAND_SYLLABLE = re.compile(
    r"(?:k[sdpt]|[bd]h|ml|mn|hm|hn|hr|hl|kr|dr|br|bl|pl|rc|kn|hd)[aeiouy]{1,3}[cklmnprt]?|[bdhklmnprsy][aeiouy]{1,3}[hklr]"
)


FAMILY_NAMES = keys_of(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Mai "
    "Trương Lương Đoàn Tạ Cao Lâm Chu Quách Hà Kiều Thái Tô Trịnh Văn Vương Châu La Từ Triệu "
    "Phùng Thân Lưu Tăng Khúc Nông Âu Giang Kim Mạc Tôn Hứa Lại Lò Đàm Diệp Doãn Lã Quan "
    "Ông Tiêu Viên Vi Hầu Ninh Nghiêm Phí Mẫn Thạch Danh Lục Hoàng Hàn Bạch Đồng Khổng "
    "Khuất Lạc Lê Mã Ma Tống Trình Tiết Ưng Uông Văn Vưu Yên Giáp Cù Cấn Công Lữ Trang "
    "Huỳnh Quang Nhữ Kha Bế Hoàng Chế Chung Chương Dư Đàng Hoa Khương Liêu Lô Âu "
    # Names of the northern and Central Highlands peoples; "Y" opens Ê Đê men's names.
    "Giàng Sùng Thào Lầu Sình Cầm Lường Quàng Tòng Sầm Điêu Lự Niê Ksor Siu Rơ Rah Kpă Mlô "
    "Byă Y"
)

# Capitalised words that begin a title, an office or a new sentence and never sit inside a name.
NEVER_IN_NAME = keys_of(
    "Bí Phó Trưởng Ủy Uỷ Đảng Ban Sở Khoa Phòng Viện Tỉnh Huyện Quận Phường Xã Giám Ngày "
    "Tháng Tại Và Của Các Những Với Cho Trong Theo Về Là Được Đã Sẽ Lớp Ảnh Nguồn Bài Bà "
    "Thầy Chủ Tịch Hiệu Thường Trực Đồng Chí Đ Phát Tham Đây Sau Trước Sáng Chiều Tối Dự Buổi Lễ "
    "Đến Thực Kết Qua Để Nhân Cùng Thay Quang Toàn Hiện Bên Như Nối Căn Trao Tặng Chúc Trên "
    "Hội Đại Tin Tức Xem Bình Luận Số Điện Thoại Email Khu Thôn Ấp Tổ Chi Bộ Cụ Em Cô Chị Anh "
    "Vì Do Khi Nhưng Mặc Dù Tuy Nên Thì Mà Hay Hoặc Này Đó Kỳ Nhiệm Lần Thứ Đợt Hướng Dẫn "
    "Quyết Định Nghị Chỉ Thị Kế Hoạch Công Văn Thông Báo Luật Điều Lệ Đoàn Thanh Niên Cộng Sản "
    "Thăm Kiểm Làm Trình Đọc Ký Bế Dâng Thắp Viếng Gặp Góp Nhận Tổng Quán Triển Đánh Nghe Cảm"
).difference(
    keys_of(
        "Văn Công Thanh Hoàng Đồng Chí Định Hiệu Đại Hội Thị Bình Quang Đoàn Kỳ Anh Niên Sơn Chi "
        "Khoa Quyết Thông Lệ Phát Như Toàn Nhân Trực Sáng Thứ"
    )
)
# Those subtracted are also common name syllables ("Trương Công Đắc", "Hồ Chí Minh",
# "Đỗ Văn Đại"); they are stopped by the word that follows instead (see ENDING_BIGRAMS).

# A capitalised syllable followed by one of these lower-case words starts an office or a
# sentence, not the end of a name: "đ/c Huỳnh Thị Hồng Bí thư chi bộ", "Xuân Phát biểu".
ENDING_BIGRAMS = phrases_of(
    "bí thư|phó bí|phó chủ|phó trưởng|phó giám|phó hiệu|chủ tịch|chủ nhiệm|trưởng ban|"
    "trưởng phòng|trưởng khoa|hiệu trưởng|hiệu phó|giám đốc|ủy viên|uỷ viên|giáo viên|"
    "giảng viên|đảng viên|đảng ủy|đảng uỷ|đảng bộ|chi bộ|chi ủy|chi uỷ|văn phòng|sinh viên|"
    "học sinh|công an|công ty|trung tâm|thành phố|thành ủy|thành uỷ|đại hội|đại diện|"
    "đại biểu|hội nghị|hội đồng|hội trường|đồng chí|thanh niên|đoàn viên|đoàn thanh|"
    "phát biểu|thay mặt|quang cảnh|kỳ họp|thị trấn|chính trị|quân đội|bình luận|anh hùng|"
    "thông qua|thông báo|toàn thể|nhân dịp|như vậy|quyết định|khoa học|trực tiếp|sáng tạo|"
    "sáng nay|sáng ngày|giao nhiệm|đề nghị|yêu cầu|ghi nhận|tuyên thệ|động viên|nhấn mạnh|"
    "khẳng định|biểu dương|chúc mừng|trao tặng|trao quyết|chủ trì|làm việc|tặng quà|kiểm tra|"
    "định hướng|chi nhánh|công tác|công nhân|đoàn kết|thanh tra|quang vinh"
)

# A word standing right before a capitalised run that makes it an organisation, a place or a
# concept named after a person ("Đoàn TNCS Hồ Chí Minh", "phường Nguyễn Thị Minh Khai").
ORG_BEFORE = keys_of(
    "trường phường xã tp thành phố quận huyện tỉnh đường phố tưởng cách đức gương sản "
    "sở học viện khu thôn ấp làng bản cầu chợ đền chùa nhà bảo tàng lăng công viên cơ "
    "quảng trường giải thưởng hẻm ngõ sông núi đảo ấp xóm tổ dân huân huy chương "
    "thpt thcs th tncs hcm ubnd hđnd lớp chi đoàn đội mang tên tên theo quận hiệu chuyên "
    "khoa hóa hoá viện tích niệm ty giải cúp quỹ phần thờ đài sách tượng bổng thị trấn kênh "
    "lộ tuyến cụm trạm"
) | frozenset({canon("thanh niên"), canon("cộng sản")})

# Places and fixed phrases that begin with a family name but are not people.
NOT_PEOPLE = phrases_of(
    "hà nội|hà tĩnh|hà nam|hà giang|hà đông|hà tiên|hà trung|hà quảng|thái nguyên|thái bình|"
    "lâm đồng|lâm hà|lâm thao|cao bằng|cao lãnh|hoàng mai|hoàng sa|kim bảng|kim sơn|châu đốc|"
    "châu thành|châu phú|châu đức|tô lịch|quan sơn|quan hóa|mai sơn|mai châu|lý sơn|đồng nai|"
    "đồng tháp|đồng hới|đồng xoài|giang thành|hồ chí minh|mác lênin|trịnh hoài đức|văn lâm|"
    "văn giang|văn yên|văn chấn|kim động|phan thiết|phan rang|hoa kỳ|trung quốc|lào cai|"
    "lai châu|đông anh|hồ gươm|la gi|tây nguyên|tiền giang|an giang|kiên giang|hậu giang|"
    # Provinces and cities: a line holding only one of them is a place, not a byline.
    "bà rịa|vũng tàu|bắc giang|bắc kạn|bạc liêu|bắc ninh|bến tre|bình định|bình dương|"
    "bình phước|bình thuận|cà mau|cần thơ|đà nẵng|đắk lắk|đắk nông|điện biên|gia lai|"
    "hải dương|hải phòng|hòa bình|hưng yên|khánh hòa|kon tum|lạng sơn|long an|nam định|"
    "nghệ an|ninh bình|ninh thuận|phú thọ|phú yên|quảng bình|quảng nam|quảng ngãi|quảng ninh|"
    "quảng trị|sóc trăng|sơn la|tây ninh|thanh hóa|thừa thiên huế|trà vinh|tuyên quang|"
    "vĩnh long|vĩnh phúc|yên bái|sài gòn|việt nam|đà lạt|nha trang|buôn ma thuột"
)

# Lines that look like two capitalised words but are labels, never a byline.
NOT_BYLINES = phrases_of(
    "tin tức|tin tuc|xem thêm|bình luận|liên kết|tiêu điểm|trang chủ|tin liên quan|chính trị|"
    "giáo dục|xã hội|kinh tế|văn hóa|thể thao|pháp luật|quốc phòng|an ninh|thời sự|tin mới|"
    "tin nổi bật|tin khác|tin ảnh|liên hệ|giới thiệu|chia sẻ|bản in|in bài|quay lại|tìm kiếm|"
    "thống kê|đang online|truy cập|hôm nay|tổng cộng|thành viên|phản hồi|ý kiến|video clip|"
    "xây dựng đảng|sự kiện|hoạt động|thông báo|văn bản|tài liệu|lượt xem|bài viết|tác giả"
)


@lru_cache(maxsize=65536)
def is_syllable(key: str) -> bool:
    """True for a lower-case key shaped like one native Vietnamese syllable."""
    if not key or len(key) > 9:
        return False
    bare = unicodedata.normalize("NFD", key.replace("đ", "d"))
    bare = "".join(ch for ch in bare if not unicodedata.combining(ch))
    if bare[1:2] == "'":  # "h'hen": the Ê Đê prefix and a syllable
        bare = bare[2:]
    return _SYLLABLE.fullmatch(bare) is not None or _HIGHLAND_SYLLABLE.fullmatch(bare) is not None


def _name_syllable(token: Token, caps: bool) -> bool:
    wanted = "caps" if caps else "title"
    if token.shape != wanted and not (caps and token.shape == "title" and len(token.text) == 1):
        return False
    return is_syllable(token.key) and token.key not in NEVER_IN_NAME


# name_syllable by token for each case style: no Python call per syllable of every name read.
_TITLE_SYLLABLE = TokenMemo(partial(_name_syllable, caps=False))
_CAPS_SYLLABLE = TokenMemo(partial(_name_syllable, caps=True))


def name_syllable(token: Token, caps: bool) -> bool:
    """Could this token be one syllable of a name written in title case (or in capitals)?"""
    return (_CAPS_SYLLABLE if caps else _TITLE_SYLLABLE)[token]


_THI = canon("thị")
# Words that open organisations' names, never a person's: "Trường Tiểu học …", "Khoa Cơ khí".
_NOT_FIRST = keys_of("Trường Khoa Lớp Đội Học Hợp Bệnh Ngân Chi")
_ORG_OPENINGS = phrases_of("trung tâm|công ty|công đoàn|hội đồng|hội phụ|hội cựu|hội nông")
_GIVEN_TOO = keys_of("Em")


_ORG_OPENING_FIRST = frozenset(phrase.split(" ")[0] for phrase in _ORG_OPENINGS)
_ENDING_FIRST = frozenset(phrase.split(" ")[0] for phrase in ENDING_BIGRAMS)
_FAMILY_WORDS = FAMILY_NAMES & NEVER_IN_NAME


def _ends_here(tokens: list[Token], i: int) -> bool:
    """Do tokens i and i + 1 open an office or a sentence (ENDING_BIGRAMS)?"""
    return (
        tokens[i].key in _ENDING_FIRST and f"{tokens[i].key} {tokens[i + 1].key}" in ENDING_BIGRAMS
    )


def read_name(tokens: list[Token], start: int, *, allow_caps: bool) -> int:
    """End index (exclusive) of the name starting at `start`, or `start` when there is none."""
    if start >= len(tokens):
        return start
    first = tokens[start]
    caps = first.shape == "caps"
    if caps and not allow_caps:
        return start
    end = start
    syllable = _CAPS_SYLLABLE if caps else _TITLE_SYLLABLE
    # A family name that is also a word ("Bế" of "bế mạc") is a name after an introducer.
    if allow_caps and first.key in _FAMILY_WORDS:
        end += 1
    elif not syllable[first]:
        return start
    if first.key in _NOT_FIRST or (
        first.key in _ORG_OPENING_FIRST
        and start + 1 < len(tokens)
        and f"{first.key} {tokens[start + 1].key}" in _ORG_OPENINGS
    ):
        return start  # "sinh viên Khoa Cơ khí": an organisation, not a name
    while end < len(tokens) and end - start < 6 and syllable[tokens[end]]:
        end += 1
    # "Trần Thị Em": a given name that is also an honorific, when no name follows it.
    if (
        end - start >= 2
        and end < len(tokens)
        and tokens[end].key in _GIVEN_TOO
        and tokens[end].shape == first.shape
        and (end + 1 >= len(tokens) or not syllable[tokens[end + 1]])
    ):
        end += 1
    # Inside a headline-style run the office or verb is capitalised too: "… HẢI PHÁT BIỂU".
    for cut in range(start + 2, end - 1):
        if tokens[cut].key in _ENDING_FIRST and _ends_here(tokens, cut):
            end = cut
            break
    # A trailing capitalised word that opens an office or a sentence belongs to what follows.
    # (_ends_here's first test is made here: most names end on a word that opens nothing.)
    while end - start > 2 and end < len(tokens) and tokens[end].shape != "punct":
        if tokens[end - 1].key not in _ENDING_FIRST or not _ends_here(tokens, end - 1):
            break
        end -= 1
    if (
        end - start == 2
        and end < len(tokens)
        and tokens[end].shape == "lower"
        and _ends_here(tokens, end - 1)
    ):
        return start
    if end - start < 2 or end - start > 5:
        return start
    if tokens[end - 1].key == _THI:
        return start  # "Nguyễn Thị" alone is a name cut short, not a name
    return end


def name_key(tokens: list[Token], start: int, end: int) -> str:
    return " ".join(map(KEY, tokens[start:end]))


def looks_like_place(key: str) -> bool:
    """A place or fixed phrase such as "Hà Nội" or "Hồ Chí Minh" at the head of the run."""
    # Only the head: "Nguyễn Hải Dương" and "Lê Quang Vinh" end like places but are people.
    syllables = key.split(" ")
    if len(syllables[0]) == 1:  # "Cao đẳng Y Hà Nội": "Y" (medicine) before a place
        syllables = syllables[1:]
    return any(" ".join(syllables[:n]) in NOT_PEOPLE for n in range(2, len(syllables) + 1))
