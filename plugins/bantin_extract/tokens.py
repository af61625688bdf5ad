"""Splits one line of article text into word, number and punctuation tokens with their shape."""

import re
from dataclasses import dataclass
from functools import lru_cache

from bantin_text import canon, nfc

# One pass, no nested quantifiers: a run of word characters or a single other visible mark.
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    key: str  # canon(text): lower-case, tone-placement blind
    shape: str  # "title", "caps", "lower", "num", "punct", "other"


def key_of(text: str) -> str:
    """Lower-case key blind to old/new tone placement, composed so literals compare directly."""
    return nfc(canon(text)) or text


def keys_of(words: str) -> frozenset[str]:
    """Keys of the space-separated words."""
    return frozenset(key_of(word) for word in words.split())


@lru_cache(maxsize=65536)
def _shape_and_key(text: str) -> tuple[str, str]:
    if not text[0].isalnum() and text[0] != "_":
        return "punct", text
    key = key_of(text)
    if any(ch.isdigit() for ch in text):
        return "num", key
    if not text.isalpha():
        return "other", key
    if text.islower():
        return "lower", key
    if text.isupper():
        # A lone capital letter is an initial or a name syllable such as "Y"; both read as title.
        return ("caps" if len(text) > 1 else "title"), key
    if text[0].isupper() and text[1:].islower():
        return "title", key
    return "other", key


def tokenize(line: str) -> list[Token]:
    """Tokens of one line, in order; the text of each is a slice of `line`."""
    tokens = []
    for match in _TOKEN.finditer(line):
        text = match.group()
        shape, key = _shape_and_key(text)
        tokens.append(Token(text, match.start(), match.end(), key, shape))
    return tokens
