"""Finds event dates and partial (day-month) dates as bulletins write them."""

import re
from datetime import date, timedelta
from typing import NamedTuple

from bantin_extract.text import number_starts

# Years a bulletin can plausibly mention (commemorations reach back to 1890).
MIN_YEAR, MAX_YEAR = 1800, 2100

# A day or month of one or two digits, atomic: whatever follows one in these patterns never opens
# on a digit, so giving a digit back never leads to a match (same matches, fewer steps).
_DAY = r"(?>\d{1,2})"
# A day-month-year separator: "05/3/2024", "5-3-2024", "5.3.2024", "05 / 3 / 2024". Spaces only
# around "/" so "3/8. 2024" (a sentence end) is never read as a date.
_SEP = r"(?:\s?/\s?|-|\.)"
# What joins the items of a range or list: "23 đến ngày 27/3", "5, 6/3", "24 và 25/9".
# White space before a joiner or around "tháng" is read possessively: none of them opens on it.
_JOINER = r"(?:,|và|đến|tới|-|–)"
_JOIN = rf"\s*+{_JOINER}\s*(?:ngày\s+)?"
# One earlier item of a list: a bare day, or a day and month ("28/2 đến 3/3/2024").
_ITEM = rf"{_DAY}(?:\s?/\s?{_DAY}|\s++tháng\s++{_DAY})?"
# The words that make a day-month expression a date rather than a ratio or a holiday name.
_LEAD = (
    r"(?:(?:từ|vào|trong|các|sáng|chiều|tối|trưa|đêm|hôm|rạng\s+sáng)\s+)?ngày\s+"
    r"|(?:sáng|chiều|tối|trưa|đêm|hôm|rạng\s+sáng)\s+"
)

