"""Rebuilds after a theme, data or output change: every page affected is rendered again."""

import pytest
from incremental_support import EditedSite

ARTICLE_PAGE = "2024/09/dang-uy-truong-trao-huy-hieu-30-nam-40-nam-tuoi-dang-dip-quoc-khanh.html"


@pytest.fixture
def site(tmp_path):
    site = EditedSite(tmp_path)
    site.build()
    return site


def replace_in(site: EditedSite, relative: str, old: str, new: str) -> None:
    path = site.path(relative)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_theme_change_renders_every_page(site):
    before = set(site.build_from_scratch().rglob("*.html"))
    replace_in(site, "theme/templates/partials/footer.html", "<footer", '<footer data-v="2"')
    rendered = site.build()
    assert len(rendered) >= len(before)
    assert site.differences(site.build_from_scratch()) == []


def test_a_unit_described_anew_reaches_every_page_that_describes_it(site):
    replace_in(
        site,
        "data/units.yml",
        "description: Chi bộ giảng viên Khoa Ngữ văn",
        "description: Chi bộ giảng viên và nghiên cứu viên Khoa Ngữ văn",
    )
    rendered = site.build()
    assert "don-vi/chi-bo-khoa-ngu-van.html" in rendered
    assert site.differences(site.build_from_scratch()) == []


def test_an_output_file_changed_by_hand_is_rendered_again(site):
    page = site.path("kept/output") / ARTICLE_PAGE
    page.write_text("<p>sửa tay</p>", encoding="utf-8")
    assert site.build() == {ARTICLE_PAGE}
    assert site.differences(site.build_from_scratch()) == []


def test_a_deleted_output_file_is_written_again(site):
    (site.path("kept/output") / ARTICLE_PAGE).unlink()
    assert site.build() == {ARTICLE_PAGE}
    assert site.differences(site.build_from_scratch()) == []


def test_turned_off_it_renders_every_page(site, tmp_path):
    from conftest import build_project_site

    output = tmp_path / "kept" / "output"
    build_project_site(site.path("content"), output, BANTIN_INCREMENTAL=False, **site.settings())
    assert site.differences(site.build_from_scratch()) == []
