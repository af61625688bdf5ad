"""bantin_facts.overrides: editors' Facts_* corrections applied to extracted facts."""

import pytest

from bantin_facts.overrides import OverrideError, apply_overrides, parse_person


def no_figures(text):
    return []


def no_documents(text):
    return []


def apply(facts, **metadata):
    return apply_overrides(facts, metadata, find_figures=no_figures, find_documents=no_documents)


def test_person_line_gives_honorific_degree_name_and_role():
    assert parse_person("đồng chí ThS. Lê Văn An – Bí thư Chi bộ Khoa Toán") == {
        "name": "Lê Văn An",
        "honorific": "đồng chí",
        "degree": "ThS.",
        "role": "Bí thư Chi bộ Khoa Toán",
    }
    assert parse_person("bà Trần Thị Bình")["role"] is None
    assert parse_person("PGS.TS. Hoàng Minh (Hiệu trưởng)")["role"] == "Hiệu trưởng"


def test_single_word_name_is_refused():
    with pytest.raises(OverrideError, match="hai chữ"):
        parse_person("đồng chí An")


def test_add_drop_and_replace_role():
    facts = {
        "people": [
            {"name": "Hồ Chí Minh", "honorific": None, "degree": None, "role": None},
            {"name": "Lê Văn Ân", "honorific": None, "degree": None, "role": "x"},
        ]
    }
    result = apply(
        facts,
        facts_people_drop="Hồ Chí Minh",
        facts_people_add="đồng chí Trần Thị Bình – Phó Bí thư; Lê Văn Ân",
        facts_roles="lê văn ân = Bí thư Chi bộ",
    )
    assert [p["name"] for p in result["people"]] == ["Lê Văn Ân", "Trần Thị Bình"]
    assert result["people"][0]["role"] == "Bí thư Chi bộ"
    # The extracted facts are not modified in place: the cache keeps the uncorrected copy.
    assert len(facts["people"]) == 2


def test_role_names_match_across_tone_placement():
    facts = {
        "people": [{"name": "Nguyễn Thị Thuỷ", "honorific": None, "degree": None, "role": None}]
    }
    result = apply(facts, facts_roles="Nguyễn Thị Thủy = Bí thư")
    assert result["people"][0]["role"] == "Bí thư"


def test_dates_added_in_day_first_form_and_dropped():
    facts = {"event_dates": ["1890-05-19", "2024-03-05"]}
    result = apply(facts, facts_dates_add="06/03/2024", facts_dates_drop="19/05/1890")
    assert result["event_dates"] == ["2024-03-05", "2024-03-06"]


def test_yaml_lists_are_items_too():
    result = apply({"people": []}, facts_people_add=["ông Phạm Văn Hải", "bà Đỗ Thị Lan"])
    assert [p["name"] for p in result["people"]] == ["Phạm Văn Hải", "Đỗ Thị Lan"]


def test_errors_name_the_field():
    with pytest.raises(OverrideError, match="Facts_Dates_Add"):
        apply({}, facts_dates_add="31/04/2024")
    with pytest.raises(OverrideError, match="Facts_Roles"):
        apply({"people": []}, facts_roles="Lê Văn An Bí thư")


def test_figures_and_documents_dropped_by_text_and_number():
    facts = {
        "figures": [
            {"value": 2024, "unit": "đồng", "text": "2024 đồng"},
            {"value": 8, "unit": "chi bộ", "text": "08 chi bộ"},
        ],
        "documents": [
            {"kind": "Hướng dẫn", "number": "01", "date": None},
            {"kind": "Công văn", "number": "308-CV/TU", "date": None},
        ],
    }
    result = apply(facts, facts_figures_drop="2024 đồng", facts_documents_drop="308 - CV/TU")
    assert [f["text"] for f in result["figures"]] == ["08 chi bộ"]
    assert [d["number"] for d in result["documents"]] == ["01"]