DATE_RE = re.compile(
    rf"""
    (?=[0-9])(?<![\w/.,])  # a digit first: the scan skips fast to the next one
    # What may follow the first number of any date (a separator, a joiner of a list, "tháng"):
    # most numbers are turned away here, before the list and both forms are tried.
    (?={_DAY}(?:\s?/|-|\.|\s*+{_JOINER}|\s++tháng))
    (?P<list>(?:{_ITEM}{_JOIN}){{1,6}})?
    (?:
        (?P<d>{_DAY}){_SEP}(?P<m>{_DAY})(?:{_SEP}(?P<y>\d{{4}}))?
      | (?P<wd>{_DAY})\s++tháng\s++(?P<wm>{_DAY})(?:\s*,?\s+năm\s+(?P<wy>\d{{4}}))?
    )
    (?!\d|[/.-]\d|\s?/\s?\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Searched just before a date: its lead word ends exactly there.
_LEAD_BEFORE = re.compile(rf"(?<!\w)(?:{_LEAD})\(?$", re.IGNORECASE)
_HOLIDAY_BEFORE = re.compile(
    r"(?:kỷ\s+niệm|kỉ\s+niệm|chào\s+mừng|nhân\s+dịp|hướng\s+tới|lễ)(?:\s+ngày)?\s*$", re.IGNORECASE
)
# A range written in brackets or after "từ" shares its year too: "trong 2 ngày (12 - 13/3/2024)",
# "từ 23 - 27/3/2015".
_LIST_LEAD_BEFORE = re.compile(rf"(?:(?<!\w)(?:{_LEAD}|từ\s+)|\()$", re.IGNORECASE)
_ITEM_RE = re.compile(r"(\d{1,2})(?:\s?/\s?(\d{1,2})|\s+tháng\s+(\d{1,2}))?")
# The letters each lead, list lead or holiday phrase above ends on, in either case ("İ" and "ı"
# are "i" to the case-blind patterns): before any other word no pattern is tried.
_LEAD_LAST = frozenset("AGIMUYagimuyİı")
_LIST_LEAD_LAST = _LEAD_LAST | frozenset("Ừừ")
_HOLIDAY_LAST = frozenset("GIMPYgimpyİıỄễ")

# A page-store or date-line year resolves a partial date written up to this long after it.
_LOOKAHEAD = timedelta(days=7)


class DateMention(NamedTuple):
    """One written date: its span, the dates it names, and whether the year was written."""

    start: int
    end: int
    dates: tuple[date, ...]
    text: str
    full: bool


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist or lies outside plausible years."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _items(listed: str | None, month: int) -> list[tuple[int, int]]:
    """(day, month) of each earlier list item; a bare day takes the month of the item after it."""
    if not listed:
        return []
    found = [
        (int(d), int(m1 or m2) if (m1 or m2) else None) for d, m1, m2 in _ITEM_RE.findall(listed)
    ]
    result, following = [], month
    for day, item_month in reversed(found):
        following = item_month or following
        result.append((day, following))
    return list(reversed(result))


def _written_before(pattern: re.Pattern, last: frozenset, text: str, start: int, reach: int):
    """pattern.search over the `reach` characters before `start`, tried only when they end on
    one of the `last` letters or "(" before white space, as every match of these patterns does."""
    begin = max(0, start - reach)
    tail = text[begin:start].rstrip()
    if tail[-1:] in last or tail.endswith("("):
        return pattern.search(text, begin, start)
    return None


def _date_matches(text: str):
    """DATE_RE's matches in order, as finditer gives them, tried only where a number starts."""
    end = 0
    for start in number_starts(text):
        if start >= end:
            match = DATE_RE.match(text, start)
            if match:
                end = match.end()
                yield match


def date_mentions(text: str) -> list[DateMention]:
    """Every date expression, full or day-month, in text order; impossible dates dropped."""
    mentions = []
    for match in _date_matches(text):
        # The groups read once: a match's item lookups add up over every date of every text.
        listed, d, m, y, wd, wm, wy = match.group("list", "d", "m", "y", "wd", "wm", "wy")
        day = int(d or wd)
        month = int(m or wm)
        year_text = y or wy
        final = match.start("d") if d else match.start("wd")
        start, end = match.span()
        if listed and not (
            year_text and _written_before(_LIST_LEAD_BEFORE, _LIST_LEAD_LAST, text, start, 24)
        ):
            start, listed = final, None  # "Tổ 5, ngày 30/4/2024": a list needs its own lead
        if not year_text and not _written_before(_LEAD_BEFORE, _LEAD_LAST, text, start, 24):
            continue  # "đợt 2/9", "17/22": a day-month needs "ngày", "sáng", "chiều"… to be a date
        if not year_text and d and "." in text[final:end]:
            continue  # "ngày 3.5" is a decimal more often than a date
        if not year_text and _written_before(_HOLIDAY_BEFORE, _HOLIDAY_LAST, text, start, 40):
            continue  # "chào mừng kỷ niệm ngày 30/4": a holiday's name, not a day of the event
        pairs = [*_items(listed, month), (day, month)]
        year = int(year_text) if year_text else 2000  # leap-safe placeholder for partials
        dates = tuple(filter(None, [make_date(year, m, dd) for dd, m in pairs]))
        if len(dates) != len(pairs):
            continue
        mentions.append(DateMention(start, end, dates, text[start:end], bool(year_text)))
    return mentions


def _resolve(
    day_month: date,
    year_hint: tuple[int, int] | None,
    published: date | None,
    full_dates: list[date],
) -> list[str]:
    """The full date a partial one names, when the page makes its year unambiguous."""
    same_day = [d for d in full_dates if (d.month, d.day) == (day_month.month, day_month.day)]
    if len({d.year for d in same_day}) == 1:
        return [same_day[0].isoformat()]
    if published is not None:
        anchor = published
    elif year_hint is not None:
        anchor = make_date(year_hint[0], year_hint[1], 28) or date(year_hint[0], 12, 28)
    else:
        return []
    candidate = make_date(anchor.year, day_month.month, day_month.day)
    if candidate is None:
        return []
    if candidate > anchor + _LOOKAHEAD:
        candidate = make_date(anchor.year - 1, day_month.month, day_month.day)
    return [candidate.isoformat()] if candidate else []


def _inside_any(spans: list[tuple[int, int]], position: int) -> bool:
    # A plain loop: a generator per mention costs more than the few spans it reads.
    for start, end in spans:  # noqa: SIM110 — a plain loop is faster than any() here
        if start <= position < end:
            return True
    return False


def find_dates(
    text: str,
    *,
    published: date | None = None,
    documents=(),
    year_hint: tuple[int, int] | None = None,
    mentions: list[DateMention] | None = None,
) -> tuple[list[str], list[dict]]:
    """(event_dates, partial_dates) of a text. Dates that only date a document are left out.

    `documents` are the text's `Document`s (their date spans are theirs); `mentions` may pass
    `date_mentions(text)` when the caller already has them.
    """
    owned = [span for doc in documents for span in getattr(doc, "date_spans", ())]
    if mentions is None:
        mentions = date_mentions(text)
    event_dates: list[str] = []
    full_dates: list[date] = []
    for mention in mentions:
        if not mention.full:
            continue
        full_dates.extend(mention.dates)
        if owned and _inside_any(owned, mention.start):
            continue
        for day in mention.dates:
            if day.isoformat() not in event_dates:
                event_dates.append(day.isoformat())
    partial_dates: list[dict] = []
    seen = set()
    for mention in mentions:
        if mention.full or mention.text in seen or (owned and _inside_any(owned, mention.start)):
            continue
        seen.add(mention.text)
        resolved: list[str] = []
        for day in mention.dates:
            for iso in _resolve(day, year_hint, published, full_dates):
                if iso not in resolved:
                    resolved.append(iso)
        partial_dates.append({"text": mention.text, "resolved": resolved})
    return event_dates, partial_dates
