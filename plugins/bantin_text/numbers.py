"""Vietnamese number reading and writing: "37,9" is a decimal, "1.234" is a thousand."""

import re
from functools import cache, lru_cache

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern

_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_PLAIN = re.compile(r"^\d+(?:,\d+)?$")


def parse_vi_number(text: str) -> float | None:
    """Read "1.234", "37,9", "08", "1.234.567,5" as written in Vietnamese; None if not a number."""
    text = text.strip()
    if _GROUPED.match(text):
        text = text.replace(".", "")
    elif not _PLAIN.match(text):
        return None
    return float(text.replace(",", "."))


def format_vi_number(value: float | int) -> str:
    """Format a number as a Vietnamese reader expects: 1.234 and 37,9."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _formatted(value)


@cache
def _vi_decimal() -> tuple[Locale, NumberPattern]:
    # What babel.numbers.format_decimal(value, locale="vi") looks up on every call.
    locale = Locale.parse("vi")
    return locale, parse_pattern(locale.decimal_formats[None])


# A site prints the same counts and amounts on thousands of pages; Babel still does the writing.
@lru_cache(maxsize=8192, typed=True)
def _formatted(value: float | int) -> str:
    locale, pattern = _vi_decimal()
    return pattern.apply(value, locale)
