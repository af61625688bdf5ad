"""Values of written numbers: thousands dots, decimal commas, years."""

import pytest

from bantin_extract.numbervalues import is_year, number_value, plain


@pytest.mark.parametrize(
    ("written", "value"),
    [("1.234", 1234), ("1.300.000", 1_300_000), ("37,9", 37.9), ("1.257,5", 1257.5), ("08", 8)],
)
def test_number_value_reads_vietnamese_separators(written, value):
    assert number_value(written) == value


def test_plain_keeps_whole_values_as_int():
    assert plain(35.0) == 35 and isinstance(plain(35.0), int)
    assert plain(37.9) == 37.9


@pytest.mark.parametrize(
    ("number", "year"),
    [("2024", True), ("1890", True), ("2100", False), ("1799", False), ("224", False)],
)
def test_is_year(number, year):
    assert is_year(number) is year
