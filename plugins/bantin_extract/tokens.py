"""Splits one line of article text into word, number and punctuation tokens with their shape."""

import re
from typing import NamedTuple

from bantin_text import canon, nfc

# One pass, no nested quantifiers: a run of word characters or a single other visible mark.
_TOKEN = re.compile(r"\w+|[^\w\s]")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    key: str  # canon(text): lower-case, tone-placement blind
    shape: str  # "title", "caps", "lower", "num", "punct", "other"


# Tokens are built with tuple.__new__ directly: the generated __new__ costs a Python call
# per token, and a 1,500-word article has thousands of them.
_new_token = tuple.__new__


def key_of(text: str) -> str:
    """Lower-case key blind to old/new tone placement, composed so literals compare directly."""
    return nfc(canon(text)) or text


def keys_of(words: str) -> frozenset[str]:
    """Keys of the space-separated words."""
    return frozenset(key_of(word) for word in words.split())


# Shape and key by token text; bounded so a huge input of unique words cannot grow it forever.
_CACHE: dict[str, tuple[str, str]] = {}
_CACHE_LIMIT = 100_000


def _shape_and_key(text: str) -> tuple[str, str]:
    found = _classify(text)
    if len(_CACHE) < _CACHE_LIMIT:
        _CACHE[text] = found
    return found


def _classify(text: str) -> tuple[str, str]:
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
    append = tokens.append
    for match in _TOKEN.finditer(line):
        text = match.group()
        shape, key = _CACHE.get(text) or _shape_and_key(text)
        start, end = match.span()
        append(_new_token(Token, (text, start, end, key, shape)))
    return tokens
