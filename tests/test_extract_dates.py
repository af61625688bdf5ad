"""Event dates and partial dates: written forms, ranges, lists, what is not an event date."""

from datetime import date

import pytest

from bantin_extract.dates import find_dates
from bantin_extract.documents import find_documents


def events(text: str, **kwargs) -> list[str]:
    return find_dates(text, documents=find_documents(text), **kwargs)[0]


def partials(text: str, **kwargs) -> list[dict]:
    return find_dates(text, documents=find_documents(text), **kwargs)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sáng ngày 05/3/2024, chi bộ họp.", ["2024-03-05"]),
        ("Ngày 5-3-2024 chi bộ họp.", ["2024-03-05"]),
        ("Hôm 5.3.2024 chi bộ họp.", ["2024-03-05"]),
        ("Vào ngày 5 tháng 3 năm 2024, chi bộ họp.", ["2024-03-05"]),
        ("ngày 28 Tháng 11 năm 2015", ["2015-11-28"]),
        ("Từ ngày 23 đến ngày 27/3/2015, các chi bộ họp.", ["2015-03-23", "2015-03-27"]),
        ("từ ngày 7 đến 15/8/2025", ["2025-08-07", "2025-08-15"]),
        ("từ ngày 25 tháng 01 đến ngày 01 tháng 02 năm 2021", ["2021-01-25", "2021-02-01"]),
        ("từ ngày 28/2 đến ngày 3/3/2024", ["2024-02-28", "2024-03-03"]),
        ("Trong hai ngày 24, 25/9/2022, đoàn làm việc.", ["2022-09-24", "2022-09-25"]),
        ("Ngày 5, 6 và 7/3/2024", ["2024-03-05", "2024-03-06", "2024-03-07"]),
        ("(19/5/1890 - 19/5/2023)", ["1890-05-19", "2023-05-19"]),
        ("Ngày 05/3/2024 và ngày 5/3/2024", ["2024-03-05"]),
        ("Tổ 5, ngày 30/4/2024 họp.", ["2024-04-30"]),
        ("trong 2 ngày (12 - 13/3/2024), hội nghị", ["2024-03-12", "2024-03-13"]),
        ("(Tổ 5, 6/3/2024)", ["2024-03-06"]),
        ("từ 23 - 27/3/2015, các chi bộ", ["2015-03-23", "2015-03-27"]),
    ],
)
def test_full_dates(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ngày 31/2/2024 và ngày 12/13/2024",  # impossible dates
        "tháng 4/2018, tháng 11/2025, năm 2023, 6/2018",  # month-years and years
        "năm học 2018 – 2019, nhiệm kỳ 2020-2025, giai đoạn 2023 – 2025",
        "nhân dịp Quốc khánh 2/9, đợt 2/9 và 7/11",  # holiday names
        "chào mừng kỷ niệm ngày 30/4 và nhân dịp ngày 2/9",
        "17/17 đảng viên, 18/22 đ/c",  # ratios
        "từ 5-10 đảng viên",
    ],
)
def test_not_event_dates(text):
    assert events(text) == [] and partials(text) == []


def test_document_date_belongs_to_the_document():
    text = "Thực hiện Hướng dẫn số 08-HD/BTCTU ngày 16/9/2022, ngày 08/10/2022 chi bộ họp."
    assert events(text) == ["2022-10-08"]


def test_day_month_of_a_document_is_not_a_partial_date():
    assert partials("Theo Kế hoạch số 12-KH/ĐU ngày 5/3, chiều 9/3 chi bộ họp.") == [
        {"text": "9/3", "resolved": []}
    ]


def test_date_heading_the_issuing_clause_is_also_an_event():
    text = (
        "Ngày 01/10/2021, Ban Thường vụ đã ban hành Quyết định số 148-QĐ/ĐUK về thành lập chi bộ."
    )
    assert events(text) == ["2021-10-01"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Chiều 9/11, Đảng ủy họp.", "9/11"),
        ("Sáng 9-1, Đảng bộ họp.", "9-1"),
        ("Sáng ngày 10 tháng 6, tại hội trường", "10 tháng 6"),
        ("Chiều ngày 20/11, lễ trao", "20/11"),
    ],
)
def test_partial_dates_without_a_page_year_stay_unresolved(text, written):
    assert events(text) == [] and partials(text) == [{"text": written, "resolved": []}]


def test_partial_date_resolved_by_the_date_line():
    assert partials("Chiều 9/11, Đảng ủy họp.", published=date(2021, 11, 10)) == [
        {"text": "9/11", "resolved": ["2021-11-09"]}
    ]


def test_partial_date_resolved_by_a_month_only_date_line():
    assert partials("Chiều 9/11, họp.", year_hint=(2021, 11))[0]["resolved"] == ["2021-11-09"]


def test_partial_date_late_in_the_year_before_an_early_date_line():
    assert partials("Chiều 28/12, họp.", published=date(2024, 1, 3))[0]["resolved"] == [
        "2023-12-28"
    ]


def test_partial_date_resolved_by_the_same_day_written_in_full():
    text = "Ngày 7/8, lớp học khai giảng; từ ngày 7 đến 15/8/2025 học viên nghiên cứu."
    assert partials(text) == [{"text": "7/8", "resolved": ["2025-08-07"]}]
    assert events(text) == ["2025-08-07", "2025-08-15"]


def test_a_year_in_the_subject_does_not_resolve():
    assert partials("Sáng 9-1, Đảng bộ tổng kết công tác năm 2018.")[0]["resolved"] == []
