"""Prepares article text for the finders: NFC, plain spaces, one paragraph per line."""

import re

from bantin_text import nfc

_ODD_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r" {2,}")


def prepare(text: str) -> str:
    """NFC text, odd spaces made plain and runs folded, line breaks kept (they end sentences)."""
    text = _INVISIBLE.sub("", nfc(text))
    text = _ODD_SPACES.sub(" ", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
