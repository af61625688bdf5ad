"""Reads the counted noun phrase written after a number: "đảng viên chính thức", "lượt người bệnh"."""

import re

from bantin_extract import units

_TOKEN = re.compile(
    r"[đĐ]/[cC]\b|“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"|[^\W\d_]+\d?(?!\w)|[^\W\d_]+|\d+|[^\w\s]"
)
_MAX_TOKENS = 8  # no unit phrase is longer ("giấy chứng nhận quyền sử dụng đất" is 7)
_WORD = re.compile(r"[^\W\d_]+\d?|[đĐ]/[cC]")
_CHUNK = re.compile(r"\S+")


def line_start(text: str, at: int, limit: int) -> int:
    """Where the line holding `at` starts, looking back at most `limit` characters."""
    newline = text.rfind("\n", max(0, at - limit), at)
    return newline + 1 if newline >= 0 else max(0, at - limit)


class Tokens:
    """Tokens of the text after a number, to the end of its line."""

    def __init__(self, text: str, at: int):
        end = text.find("\n", at, at + 160)
        end = min(len(text), at + 160) if end < 0 else end
        self.items: list[tuple[str, int, int]] = []
        items = self.items
        first = _CHUNK.search(text, at, end)
        if first is not None and first.group()[0] in '“"':
            self._scan(text[at:end], at)  # a quoted name is one token
        else:
            # Whole chunks between spaces are far cheaper than the token pattern; only chunks
            # with punctuation or digits attached ("viên,", "m2") go through it. As with
            # str.split(None, 8), what follows the eighth chunk is read as one piece.
            for count, chunk in enumerate(_CHUNK.finditer(text, at, end)):
                raw, start = chunk.group(), chunk.start()
                if count == _MAX_TOKENS:
                    self._scan(text[start:end], start)
                    break
                if raw.isalpha():
                    items.append((raw, start, chunk.end()))
                elif raw[:-1].isalpha() and not raw[-1].isalnum() and raw[-1] != "_":
                    # "viên,": the word and its punctuation, as the token pattern splits them
                    items.append((raw[:-1], start, chunk.end() - 1))
                    items.append((raw[-1], chunk.end() - 1, chunk.end()))
                else:
                    self._scan(raw, start)
                if len(items) >= _MAX_TOKENS:
                    break
        del items[_MAX_TOKENS:]
        self.text_end = len(text)
        self._text, self._at, self._upper = text, at, None

    def _scan(self, chunk: str, offset: int) -> None:
        for m in _TOKEN.finditer(chunk):
            self.items.append((m.group(0), offset + m.start(), offset + m.end()))
            if len(self.items) >= _MAX_TOKENS:
                break

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


def unit_after(tokens: Tokens, known_only: bool) -> tuple[str, int] | None:
    """(unit, end offset) of the counted noun phrase after a number, or None."""
    items = tokens.items
    if not items:
        return None
    first = items[0][0]
    if first[0] in '“"':
        inner = first[1:-1].strip()
        if not inner or known_only or len(inner.split()) > 10:
            return None
        return inner[0].lower() + inner[1:], items[0][2]
    words = []
    for word, _, _ in items:
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
            return "đồng chí", items[skip - 1][2]
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
            for modifier in modifiers:
                parts = modifier.split()
                if [w.lower() for w in words[len(head) : len(head) + len(parts)]] == parts:
                    phrase = words[: len(head) + len(parts)]
                    break
            if head == ["học", "sinh"] and _followed_by_student(items, len(phrase)):
                return "học sinh, sinh viên", items[skip + len(phrase) + 2][2]
    if not phrase:
        return None
    count = len(phrase)
    end = items[skip + count - 1][2]
    if end >= tokens.text_end and not (head and count == len(head)):
        count -= 1  # the excerpt cuts the last word: keep only whole words, and known nouns
        if not count or (
            (head is None or count < len(head)) and _match_head(phrase[:count], 0) is None
        ):
            return None
        end = items[skip + count - 1][2]
    words_out = [_case(w, tokens) for w in phrase[:count]]
    if words_out[-1] == "mới" and len(words_out) > 1:
        words_out.pop()
    elif len(items) > skip + count and items[skip + count][0].lower() == "mới":
        end = items[skip + count][2]  # "35 đảng viên mới": the text keeps "mới", the unit not
    return " ".join(words_out), end


def _comrade(words: list[str]) -> int:
    """How many words "đồng chí" / "đ/c" takes at the start of a unit phrase (0 when absent)."""
    lowered = [w.lower() for w in words[:2]]
    if lowered[:1] == ["đ/c"]:
        return 1
    return 2 if lowered == ["đồng", "chí"] else 0


def _followed_by_student(items, count: int) -> bool:
    rest = [w.lower() for w, _, _ in items[count : count + 3]]
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
