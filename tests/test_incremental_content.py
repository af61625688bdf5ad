"""Rebuilds after editing articles render only what changed, and match a build from scratch byte for byte."""

from incremental_support import EditedSite

ARTICLE = "content/articles/2024-09-trao-huy-hieu-dang.md"
ARTICLE_PAGE = "2024/09/dang-uy-truong-trao-huy-hieu-30-nam-40-nam-tuoi-dang-dip-quoc-khanh.html"
UNRELATED_PAGE = "2023/07/chi-bo-sinh-vien-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2023.html"


def append(edited_site: EditedSite, relative: str, text: str) -> None:
    path = edited_site.path(relative)
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_nothing_changed_renders_nothing(edited_site):
    assert edited_site.build() == set()
    assert edited_site.differences(edited_site.build_from_scratch()) == []


def test_a_sentence_added_at_the_end_renders_only_that_article(edited_site):
    append(edited_site, ARTICLE, "\nBuổi lễ khép lại trong không khí ấm áp, thân tình.\n")
    assert edited_site.build() == {ARTICLE_PAGE}
    assert edited_site.differences(edited_site.build_from_scratch()) == []


def test_a_new_attendee_renders_the_article_and_the_people_pages(edited_site):
    append(
        edited_site,
        ARTICLE,
        "\nDự buổi lễ còn có đồng chí Khổng Thị Quế – Chủ tịch Công đoàn Trường.\n",
    )
    rendered = edited_site.build()
    assert {ARTICLE_PAGE, "nguoi/khong-thi-que.html", "nguoi/index.html"} <= rendered
    assert UNRELATED_PAGE not in rendered
    assert edited_site.differences(edited_site.build_from_scratch()) == []


def test_a_new_title_renders_every_list_that_shows_it(edited_site):
    path = edited_site.path(ARTICLE)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "Title: Đảng ủy Trường trao Huy hiệu 30 năm, 40 năm tuổi Đảng dịp Quốc khánh",
            "Title: Đảng ủy Trường trao Huy hiệu Đảng đợt Quốc khánh 2/9",
            1,
        ),
        encoding="utf-8",
    )
    rendered = edited_site.build()
    assert {"index.html", "luu-tru/index.html", "chuyen-muc/tin-tuc.html"} <= rendered
    assert edited_site.differences(edited_site.build_from_scratch()) == []


def test_a_new_article_appears_everywhere_a_fresh_build_shows_it(edited_site):
    edited_site.path("content/articles/2026-03-chi-bo-sinh-vien-ra-mat-cau-lac-bo.md").write_text(
        "Title: Chi bộ Sinh viên ra mắt Câu lạc bộ Lý luận trẻ\n"
        "Date: 2026-03-10 09:00\n"
        "Unit: Chi bộ Sinh viên\n"
        "Category: Tin tức\n"
        "Tags: sinh viên\n"
        "Author: Vi Thị Thảo\n\n"
        "Sáng ngày 09/3/2026, Chi bộ Sinh viên ra mắt Câu lạc bộ Lý luận trẻ với 35 thành viên. "
        "Dự buổi ra mắt có đồng chí ThS. Lò Văn Thắng – Bí thư Chi bộ Sinh viên.\n",
        encoding="utf-8",
    )
    rendered = edited_site.build()
    assert {"index.html", "2026/03/chi-bo-sinh-vien-ra-mat-cau-lac-bo-ly-luan-tre.html"} <= rendered
    assert edited_site.differences(edited_site.build_from_scratch()) == []


def test_a_deleted_article_leaves_every_list(edited_site):
    edited_site.path(ARTICLE).unlink()
    rendered = edited_site.build()
    assert "index.html" in rendered and ARTICLE_PAGE not in rendered
    # Like Pelican itself, the rebuild leaves the old file in place; every other page matches.
    assert edited_site.differences(edited_site.build_from_scratch()) == []
