"""Where a mention may start: trigger words, family names, and not after a word naming an organisation or place."""

from bantin_extract.degrees import DEGREE_ABBREVIATIONS, DEGREE_FIRST_WORDS
from bantin_extract.honorifics import HONORIFIC_FIRST_KEYS
from bantin_extract.names import (
    FAMILY_NAMES,
    ORG_BEFORE,
    is_syllable,
    looks_like_place,
    name_key,
    read_name,
)
from bantin_extract.roles import starts_office
from bantin_extract.tokens import Token, TokenMemo, keys_of

# Abbreviated offices and titles that may stand before a name ("PBT Nguyễn Văn A").
TITLE_ACRONYMS = keys_of(
    "pct bt pbt uv quv tuv huv uvbtv gđ pgđ ct nsưt nsnd hlv đv đvdb cb cbgv nv pv btv tbt"
)
# Family names that do not also open common phrases in capitals ("CÔNG TÁC", "ĐÀO TẠO").
COMMON_FAMILY_NAMES = keys_of(
    "nguyễn trần lê phạm huỳnh phan võ đặng bùi đỗ hồ ngô dương lý đinh trương trịnh lưu "
    "hứa nông lò phùng triệu khổng quách vương"
)
_NAME_SHAPES = frozenset({"title", "caps"})
# Keys of tokens that may open an honorific, a status word or a spelled-out degree.
_STARTER_KEYS = HONORIFIC_FIRST_KEYS | DEGREE_FIRST_WORDS

TRIGGER = 1  # may open an honorific, a status word or a degree
CAPITALISED = 2  # any other word in title case
CAPS_FAMILY = 3  # a family name in capitals


def _kind(token: Token) -> int:
    if token.key in _STARTER_KEYS or token.text in DEGREE_ABBREVIATIONS:
        return TRIGGER
    if token.shape == "title":
        return CAPITALISED
    return CAPS_FAMILY if token.shape == "caps" and token.key in COMMON_FAMILY_NAMES else 0


# What each token can start, remembered by token (most lookups are hits).
kind_of = TokenMemo(_kind).__getitem__


_QUOTES = frozenset('"“”')
# How many tokens before a name quoted_title looks for the quote mark opening a title.
QUOTE_LOOKBACK = 5


def quoted_title(tokens: list[Token], start: int, end: int) -> bool:
    """A name closing a quoted title after other words: "Tuổi trẻ Võ Thị Sáu", a campaign."""
    if end >= len(tokens) or tokens[end].text not in _QUOTES:
        return False
    opening = [k for k in range(max(0, start - QUOTE_LOOKBACK), start) if tokens[k].text in _QUOTES]
    return bool(opening) and opening[-1] < start - 1


def family_name_start(tokens: list[Token], i: int) -> int:
    """End of a name that starts at `i` with a family name, or `i`."""
    if i >= len(tokens) or (tokens[i].key not in FAMILY_NAMES and tokens[i].key[1:2] != "'"):
        return i  # "H'Hen Niê": Ê Đê women's names open on H' instead of a family name
    return read_name(tokens, i, allow_caps=False)


def organisation_before(tokens: list[Token], i: int) -> bool:
    """Does the word before `i` make the name an organisation's or a place's ("Trường THPT …",
    "phường …", "TP. …")?"""
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.key in ORG_BEFORE:
        return True
    if before.text == "." and i >= 2 and tokens[i - 2].key in ("tp", "p", "q"):
        return True
    if i >= 2 and f"{tokens[i - 2].key} {before.key}" in ORG_BEFORE:
        return True
    # "THPT Trần Phú", "TNCS Hồ Chí Minh"; but "PCT Nguyễn Văn A" is an office abbreviation.
    return before.shape == "caps" and len(before.text) > 1 and before.key not in TITLE_ACRONYMS


def name_in_role(tokens: list[Token], i: int) -> bool:
    """A full name (family name and two or more syllables) opening a capitalised run at `i`
    inside a role, not after a word that makes it an organisation's or a place's name."""
    if tokens[i - 1].shape in _NAME_SHAPES:
        return False
    end = family_name_start(tokens, i)
    if end - i < 3 or (end < len(tokens) and tokens[end].shape == "title"):
        return False
    return not looks_like_place(name_key(tokens, i, end)) and not organisation_before(tokens, i)


def name_in_capitals(tokens: list[Token], i: int) -> int:
    """End of a full name in capitals at `i` with no introducer ("LÊ VĂN AN phát biểu",
    "BÍ THƯ TỈNH ỦY NGUYỄN VĂN HẢI"), or `i` when there is none or it names something else."""
    end = read_name(tokens, i, allow_caps=True)
    if end - i < 3 or tokens[i].key not in COMMON_FAMILY_NAMES:
        return i
    before = tokens[i - 1] if i else None
    if before is None or before.shape != "caps":
        organisation = organisation_before(tokens, i)
    # Inside a line in capitals only after an office: not "LỰC LƯỢNG VŨ TRANG NHÂN DÂN".
    elif not any(starts_office(tokens, k) for k in range(max(0, i - 6), i)):
        return i
    elif is_syllable(before.key):  # a word in capitals ("ỦY", "PHƯỜNG")
        organisation = before.key in ORG_BEFORE or (
            i >= 2 and f"{tokens[i - 2].key} {before.key}" in ORG_BEFORE
        )
    else:  # an acronym: "THPT Trần Phú" names a school, "PCT Nguyễn Văn A" an office
        organisation = before.key not in TITLE_ACRONYMS
    return i if organisation or looks_like_place(name_key(tokens, i, end)) else end
