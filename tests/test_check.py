"""`bantin check`: each kind of mistake caught with file and line; facts shown with corrections."""

import json

import pytest
from editor_support import make_site

from bantin_editor.check import main


def run_check(capsys, site, *args):
    code = main(["--site", str(site), "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def problems_of(report, level="lỗi"):
    return [p for f in report["files"] for p in f["problems"] if p["level"] == level]


def test_a_correct_article_passes_and_shows_its_facts(tmp_path, capsys):
    site = make_site(tmp_path, "good.md")
    code, report = run_check(capsys, site)
    assert code == 0, problems_of(report)
    (entry,) = report["files"]
    assert entry["url"] == "2024/04/chi-bo-khoa-lam-nghiep-trong-300-cay-xanh.html"
    assert entry["facts"] is not None and "people" in entry["facts"]


@pytest.mark.parametrize(
    ("fixture", "line", "words"),
    [
        ("unknown_unit.md", 3, ["Chi bộ Khoa Hải dương", "data/units.yml", "Chi bộ Thư viện"]),
        ("unknown_category.md", 4, ["Văn hóa đọc", "data/categories.yml", "Tin tức"]),
        ("impossible_date.md", 2, ["31/02/2024"]),
        ("no_title.md", 1, ["Title"]),
        ("missing_image.md", 8, ["images/khong-co.jpg"]),
        ("typo_field.md", 4, ["Categroy", "Category"]),
        ("broken_yaml.md", 2, ["YAML"]),
    ],
)
def test_each_mistake_is_an_error_naming_file_and_line(tmp_path, capsys, fixture, line, words):
    site = make_site(tmp_path, fixture)
    code, report = run_check(capsys, site)
    assert code == 1
    errors = problems_of(report)
    assert errors, report
    assert any(e["line"] == line and e["path"].endswith(fixture) for e in errors), errors
    message = " ".join(e["message"] for e in errors)
    for word in words:
        assert word in message


def test_two_articles_with_one_url_are_both_named(tmp_path, capsys):
    site = make_site(tmp_path, "same_url_a.md", "same_url_b.md")
    code, report = run_check(capsys, site)
    assert code == 1
    errors = problems_of(report)
    assert {e["path"].rsplit("/", 1)[-1] for e in errors} == {"same_url_a.md", "same_url_b.md"}
    assert all("Slug" in e["message"] for e in errors)


def test_checking_one_file_still_sees_its_collision(tmp_path, capsys):
    site = make_site(tmp_path, "same_url_a.md", "same_url_b.md")
    code, report = run_check(capsys, site, str(site / "content/articles/same_url_a.md"))
    assert code == 1 and len(report["files"]) == 1
    assert "same_url_b.md" in problems_of(report)[0]["message"]


def test_facts_corrections_are_applied_before_showing(tmp_path, capsys):
    site = make_site(tmp_path, "facts_corrected.md")
    code, report = run_check(capsys, site)
    assert code == 0, problems_of(report)
    names = [p["name"] for p in report["files"][0]["facts"]["people"]]
    assert "Hà Thị Lụa" in names


def test_text_output_is_vietnamese_with_file_and_line(tmp_path, capsys):
    site = make_site(tmp_path, "unknown_unit.md", "good.md")
    code = main(["--site", str(site)])
    out = capsys.readouterr().out
    assert code == 1
    assert "unknown_unit.md:3: lỗi: Unit:" in out
    assert "Người tham dự" in out and "Facts_People_Add" in out
    assert "1 lỗi" in out


def test_the_command_reads_dates_day_first_in_a_fresh_process(tmp_path):
    # Pelican's readers are made before any plugin runs: the check must still use bantin's.
    import subprocess
    import sys
    from pathlib import Path

    site = make_site(tmp_path, "good.md")
    bantin = Path(sys.executable).with_name("bantin")
    result = subprocess.run(
        [str(bantin), "check", "--site", str(site), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["files"][0]["date"].startswith("2024-04-12T09:15")


def test_yaml_tags_written_as_one_string_are_flagged(tmp_path, capsys):
    site = make_site(tmp_path, "yaml_tags_string.md")
    code, report = run_check(capsys, site)
    assert code == 0
    (warning,) = [p for p in problems_of(report, "cảnh báo") if "Tags" in p["message"]]
    assert warning["line"] == 6 and "- " in warning["message"]
