"""Document references: kinds, numbers as written, dates, lists, shortened mentions, non-documents."""

import pytest

from bantin_extract.documents import find_documents
from bantin_extract.facts import extract


def docs(text: str) -> list[dict]:
    return [doc.as_dict() for doc in find_documents(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Công văn số 308-CV/TU, ngày 26/11/2021 của Ban Thường vụ",
            [{"kind": "Công văn", "number": "308-CV/TU", "date": "2021-11-26"}],
        ),
        (
            "Hướng dẫn số 08- HD/BDVTU ngày 25/5/2022",
            [{"kind": "Hướng dẫn", "number": "08- HD/BDVTU", "date": "2022-05-25"}],
        ),
        (
            "Chỉ thị số 05 - CT/TW Bộ Chính trị",
            [{"kind": "Chỉ thị", "number": "05 - CT/TW", "date": None}],
        ),
        (
            "theo Chỉ thị số 28-CT/TW/2019 của Ban Bí thư",
            [{"kind": "Chỉ thị", "number": "28-CT/TW/2019", "date": None}],
        ),
        (
            "Hướng dẫn số 01 ngày 19/01/2023 của Quận uỷ",
            [{"kind": "Hướng dẫn", "number": "01", "date": "2023-01-19"}],
        ),
        (
            "Quyết định 77-QĐ/ĐU ngày 01/8/2022",
            [{"kind": "Quyết định", "number": "77-QĐ/ĐU", "date": "2022-08-01"}],
        ),
        (
            "Nghị định 43/2019/NĐ-CP",
            [{"kind": "Nghị định", "number": "43/2019/NĐ-CP", "date": None}],
        ),
        (
            "kế hoạch số 12-KH/ĐU ngày 5 tháng 3 năm 2024",
            [{"kind": "Kế hoạch", "number": "12-KH/ĐU", "date": "2024-03-05"}],
        ),
        (
            "Kế hoạch ngày 5/3/2024 của Đảng ủy",
            [{"kind": "Kế hoạch", "number": None, "date": "2024-03-05"}],
        ),
        (
            "QUYẾT ĐỊNH SỐ 15-QĐ/ĐU VỀ KẾT NẠP",
            [{"kind": "Quyết định", "number": "15-QĐ/ĐU", "date": None}],
        ),
        ("Luật số 67/2020/QH14", [{"kind": "Luật", "number": "67/2020/QH14", "date": None}]),
    ],
)
def test_references(text, expected):
    assert docs(text) == expected


def test_issuer_between_number_and_date():
    text = "Quyết định số 79-QĐ/HU của Ban Thường vụ Huyện ủy ngày 5/3/2024 về việc kết nạp"
    assert docs(text) == [{"kind": "Quyết định", "number": "79-QĐ/HU", "date": "2024-03-05"}]
    # A topic ("về …") in between: the later date is not the issue date.
    assert (
        docs("Hướng dẫn số 01 của Quận uỷ về công tác ngày 5/3/2024 chi bộ họp")[0]["date"] is None
    )


def test_several_numbers_share_one_date():
    assert docs("Quyết định số: 4854- QĐ/QU và 4855-QĐ/QU ngày 13/05/2024 của Quận ủy") == [
        {"kind": "Quyết định", "number": "4854- QĐ/QU", "date": "2024-05-13"},
        {"kind": "Quyết định", "number": "4855-QĐ/QU", "date": "2024-05-13"},
    ]


def test_repeated_and_shortened_mentions_are_one_document():
    text = (
        "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. Chỉ thị số 05 yêu cầu học tập. "
        "Hướng dẫn số 01 ngày 19/01/2023 nêu rõ; Hướng dẫn số 01 được triển khai."
    )
    assert [d["number"] for d in docs(text)] == ["05-CT/TW", "01"]


def test_issuing_clause_dates_the_document():
    text = (
        "ngày 01/10/2021, Ban Thường vụ Đảng ủy Khối đã ban hành Quyết định số 148-QĐ/ĐUK về việc"
    )
    assert docs(text) == [{"kind": "Quyết định", "number": "148-QĐ/ĐUK", "date": "2021-10-01"}]


@pytest.mark.parametrize(
    "text",
    [
        "trao Quyết định kết nạp Đảng viên của Huyện Ủy",
        "học tập Nghị quyết Trung ương 7 (khóa XI) và Nghị quyết Đại hội Chi bộ",
        "thực hiện Đề án 06 của Chính phủ và Điều lệ Đảng, Điều 4",
        "Đảng ủy đã thông báo ngày 5/3/2024 đến các chi bộ",
        "Kết luận Hội nghị, đồng chí Bí thư ghi nhận 22 ý kiến",
    ],
)
def test_not_documents(text):
    assert docs(text) == []


def test_a_second_document_after_its_issuer_and_va():
    assert docs("theo Nghị quyết số 07-NQ/ĐU của Đảng ủy và Chương trình số 15-CTr/ĐU,") == [
        {"kind": "Nghị quyết", "number": "07-NQ/ĐU", "date": None},
        {"kind": "Chương trình", "number": "15-CTr/ĐU", "date": None},
    ]


def test_a_date_after_a_list_of_references_dates_each():
    found = docs("Căn cứ Kế hoạch số 3-KH/ĐU, Kế hoạch số 4-KH/ĐU ngày 2/4/2024 của Đảng ủy")
    assert [d["date"] for d in found] == ["2024-04-02", "2024-04-02"]


@pytest.mark.parametrize(
    ("text", "kind", "number", "issued"),
    [
        (
            "theo QĐ số 77/QĐ-UBND ngày 9/2/2024 của UBND huyện",
            "Quyết định",
            "77/QĐ-UBND",
            "2024-02-09",
        ),
        ("triển khai KH 18-KH/CB của chi bộ", "Kế hoạch", "18-KH/CB", None),
        ("Thông báo kết luận số 40-TB/TU của Tỉnh ủy", "Thông báo", "40-TB/TU", None),
        ("Chỉ thị số 8-CT/HU (ngày 1/3/2024) của Huyện ủy", "Chỉ thị", "8-CT/HU", "2024-03-01"),
        ("thực hiện Quy định 102 của Bộ Chính trị", "Quy định", "102", None),
    ],
)
def test_abbreviated_kinds_bracketed_dates_and_numbers_without_so(text, kind, number, issued):
    assert docs(text) == [{"kind": kind, "number": number, "date": issued}]


def test_a_bracketed_document_date_is_not_an_event_date():
    assert extract("theo QĐ số 77/QĐ-UBND (ngày 9/2/2024) của UBND huyện.")["event_dates"] == []
