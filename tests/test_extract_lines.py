"""The line helpers of the people finder: footers spotted, lines cut after an honorific rejoined."""

import pytest

from bantin_extract.lines import is_footer, sentence_lines

_FOOTER_PHRASES = (
    "Chịu trách nhiệm nội dung: Ông A",
    "Bản quyền thuộc Đảng ủy phường",
    "Copyright 2024",
    "© Đảng bộ xã",
    "Địa chỉ: số 1 đường X",
    "Điện thoại: 0123",
    "ĐT: 0123",
    "Fax: 0123",
    "Email: a@b.vn",
    "E-mail: a@b.vn",
    "Hotline 0123",
    "Website của chi bộ",
    "Giấy phép số 12",
    "Ghi rõ nguồn khi phát hành lại",
    "Trưởng ban biên tập: Bà B",
    "Phó ban biên tập: Ông C",
    "Ban biên tập",
    "Thiết kế bởi Công ty D",
    "Tổng biên tập: Ông E",
    "Phụ trách: Bà G",
)


@pytest.mark.parametrize("line", _FOOTER_PHRASES)
def test_footer_lines_are_spotted_in_any_case(line):
    # The first two letters are checked before the pattern: every case must still get through.
    assert is_footer(line)
    assert is_footer(line.upper())
    assert is_footer(line.lower())


def test_the_case_blind_i_of_the_pattern_still_opens_a_footer():
    # The case-blind pattern reads the Turkish dotless and dotted I as "i".
    assert is_footer("Gıấy phép số 12")
    assert is_footer("Gİấy phép số 12")


@pytest.mark.parametrize(
    "line", ["Chi bộ họp", "Thông báo số 12", "Hội nghị", "Đồng chí A", "Bà B phát biểu", "©"]
)
def test_body_lines_are_not_footers(line):
    assert is_footer(line) is (line == "©")


@pytest.mark.parametrize(
    "ending", ["đồng chí", "Đ/C.", "đ/c.", "đ/C", "ông", "BÀ", "thầy", "Cô", "em"]
)
def test_a_line_cut_after_an_honorific_is_rejoined(ending):
    assert sentence_lines(f"Dự họp có {ending}\nNguyễn Văn An") == [
        f"Dự họp có {ending} Nguyễn Văn An"
    ]


def test_a_line_ending_on_another_word_is_kept_apart():
    assert sentence_lines("Dự họp có đảng viên\nNguyễn Văn An") == [
        "Dự họp có đảng viên",
        "Nguyễn Văn An",
    ]
