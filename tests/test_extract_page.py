"""Reading input files for extraction: legacy page furniture, date lines, counters, titles, Markdown."""

from datetime import date
from pathlib import Path

import pytest

from bantin_extract.cli import extract_file
from bantin_extract.page import read_input, read_legacy_page, read_markdown_article

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def page(name: str) -> dict:
    path = FIXTURES / name
    return read_input(str(path), path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "title", "published", "views"),
    [
        (
            "legacy_date_line_views.txt",
            "Chi bộ Khu phố 3 tổ chức lễ kết nạp đảng viên mới",
            date(2022, 8, 19),
            437,
        ),
        (
            "legacy_short_stamp.txt",
            "Chi bộ Khoa Toán tổ chức sinh hoạt chuyên đề",
            date(2018, 9, 26),
            237,
        ),
        (
            "legacy_store_date.txt",
            "Khoa Lịch sử kỷ niệm 20 năm thành lập",
            date(2025, 11, 16),
            None,
        ),
        ("legacy_store_month.txt", None, None, None),
        (
            "legacy_store_one_line.txt",
            "Hà Tĩnh: Gần 80 đảng viên mới được bồi dưỡng lý luận chính trị",
            date(2025, 7, 8),
            None,
        ),
        (
            "legacy_menu_bar_views_after.txt",
            "Chi bộ Khoa Kinh tế kết nạp 03 đảng viên là sinh viên",
            date(2024, 10, 25),
            312,
        ),
        (
            "legacy_label_headline_date.txt",
            "Ban Thường vụ Đảng ủy xã Hòa An triển khai nghị quyết mới",
            date(2024, 3, 12),
            None,
        ),
        (
            "legacy_unit_banner.txt",
            "Chi bộ thôn 3 tổ chức đại hội nhiệm kỳ 2025 - 2027",
            None,
            None,
        ),
        ("legacy_menu_items.txt", "Chi bộ thôn Đông kết nạp đảng viên mới", None, None),
        (
            "legacy_store_opener.txt",
            "Chi bộ thôn Đông kết nạp đảng viên mới",
            date(2024, 5, 2),
            None,
        ),
        (
            "legacy_banner_counter.txt",
            "KẾT QUẢ THỰC HIỆN MÔ HÌNH DÂN VẬN KHÉO NĂM 2023",
            date(2023, 9, 21),
            527,
        ),
        (
            "legacy_overline.txt",
            "Đảng bộ Trường Đại học Miền Đông: Tổ chức hội nghị sơ kết công tác Đảng",
            None,
            None,
        ),
        ("legacy_no_title.txt", None, None, None),
        ("legacy_breadcrumb.txt", "Chi bộ Phòng Đào tạo tổ chức sinh hoạt chuyên đề", None, None),
        ("legacy_office_label.txt", None, None, None),
        ("md_pelican_header.md", "Chi bộ Khu phố 5 kết nạp 03 đảng viên", date(2024, 3, 5), 1234),
        ("md_front_matter.md", "Đảng ủy phường sơ kết 6 tháng", date(2024, 7, 10), 12),
    ],
)
def test_title_date_line_and_counter(name, title, published, views):
    result = page(name)
    assert (result["title"], result["published"], result["views"]) == (title, published, views)


def test_furniture_is_not_in_the_body():
    body = page("legacy_date_line_views.txt")["body"]
    assert "Ngày đăng" not in body and "Tin tức" not in body and "# source" not in body
    assert "Sáng ngày 18/8/2022" in body


def test_image_paths_and_counters_leave_the_body():
    body = page("legacy_short_stamp.txt")["body"]
    assert "view/admin" not in body and "18-09-26" not in body and "Tiêu điểm" not in body


def test_banner_phone_and_repeated_title_leave_the_body():
    body = page("legacy_banner_counter.txt")["body"]
    assert "SÔNG LAM" not in body and "0912345678" not in body and "527" not in body
    assert body.count("KẾT QUẢ THỰC HIỆN") == 1


def test_comment_form_ends_the_article():
    body = page("legacy_comment_form.txt")["body"]
    assert "Ngày 05/6/2024" in body and "bình luận" not in body and "01/01/2020" not in body


def test_navigation_leaves_the_body():
    body = page("legacy_breadcrumb.txt")["body"]
    assert "Reading" not in body and "Home >" not in body and "Top" not in body


def test_month_only_store_date_gives_a_year_hint():
    result = page("legacy_store_month.txt")
    assert result["year_hint"] == (2021, 11) and result["body"].startswith("Chiều 9/11")


def test_title_is_part_of_the_markdown_body():
    result = page("md_pelican_header.md")
    assert result["body"].startswith("Chi bộ Khu phố 5 kết nạp 03 đảng viên\n")


def test_bad_markdown_date_gives_no_published_date():
    result = read_markdown_article("Title: Tin\nDate: 31/02/2024\n\nNội dung.\n")
    assert result["published"] is None and result["title"] == "Tin"


def test_empty_legacy_page():
    assert read_legacy_page("") == {
        "title": None,
        "published": None,
        "views": None,
        "year_hint": None,
        "body": "",
    }


def test_a_list_of_other_articles_ends_the_article():
    result = page("legacy_related_list.txt")
    assert result["published"] == date(2024, 12, 14)
    assert "31 đảng viên" in result["body"] and "Chi bộ thôn Tây" not in result["body"]
    facts = extract_file(str(FIXTURES / "legacy_related_list.txt"))
    assert facts["event_dates"] == ["2024-12-13"] and len(facts["figures"]) == 1


def test_a_date_line_in_words_is_the_published_date():
    result = page("legacy_word_date_line.txt")
    assert result["title"] == "Chi bộ Khu 4 sinh hoạt chuyên đề về học tập và làm theo gương Bác"
    assert result["published"] == date(2024, 11, 20) and "Khu 5" not in result["body"]
    facts = extract_file(str(FIXTURES / "legacy_word_date_line.txt"))
    assert facts["event_dates"] == []
    assert facts["partial_dates"] == [{"text": "18/11", "resolved": ["2024-11-18"]}]
