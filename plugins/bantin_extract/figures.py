"""Finds figures: how many of what ("08 chi bộ", "37,9 triệu đồng", "17/17 đảng viên", "hai xã")."""

import bisect
import re
from functools import lru_cache

from bantin_extract import units
from bantin_extract.dates import date_mentions
from bantin_extract.numbervalues import is_year, number_value, plain
from bantin_extract.starts import NUMBER_WORDS, word_starts
from bantin_extract.text import number_starts
from bantin_extract.unitphrase import line_start, unit_after_text

# Atomic: every shorter reading of a number ends before a digit or a "." or "," and a digit,
# which nothing after it accepts, so the engine need not try them (same matches, fewer steps).
_NUM = r"(?>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
FIGURE_RE = re.compile(
    rf"""
    (?=[0-9])(?<![\w/.,:&#@+-])  # a digit first: the scan skips fast to the next one
    (?P<a>{_NUM})
    (?:
        \s?/\s?(?P<total>{_NUM})
      | (?:\s?[-–]\s?|\s(?:đến|tới)\s)(?P<max>{_NUM})  # "15-20%", "từ 3 đến 4 đảng viên"
    )?
    (?P<pct>\s?%)?
    (?:\s(?P<mult>nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?
    (?P<dong>đ(?!\w))?
    (?![\w%]|[.,/]\d)
    """,
    re.VERBOSE,
)
_WORD_STARTS = frozenset(NUMBER_WORDS)
_WORD_NEXT = re.compile(
    r"\s+(một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ)(?!\w)",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r"(?<!\w)(?P<q>trên dưới|gần như|xấp xỉ|hơn|gần|trên|khoảng|dưới|ngót|chừng)\s+$", re.IGNORECASE
)
# The letters a qualifier ends on, in either case (as the case-blind pattern reads them: "İ", "ı"
# count as "i"): a number after any other word is not qualified, and the pattern is not tried.
_QUALIFIER_LAST = frozenset("GINTgintİıƯưỈỉ")
_MONEY_CONTEXT = re.compile(
    r"(?<!\w)(?:tiền|kinh phí|ngân sách|trị giá|ủng hộ|quyên góp|vốn|giá trị|doanh thu|thu nhập"
    r"|thu|chi phí)(?!\w)",
    re.IGNORECASE,
)
_LETTER_CODE = re.compile(r"(?:^|\s)[A-ZĐ]\.?\s?$")  # "phòng họp A. 908"
_SHARE = re.compile(r"\s+trong\s+(?:tổng\s+)?số\s+\d+\s")
# The first word after a number, to turn most candidates away before reading a unit phrase.
_NEXT_WORD = re.compile(r"\s?([^\W\d_]+|[“\"])")
_ELLIPTIC = re.compile(r"\s(?P<u>chính thức|dự bị)(?!\w)", re.IGNORECASE)
_ELLIPTIC_FIRST = frozenset("cCdD")  # no other character is "c" or "d" case-blind
# Month-years ("4/2018"), clock times ("7h30", "9 giờ", "10:10") and long digit runs (phones);
# a run grouped by thousands with no leading zero is an amount ("185.500.000 đồng"), not a phone.
# The day or hour is atomic: what follows it never opens on a digit.
_NOT_COUNTED = re.compile(
    r"(?=[0-9])(?:(?<![\w/.])(?>\d{1,2})(?:\s?[/-]\s?\d{4}(?!\d)|\s?(?:giờ|h)(?:\s?\d{1,2})?(?!\w)|:\d{2})"
    r"|(?![1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.]))\d[\d .]{8,}\d)",
    re.IGNORECASE,
)
# After a digit count of the same noun, "một" is a count too ("4 đại biểu chính thức và một đại
# biểu dự khuyết"): the joining words allowed between them.
_ONE_AFTER = re.compile(r"[^.;:!?\n]{0,60}(?:,|\svà|\scòn)\s$")


def _blocked(text: str, mentions, blocked) -> bytearray:
    """One byte per character, set where no figure may be: dates and document references."""
    mask = bytearray(len(text))
    spans = [(m.start, m.end) for m in mentions]
    for start, end in [*spans, *(blocked or ())]:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def _inside(mask: bytearray, start: int, end: int) -> bool:
    """Does [start, end) touch a blocked character?"""
    return mask.find(1, start, end) >= 0  # searched in place, no slice copied


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


