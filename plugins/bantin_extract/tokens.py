"""Splits one line of article text into word, number and punctuation tokens with their shape."""

import re
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from bantin_text import canon, nfc

# Within a chunk between spaces: a run of word characters or a single other visible mark.
# One pass, no nested quantifiers.
# A capital, an apostrophe and a word is one name syllable: "H'Hen Niê", "H’Yâm" (Ê Đê names).
_APOSTROPHE_NAME = r"[A-ZĐ]['’][^\W\d_]+"
_PIECE = re.compile(rf"{_APOSTROPHE_NAME}|\w+|[^\w\s]")
_APOSTROPHE_WORD = re.compile(_APOSTROPHE_NAME)


def key_of(text: str) -> str:
    """Lower-case key blind to old/new tone placement, composed so literals compare directly."""
    return nfc(canon(text)) or text


def keys_of(words: str) -> frozenset[str]:
    """Keys of the space-separated words."""
    return frozenset(key_of(word) for word in words.split())


def phrases_of(lines: str) -> frozenset[str]:
    """Keys of the "|"-separated phrases."""
    return frozenset(key_of(line) for line in lines.split("|"))


class Token(NamedTuple):
    text: str
    spaced: bool  # white space stands before it in the line
    key: str  # canon(text): lower-case, tone-placement blind
    shape: str  # "title", "caps", "lower", "num", "punct", "other"


# Field getters that run in C: " ".join(map(TEXT, tokens)) makes no Python frame per token.
TEXT = attrgetter("text")
KEY = attrgetter("key")


# Tokens are built with tuple.__new__ directly: the generated __new__ costs a Python call
# per token, and a 1,500-word article has thousands of them.
_new_token = tuple.__new__
# Shape and key by token text; bounded so a huge input of unique words cannot grow it forever.
_CACHE: dict[str, tuple[str, str]] = {}
_CACHE_LIMIT = 100_000
# Chunks (a word with its punctuation) are more varied than words: a smaller bound keeps a
# many-thousand-article build's memory in check; the common chunks come first and stay.
_CHUNK_LIMIT = 50_000


def _info(text: str) -> tuple[str, str]:
    """(key, shape) of a token text, cached."""
    found = _CACHE.get(text)
    if found is None:
        found = _classify(text)
        if len(_CACHE) < _CACHE_LIMIT:
            _CACHE[text] = found
    return found


def _classify(text: str) -> tuple[str, str]:
    if not text[0].isalnum() and text[0] != "_":
        return text, "punct"
    if _APOSTROPHE_WORD.fullmatch(text):
        rest = text[2:]
        shape = "title" if rest[0].isupper() and rest[1:].islower() else "other"
        return f"{key_of(text[0])}'{key_of(rest)}", shape
    key = key_of(text)
    if any(ch.isdigit() for ch in text):
        return key, "num"
    if not text.isalpha():
        return key, "other"
    if text.islower():
        return key, "lower"
    if text.isupper():
        # A lone capital letter is an initial or a name syllable such as "Y"; both read as title.
        return key, ("caps" if len(text) > 1 else "title")
    if text[0].isupper() and text[1:].islower():
        return key, "title"
    return key, "other"


# Tokens are immutable, so one object serves every occurrence of a word with the same
# spacing: two caches, for tokens after white space and tokens glued to what precedes them.
_SPACED: dict[str, Token] = {}
_GLUED: dict[str, Token] = {}


def _make(text: str, spaced: bool) -> Token:
    cache = _SPACED if spaced else _GLUED
    token = cache.get(text)
    if token is None:
        token = _new_token(Token, (text, spaced, *_info(text)))
        if len(cache) < _CACHE_LIMIT:
            cache[text] = token
    return token


class _Chunks(dict):
    """Tokens of each chunk between spaces, built on first sight: a line's words mostly recur."""

    def __missing__(self, chunk: str) -> tuple[Token, ...]:
        if chunk.isalnum():
            tokens = (_make(chunk, True),)
        else:
            pieces = _PIECE.findall(chunk)
            tokens = (_make(pieces[0], True), *(_make(text, False) for text in pieces[1:]))
        if len(self) < _CHUNK_LIMIT:
            self[chunk] = tokens
        return tokens


tokens_of_chunk = _Chunks().__getitem__


class TokenMemo(dict):
    """What `compute` says of each token, worked out on first sight and then looked up in C (tokens
    recur: most lookups are hits, with no Python call); bounded like the token caches."""

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, token: Token):
        found = self.compute(token)
        if len(self) < _CHUNK_LIMIT:
            self[token] = found
        return found


def tokenize(line: str) -> list[Token]:
    """Tokens of one line, in order."""
    # map and chain run in C: the common case (a known chunk) costs no Python call.
    return list(chain.from_iterable(map(tokens_of_chunk, line.split())))


def tokens_after(line: str):
    """The tokens of `line` as an iterator, to extend a list already made."""
    return chain.from_iterable(map(tokens_of_chunk, line.split()))


def key_and_shape(text: str) -> tuple[str, str]:
    """(key, shape) of one token text, as a Token made from it would carry."""
    return _info(text)
