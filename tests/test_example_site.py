"""The example content builds whole: every article at its date-scoped URL, the draft unpublished, pages present."""

import gzip
import unicodedata
from pathlib import Path

import pytest
import yaml
from conftest import build_project_site
from pelican.utils import slugify

from bantin_text import canon, parse_editor_datetime

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
ARTICLE_FILES = sorted((CONTENT / "articles").glob("*.md"))


def header(path: Path) -> dict[str, str]:
    """The "Key: value" lines at the top of a content file, keys in lower case."""
    fields = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            break
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip()
    return fields


def load_data(name: str) -> list[dict]:
    return yaml.safe_load((ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8"))


def expected_url(fields: dict[str, str], settings: dict) -> str:
    """Where the article must be written: {YYYY}/{MM}/{slug}.html from its own header."""
    date = parse_editor_datetime(fields["date"])
    slug = fields.get("slug") or slugify(
        fields["title"], regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"]
    )
    return f"{date:%Y}/{date:%m}/{slug}.html"


PUBLISHED = [path for path in ARTICLE_FILES if header(path).get("status") != "draft"]
DRAFTS = [path for path in ARTICLE_FILES if header(path).get("status") == "draft"]


def test_the_example_is_big_enough():
    assert len(PUBLISHED) >= 14
    assert len(DRAFTS) == 1
    units = {header(path)["unit"] for path in PUBLISHED}
    years = {parse_editor_datetime(header(path)["date"]).year for path in PUBLISHED}
    assert len(units) >= 5
    assert {2023, 2024, 2025, 2026} <= years


@pytest.mark.parametrize("path", PUBLISHED, ids=lambda path: path.stem)
def test_every_article_is_published_at_its_dated_url(example_site, path):
    fields = header(path)
    url = expected_url(fields, example_site.pelican.settings)
    assert example_site.exists(url), f"{path.name} → {url} không được dựng"
    heading = example_site.soup(url).find("h1").get_text(" ", strip=True)
    assert heading == fields["title"]


def test_monthly_meetings_with_one_title_both_survive(example_site):
    for month in ("2024/03", "2024/04"):
        assert example_site.exists(f"{month}/chi-bo-khoa-toan-tin-sinh-hoat-chuyen-de-dinh-ky.html")


def test_article_pages_are_all_accounted_for(example_site):
    # No stray article page beyond those the content files ask for (none overwritten either).
    settings = example_site.pelican.settings
    wanted = {expected_url(header(path), settings) for path in PUBLISHED}
    assert len(wanted) == len(PUBLISHED)
    built = {
        name
        for name in example_site.html_files()
        if name[:4].isdigit() and not name.endswith("index.html") and "/trang-" not in name
    }
    assert built == wanted


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: path.stem)
def test_the_draft_is_not_published(example_site, path):
    fields = header(path)
    assert not example_site.exists(expected_url(fields, example_site.pelican.settings))
    slug = slugify(
        fields["title"], regex_subs=example_site.pelican.settings["SLUG_REGEX_SUBSTITUTIONS"]
    )
    # Pelican writes the draft to ban-nhap/ for preview; no listing, feed or sitemap links it.
    for output in example_site.output.rglob("*"):
        if output.suffix in {".html", ".xml", ".json"} and "ban-nhap" not in output.parts:
            text = output.read_text(encoding="utf-8")
            assert slug not in text and fields["title"] not in text, output


def test_the_draft_is_not_in_the_search_index(example_site):
    fragments = example_site.output / "pagefind" / "fragment"
    if not fragments.is_dir():
        pytest.skip("Pagefind did not run in this build")
    for fragment in fragments.iterdir():
        assert b"/ban-nhap/" not in gzip.decompress(fragment.read_bytes()), fragment.name


def test_unit_profile_pages_and_about_page_exist(example_site):
    assert "Đảng bộ Trường Đại học Hòa Bình Xanh" in example_site.read("gioi-thieu.html")
    units = load_data("units")
    assert sum(1 for unit in units if unit.get("profile")) >= 6
    for unit in units:
        if not unit.get("profile"):
            continue  # a chi bộ that has not published yet
        page = f"{unit['profile']}.html"
        assert example_site.exists(page), page
        assert unit["name"] in example_site.soup(page).find("h1").get_text(" ", strip=True)


def test_every_unit_and_category_is_in_the_site_data():
    unit_names = {
        canon(name)
        for unit in load_data("units")
        for name in [unit["name"], *(unit.get("aliases") or [])]
    }
    categories = {canon(category["name"]) for category in load_data("categories")}
    for path in ARTICLE_FILES:
        fields = header(path)
        assert canon(fields["unit"]) in unit_names, path.name
        assert canon(fields["category"]) in categories, path.name


def test_cover_images_are_copied(example_site):
    for path in PUBLISHED:
        image = header(path).get("image")
        if image:
            assert example_site.exists(image), f"{path.name}: {image}"


@pytest.mark.parametrize("path", sorted(CONTENT.rglob("*.md")), ids=lambda path: path.stem)
def test_content_is_stored_nfc(path):
    text = path.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


def test_robots_txt_names_no_relative_sitemap(example_site):
    robots = example_site.read("robots.txt")
    assert "Disallow: /ban-nhap/" in robots
    # Crawlers reject a relative Sitemap line; the local build has no absolute SITEURL.
    assert "Sitemap:" not in robots


def test_published_robots_txt_points_at_the_absolute_sitemap(tmp_path):
    site = build_project_site(
        ROOT / "content",
        tmp_path / "output",
        # As publishconf.py: absolute URLs.
        SITEURL="https://bantin.example.vn",
        RELATIVE_URLS=False,
        PAGEFIND=False,
    )
    assert "Sitemap: https://bantin.example.vn/sitemap.xml" in site.read("robots.txt")
