"""Recognises the honorific or status word written before a name, alone or in front of a list."""

from functools import lru_cache

from bantin_extract.tokens import Token
from bantin_extract.tokens import key_of as canon

# Counts that make an honorific plural: "hai đồng chí A và B", "2 đồng chí: A, B".
_COUNT_WORDS = frozenset(
    canon(w)
    for w in ["các", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "những"]
)

# Single-word honorifics in the closed set, by key.
_SINGLE = {
    canon(w): h
    for w, h in {
        "ông": "ông",
        "bà": "bà",
        "cô": "cô",
        "thầy": "thầy",
        "em": "em",
        "đồngchí": "đồng chí",
    }.items()
}
_SINGLE_KEY = {"cô": canon("cô"), "thầy": canon("thầy")}
# Words that introduce a person but carry no honorific of the closed set.
_PLAIN = frozenset(canon(w) for w in ["anh", "chị", "cụ", "bác", "cháu", "bé"])
# Status nouns that introduce a name and are not honorifics ("quần chúng Phạm Tiến Đạt").
_STATUS = (
    ("quần", "chúng", "ưu", "tú"),
    ("quần", "chúng"),
    ("đảng", "viên", "dự", "bị"),
    ("đảng", "viên", "chính", "thức"),
    ("đảng", "viên", "mới"),
    ("đảng", "viên"),
    ("sinh", "viên"),
    ("học", "sinh", "ưu", "tú"),
    ("học", "sinh"),
    ("học", "viên"),
    ("giáo", "viên"),
    ("giảng", "viên"),
    ("nhà", "giáo"),
    ("cán", "bộ"),
    ("chiến", "sĩ"),
    ("cựu", "chiến", "binh"),
    ("nghệ", "nhân"),
    ("nhà", "báo"),
    ("luật", "sư"),
    ("đoàn", "viên"),
)


def _keys_at(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    words = _canon_words(words)
    if i + len(words) > len(tokens):
        return False
    return all(tokens[i + k].key == word for k, word in enumerate(words))


@lru_cache(maxsize=256)
def _canon_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(canon(word) if word.isalpha() else word for word in words)


def _is_count(token: Token) -> bool:
    return token.key in _COUNT_WORDS or (token.shape == "num" and token.key.isdigit())


def match_honorific(tokens: list[Token], i: int) -> tuple[str | None, bool, int] | None:
    """(honorific, plural, index after it) when an honorific or status word starts at `i`."""
    token = tokens[i]
    if token.shape not in ("lower", "title", "caps"):
        return None
    honorific, end = None, None
    if _keys_at(tokens, i, ("đồng", "chí")):
        honorific, end = "đồng chí", i + 2
    elif _keys_at(tokens, i, ("đ", "/", "c")):
        honorific, end = "đồng chí", i + 3
        if end < len(tokens) and tokens[end].text == ".":
            end += 1
    elif token.key in (_SINGLE_KEY["cô"], _SINGLE_KEY["thầy"]) and _keys_at(
        tokens, i + 1, ("giáo",)
    ):
        honorific, end = _SINGLE[token.key], i + 2
    elif token.key in _SINGLE:
        honorific, end = _SINGLE[token.key], i + 1
    elif token.key in _PLAIN:
        end = i + 1
    else:
        for words in _STATUS:
            if _keys_at(tokens, i, words):
                end = i + len(words)
                break
    if end is None:
        return None
    plural = i > 0 and _is_count(tokens[i - 1])
    if honorific == "đồng chí":
        # "2 đồng chí đảng viên: A và B" — the status after a counted honorific is skipped.
        for words in (("đảng", "viên", "mới"), ("đảng", "viên")):
            if _keys_at(tokens, end, words):
                end += len(words)
                break
    # "đ/c – Huỳnh Thị Ngọc Thu": a dash between honorific and name is only punctuation.
    if (
        honorific
        and end + 1 < len(tokens)
        and tokens[end].text in "-–"
        and tokens[end + 1].shape != "lower"
    ):
        end += 1
    if end < len(tokens) and tokens[end].text == ":":
        end += 1
        plural = plural or honorific is not None
    return honorific, plural, end
