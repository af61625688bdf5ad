"""Finds figures: how many of what ("08 chi bộ", "37,9 triệu đồng", "17/17 đảng viên", "hai xã")."""

import bisect
import re

from bantin_extract import units
from bantin_extract.dates import date_mentions

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
FIGURE_RE = re.compile(
    rf"""
    (?=[0-9])(?<![\w/.,:&#@+-])  # a digit first: the scan skips fast to the next one
    (?P<a>{_NUM})
    (?:
        \s?/\s?(?P<total>{_NUM})
      | \s?[-–]\s?(?P<max>{_NUM})
    )?
    (?P<pct>\s?%)?
    (?:\s(?P<mult>nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?
    (?P<dong>đ(?!\w))?
    (?![\w%]|[.,/]\d)
    """,
    re.VERBOSE,
)
# Case-sensitive alternatives scan much faster than a Unicode case-blind pattern.
_WORD_START = re.compile(
    r"(?<!\w)(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười"
    r"|HAI|BA|BỐN|NĂM|SÁU|BẢY|TÁM|CHÍN|MƯỜI)(?!\w)"
)
_WORD_NEXT = re.compile(
    r"\s+(một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ)(?!\w)",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"[đĐ]/[cC]\b|“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"|[^\W\d_]+\d?(?!\w)|[^\W\d_]+|\d+|[^\w\s]"
)
_QUALIFIER = re.compile(
    r"(?<!\w)(?P<q>trên dưới|gần như|xấp xỉ|hơn|gần|trên|khoảng|dưới|ngót|chừng)\s+$", re.IGNORECASE
)
# Words right before a number that make it a name, ordinal, code or date part ("chi bộ 20").
_NAMING = frozenset(
    [
        "thứ",
        "lần",
        "đợt",
        "khóa",
        "khoá",
        "quý",
        "kỳ",
        "hình",
        "ảnh",
        "điều",
        "khoản",
        "mục",
        "phần",
        "chương",
        "trang",
        "quận",
        "phường",
        "ấp",
        "thôn",
        "xóm",
        "khóm",
        "khối",
        "tổ",
        "khu",
        "lớp",
        "phòng",
        "tầng",
        "đường",
        "số",
        "hạng",
        "nhóm",
        "đội",
        "phố",
        "đoạn",
        "năm",
        "tháng",
        "ngày",
        "covid",
        "lộ",
        "cụm",
        "xe",
        "tuyến",
        "cổng",
        "bàn",
        "lô",
        "căn",
        "nhà",
        "phiên",
        "vòng",
        "bảng",
        "câu",
        "bài",
        "tập",
        "mã",
        "trường",
        "khoa",
        "mẫu",
        "biểu",
        "giờ",
        "lúc",
        "tốp",
        "luật",
    ]
)
_NAMING_PAIRS = frozenset(
    tuple(pair.split("_"))
    for pair in [
        "chi_bộ",
        "đảng_bộ",
        "sinh_viên",
        "học_sinh",
        "nghị_quyết",
        "quyết_định",
        "quy_định",
        "chỉ_thị",
        "hướng_dẫn",
        "kế_hoạch",
        "công_văn",
        "thông_báo",
        "thông_tư",
        "nghị_định",
        "kết_luận",
        "quy_chế",
        "chương_trình",
        "báo_cáo",
        "tờ_trình",
        "đề_án",
        "trung_ương",
        "chi_đoàn",
        "đại_đội",
        "tiểu_đoàn",
        "trung_đoàn",
        "sư_đoàn",
        "cơ_sở",
        "đơn_vị",
        "liên_đội",
        "phụ_lục",
        "văn_kiện",
    ]
)
_ORDINAL_BEFORE = frozenset({"thứ", "hạng", "lần", "đợt", "khóa", "khoá", "số", "quý", "kỳ"})
_COUNT_VERBS = frozenset({"có", "gồm", "cho", "với", "được", "và", "tặng", "trao", "là", "của"})
_MONEY_CONTEXT = re.compile(
    r"(?:tiền|kinh phí|ngân sách|trị giá|ủng hộ|quyên góp|vốn|thu|chi|giá trị)", re.IGNORECASE
)
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_LETTER_CODE = re.compile(r"(?:^|\s)[A-ZĐ]\.?\s?$")  # "phòng họp A. 908"
_WORD = re.compile(r"[^\W\d_]+\d?|[đĐ]/[cC]")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_SHARE = re.compile(r"\s+trong\s+(?:tổng\s+)?số\s+\d+\s")
# The first word after a number, to turn most candidates away before reading a unit phrase.
_NEXT_WORD = re.compile(r"\s?([^\W\d_]+|[“\"])")
_ELLIPTIC = re.compile(r"\s(?P<u>chính thức|dự bị)(?!\w)", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"(?=[0-9])(?<![\w/.])\d{1,2}\s?[/-]\s?\d{4}(?!\d)")
_TIME = re.compile(
    r"(?=[0-9])(?<![\w/.])\d{1,2}(?:\s?(?:giờ|h)(?:\s?\d{1,2})?(?!\w)|:\d{2})", re.IGNORECASE
)
_LONG_DIGITS = re.compile(r"\d[\d .]{8,}\d")


