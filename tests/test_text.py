"""bantin_text: Vietnamese dates, numbers and normalisation."""

import re
import unicodedata
from datetime import datetime

import pytest

from bantin_text import (
    DateError,
    canon,
    collapse_space,
    format_vi_datetime,
    format_vi_month,
    format_vi_number,
    parse_editor_datetime,
    parse_vi_number,
)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("05/03/2024", datetime(2024, 3, 5)),
        ("5/3/2024 08:30", datetime(2024, 3, 5, 8, 30)),
        ("05-03-2024 8h30", datetime(2024, 3, 5, 8, 30)),
        ("05.03.2024", datetime(2024, 3, 5)),
        ("2024-03-05", datetime(2024, 3, 5)),
        ("2024-03-05 08:30", datetime(2024, 3, 5, 8, 30)),
    ],
)
def test_day_first_and_iso_dates_mean_the_same_day(written, expected):
    assert parse_editor_datetime(written) == expected


def test_iso_offset_is_kept():
    moment = parse_editor_datetime("2024-03-05T08:30:00+07:00")
    assert moment.utcoffset().total_seconds() == 7 * 3600


@pytest.mark.parametrize("written", ["31/02/2024", "29/02/2023", "05/13/2024"])
def test_impossible_dates_are_refused_with_the_reason(written):
    with pytest.raises(DateError, match="không có thật"):
        parse_editor_datetime(written)


@pytest.mark.parametrize("written", ["03/05/24", "March 5, 2024", "5/3", "hôm qua"])
def test_ambiguous_or_unreadable_dates_ask_for_the_day_first_form(written):
    with pytest.raises(DateError, match="05/03/2024 08:30"):
        parse_editor_datetime(written)


def test_reader_facing_dates_are_vietnamese():
    assert format_vi_datetime(datetime(2024, 3, 5, 8, 30)) == "Thứ Ba, 05/03/2024 08:30"
    assert format_vi_datetime(datetime(2024, 3, 10)) == "Chủ Nhật, 10/03/2024"
    assert format_vi_month(datetime(2024, 3, 1)) == "Tháng 3/2024"


def test_numbers_read_and_written_the_vietnamese_way():
    assert parse_vi_number("37,9") == 37.9
    assert parse_vi_number("1.234") == 1234
    assert parse_vi_number("1.234.567,5") == 1234567.5
    assert parse_vi_number("08") == 8
    assert parse_vi_number("12a") is None
    assert format_vi_number(37.9) == "37,9"
    assert format_vi_number(1234) == "1.234"
    assert format_vi_number(8.0) == "8"


def test_tone_placement_case_and_normal_form_do_not_split_a_word():
    assert canon("Quận uỷ") == canon("quận ủy") == canon(unicodedata.normalize("NFD", "Quận ủy"))
    assert canon("Hoà Bình") == canon("HÒA BÌNH")
    assert canon("Quận ủy") != canon("Quận ủi")


def test_odd_spaces_fold_to_one():
    assert collapse_space("Lê\u00a0Văn\u200b  An\u202f") == "Lê Văn An"


def test_remembered_formats_are_babels_for_every_value():
    # Numbers and dates are remembered per value: each must still be what Babel writes.
    from babel.dates import format_datetime
    from babel.numbers import format_decimal

    values = [0, 1, 1.5, -2.25, 1234, 1234.5, 37.9, 10**12, 0.001, 2.0]
    for value in values + values:
        plain = int(value) if isinstance(value, float) and value.is_integer() else value
        assert format_vi_number(value) == format_decimal(plain, locale="vi")
    aware = datetime.fromisoformat("2024-03-05T08:30:00+07:00")
    assert format_vi_datetime(aware) == format_datetime(
        aware, "EEEE, dd/MM/yyyy HH:mm", locale="vi"
    )
    assert format_vi_datetime(aware.replace(tzinfo=None)) == "Thứ Ba, 05/03/2024 08:30"


def test_collapse_space_folds_every_unicode_space_and_drops_invisible_ones():
    # The reference: every character \s matches is a space; zero-width ones and the BOM vanish.
    invisible = "\u200b\u200c\u200d\u2060\ufeff"
    for code in range(0x3001):
        char = "" if chr(code) in invisible else chr(code)
        expected = re.sub(r"\s+", " ", unicodedata.normalize("NFC", f"a{char}b")).strip()
        assert collapse_space(f"a{chr(code)}b") == expected, hex(code)
    assert collapse_space("\ufeff\u00a0 Quận\u2060 uỷ \u202f") == "Quận uỷ"
