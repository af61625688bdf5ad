"""Where document kinds and spelled-out numbers may start: one scan of the text serves both."""

import re
from functools import lru_cache

from bantin_extract.dockinds import ABBREVIATIONS, KINDS

# Spelled-out counts a figure may start with ("hai đảng viên", "Ba chi bộ").
NUMBER_WORDS = ("một", "mười", "hai", "ba", "bốn", "bảy", "năm", "sáu", "tám", "chín")


def _rests(words, *, upper_rest: bool, tail: str, after=None) -> list[tuple[str, str]]:
    """(first character, what follows it) of the rests of `words` after their first letter,
    each checking that letter (either case) behind it, then `tail`; with `upper_rest` a rest
    may also be in capitals ("NGHỊ", "HAI"). `after` maps a word to a pattern that must follow
    it."""
    letters: dict[tuple[str, str], str] = {}
    for word in words:
        first = word[0].upper() + word[0].lower()
        follow = after(word) if after else ""
        for rest in (word[1:], word[1:].upper()) if upper_rest else (word[1:],):
            if first not in letters.get((rest, follow), ""):
                letters[rest, follow] = letters.get((rest, follow), "") + first
    return [
        (rest[0], f"{re.escape(rest[1:])}(?<=[{first}]{re.escape(rest)}){follow}{tail}")
        for (rest, follow), first in letters.items()
    ]


def _by_first_character(rests: list[tuple[str, str]]) -> str:
    """The rests as one alternation keyed by their first character: the engine tests one
    character per group instead of every rest in turn (order within a group is kept, and
    rests of different first characters never match at the same place)."""
    groups: dict[str, list[str]] = {}
    for character, follows in rests:
        groups.setdefault(character, []).append(follows)
    return "|".join(
        f"{re.escape(character)}(?:{'|'.join(follows)})" for character, follows in groups.items()
    )


def _letters(words) -> str:
    return "".join(sorted({word[0].upper() + word[0].lower() for word in words}))


def _second_letters(words) -> str:
    """Every character a rest may open on, in either case: checked once at a word's start, it
    turns most words away before the alternatives are tried."""
    return "".join(re.escape(c) for c in sorted({c for w in words for c in (w[1], w[1].upper())}))


# The first word of each kind ("Nghị", "Kế", "Quyết", …), with the rest of the kind after one
# space as the document pattern reads it (case-blind: "Nghị quyết", "NGHỊ QUYẾT"), and the
# abbreviations ("QĐ", "KH"): the document pattern tried at each start needs one of them, so
# "Công tác" or "hội nghị đã" is no start.
_KIND_FIRST_WORDS = tuple(dict.fromkeys(kind.split()[0] for kind in KINDS))
_KIND_SECONDS: dict[str, list[str]] = {}
for _kind in KINDS:
    _first, _, _second = _kind.partition(" ")
    _KIND_SECONDS.setdefault(_first, []).extend([_second] if _second else [])


def _rest_of_kind(first_word: str) -> str:
    seconds = _KIND_SECONDS[first_word]
    return f"(?=\\ (?i:{'|'.join(map(re.escape, seconds))}))" if seconds else ""


# Kinds and number words both end a word (a kind may have a digit glued: "QĐ12"). No kind's
# first word is a number word, so a match's text tells which list it belongs to.
_ALL_RESTS = _by_first_character(
    [
        *_rests(_KIND_FIRST_WORDS, upper_rest=True, tail=r"(?![^\W\d_])", after=_rest_of_kind),
        *_rests(ABBREVIATIONS, upper_rest=False, tail=r"(?![^\W\d_])"),
        *_rests(NUMBER_WORDS, upper_rest=True, tail=r"(?!\w)"),
    ]
)
_NUMBER_KEYS = frozenset(NUMBER_WORDS)
if _NUMBER_KEYS & {word.lower() for word in (*_KIND_FIRST_WORDS, *ABBREVIATIONS)}:
    raise ValueError(
        "a document kind's first word is also a number word: word_starts cannot tell them apart"
    )
_ALL_WORDS = (*_KIND_FIRST_WORDS, *ABBREVIATIONS, *NUMBER_WORDS)
# A plain first letter: the scan skips fast to the letters, and each finder then tries its own
# full pattern only where its words start. The second letter is checked before the word start:
# it turns more letters away, and more cheaply, than the look-behind.
WORD_START = re.compile(
    rf"[{_letters(_ALL_WORDS)}](?=[{_second_letters(_ALL_WORDS)}])(?<!\w.)(?:{_ALL_RESTS})"
)


@lru_cache(maxsize=4)
def word_starts(text: str) -> tuple[tuple[int, ...], tuple[re.Match, ...]]:
    """(where kinds may start, the matches of spelled-out numbers), in text order."""
    kinds, numbers = [], []
    for match in WORD_START.finditer(text):
        if match.group(0).lower() in _NUMBER_KEYS:
            numbers.append(match)
        else:
            kinds.append(match.start())
    return tuple(kinds), tuple(numbers)