@lru_cache(maxsize=4)
def _has_quotes(text: str) -> bool:
    # Without an opening quote anywhere no number is inside one: most texts skip the test.
    return "“" in text or '"' in text


def _quoted(text: str, start: int) -> bool:
    """Is the number inside a quoted title ("phong trào “3 sạch”", "chi bộ "4 tốt"")?"""
    if not _has_quotes(text):
        return False
    # Searched in place: slicing out the line first would copy up to 200 characters.
    begin = line_start(text, start, 200)
    return (
        text.rfind("“", begin, start) > text.rfind("”", begin, start)
        or text.count('"', begin, start) % 2 == 1
    )


# Pairs ending in a naming word that still count what follows ("trên địa bàn 9 huyện").
_NOT_NAMING = frozenset(
    [("tổng", "số"), ("với", "số"), ("toàn", "bộ"), ("có", "số"), ("địa", "bàn")]
)


def _named(text: str, start: int) -> bool:
    """Is the number a name, ordinal or code ("chi bộ 20", "đợt 1", "phòng họp A. 908")?"""
    return _named_after(text[max(0, start - 30) : start])


@lru_cache(maxsize=4096)
def _named_after(chunk: str) -> bool:
    # Both tests read only the 30 characters before the number, so the answer is one per chunk.
    if _LETTER_CODE.search(chunk[-4:]):
        return True
    words = _previous_words(chunk, len(chunk))
    if not words or words[-2:] in _NOT_NAMING:
        return False
    return words[-1] in units.NAMING or words[-2:] in units.NAMING_PAIRS


def _figure_matches(text: str):
    """FIGURE_RE's matches in order, as finditer gives them, tried only where a number starts."""
    end = 0
    for start in number_starts(text):
        if start >= end and (not start or text[start - 1] not in ":&#@+-"):
            match = FIGURE_RE.match(text, start)
            if match:
                end = match.end()
                yield match


def find_figures(text: str, *, blocked=None, mentions=None) -> list[dict]:
    """Every quantity in text order. `blocked` spans (document references) hold no figures."""
    if mentions is None:
        mentions = date_mentions(text)
    spans = _blocked(text, mentions, blocked)
    found: list[tuple[int, dict, int]] = []
    for match in _figure_matches(text):
        figure = _digit_figure(text, match, spans)
        if figure:
            # A share of a total ("2 trong tổng số 5 chi bộ") has no noun after it: it ends
            # with its number, so a "một" after it is looked up by a real offset.
            found.append((match.start(), figure[0], figure[1] or match.end()))
    digit_ends = [end for _, _, end in found]
    consumed = 0
    for match in word_starts(text)[1]:
        word = match.group(0).lower()
        if match.start() < consumed or word not in _WORD_STARTS:
            continue
        counted = None
        if word == "một":
            before = bisect.bisect_right(digit_ends, match.start()) - 1
            if before >= 0 and _ONE_AFTER.fullmatch(text, digit_ends[before], match.start()):
                counted = found[before][1]["unit"]
        figure = _word_figure(text, match, counted)
        if figure:
            found.append((match.start(), *figure))
            consumed = figure[1]
    found.sort(key=lambda item: item[0])
    return _elliptic([figure for _, figure, _ in found])


