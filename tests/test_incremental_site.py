"""Rebuilds after a theme, data or output change: every page affected is rendered again."""

import os

from incremental_support import EditedSite

ARTICLE_PAGE = "2024/09/dang-uy-truong-trao-huy-hieu-30-nam-40-nam-tuoi-dang-dip-quoc-khanh.html"


def replace_in(edited_site: EditedSite, relative: str, old: str, new: str) -> None:
    path = edited_site.path(relative)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_theme_change_renders_every_page(edited_site):
    before = set(edited_site.build_from_scratch().rglob("*.html"))
    replace_in(edited_site, "theme/templates/partials/footer.html", "<footer", '<footer data-v="2"')
    rendered = edited_site.build()
    assert len(rendered) >= len(before)
    assert edited_site.differences(edited_site.build_from_scratch()) == []


def test_a_unit_described_anew_reaches_every_page_that_describes_it(edited_site):
    replace_in(
        edited_site,
        "data/units.yml",
        "description: Chi bộ giảng viên Khoa Ngữ văn",
        "description: Chi bộ giảng viên và nghiên cứu viên Khoa Ngữ văn",
    )
    rendered = edited_site.build()
    assert "don-vi/chi-bo-khoa-ngu-van.html" in rendered
    assert edited_site.differences(edited_site.build_from_scratch()) == []


def test_an_output_file_changed_by_hand_is_rendered_again(edited_site):
    page = edited_site.path("kept/output") / ARTICLE_PAGE
    page.write_text("<p>sửa tay</p>", encoding="utf-8")
    assert edited_site.build() == {ARTICLE_PAGE}
    assert edited_site.differences(edited_site.build_from_scratch()) == []


def test_a_deleted_output_file_is_written_again(edited_site):
    (edited_site.path("kept/output") / ARTICLE_PAGE).unlink()
    assert edited_site.build() == {ARTICLE_PAGE}
    assert edited_site.differences(edited_site.build_from_scratch()) == []


def test_turned_off_it_renders_every_page(edited_site):
    from conftest import build_project_site

    # A change the record cannot see (same size, same time) is only undone by rendering.
    page = edited_site.path("kept/output") / ARTICLE_PAGE
    status = page.stat()
    page.write_bytes(b"x" * status.st_size)
    os.utime(page, ns=(status.st_atime_ns, status.st_mtime_ns))
    built = build_project_site(
        edited_site.path("content"),
        edited_site.path("kept/output"),
        BANTIN_INCREMENTAL=False,
        **edited_site.settings(),
    )
    assert built.pelican.bantin_rendered_pages is None
    assert edited_site.differences(edited_site.build_from_scratch()) == []


def test_turning_pelicans_content_cache_on_keeps_every_page(edited_site):
    from conftest import build_project_site

    built = build_project_site(
        edited_site.path("content"),
        edited_site.path("kept/output"),
        CACHE_CONTENT=True,
        LOAD_CONTENT_CACHE=True,
        **edited_site.settings(),
    )
    assert built.pelican.bantin_rendered_pages == []
