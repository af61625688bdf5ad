"""Values of numbers as Vietnamese write them: "1.234" (thousands), "37,9" (decimal comma), years."""

import re

_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_CENTURIES = frozenset(["18", "19", "20"])


def number_value(text: str) -> float:
    """The value of a written number ("1.234" is 1234, "37,9" is 37.9)."""
    # Only a number grouped by thousands has a dot: most skip the pattern.
    if "." in text and _GROUPED.fullmatch(text):
        text = text.replace(".", "")
    return float(text.replace(",", "."))


def plain(value: float) -> int | float:
    """An int when the value is whole, else the value rounded to six places."""
    return int(value) if value.is_integer() else round(value, 6)


def is_year(number: str) -> bool:
    """1800–2099 written as four digits (string tests: a pattern call costs more)."""
    return len(number) == 4 and number[:2] in _CENTURIES and number[2:].isdecimal()