def _number(text: str) -> float:
    if _GROUPED.fullmatch(text):
        text = text.replace(".", "")
    return float(text.replace(",", "."))


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 6)


def _blocked_spans(text: str, mentions, blocked) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for m in mentions]
    spans += [m.span() for m in _MONTH_YEAR.finditer(text)]
    spans += [m.span() for m in _TIME.finditer(text)]
    spans += [m.span() for m in _LONG_DIGITS.finditer(text)]
    spans += list(blocked or ())
    return sorted(spans)


def _inside(spans, start: int, end: int) -> bool:
    """Does [start, end) overlap a span? `spans` is sorted by start; spans are short."""
    at = bisect.bisect_left(spans, (end,))
    return any(s < end and start < e for s, e in spans[max(0, at - 8) : at])


def _previous_words(text: str, start: int) -> tuple[str, ...]:
    """The one or two words written right before `start` (nothing when punctuation intervenes)."""
    chunk = text[max(0, start - 30) : start]
    if not chunk or not chunk[-1].isspace():
        return ()
    words = []
    for token in reversed(chunk.split()[-2:]):
        if not token.isalpha():
            break
        words.insert(0, token.lower())
    return tuple(words)


def _line_start(text: str, at: int, limit: int) -> int:
    """Where the line holding `at` starts, looking back at most `limit` characters."""
    newline = text.rfind("\n", max(0, at - limit), at)
    return newline + 1 if newline >= 0 else max(0, at - limit)


def _quoted(text: str, start: int) -> bool:
    """Is the number inside a quoted title ("phong trào “3 sạch”", "chi bộ "4 tốt"")?"""
    line = text[_line_start(text, start, 200) : start]
    return line.rfind("“") > line.rfind("”") or line.count('"') % 2 == 1


def _named(text: str, start: int) -> bool:
    """Is the number a name, ordinal or code ("chi bộ 20", "đợt 1", "phòng họp A. 908")?"""
    if _LETTER_CODE.search(text[max(0, start - 4) : start]):
        return True
    words = _previous_words(text, start)
    if not words or words[-2:] in (("tổng", "số"), ("với", "số"), ("toàn", "bộ"), ("có", "số")):
        return False
    return words[-1] in _NAMING or words[-2:] in _NAMING_PAIRS


class _Tokens:
    """Tokens of the text after a number, to the end of its line."""

    def __init__(self, text: str, at: int):
        end = text.find("\n", at, at + 160)
        end = min(len(text), at + 160) if end < 0 else end
        self.items = []
        for m in _TOKEN.finditer(text, at, end):
            self.items.append((m.group(0), m.start(), m.end()))
            if len(self.items) >= 10:  # no unit phrase is longer
                break
        self.text_end = len(text)
        self._text, self._at, self._upper = text, at, None

    @property
    def upper_line(self) -> bool:
        # Only asked when a word is capitalised, so computed lazily.
        if self._upper is None:
            self._upper = _mostly_upper(self._text, self._at)
        return self._upper


def _mostly_upper(text: str, at: int) -> bool:
    """Is the text around `at` set in capitals (a headline), so case says nothing about names?"""
    start = _line_start(text, at, 200)
    end = text.find("\n", at)
    window = text[start : min(at + 200, end if end >= 0 else len(text))]
    upper = sum(map(str.isupper, window))
    return upper > 2.3 * sum(map(str.islower, window))


def _case(word: str, tokens: "_Tokens") -> str:
    if len(word) > 1 and word.isupper() and not tokens.upper_line:
        return word  # an acronym: "HSSV", "USD"
    return word.lower()


def _match_head(words: list[str], index: int) -> list[str] | None:
    lowered = [w.lower() for w in words[index : index + 5]]
    for option in units.HEAD_WORDS.get(lowered[0] if lowered else "", ()):
        if lowered[: len(option)] == option:
            return option
    return None


def _unit(tokens: _Tokens, known_only: bool) -> tuple[str, int] | None:
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
        if not _WORD.fullmatch(word):
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


def _open_phrase(words, start, limit, tokens, fixed=1):
    phrase = list(words[start : start + fixed])
    for word in words[start + fixed : limit]:
        lowered = word.lower()
        if lowered in units.STOP_WORDS or (
            word[0].isupper() and not word.isupper() and not tokens.upper_line
        ):
            break
        phrase.append(word)
    return phrase


def find_figures(text: str, *, blocked=None, mentions=None) -> list[dict]:
    """Every quantity in text order. `blocked` spans (document references) hold no figures."""
    if mentions is None:
        mentions = date_mentions(text)
    spans = _blocked_spans(text, mentions, blocked)
    found: list[tuple[int, dict, int]] = []
    for match in FIGURE_RE.finditer(text):
        figure = _digit_figure(text, match, spans)
        if figure:
            found.append((match.start(), *figure))
    consumed = 0
    for match in _WORD_START.finditer(text):
        if match.start() < consumed:
            continue
        figure = _word_figure(text, match)
        if figure:
            found.append((match.start(), *figure))
            consumed = figure[1]
    found.sort(key=lambda item: item[0])
    return _elliptic([(figure, end) for _, figure, end in found], text)


