"""Reads the counted noun phrase written after a number: "đảng viên chính thức", "lượt người bệnh"."""

import re

from bantin_extract import units

_TOKEN = re.compile(
    r"[đĐ]/[cC]\b|“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"|[^\W\d_]+\d?(?!\w)|[^\W\d_]+|\d+|[^\w\s]"
)
# Punctuation the token pattern reads one mark at a time (other chunks go through the pattern).
_MARKS = frozenset(",.;:!?()[]%”'…")
_MAX_TOKENS = 8  # no unit phrase is longer ("giấy chứng nhận quyền sử dụng đất" is 7)
_WORD = re.compile(r"[^\W\d_]+\d?|[đĐ]/[cC]")


def line_start(text: str, at: int, limit: int) -> int:
    """Where the line holding `at` starts, looking back at most `limit` characters."""
    newline = text.rfind("\n", max(0, at - limit), at)
    return newline + 1 if newline >= 0 else max(0, at - limit)


class Tokens:
    """Tokens of the text after a number, to the end of its line: `words` (at most eight) and,
    on demand, where each ends."""

    def __init__(self, text: str, at: int):
        end = text.find("\n", at, at + 160)
        end = min(len(text), at + 160) if end < 0 else end
        window = text[at:end]
        # Each token: (text, chunk index, start within the chunk). Chunk -1 is the window itself.
        self._tokens: list[tuple[str, int, int]] = []
        first = window.lstrip()[:1]
        if first == "“" or first == '"':
            self._scan(window, -1)  # a quoted name is one token
            self._chunks: list[str] = []
        else:
            # Splitting on spaces is far cheaper than the token pattern; only chunks with
            # punctuation or digits attached ("viên,", "m2") go through it.
            self._chunks = window.split(None, _MAX_TOKENS)
            tokens = self._tokens
            for index, raw in enumerate(self._chunks):
                if raw.isalpha() or raw.isdecimal():
                    tokens.append((raw, index, 0))
                    continue
                # "viên,", "bị),", "58%": a word or number and one or two punctuation marks, as
                # the token pattern splits them.
                cut = len(raw) - 1
                if raw[cut] in _MARKS and cut > 1 and raw[cut - 1] in _MARKS:
                    cut -= 1
                stem = raw[:cut]
                if stem and raw[-1] in _MARKS and (stem.isalpha() or stem.isdecimal()):
                    tokens.append((stem, index, 0))
                    tokens.extend((raw[at], index, at) for at in range(cut, len(raw)))
                else:
                    self._scan(raw, index)
                if len(tokens) >= _MAX_TOKENS:
                    break
        del self._tokens[_MAX_TOKENS:]
        self.words = [token[0] for token in self._tokens]
        self.text_end = len(text)
        self._text, self._at, self._window, self._upper = text, at, window, None
        self._starts: list[int] = []

    def _scan(self, chunk: str, index: int) -> None:
        for m in _TOKEN.finditer(chunk):
            self._tokens.append((m.group(0), index, m.start()))
            if len(self._tokens) >= _MAX_TOKENS:
                break

    def end(self, index: int) -> int:
        """Offset in the text just after token `index`."""
        token, chunk, offset = self._tokens[index]
        if chunk < 0:
            return self._at + offset + len(token)
        starts, chunks, window = self._starts, self._chunks, self._window
        while len(starts) <= chunk:  # where each chunk starts, found once, left to right
            position = starts[-1] + len(chunks[len(starts) - 1]) if starts else 0
            starts.append(window.find(chunks[len(starts)], position))
        return self._at + starts[chunk] + offset + len(token)

    @property
    def upper_line(self) -> bool:
        # Only asked when a word is capitalised, so computed lazily.
        if self._upper is None:
            self._upper = _mostly_upper(self._text, self._at)
        return self._upper


def _mostly_upper(text: str, at: int) -> bool:
    """Is the text around `at` set in capitals (a headline), so case says nothing about names?"""
    start = line_start(text, at, 200)
    end = text.find("\n", at)
    window = text[start : min(at + 200, end if end >= 0 else len(text))]
    upper = sum(map(str.isupper, window))
    return upper > 2.3 * sum(map(str.islower, window))


def _case(word: str, tokens: "Tokens") -> str:
    acronym = len(word) > 1 and word.isupper() and word.lower() not in units.HEAD_TOKENS
    if acronym and not tokens.upper_line:
        return word  # "HSSV", "USD"
    return word.lower()


def _match_head(words: list[str], index: int) -> list[str] | None:
    lowered = [w.lower() for w in words[index : index + 5]]
    for option in units.HEAD_WORDS.get(lowered[0] if lowered else "", ()):
        if lowered[: len(option)] == option:
            return option
    return None


# The category words each closed head may keep, split once ("tổ dân phố" → 3 words).
_MODIFIER_PARTS = {
    head: [modifier.split() for modifier in modifiers]
    for head, modifiers in units.HEADS.items()
    if modifiers is not None
}
_MODIFIER_WORDS = max(len(parts) for options in _MODIFIER_PARTS.values() for parts in options)


# Unit phrases already read, keyed by the line's rest after the number: bulletins repeat their
# counted nouns ("đảng viên", "triệu đồng"), and reading one is the figure finder's main cost.
_READ: dict[tuple[str, bool, bool], tuple[str, int] | None] = {}
_READ_LIMIT = 4096
_UNREAD = object()  # a reading may be None ("no unit"), so absence needs its own marker


