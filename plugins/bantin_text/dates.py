"""Dates as Vietnamese editors write them (day first) and as readers read them (Thứ Ba, 05/03/2024)."""

import re
from datetime import datetime
from functools import lru_cache

from babel.dates import format_datetime

# Year first is ISO ("2024-03-05", "2024-03-05T08:30:00+07:00", "2024/03/05 08:30").
_YEAR_FIRST = re.compile(
    r"^(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})"
    r"(?:[ T](?P<H>\d{1,2})[:h](?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?$"
)
# Day first is how Vietnamese write dates: "05/03/2024", "5-3-2024 08:30", "05.03.2024 8h30".
_DAY_FIRST = re.compile(
    r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"(?:,?\s+(?P<H>\d{1,2})[:h](?P<M>\d{2})(?::(?P<S>\d{2}))?)?$"
)

EXAMPLE = "05/03/2024 08:30"


class DateError(ValueError):
    """A date an editor wrote that bantin cannot read without guessing."""


def parse_editor_datetime(text: str) -> datetime:
    """Read a metadata date, day first or ISO; raise DateError saying what to write instead."""
    raw = " ".join(str(text).split())
    match = _YEAR_FIRST.match(raw) or _DAY_FIRST.match(raw)
    if not match:
        raise DateError(
            f"không đọc được ngày '{raw}': hãy viết ngày trước, tháng sau, năm đủ 4 chữ số, "
            f"ví dụ '{EXAMPLE}' (hoặc dạng ISO '2024-03-05 08:30')"
        )
    parts = {k: int(v) for k, v in match.groupdict().items() if v and k != "tz"}
    try:
        moment = datetime(
            parts["y"],
            parts["m"],
            parts["d"],
            parts.get("H", 0),
            parts.get("M", 0),
            parts.get("S", 0),
        )
    except ValueError:
        raise DateError(
            f"ngày '{raw}' không có thật (ngày {parts['d']}, tháng {parts['m']}, năm {parts['y']}); "
            f"hãy sửa lại, ví dụ '{EXAMPLE}'"
        ) from None
    zone = match.groupdict().get("tz")
    if zone:
        moment = datetime.fromisoformat(moment.isoformat() + ("+00:00" if zone == "Z" else zone))
    return moment


def format_vi_datetime(moment: datetime) -> str:
    """ "Thứ Ba, 05/03/2024 08:30"; the time is left out when it is midnight exactly."""
    # The text shows the wall-clock fields only (no zone), so they are the whole cache key.
    return _vi_datetime(moment.year, moment.month, moment.day, moment.hour, moment.minute)


# Every list page repeats the same dates; Babel's locale lookup is paid once per minute shown.
@lru_cache(maxsize=8192)
def _vi_datetime(year: int, month: int, day: int, hour: int, minute: int) -> str:
    pattern = "EEEE, dd/MM/yyyy" if (hour, minute) == (0, 0) else "EEEE, dd/MM/yyyy HH:mm"
    return format_datetime(datetime(year, month, day, hour, minute), pattern, locale="vi")


def format_vi_date(moment: datetime) -> str:
    """ "05/03/2024": day first, two-digit day and month."""
    # What strftime("%d/%m/%Y") writes, without Pelican's slow SafeDatetime.strftime.
    return f"{moment.day:02d}/{moment.month:02d}/{moment.year}"


def format_vi_month(moment: datetime) -> str:
    """ "Tháng 3/2024", the heading of a month's archive."""
    return f"Tháng {moment.month}/{moment.year}"
