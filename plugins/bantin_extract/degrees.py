"""Reads an academic degree written before a name ("PGS, TS.", "Th.S", "Bác sĩ CKI") and normalises it."""

from functools import lru_cache

from bantin_extract.tokens import Token, TokenMemo
from bantin_extract.tokens import key_of as canon

# Abbreviations as written (case matters: "cn" or "ks" in running text are not degrees).
_ABBREVIATIONS = {
    "GS": "gs",
    "PGS": "pgs",
    "TS": "ts",
    "ThS": "ths",
    "THS": "ths",
    "Ths": "ths",
    "BS": "bs",
    "TSKH": "ts",
    "BSCK1": "bscki",
    "BSCK2": "bsckii",
    "CK1": "cki",
    "CK2": "ckii",
    "DS": "other",
    "LS": "other",
    "KTS": "other",
    "CN": "cn",
    "KS": "ks",
    "BSCKI": "bscki",
    "BSCKII": "bsckii",
    "CKI": "cki",
    "CKII": "ckii",
    "NGƯT": "honorary",
    "NGND": "honorary",
    "TTND": "honorary",
    "TTƯT": "honorary",
}
# Degrees spelled out, by their lower-case words.
_WORDS = (
    (("phó", "giáo", "sư"), "pgs"),
    (("giáo", "sư"), "gs"),
    (("tiến", "sĩ"), "ts"),
    (("thạc", "sĩ"), "ths"),
    (("bác", "sĩ"), "bs"),
    (("kỹ", "sư"), "ks"),
    (("kĩ", "sư"), "ks"),
    (("cử", "nhân"), "cn"),
    (("nhà", "giáo", "ưu", "tú"), "honorary"),
    (("nhà", "giáo", "nhân", "dân"), "honorary"),
)
_WORDS = tuple((tuple(canon(word) for word in words), atom) for words, atom in _WORDS)
_FIRST_WORDS = frozenset(words[0] for words, _ in _WORDS)
# The spellings by their first word, in _WORDS order: a word is compared only with the few
# spellings it can open ("nhà" with "nhà giáo …"), not with all of them.
_WORDS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _atom_name in _WORDS:
    _WORDS_BY_FIRST.setdefault(_words[0], []).append((_words, _atom_name))
_SEPARATORS = frozenset(".,-")


def _atom(tokens: list[Token], i: int) -> tuple[str, int] | None:
    token = tokens[i]
    if not may_start_degree(token):
        return None
    if token.text in _ABBREVIATIONS:
        return _ABBREVIATIONS[token.text], i + 1
    # "Th.S" is written with a dot inside the abbreviation.
    if (
        token.text == "Th"
        and i + 2 < len(tokens)
        and tokens[i + 1].text == "."
        and tokens[i + 2].text in ("S", "s")
    ):
        return "ths", i + 3
    if token.shape not in ("title", "lower", "caps"):
        return None
    for words, atom in _WORDS_BY_FIRST.get(token.key, ()):
        if i + len(words) <= len(tokens) and all(
            tokens[i + k].key == word for k, word in enumerate(words)
        ):
            return atom, i + len(words)
    return None


# For a cheap test before match_degree: the keys and texts that can begin a degree.
DEGREE_FIRST_WORDS = _FIRST_WORDS
DEGREE_ABBREVIATIONS = frozenset(_ABBREVIATIONS) | {"Th"}
# What a degree can end on: the last word of a spelled-out one (by key) or an abbreviation
# (as written, "S" of "Th.S" included).
DEGREE_LAST_WORDS = frozenset(words[-1] for words, _ in _WORDS)
DEGREE_LAST_TEXTS = DEGREE_ABBREVIATIONS | {"S", "s"}


def _may_start_degree(token: Token) -> bool:
    return token.key in DEGREE_FIRST_WORDS or token.text in DEGREE_ABBREVIATIONS


# Whether a degree can begin at each token, remembered by token.
may_start_degree = TokenMemo(_may_start_degree).__getitem__


# How a set of degrees is written, most specific first.
_WRITTEN = tuple(
    (frozenset(wanted.split()), written)
    for wanted, written in (
        ("pgs ts", "PGS.TS."),
        ("gs ts", "GS.TS."),
        ("ths bs", "ThS.BS."),
        ("ts bs", "TS.BS."),
        ("bsckii", "BSCKII."),
        ("bscki", "BSCKI."),
        ("pgs", "PGS."),
        ("gs", "GS."),
        ("ts", "TS."),
        ("ths", "ThS."),
        ("bs", "BS."),
        ("cn", "CN."),
        ("ks", "KS."),
    )
)


@lru_cache(maxsize=256)
def _normalise(atoms: tuple[str, ...]) -> str | None:
    # Cached: a few combinations of at most four atoms are all that bulletins write.
    have = set(atoms) - {"honorary"}
    if "cki" in have or "ckii" in have:
        have.add("bs")
    if "bs" in have and ("cki" in have or "ckii" in have):
        have = (have - {"bs", "cki", "ckii"}) | {"bsckii" if "ckii" in have else "bscki"}
    for wanted, written in _WRITTEN:
        if wanted <= have:
            return written
    return None


def match_degree(tokens: list[Token], i: int) -> tuple[str | None, int] | None:
    """(normalised degree or None for honorary titles only, index after it) or None."""
    atoms: list[str] = []
    end = i
    while end < len(tokens) and len(atoms) < 4:
        found = _atom(tokens, end)
        if found is None:
            break
        atoms.append(found[0])
        end = found[1]
        # Separators between atoms: "PGS, TS.", "PGS.TS", "GS. TS", "NGƯT.TS."
        while end < len(tokens) and tokens[end].text in _SEPARATORS and end - found[1] < 2:
            end += 1
    if not atoms:
        return None
    # A separator after the last atom that is not a dot ("TS, Nguyễn") is not part of it.
    while end > i and tokens[end - 1].text in ",-":
        end -= 1
    return _normalise(tuple(atoms)), end
