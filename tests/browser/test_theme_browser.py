"""The theme in real Chromium: navigation, phone width, JavaScript on and off."""

import shutil

import pytest
from conftest import FIXTURES, build_site

pytestmark = pytest.mark.browser
FILES = ("full_sidebars.md", "older.md", "other_unit.md", "no_facts.md")
ARTICLE = "2024/03/chi-bo-khoa-toan-tin-ket-nap-dang-vien-moi.html"


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("theme-browser")
    (root / "content").mkdir()
    for name in FILES:
        shutil.copyfile(FIXTURES / "theme" / name, root / "content" / name)
    (root / "content" / "images").mkdir()
    shutil.copyfile(FIXTURES / "theme" / "ket-nap.svg", root / "content" / "images" / "ket-nap.svg")
    return build_site(
        root / "content", root / "output", STATIC_PATHS=["images"], PAGEFIND=False
    ).output


def test_navigate_home_to_article_to_unit(page, serve, site_dir):
    base = serve(site_dir)
    page.goto(f"{base}/index.html")
    page.click(".lead h2 a")
    assert page.locator("main h1").inner_text() == "Thông báo lịch trực"
    page.goto(f"{base}/{ARTICLE}")
    page.click("nav.breadcrumbs >> text=Chi bộ Khoa Toán - Tin")
    assert page.url.endswith("/don-vi/chi-bo-khoa-toan-tin.html")
    page.click("text=Chi bộ Khoa Toán - Tin kết nạp đảng viên mới")
    assert page.locator(".article-meta time").inner_text() == "Thứ Ba, 05/03/2024 08:30"


@pytest.mark.parametrize("path", ["index.html", ARTICLE, "don-vi/index.html", "luu-tru/index.html"])
def test_no_horizontal_scroll_at_360px(page, serve, site_dir, path):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{serve(site_dir)}/{path}")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360


def test_line_length_at_1366px(page, serve, site_dir):
    page.goto(f"{serve(site_dir)}/{ARTICLE}")
    chars_per_line = page.evaluate(
        """() => { const p = [...document.querySelectorAll('.article-body p')]
              .reduce((a, e) => (!a || e.innerText.length > a.innerText.length) ? e : a, null);
              const lh = parseFloat(getComputedStyle(p).lineHeight);
              const lines = Math.max(1, Math.round(p.getBoundingClientRect().height / lh));
              return p.innerText.length / lines; }"""
    )
    assert chars_per_line <= 80


def test_print_button_only_with_javascript(browser, serve, site_dir):
    base = serve(site_dir)
    for javascript, visible in ((True, True), (False, False)):
        context = browser.new_context(java_script_enabled=javascript)
        tab = context.new_page()
        tab.goto(f"{base}/{ARTICLE}")
        assert tab.locator("button.print-button").is_visible() is visible
        assert tab.locator("aside.facts h2").count() >= 3
        context.close()
