"""Unicode normalisation for Vietnamese: NFC, white space, and a tone-placement-blind key."""

import re
import unicodedata

# Combining marks that carry the tone: grave, acute, tilde, hook above, dot below.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"\w+")
# NBSP, narrow NBSP and figure space (white space to str.split) and zero-width spaces and the
# BOM (not white space: dropped) all appear in pasted text.
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


def nfc(text: str) -> str:
    """The text in Unicode NFC, which is how Vietnamese is stored everywhere in bantin."""
    return unicodedata.normalize("NFC", text)


def collapse_space(text: str) -> str:
    """NFC text with odd spaces made plain, invisible characters dropped, runs folded."""
    # str.split() splits on exactly the characters \s matches (NBSP, figure and narrow
    # spaces included; checked over every code point), in C and in one pass.
    return " ".join(_INVISIBLE.sub("", nfc(text)).split())


def _syllable_key(word: str) -> str:
    # The tone goes to the end of the syllable, so "uỷ" (old placement) and "ủy" (new)
    # give the same key.
    decomposed = unicodedata.normalize("NFD", word)
    tone = "".join(ch for ch in decomposed if ch in _TONE_MARKS)
    base = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", base) + tone


def canon(text: str | None) -> str:
    """Case-folded key, blind to NFC/NFD and old/new tone placement; punctuation is dropped."""
    if not text:
        return ""
    folded = nfc(text).casefold()
    return " ".join(_syllable_key(word) for word in _WORD.findall(folded))
