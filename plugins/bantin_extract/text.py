"""Prepares article text for the finders: NFC, plain spaces, one paragraph per line."""

import re

from bantin_text import nfc

_ODD_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\u3000\t\x0b\x0c]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" ?\n ?")


def prepare(text: str) -> str:
    """NFC text, odd spaces made plain and runs folded, line breaks kept (they end sentences)."""
    text = _INVISIBLE.sub("", nfc(text))
    text = _ODD_SPACES.sub(" ", text).replace("\r\n", "\n").replace("\r", "\n")
    # Whole-text passes rather than one per line: long articles have thousands of lines.
    return _LINE_EDGES.sub("\n", _SPACES.sub(" ", text)).strip(" ")
