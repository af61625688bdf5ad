"""The orchestrator: one facts dict per article, in the shape of the schema."""

from datetime import date

from bantin_extract import EXTRACTOR_VERSION, extract
from bantin_extract.schema import facts_errors

BULLETIN = (
    "Chi bộ Khu phố 3 kết nạp 02 đảng viên mới\n"
    "Chiều 9/11, Chi bộ Khu phố 3 tổ chức lễ kết nạp đảng viên. Thực hiện Quyết định số "
    "12-QĐ/ĐU ngày 01/11/2024 của Đảng ủy phường, 100% đảng viên dự lễ; từ ngày 5 đến "
    "7/11/2024 chi bộ tổ chức lớp bồi dưỡng cho hai quần chúng ưu tú."
)


def test_facts_of_a_bulletin():
    facts = extract(BULLETIN, title="Tin", published=date(2024, 11, 10), views=12)
    assert facts_errors(facts) == []
    assert (facts["title"], facts["published"], facts["views"]) == ("Tin", "2024-11-10", 12)
    assert facts["event_dates"] == ["2024-11-05", "2024-11-07"]
    assert facts["partial_dates"] == [{"text": "9/11", "resolved": ["2024-11-09"]}]
    assert facts["documents"] == [
        {"kind": "Quyết định", "number": "12-QĐ/ĐU", "date": "2024-11-01"}
    ]
    assert [(f["value"], f["unit"]) for f in facts["figures"]] == [
        (2, "đảng viên"),
        (100, "%"),
        (2, "quần chúng ưu tú"),
    ]


def test_empty_article():
    facts = extract("")
    assert facts_errors(facts) == [] and facts["figures"] == facts["event_dates"] == []


def test_schema_check_catches_bad_facts():
    facts = extract(BULLETIN)
    facts["documents"].append({"kind": "Công điện", "number": None, "date": None})
    facts["figures"].append({"value": True, "unit": "", "text": "x"})
    assert len(facts_errors(facts)) == 4


def test_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION.count(".") == 2