def _elliptic(found: list[dict]) -> list[dict]:
    """ "12 đảng viên (10 chính thức, 02 dự bị)": the bracketed counts take the noun before."""
    result, previous = [], None
    for figure in found:
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
    if _inside(spans, start, end) or _NOT_COUNTED.match(text, start):
        return None
    # The groups read once: a match's item lookups add up over thousands of candidates.
    number, total, most, pct, mult, dong = match.group("a", "total", "max", "pct", "mult", "dong")
    value = number_value(number)
    if pct:
        if mult or total or _quoted(text, start):
            return None
        figure = {"value": plain(value), "unit": "%", "text": text[start:end].rstrip()}
        if most:
            figure["value_max"] = plain(number_value(most))
        return figure, end
    multiplier = units.MULTIPLIERS.get(mult or "", 1)
    following = _NEXT_WORD.match(text, end)
    if following is None and multiplier == 1 and not dong:
        return None  # "1, 2, 3": nothing counted follows
    if following is not None and following[1].lower() in units.NOT_COUNTS:
        return None  # "07 ngày", "18 tuổi"
    if _named(text, start) or _quoted(text, start):
        return None
    elliptic = _ELLIPTIC.match(text, end) if text[end + 1 : end + 2] in _ELLIPTIC_FIRST else None
    if dong:
        unit = ("đồng", end)
    elif elliptic:
        unit = (elliptic["u"].lower(), elliptic.end())
    else:
        unit = unit_after_text(text, end, known_only=False)
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
    a_year = is_year(number) and not total and multiplier == 1
    if a_year and unit_text.split()[0] not in units.HEADS:
        return None
    if most and is_year(most):
        return None
    if total and number_value(total) < value:
        return None
    before = text[max(0, start - 12) : start].rstrip()
    qualifier = (
        _QUALIFIER.search(text, max(0, start - 12), start)
        if before and before[-1] in _QUALIFIER_LAST
        else None
    )
    text_start = qualifier.start("q") if qualifier else start
    figure = {
        "value": plain(value * multiplier),
        "unit": unit_text,
        "text": text[text_start : unit_end or end],
    }
    if unit_end is None:  # "Đây là 2 trong tổng số 5 chi bộ": the noun is not after the number
        figure["text"] = number
    if total:
        figure["total"] = plain(number_value(total))
    if most:
        figure["value_max"] = plain(number_value(most) * multiplier)
    if elliptic:
        figure["_elliptic"] = True
    return figure, unit_end


def _counted_alike(unit: str, counted: str) -> bool:
    """Does "một <unit>" count like the digit count of `counted` before it? The same noun ("4 đại
    biểu … và một đại biểu"), or a closed counted noun ("3 đảng viên và một quần chúng")."""
    if unit.split()[:2] == counted.split()[:2]:
        return True
    return any(unit == head or unit.startswith(head + " ") for head in units.CLOSED_HEADS)


def _share_of_total(text: str, end: int) -> tuple[str, int] | None:
    """The noun of "2 trong tổng số 5 chi bộ", counted by the first number too."""
    follow = _SHARE.match(text[end : end + 40])
    if not follow:
        return None
    unit = unit_after_text(text, end + follow.end(), known_only=True)
    return (unit[0], None) if unit else None


def _word_figure(text: str, match: re.Match, counted: str | None) -> tuple[dict, int] | None:
    """A spelled-out count; `counted` is the unit of a digit count just before, joined by "và"."""
    words = [match.group(0).lower()]
    at = match.end()
    while len(words) < 6:  # "chín trăm chín mươi chín" is the longest a bulletin spells out
        more = _WORD_NEXT.match(text, at)
        if not more:
            break
        words.append(more.group(1).lower())
        at = more.end()
    # The checks are pure: the most selective, a known counted noun next, goes first.
    following = _NEXT_WORD.match(text, at)
    if following is None or (
        following[1].lower() not in units.HEAD_WORDS
        and text[following.end() : following.end() + 2] != "/c"
    ):
        return None  # spelled-out counts are taken only before a known counted noun
    previous = _previous_words(text, match.start())[-1:]
    if previous and previous[0] in units.ORDINAL_BEFORE:
        return None
    if words == ["một"] and previous != ("thêm",) and counted is None:
        return None  # "một" is an article unless it is a real count ("có thêm một đảng viên")
    if _quoted(text, match.start()):
        return None
    if words == ["năm"] and previous and previous[0] not in units.COUNT_VERBS:
        return None  # "Hàng năm chi bộ …": a year word, not five
    if words[-1] in ("mươi", "trăm") and len(words) == 1:
        return None
    unit = unit_after_text(text, at, known_only=True)
    if unit is None:
        return None
    unit_text, unit_end = unit
    if words == ["một"] and previous != ("thêm",) and not _counted_alike(unit_text, counted):
        return None  # "3 hội nghị và một buổi sinh hoạt": an article again
    figure = {
        "value": units.word_value(words),
        "unit": unit_text,
        "text": text[match.start() : unit_end],
        "words": True,
    }
    return figure, unit_end
