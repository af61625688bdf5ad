"""Finds the sentences of a line that can hold a name, so the rest of the line is never read.

Every name the people finder reads has at least two capitalised syllables side by side (see
names.read_name), opening on a family name or right after what introduces it (an honorific,
status word, rank, degree or punctuation), so a sentence without such a pair names no one. One
regular expression finds the pairs in the raw line (much cheaper than splitting it into words),
and a line is cut only after "word. " where no rule of the finder looks across the dot (see
`_NOT_SPLIT_AFTER`). The finder's output is the same as reading every sentence whole.
"""

import re

from bantin_extract.degrees import DEGREE_LAST_TEXTS, DEGREE_LAST_WORDS
from bantin_extract.honorifics import HONORIFIC_LAST_KEYS
from bantin_extract.names import FAMILY_NAMES, NEVER_IN_NAME, is_syllable
from bantin_extract.namestarts import QUOTE_LOOKBACK
from bantin_extract.tokens import Token, keys_of, tokenize, tokens_after, tokens_of_chunk

_UPPER = "".join(re.escape(chr(code)) for code in range(0x41, 0x10000) if chr(code).isupper())
# A capitalised word and white space before another: no look-behind, so the engine skips to the
# next capital fast. A match inside a word ("ThS") only costs a check. The first word is read
# possessively: white space must follow it, so giving letters back never helps.
_PAIR = re.compile(rf"([{_UPPER}]\w*+)\s+(?=([{_UPPER}](?:['’]\w+|\w*)))")
# Words after which the dot belongs to what follows, so the line is not cut there: "TP. Hồ Chí
# Minh" inside a role; degrees spelled out, whose dot separates them from the name ("thạc sĩ.").
_NOT_SPLIT_AFTER = keys_of("tp th sĩ sư nhân tú dân")
_NAME_SHAPES = frozenset({"title", "caps"})
_CACHE_LIMIT = 20_000  # per cache; the words met first are the common ones
_name_syllable_cache: dict[str, bool] = {}
_sentence_end_cache: dict[str, bool] = {}
_opens_cache: dict[str, bool] = {}
_pair_cache: dict[tuple[str, str], bool] = {}
_last_token_cache: dict[str, bool] = {}


def _may_be_in_name(word: str) -> bool:
    """The test of names.read_name for a syllable, whether the name is in capitals or not."""
    found = _name_syllable_cache.get(word)
    if found is None:
        token = tokens_of_chunk(word)[0]
        key = token.key
        # A family name that is also a word ("Bế") may open a name after an introducer.
        found = (
            token.shape in _NAME_SHAPES
            and is_syllable(key)
            and (key not in NEVER_IN_NAME or key in FAMILY_NAMES)
        )
        if len(_name_syllable_cache) < _CACHE_LIMIT:
            _name_syllable_cache[word] = found
    return found


def _name_pair(words: tuple[str, str]) -> bool:
    found = _may_be_in_name(words[0]) and _may_be_in_name(words[1])
    if len(_pair_cache) < _CACHE_LIMIT:
        _pair_cache[words] = found
    return found


def _ends_sentence(chunk: str) -> bool:
    """Is `chunk` (the text between spaces, ending on its dot) a lower-case word and its dot?"""
    found = _sentence_end_cache.get(chunk)
    if found is None:
        tokens = tokens_of_chunk(chunk)
        word = tokens[-2] if len(tokens) >= 2 else None
        # One-letter words stay joined: "đ/c.", "p.", "q." belong to what follows.
        found = (
            word is not None
            and word.shape == "lower"
            and len(word.text) >= 2
            and word.key not in _NOT_SPLIT_AFTER
        )
        if len(_sentence_end_cache) < _CACHE_LIMIT:
            _sentence_end_cache[chunk] = found
    return found


def _sentence_start(line: str, at: int) -> int:
    """Offset where the sentence holding offset `at` begins."""
    dot = line.rfind(". ", 0, at)
    while dot > 0:
        if _ends_sentence(line[line.rfind(" ", 0, dot) + 1 : dot + 1]):
            return dot + 2
        dot = line.rfind(". ", 0, dot)
    return 0


