"""Vietnamese alphabetical order: a ă â b c d đ e ê … ư v x y, tones only break ties."""

import unicodedata
from functools import lru_cache

from bantin_text import canon, collapse_space

_ALPHABET = tuple(
    "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".replace(" ", "")
)
_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
# Tone order used by Vietnamese dictionaries: none, huyền, sắc, hỏi, ngã, nặng.
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}


@lru_cache(maxsize=4096)
def _letter_key(char: str) -> tuple[str, str]:
    """(two characters ranking the letter, one ranking its tone) for one character."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = next((_TONES[mark] for mark in decomposed if mark in _TONES), 0)
    base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in _TONES))
    # Spaces, digits and other signs sort before the alphabet, by code point.
    rank, second = _RANK.get(base, -1), 0 if base in _RANK else ord(base[0])
    return chr(rank + 1) + chr(second), chr(tone)


@lru_cache(maxsize=1 << 12)
def sort_key(text: str | None) -> tuple[str, str]:
    """Key sorting Vietnamese words as a dictionary does ("Đào" after "Dương", "Ân" after "An").

    Letters first, tones only to break ties. Each is a string of fixed-width codes rather than a
    tuple of tuples: strings compare the same way, and a site's names take a fraction of the
    memory.
    """
    folded = collapse_space(text or "").casefold()
    letters = [_letter_key(char) for char in folded if not unicodedata.combining(char)]
    return "".join(key for key, _ in letters), "".join(tone for _, tone in letters)


def name_sort_key(name: str | None) -> tuple:
    """Vietnamese people are listed by given name (the last word), then by the full name."""
    words = canon(name).split()
    return sort_key(words[-1] if words else ""), sort_key(name)