def unit_after_text(text: str, at: int, known_only: bool) -> tuple[str, int] | None:
    """unit_after(Tokens(text, at), known_only), remembered for the same rest of line. Only
    readings that never asked whether the line is in capitals are kept: that depends on the text
    before `at` too."""
    end = text.find("\n", at, at + 160)
    end = min(len(text), at + 160) if end < 0 else end
    window = text[at:end]
    # Tokens reads no further than its first eight chunks: each gives at least one token,
    # unless it is all "_" (which no token pattern takes), so those stay in the key. str.split
    # finds the chunks in C, faster than a pattern; the first chunk tells a quoted name.
    chunks = window.split(None, _MAX_TOKENS)
    if chunks and chunks[0][0] not in ('"', "“") and "_" not in window:
        if len(chunks) > _MAX_TOKENS:
            window = window[: len(window) - len(chunks[_MAX_TOKENS])]
        window = window.rstrip()
        end = at + len(window)
    key = (window, known_only, end == len(text))
    found = _READ.get(key, _UNREAD)
    if found is not _UNREAD:
        return found and (found[0], at + found[1])
    tokens = Tokens(text, at)
    found = unit_after(tokens, known_only)
    if tokens._upper is None and len(_READ) < _READ_LIMIT:
        _READ[key] = found and (found[0], found[1] - at)
    return found


def unit_after(tokens: Tokens, known_only: bool) -> tuple[str, int] | None:
    """(unit, end offset) of the counted noun phrase after a number, or None."""
    items = tokens.words
    if not items:
        return None
    first = items[0]
    if first[0] in '“"':
        inner = first[1:-1].strip()
        if not inner or known_only or len(inner.split()) > 10:
            return None
        return inner[0].lower() + inner[1:], tokens.end(0)
    words = []
    for word in items:
        if not (word.isalpha() or _WORD.fullmatch(word)):
            break
        words.append(word)
    if not words:
        return None
    skip = _comrade(words)
    if skip:
        if [w.lower() for w in words[skip : skip + 2]] == ["đảng", "viên"]:
            words = words[skip:]  # "2 đồng chí đảng viên" counts đảng viên
        else:
            return "đồng chí", tokens.end(skip - 1)
    head = _match_head(words, 0)
    if head is None:
        if (
            known_only
            or words[0].lower() in units.NOT_COUNTS
            or words[0].lower() in units.STOP_WORDS
        ):
            return None
        if words[0][0].isupper() and not tokens.upper_line and not words[0].isupper():
            return None  # a capitalised word after a number starts a name ("Chi bộ 7 Lãnh đạo")
        phrase = _open_phrase(words, 0, 4, tokens)
    else:
        modifiers = units.HEADS.get(" ".join(head))
        phrase = words[: len(head)]
        if modifiers is None:
            phrase = _open_phrase(words, 0, len(head) + 6, tokens, len(head))
        else:
            following = [w.lower() for w in words[len(head) : len(head) + _MODIFIER_WORDS]]
            for parts in _MODIFIER_PARTS[" ".join(head)]:
                if following[: len(parts)] == parts:
                    phrase = words[: len(head) + len(parts)]
                    break
            if head == ["học", "sinh"] and _followed_by_student(items, len(phrase)):
                return "học sinh, sinh viên", tokens.end(skip + len(phrase) + 2)
    if not phrase:
        return None
    count = len(phrase)
    end = tokens.end(skip + count - 1)
    if end >= tokens.text_end and not (head and count == len(head)):
        count -= 1  # the excerpt cuts the last word: keep only whole words, and known nouns
        if not count or (
            (head is None or count < len(head)) and _match_head(phrase[:count], 0) is None
        ):
            return None
        end = tokens.end(skip + count - 1)
    words_out = [_case(w, tokens) for w in phrase[:count]]
    if words_out[-1] == "mới" and len(words_out) > 1:
        words_out.pop()
    elif len(items) > skip + count and items[skip + count].lower() == "mới":
        end = tokens.end(skip + count)  # "35 đảng viên mới": the text keeps "mới", the unit not
    return " ".join(words_out), end


def _comrade(words: list[str]) -> int:
    """How many words "đồng chí" / "đ/c" takes at the start of a unit phrase (0 when absent)."""
    lowered = [w.lower() for w in words[:2]]
    if lowered[:1] == ["đ/c"]:
        return 1
    return 2 if lowered == ["đồng", "chí"] else 0


def _followed_by_student(items: list[str], count: int) -> bool:
    rest = [w.lower() for w in items[count : count + 3]]
    return rest == [",", "sinh", "viên"]


# Two-word phrases that end a unit phrase though neither word does alone ("12 căn nhà trị giá
# 600 triệu": "trị" also ends "chính trị").
_STOP_PAIRS = frozenset([("trị", "giá"), ("giá", "trị"), ("tổng", "cộng"), ("tổng", "số")])


def _open_phrase(words, start, limit, tokens, fixed=1):
    phrase = list(words[start : start + fixed])
    for index in range(start + fixed, min(limit, len(words))):
        word = words[index]
        lowered = word.lower()
        if lowered in units.STOP_WORDS or (
            word[0].isupper() and not word.isupper() and not tokens.upper_line
        ):
            break
        if index + 1 < len(words) and (lowered, words[index + 1].lower()) in _STOP_PAIRS:
            break
        phrase.append(word)
    return phrase