def _elliptic(found, text):
    """ "12 đảng viên (10 chính thức, 02 dự bị)": the bracketed counts take the noun before."""
    result, previous = [], None
    for figure, _end in found:
        if figure.pop("_elliptic", False):
            if previous is None:
                continue
            head = previous["unit"].split()
            base = " ".join(head[:2]) if len(head) >= 2 else previous["unit"]
            figure["unit"] = f"{base} {figure['unit']}"
        result.append(figure)
        if figure["unit"] != "%":
            previous = figure
    return result


def _digit_figure(text: str, match: re.Match, spans) -> tuple[dict, int] | None:
    start, end = match.span()
    if _inside(spans, start, end) or (not match["pct"] and _named(text, start)):
        return None
    if _quoted(text, start):
        return None
    value = _number(match["a"])
    figure: dict = {}
    if match["pct"]:
        if match["mult"] or match["total"]:
            return None
        figure = {"value": _plain(value), "unit": "%", "text": text[start:end].rstrip()}
        if match["max"]:
            figure["value_max"] = _plain(_number(match["max"]))
        return figure, end
    multiplier = units.MULTIPLIERS.get(match["mult"] or "", 1)
    following = _NEXT_WORD.match(text, end)
    if following is None and multiplier == 1 and not match["dong"]:
        return None  # "1, 2, 3": nothing counted follows
    if following is not None and following[1].lower() in units.NOT_COUNTS:
        return None  # "07 ngày", "18 tuổi"
    tokens = _Tokens(text, end)
    elliptic = _ELLIPTIC.match(text, end)
    if match["dong"]:
        unit = ("đồng", end)
    elif elliptic:
        unit = (elliptic["u"].lower(), elliptic.end())
    else:
        unit = _unit(tokens, known_only=False)
    if unit is None:
        unit = _share_of_total(text, end)
        if unit is None:
            if multiplier > 1 and _MONEY_CONTEXT.search(text[max(0, start - 40) : start]):
                unit = ("đồng", end)
            else:
                return None
    unit_text, unit_end = unit
    if unit_text in units.NOT_COUNTS:
        return None
    is_year = _YEAR.fullmatch(match["a"]) and not match["total"] and multiplier == 1
    if is_year and unit_text.split()[0] not in units.HEADS:
        return None
    if match["max"] and _YEAR.fullmatch(match["max"]):
        return None
    if match["total"] and _number(match["total"]) < value:
        return None
    qualifier = _QUALIFIER.search(text, max(0, start - 12), start)
    text_start = qualifier.start("q") if qualifier else start
    figure = {
        "value": _plain(value * multiplier),
        "unit": unit_text,
        "text": text[text_start : unit_end or end],
    }
    if unit_end is None:  # "Đây là 2 trong tổng số 5 chi bộ": the noun is not after the number
        figure["text"] = match["a"]
    if match["total"]:
        figure["total"] = _plain(_number(match["total"]))
    if match["max"]:
        figure["value_max"] = _plain(_number(match["max"]) * multiplier)
    if elliptic:
        figure["_elliptic"] = True
    return figure, unit_end


def _share_of_total(text: str, end: int) -> tuple[str, int] | None:
    """The noun of "2 trong tổng số 5 chi bộ", counted by the first number too."""
    follow = _SHARE.match(text[end : end + 40])
    if not follow:
        return None
    unit = _unit(_Tokens(text, end + follow.end()), known_only=True)
    return (unit[0], None) if unit else None


def _word_figure(text: str, match: re.Match) -> tuple[dict, int] | None:
    words = [match.group(0).lower()]
    at = match.end()
    while len(words) < 6:  # "chín trăm chín mươi chín" is the longest a bulletin spells out
        more = _WORD_NEXT.match(text, at)
        if not more:
            break
        words.append(more.group(1).lower())
        at = more.end()
    previous = _previous_words(text, match.start())[-1:]
    if previous and previous[0] in _ORDINAL_BEFORE:
        return None
    if _quoted(text, match.start()):
        return None
    if words == ["một"] and previous != ("thêm",):
        return None  # "một" is an article unless it is a real count ("có thêm một đảng viên")
    following = _NEXT_WORD.match(text, at)
    if following is None or (
        following[1].lower() not in units.HEAD_WORDS
        and text[following.end() : following.end() + 2] != "/c"
    ):
        return None  # spelled-out counts are taken only before a known counted noun
    if words == ["năm"] and previous and previous[0] not in _COUNT_VERBS:
        return None  # "Hàng năm chi bộ …": a year word, not five
    if words[-1] in ("mươi", "trăm") and len(words) == 1:
        return None
    unit = _unit(_Tokens(text, at), known_only=True)
    if unit is None:
        return None
    unit_text, unit_end = unit
    figure = {
        "value": units.word_value(words),
        "unit": unit_text,
        "text": text[match.start() : unit_end],
        "words": True,
    }
    return figure, unit_end
