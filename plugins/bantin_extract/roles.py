"""Reads the office or affiliation written next to a name: the appositive after it or the title before it."""

from functools import lru_cache

from bantin_extract.degrees import may_start_degree
from bantin_extract.names import NEVER_IN_NAME
from bantin_extract.rolewords import (
    AFFILIATION_HEADS,
    AFTER_AND_STOPS,
    CADRE_NOUNS,
    DANGLING,
    DIRECT_HEADS,
    NAME_PARTS,
    OFFICE_HEADS,
    OFFICE_NOUNS,
    OPENERS,
    ORG_LOWER,
    PAIRED,
    ROLE_WORDS,
    STATUS_ONLY,
    STATUS_TAILS,
    STATUS_WORDS,
    VERB_FIRST,
    VERB_TOO,
)
from bantin_extract.tokens import Token
from bantin_extract.tokens import key_of as canon

_AND = canon("và")
_AGE = canon("tuổi")


def _names_the_office(tokens: list[Token], i: int) -> bool:
    if i == 0:
        return False
    if tokens[i - 1].key in OFFICE_NOUNS:
        return True
    return i >= 2 and f"{tokens[i - 2].key} {tokens[i - 1].key}" in CADRE_NOUNS


def _bare_status_at(tokens: list[Token], i: int) -> bool:
    """A status noun with no unit after it (", đoàn viên ưu tú"): not part of the role."""
    if i + 1 >= len(tokens) or f"{tokens[i].key} {tokens[i + 1].key}" not in STATUS_WORDS:
        return False
    k = i + 2
    while k < len(tokens) and tokens[k].key in STATUS_TAILS:
        k += 1
    return k >= len(tokens) or tokens[k].shape not in ("title", "caps", "num")


# The first words of each set of heads: most words open none, and are turned away before the
# two- and three-word phrases are built.
_FIRST_WORDS = {
    heads: frozenset(head.split(" ")[0] for head in heads)
    for heads in (DIRECT_HEADS, OFFICE_HEADS, AFTER_AND_STOPS)
}


def _head_at(tokens: list[Token], i: int, heads: frozenset[str]) -> bool:
    if i >= len(tokens):
        return False
    token = tokens[i]
    if token.shape == "caps" and not token.key.isalpha():
        return False
    first = token.key
    if first not in _FIRST_WORDS[heads]:
        return False
    if first in heads:
        return True  # the phrases of two and three words need not be built
    two = f"{first} {tokens[i + 1].key}" if i + 1 < len(tokens) else first
    three = f"{two} {tokens[i + 2].key}" if i + 2 < len(tokens) else two
    return two in heads or three in heads


def starts_affiliation(role: str) -> bool:
    """Does the role name a class, school or unit one belongs to ("học sinh lớp 12A1",
    "sinh viên Khoa …"), which several people share, rather than an office?"""
    return _affiliation_head(canon(role))


@lru_cache(maxsize=1024)
def _affiliation_head(key: str) -> bool:
    return any(key == head or key.startswith(head + " ") for head in AFFILIATION_HEADS)


def starts_office(tokens: list[Token], i: int) -> bool:
    """Does an office such as "Bí thư", "Phó …" or "lớp" begin at `i`?"""
    return _head_at(tokens, i, DIRECT_HEADS)


# Shapes a role goes on through whatever the word: capitalised words, codes, numbers.
_GOES_ON_SHAPES = frozenset({"title", "caps", "other", "num"})


def _allowed(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if token.shape == "lower":
        # The lower-case words of an organisation's name after its capitalised word: "Khoa
        # Hồi sức tích cực", "Trung tâm Văn hóa", "Ban Tham mưu", "Khoa Cơ khí động lực".
        if (
            token.key in ORG_LOWER
            and i > 0
            and (tokens[i - 1].shape == "title" or tokens[i - 1].key in ORG_LOWER)
        ):
            return True
        if token.key not in ROLE_WORDS:
            # The excerpt may stop mid-word: "Phó Giám đ" is kept as far as it goes.
            return i == len(tokens) - 1 and any(word.startswith(token.key) for word in ROLE_WORDS)
        if token.key in VERB_FIRST and i + 1 < len(tokens):
            after = tokens[i + 1].key
            if (
                f"{token.key} {after}" in VERB_TOO
                and i + 2 < len(tokens)
                # An object follows: "tổng hợp ý kiến", "tổng hợp: …".
                and (tokens[i + 2].shape == "lower" or tokens[i + 2].text == ":")
                and not _names_the_office(tokens, i)
            ):
                return False
        pair = PAIRED.get(token.key)
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
                and not _head_at(tokens, i + 1, AFTER_AND_STOPS)
            )
        return before in pair[0] or after in pair[1]
    return token.shape in _GOES_ON_SHAPES or token.text == "&"


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
    if opener in OPENERS:
        begin = start + 1
        if opener == "," and not (
            _head_at(tokens, begin, OFFICE_HEADS) or _acronym_head(tokens, begin)
        ):
            return None, start
    elif _head_at(tokens, start, DIRECT_HEADS):
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
                    tokens[nxt].key not in NEVER_IN_NAME or tokens[nxt].key in NAME_PARTS
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
        # The common case, a capitalised word or a number, is told here without a call.
        if token.shape not in _GOES_ON_SHAPES and not _allowed(tokens, i):
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
    while i > begin and (tokens[i - 1].key in DANGLING or tokens[i - 1].text in ",-–—&"):
        i -= 1
    return i


def _text(tokens: list[Token], begin: int, end: int) -> str | None:
    if end <= begin:
        return None
    # One comprehension, not a loop of appends: roles are read for nearly every mention.
    role = tokens[begin].text + "".join(
        [f" {token.text}" if token.spaced else token.text for token in tokens[begin + 1 : end]]
    )
    return None if _status_only(role) else role


@lru_cache(maxsize=4096)
def _status_only(role: str) -> bool:
    return canon(role) in STATUS_ONLY


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
        if _head_at(tokens, begin, DIRECT_HEADS) and tokens[begin].shape != "caps":
            return _text(tokens, begin, end), begin
    return None, name_start
