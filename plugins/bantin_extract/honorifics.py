"""Recognises the honorific or status word written before a name, alone or in front of a list."""

from bantin_extract.names import FAMILY_NAMES, name_syllable
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
_PLAIN = frozenset(canon(w) for w in ["anh", "chị", "cụ", "bác", "cháu", "bé", "bạn"])
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
    ("đảng", "viên", "lão", "thành"),
    ("lão", "thành", "cách", "mạng"),
    ("luật", "sư"),
    ("đoàn", "viên"),
    # Abbreviated status written before names: nghiên cứu sinh, giảng viên, sinh viên, …
    ("ncs",),
    ("gv",),
    ("gvcn",),
    ("sv",),
    ("hs",),
    ("đv",),
    ("ccb",),
)


# Military and police ranks: they introduce a name like a status word and are its role when
# nothing else is written ("Đại úy Ma Thị Thoa kể về …").
_RANKS = (
    *(
        (level, grade)
        for level in ("đại", "thượng", "trung", "thiếu")
        for grade in ("tướng", "tá", "úy")
    ),
    ("chuẩn", "úy"),
    ("thượng", "sĩ"),
    ("trung", "sĩ"),
    ("hạ", "sĩ"),
    ("binh", "nhất"),
    ("binh", "nhì"),
)
_STATUS = (*_STATUS, *_RANKS)


def _canon_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(canon(word) for word in words)


# Status phrases by their first word, longest first, so each token is tested against a few.
_STATUS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in _STATUS:
    _STATUS_BY_FIRST.setdefault(canon(_words[0]), []).append(_canon_words(_words))
_DONG_CHI = _canon_words(("đồng", "chí"))
_D_C = (canon("đ"), "/", "c")
_D_DOT_C = (canon("đ"), ".", "c")
_GIAO = (canon("giáo"),)
_PARTY_MEMBER = (_canon_words(("đảng", "viên", "mới")), _canon_words(("đảng", "viên")))
_FIRST_KEYS = frozenset(set(_STATUS_BY_FIRST) | set(_SINGLE) | _PLAIN | {_DONG_CHI[0], _D_C[0]})
# First words that only open phrases of two or more words, with the second words they take:
# "đảng" in "Đảng ủy" or "sinh" in "sinh hoạt" is rejected at once.
_SECOND_KEYS: dict[str, set[str]] = {}
for _words in [*_STATUS_BY_FIRST.values(), [_DONG_CHI, _D_C, _D_DOT_C]]:
    for _phrase in _words:
        _SECOND_KEYS.setdefault(_phrase[0], set())
        if len(_phrase) > 1:
            _SECOND_KEYS[_phrase[0]].add(_phrase[1])
for _key in list(_SECOND_KEYS):
    if (
        _key in _SINGLE
        or _key in _PLAIN
        or any(len(p) == 1 for p in _STATUS_BY_FIRST.get(_key, ()))
    ):
        del _SECOND_KEYS[_key]


_FAMILY_TOO = frozenset({canon("ông")})
_ONE_WORD = frozenset(_SINGLE) | _PLAIN
_SENTENCE_MARKS = frozenset('.:!?"“(-–*')


def _family_name_next(tokens: list[Token], i: int) -> bool:
    """ "…, Ông Nguyễn Văn A" is still the honorific: a family name follows it."""
    return i < len(tokens) and tokens[i].key in FAMILY_NAMES and tokens[i].key not in _MIDDLE


_MIDDLE = frozenset({canon("văn"), canon("thị")})


def _middle_and_given(tokens: list[Token], i: int) -> bool:
    """Exactly two name syllables at `i`, the first a middle name (Văn, Thị): after "Ông" they
    complete a three-syllable name whose family name is Ông. With three syllables after it
    ("Ông Văn Thanh Hải") Ông stays the honorific: the rest is a full name of its own."""
    return (
        i + 1 < len(tokens)
        and tokens[i].key in _MIDDLE
        and name_syllable(tokens[i], caps=False)
        and name_syllable(tokens[i + 1], caps=False)
        and (i + 2 >= len(tokens) or not name_syllable(tokens[i + 2], caps=False))
    )


def _sentence_start(tokens: list[Token], i: int) -> bool:
    if i == 0:
        return True
    before = tokens[i - 1].text
    # "TS. Ông Văn Lộc": the dot ends a degree, not a sentence.
    if before == "." and i >= 2 and tokens[i - 2].shape in ("caps", "other"):
        return False
    return before in _SENTENCE_MARKS


