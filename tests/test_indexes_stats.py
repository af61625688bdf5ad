"""bantin_indexes.stats: admissions read from figures, monthly counts with gaps filled."""

from datetime import datetime

from bantin_indexes.entries import Entry
from bantin_indexes.stats import SiteStats, admitted_in, is_admission


def entry(title, figures, category="Kết nạp đảng viên", unit="Chi bộ A", when=(2024, 3)):
    facts = {"figures": figures}
    return Entry(title, datetime(*when, 1), title, unit, category, facts)


def figure(value, unit, **extra):
    return {"value": value, "unit": unit, "text": f"{value} {unit}", **extra}


def test_admitted_is_the_smallest_member_count_preferring_new_members():
    figures = [
        figure(18, "đảng viên", total=18),  # attendance ratio 18/18
        figure(19, "đảng viên"),  # the cell's head count
        figure(3, "đảng viên chính thức"),  # recognition, not admission
        figure(2, "đảng viên mới"),
    ]
    assert admitted_in(figures) == 2
    assert admitted_in(figures[:2]) == 19
    assert admitted_in(figures[:1]) is None


def test_admission_articles_are_told_by_category_or_title():
    assert is_admission(entry("Sinh hoạt", [], category="Kết nạp đảng viên"))
    assert is_admission(entry("Lễ KẾT NẠP đảng viên", [], category="Tin"))
    assert not is_admission(entry("Sinh hoạt", [], category="Sinh hoạt chuyên đề"))


def test_yearly_admissions_and_monthly_series_with_other_units_grouped():
    stats = SiteStats()
    stats.add(entry("Kết nạp", [figure(2, "đảng viên mới")], when=(2023, 11)))
    stats.add(entry("Kết nạp", [], unit="Chi bộ B", when=(2024, 1)))
    stats.add(entry("Tin", [], category="Khác", unit="Chi bộ C", when=(2024, 1)))
    assert stats.admissions() == [
        {"year": 2023, "admitted": 2, "articles": 1, "without_count": 0},
        {"year": 2024, "admitted": 0, "articles": 1, "without_count": 1},
    ]
    series = stats.monthly_series(top_units=1)
    assert series["months"] == ["2023-11", "2023-12", "2024-01"]
    assert series["units"] == ["Chi bộ A", "Đơn vị khác"]
    assert series["counts"] == {"Chi bộ A": [1, 0, 0], "Đơn vị khác": [0, 0, 2]}
