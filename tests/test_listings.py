"""Tag, category, author and period-archive pages get the lists Pelican's own methods give."""

import runpy

from conftest import FIXTURES, ROOT
from hypothesis import example, given
from hypothesis import strategies as st
from pelican.contents import Content

from bantin_listings import in_order_of

LISTINGS = FIXTURES / "listings"
ARTICLES = sorted(path.name for path in LISTINGS.glob("*.md"))
# Articles ordered by title, so each list's own order differs from date order: a list handed
# over as it is, instead of sorted by date, shows.
ORDER_BY_TITLE = {"ARTICLE_ORDER_BY": "title"}


# Tag, category and author pages (and their index pages); the year and month archives of
# the fixture articles (the articles' own pages live beside the month archives).
LISTING_PAGES = {
    "tu-khoa": "*.html",
    "chuyen-muc": "*.html",
    "tac-gia": "*.html",
    "2023": "**/index.html",
    "2024": "**/index.html",
}


def _listing_pages(site) -> dict[str, str]:
    """Every tag, category, author and period-archive page, by its path."""
    return {
        str(path.relative_to(site.output)): path.read_text(encoding="utf-8")
        for folder, pattern in LISTING_PAGES.items()
        for path in sorted((site.output / folder).glob(pattern))
    }


def _build(site_from, with_listings: bool):
    plugins = runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"]
    if not with_listings:
        plugins = [name for name in plugins if name != "bantin_listings"]
    return site_from(
        *(f"listings/{name}" for name in ARTICLES),
        PLUGINS=plugins,
        THEME_TEMPLATES_OVERRIDES=[str(LISTINGS / "templates")],
        **ORDER_BY_TITLE,
    )


def test_listing_pages_are_what_pelicans_own_methods_write(site_from, tmp_path):
    ours = _listing_pages(_build(site_from, with_listings=True))
    # A second build of the same content, without the plugin, in folders of its own.
    for folder in ("content", "output", "cache"):
        (tmp_path / folder).rename(tmp_path / f"first-{folder}")
    pelicans = _listing_pages(_build(site_from, with_listings=False))
    assert ours == pelicans
    # The pages hold what the test means to compare: lists in date order, newest first, each
    # article once, and archives with both of their lists.
    tag = ours["tu-khoa/phat-trien-dang.html"]
    assert (
        "dates: A. Chi bộ Khoa Toán - Tin kết nạp đảng viên mới (2024-05-20);"
        " D. Đảng bộ Trường giao ban công tác đảng (2024-05-10);"
        " B. Chi bộ Phòng Đào tạo tổng kết phong trào (2024-05-03);articles:"
    ) in tag
    month = ours["2024/05/index.html"]
    assert "dates: A. " in month and "articles: A. Chi bộ Khoa Toán - Tin" in month
    assert "articles: A. Chi bộ Khoa Toán - Tin kết nạp đảng viên mới; B. " in month
    assert "C. Chi bộ Khoa Ngữ văn" not in month


def test_content_is_compared_by_identity():
    # in_order_of keys places by identity: the same answer as Pelican's `in` only while
    # Content keeps object's own equality.
    assert Content.__eq__ is object.__eq__


@given(
    st.lists(st.integers(0, 9), max_size=30),
    st.lists(st.integers(0, 12), max_size=30),
)
# Places a set of small ints does not give back in order ({9, 3} iterates 9 first): the pick
# must sort them.
@example(list(range(10)), [9, 3])
def test_in_order_of_picks_what_a_membership_test_picks(order_slots, item_slots):
    # Objects compared by identity, some met twice in the order or in the list, some absent.
    objects = [object() for _ in range(13)]
    order = [objects[slot] for slot in order_slots]
    items = [objects[slot] for slot in item_slots]
    assert in_order_of(order)(items) == [item for item in order if item in items]