def list_intro(tokens: list[Token]) -> str | None:
    """The honorific of a line that only introduces a list below it ("… gồm các đồng chí:")."""
    if not tokens or tokens[-1].text != ":":
        return None
    for k in range(max(0, len(tokens) - 6), len(tokens)):
        matched = match_honorific(tokens, k)
        if matched and matched[0] and matched[2] == len(tokens):
            return matched[0]
    return None


def _keys_at(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    if i + len(words) > len(tokens):
        return False
    for k, word in enumerate(words):  # noqa: SIM110 — a plain loop is faster than all() here
        if tokens[i + k].key != word:
            return False
    return True


def _trie(phrases) -> dict:
    """Nested dicts by key; `None` marks where a phrase may end."""
    root: dict = {}
    for words in phrases:
        node = root
        for word in words:
            node = node.setdefault(word, {})
        node[None] = True
    return root


_STATUS_TRIE = _trie(_canon_words(words) for words in _STATUS)
_PARTY_MEMBER_TRIE = _trie(_PARTY_MEMBER)


def _longest(trie: dict, tokens: list[Token], i: int) -> int | None:
    """Index after the longest phrase of `trie` that starts at `i`, or None."""
    end, node = None, trie
    for k in range(i, len(tokens)):
        node = node.get(tokens[k].key)
        if node is None:
            break
        if None in node:
            end = k + 1
    return end


_RANK_TRIE = _trie(_canon_words(words) for words in _RANKS)


def match_rank(tokens: list[Token], i: int) -> int | None:
    """Index after a military or police rank starting at `i`, or None."""
    return _longest(_RANK_TRIE, tokens, i)


def _is_count(token: Token) -> bool:
    return token.key in _COUNT_WORDS or (token.shape == "num" and token.key.isdigit())


def match_honorific(tokens: list[Token], i: int) -> tuple[str | None, bool, int] | None:
    """(honorific, plural, index after it) when an honorific or status word starts at `i`."""
    token = tokens[i]
    if token.key not in _FIRST_KEYS or token.shape not in ("lower", "title", "caps"):
        return None
    honorific, end = None, None
    key = token.key
    seconds = _SECOND_KEYS.get(key)
    if seconds is not None and (i + 1 >= len(tokens) or tokens[i + 1].key not in seconds):
        return None
    if key in _ONE_WORD and token.shape == "title" and i and tokens[i - 1].shape == "title":
        return None  # "Hoàng Anh Gia Lai", "Đông Anh": a name or place, not "anh" + a name
    if key == _DONG_CHI[0] and _keys_at(tokens, i, _DONG_CHI):
        honorific, end = "đồng chí", i + 2
    elif key == _D_C[0] and (_keys_at(tokens, i, _D_C) or _keys_at(tokens, i, _D_DOT_C)):
        honorific, end = "đồng chí", i + 3
        if end < len(tokens) and tokens[end].text == ".":
            end += 1
    elif token.key in (_SINGLE_KEY["cô"], _SINGLE_KEY["thầy"]) and _keys_at(tokens, i + 1, _GIAO):
        honorific, end = _SINGLE[token.key], i + 2
    elif token.key in _SINGLE:
        if (
            token.key in _FAMILY_TOO
            and token.shape == "title"
            and not _sentence_start(tokens, i)
            and not _family_name_next(tokens, i + 1)
        ):
            return None  # "các đồng chí Nguyễn Đức Lâm, Ông Văn Lộc": Ông is a family name here
        if token.key in _FAMILY_TOO and token.shape == "title" and _middle_and_given(tokens, i + 1):
            return None  # "Ông Văn Lộc phát biểu": a full name, not "ông" and a given name
        honorific, end = _SINGLE[token.key], i + 1
    elif token.key in _PLAIN:
        end = i + 1
    else:
        end = _longest(_STATUS_TRIE, tokens, i)
    if end is None:
        return None
    plural = i > 0 and _is_count(tokens[i - 1])
    if honorific == "đồng chí":
        # "2 đồng chí đảng viên: A và B" — the status after a counted honorific is skipped.
        end = _longest(_PARTY_MEMBER_TRIE, tokens, end) or end
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


# Keys that can begin an honorific or status word, for a cheap test before match_honorific.
HONORIFIC_FIRST_KEYS = _FIRST_KEYS
# Keys that can end one ("chí", "c", "viên", "tú", "ông"), so that a name may follow them.
HONORIFIC_LAST_KEYS = frozenset(
    {words[-1] for words in map(_canon_words, _STATUS)}
    | set(_SINGLE)
    | _PLAIN
    | {_DONG_CHI[-1], _D_C[-1], _GIAO[-1]}
    | {words[-1] for words in _PARTY_MEMBER}
)
