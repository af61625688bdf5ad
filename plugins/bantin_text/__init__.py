"""Pure Vietnamese text helpers shared by every bantin package: normalisation, dates, numbers.

No Pelican import here; the Pelican plugins and the extractor both build on it.
"""

from bantin_text.dates import (
    DateError,
    format_vi_date,
    format_vi_datetime,
    format_vi_month,
    parse_editor_datetime,
)
from bantin_text.normalize import canon, collapse_space, nfc
from bantin_text.numbers import format_vi_number, parse_vi_number

__all__ = [
    "DateError",
    "canon",
    "collapse_space",
    "format_vi_date",
    "format_vi_datetime",
    "format_vi_month",
    "format_vi_number",
    "nfc",
    "parse_editor_datetime",
    "parse_vi_number",
]
