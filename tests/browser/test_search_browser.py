"""Search in real Chromium: typing "dang vien" without diacritics finds the article."""

import unicodedata

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def served_site(site_from, serve):
    # The shared `browser`/`page` fixtures (tests/browser/conftest.py) serve every browser test:
    # a second Playwright in the same process cannot start while theirs runs.
    return serve(site_from("indexes/search_dang_vien.md", PAGEFIND=True).output)


def without_tones(text):
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search(page, served_site, query):
    page.goto(f"{served_site}/tim-kiem.html")
    page.locator(".pagefind-ui__search-input").fill(query)
    page.locator(".pagefind-ui__result-link").first.wait_for()
    return page.locator(".pagefind-ui__result").first


def test_typing_without_diacritics_finds_the_article(served_site, page):
    result = search(page, served_site, "dang vien")
    link = result.locator(".pagefind-ui__result-link")
    assert link.inner_text() == "Chi bộ Sinh viên kết nạp đảng viên mới"
    assert link.get_attribute("href").endswith(
        "/2024/05/chi-bo-sinh-vien-ket-nap-dang-vien-moi.html"
    )
    # Pagefind drops query words it does not know, so "viên" alone would also find the
    # article: "đảng" itself (matched through its d-twin) must be highlighted.
    marked = {without_tones(m) for m in result.locator("mark").all_inner_texts()}
    assert "đang" in {word.strip(".,") for word in marked}
    # The twins the index holds never reach the reader.
    excerpt = result.locator(".pagefind-ui__result-excerpt").inner_text()
    assert "đảng viên" in excerpt and "dảng" not in excerpt


def test_the_ui_speaks_vietnamese(served_site, page):
    search(page, served_site, "dang")
    assert "bài viết có" in page.locator(".pagefind-ui__message").inner_text()
    # The search box has a Vietnamese accessible name, not just Pagefind's title attribute.
    assert page.locator("#tim-kiem input").get_attribute("aria-label") == "Tìm trong các bài viết"
