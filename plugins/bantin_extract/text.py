"""Prepares article text for the finders: NFC, plain spaces, one paragraph per line."""

import re
from functools import lru_cache

from bantin_text import nfc

_ODD = "\u00a0\u2007\u202f\u2009\u200a\u3000\t\x0b\x0c"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_ODD_SPACES = re.compile(f"[{_ODD}]")
_INVISIBLES = re.compile(f"[{_INVISIBLE}]")
_SPACES = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" ?\n ?")


def prepare(text: str) -> str:
    """NFC text, odd spaces made plain and runs folded, line breaks kept (they end sentences)."""
    # Each pass runs only when its characters occur: `in` is a fast scan, a regex one is not.
    text = nfc(text)
    if any(map(text.__contains__, _INVISIBLE)):
        text = _INVISIBLES.sub("", text)
    if any(map(text.__contains__, _ODD)):
        text = _ODD_SPACES.sub(" ", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if _space_at_line_edge(text):
        text = _LINE_EDGES.sub("\n", text)
    return text.strip(" ")


def _space_at_line_edge(text: str) -> bool:
    """Is a line break next to a space? Only the few line breaks are looked at: searching the
    text for " \n" and "\n " stops at every one of its many spaces."""
    at = text.find("\n")
    while at >= 0:
        if text[at - 1 : at] == " " or text[at + 1 : at + 2] == " ":
            return True
        at = text.find("\n", at + 1)
    return False


# A digit that starts a number: not after a letter, digit, "/", "." or ",". A plain first character
# lets the regex engine skip fast; patterns that open with a lookahead scan many times slower.
_NUMBER_START = re.compile(r"[0-9](?<![\w/.,][0-9])")


@lru_cache(maxsize=4)
def number_starts(text: str) -> tuple[int, ...]:
    """Where numbers start in `text`; dates and figures both try their patterns only there."""
    # map runs in C: no Python frame per number.
    return tuple(map(re.Match.start, _NUMBER_START.finditer(text)))
