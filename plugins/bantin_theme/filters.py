"""Jinja filters that write dates and numbers the way Vietnamese readers expect."""

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from bantin_text import format_vi_date, format_vi_datetime, format_vi_month, format_vi_number

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def _local(moment: datetime) -> datetime:
    # Naive datetimes are Vietnam time: that is what editors write in metadata.
    if moment.tzinfo is None:
        return moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM)


def vi_datetime(moment: datetime) -> str:
    """ "Thứ Ba, 05/03/2024 08:30" with the weekday capitalised as in a date line."""
    text = format_vi_datetime(_local(moment))
    return text[:1].upper() + text[1:]


def vi_date(moment: datetime) -> str:
    """ "05/03/2024"."""
    return format_vi_date(moment)


def vi_month(moment: datetime) -> str:
    """ "Tháng 3/2024"."""
    return format_vi_month(moment)


def iso_datetime(moment: datetime) -> str:
    """ "2024-03-05T08:30:00+07:00", for <time datetime>, JSON-LD and Open Graph."""
    return _local(moment).isoformat(timespec="seconds")


def iso_to_vi_date(text: str) -> str:
    """ "2024-03-05" (as in facts) written "05/03/2024"; anything unreadable is kept as is."""
    return _iso_to_vi_date(str(text))


# Facts cite the same days on many pages, and strptime is slow.
@lru_cache(maxsize=8192)
def _iso_to_vi_date(text: str) -> str:
    try:
        return format_vi_date(datetime.strptime(text, "%Y-%m-%d"))
    except ValueError:
        return text


def vi_number(value) -> str:
    """37.9 as "37,9" and 1234 as "1.234"; non-numbers are returned as text."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return format_vi_number(value)


_LARGE = ((1_000_000_000, "tỷ"), (1_000_000, "triệu"))


def vi_amount(value) -> str:
    """A figure as a reader says it: 37900000 -> "37,9 triệu", 1500000000 -> "1,5 tỷ"."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    for size, word in _LARGE:
        if abs(value) >= size and (value * 100) % size == 0:
            return f"{format_vi_number(value / size)} {word}"
    return vi_number(value)


FILTERS = {
    "vi_amount": vi_amount,
    "vi_datetime": vi_datetime,
    "vi_date": vi_date,
    "vi_month": vi_month,
    "iso_datetime": iso_datetime,
    "iso_to_vi_date": iso_to_vi_date,
    "vi_number": vi_number,
}
