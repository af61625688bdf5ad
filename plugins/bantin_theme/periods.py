"""School year and term (nhiệm kỳ) named in an article, for the "Thời gian" sidebar."""

import re

from bantin_text import collapse_space

_YEARS = r"(?P<start>(?:19|20)\d{2})\s*[-–—/]\s*(?P<end>(?:19|20)\d{2})"
_SCHOOL_YEAR = re.compile(rf"\bnăm học\s+{_YEARS}", re.IGNORECASE)
_TERM = re.compile(rf"\bnhiệm kỳ\s+{_YEARS}", re.IGNORECASE)
# Every match of either ends in a span of years: most texts have none, and looking for one is
# several times faster than the case-blind searches.
_ANY_YEARS = re.compile(_YEARS)


def _first_span(pattern: re.Pattern, text: str) -> str | None:
    for match in pattern.finditer(text):
        start, end = int(match["start"]), int(match["end"])
        # "2023-2024" is a span of years; "2024-2023" or a decade is not a school year or term.
        if 0 < end - start <= 10:
            return f"{start}–{end}"
    return None


def find_periods(text: str) -> dict[str, str]:
    """{"school_year": "2023–2024", "term": "2020–2025"}, keys only for what the text names."""
    text = collapse_space(text or "")
    if not _ANY_YEARS.search(text):
        return {}
    found = {"school_year": _first_span(_SCHOOL_YEAR, text), "term": _first_span(_TERM, text)}
    return {key: value for key, value in found.items() if value}