def _reading_start(line: str, begin: int) -> int:
    """Where to read the sentence starting at `begin` from: earlier sentences too while a quote
    mark lies among the few words before it, since a name closing a quoted title is told by the
    opening quote up to five tokens back (namestarts.quoted_title), across a sentence's end."""
    while begin > 0:
        # Three searches written out: a generator over the marks costs more than they do.
        quote = max(line.rfind('"', 0, begin), line.rfind("“", 0, begin), line.rfind("”", 0, begin))
        # Every chunk between spaces is one token or more: beyond six, the quote is out of reach.
        if quote < 0 or len(line[quote:begin].split()) > QUOTE_LOOKBACK + 1:
            break
        begin = _sentence_start(line, begin - 2)
    return begin


def _sentence_end(line: str, at: int) -> int:
    """Offset just after the sentence holding offset `at` (after its dot)."""
    dot = line.find(". ", at)
    while dot > 0:
        if _ends_sentence(line[line.rfind(" ", 0, dot) + 1 : dot + 1]):
            return dot + 1
        dot = line.find(". ", dot + 1)
    return len(line)


def _may_open_name(line: str, start: int, word: str) -> bool:
    """Can a name start with `word` at `start`: a family name, or a word right after what
    introduces names (an honorific, status word or degree, or any punctuation: ":", "(", "-")?
    Capitalised pairs elsewhere ("Trường Tiểu học Hòa Bình") cannot open a mention."""
    found = _opens_cache.get(word)
    if found is None:
        key = tokens_of_chunk(word)[0].key
        found = key in FAMILY_NAMES or key[1:2] == "'"
        if len(_opens_cache) < _CACHE_LIMIT:
            _opens_cache[word] = found
    if found or start == 0 or not line[start - 1].isspace():
        return True  # glued to what is before it: "(Nguyễn", "Đ/c.Lê"
    chunk = line[line.rfind(" ", 0, start - 1) + 1 : start - 1]
    before = _last_token_cache.get(chunk)
    if before is None:
        token = tokens_of_chunk(chunk)[-1] if chunk.strip() else None
        before = token is None or (
            token.shape == "punct"
            or token.key in HONORIFIC_LAST_KEYS
            or token.key in DEGREE_LAST_WORDS
            or token.text in DEGREE_LAST_TEXTS
        )
        if len(_last_token_cache) < _CACHE_LIMIT:
            _last_token_cache[chunk] = before
    return before


def name_sentences(line: str) -> tuple[list[tuple[list[Token], int]], bool]:
    """(For each sentence of `line` that holds two name-shaped words side by side: its tokens and
    the index after the first word of its last such pair; whether the line opens on a pair).
    No mention can start after that index: every mention's name lies at or after its start.
    The sentences are left empty when the line opens on a pair."""
    spans = []  # [begin, end, cut] of each sentence: cut is just after its last pair's first word
    known = _pair_cache.get
    for match in _PAIR.finditer(line):
        words = match.group(1, 2)
        pair = known(words)
        if pair is None:
            pair = _name_pair(words)
        if not pair:
            continue
        start = match.start()
        if start == 0:
            return [], True
        if not _may_open_name(line, start, words[0]):
            continue
        if spans and start < spans[-1][1]:
            spans[-1][2] = match.end()
            continue
        begin = _reading_start(line, _sentence_start(line, start))
        if spans and begin < spans[-1][1]:
            spans[-1][1:] = [_sentence_end(line, match.end()), match.end()]
        else:
            spans.append([begin, _sentence_end(line, match.end()), match.end()])
    sentences = []
    for begin, end, cut in spans:
        tokens = tokenize(line[begin:cut])
        stop = len(tokens)
        tokens += tokens_after(line[cut:end])
        sentences.append((tokens, stop))
    return sentences, False
