"""bantin_indexes.people: one person per canon key, roles per article, bylines apart."""

from datetime import datetime

from bantin_indexes.entries import Entry
from bantin_indexes.people import PeopleIndex, group_by_initial


def entry(ref, day, *people):
    return Entry(ref, datetime(2024, 3, day), ref, None, None, {"people": list(people)})


def slug(name):
    return name.lower().replace(" ", "-")


def test_tone_placement_and_case_make_one_person_with_roles_newest_first():
    index = PeopleIndex()
    index.add(entry("a", 1, {"name": "Lê Văn Thuỷ", "role": "Bí thư", "degree": "TS."}))
    index.add(entry("b", 9, {"name": "LÊ VĂN THỦY", "role": "Phó Hiệu trưởng"}))
    index.add(entry("c", 5, {"name": "Lê Văn Thủy", "role": None}))
    (person,) = index.result(slug)
    assert [a.article for a in person["appearances"]] == ["b", "c", "a"]
    assert [a.role for a in person["appearances"]] == ["Phó Hiệu trưởng", None, "Bí thư"]
    assert person["role"] == "Phó Hiệu trưởng" and person["degree"] == "TS."


def test_bylines_are_kept_apart_and_sorting_is_by_given_name():
    index = PeopleIndex()
    index.add(
        entry(
            "a",
            1,
            {"name": "Trần Thị Bình"},
            {"name": "Nguyễn Văn An"},
            {"name": "Đỗ Ân", "incidental": True},
        )
    )
    people = index.result(slug)
    assert [p["name"] for p in people] == ["Nguyễn Văn An", "Đỗ Ân", "Trần Thị Bình"]
    byline = people[1]
    assert byline["incidental_only"] and byline["appearances"] == []
    assert [m.article for m in byline["mentions"]] == ["a"]


def test_people_whose_names_share_a_slug_get_distinct_pages():
    index = PeopleIndex()
    index.add(entry("a", 1, {"name": "Lê An"}, {"name": "Lê Ân"}))
    slugs = sorted(p["slug"] for p in index.result(lambda name: "le-an"))
    assert slugs == ["le-an", "le-an-2"]


def test_people_are_filed_under_the_given_names_letter_without_its_tone():
    index = PeopleIndex()
    index.add(entry("a", 1, {"name": "Lê Văn Ấn"}, {"name": "Trần Ân"}, {"name": "Đỗ Ánh"}))
    groups = group_by_initial(index.result(slug))
    assert [(letter, [p["name"] for p in group]) for letter, group in groups] == [
        ("A", ["Đỗ Ánh"]),
        ("Â", ["Trần Ân", "Lê Văn Ấn"]),
    ]
