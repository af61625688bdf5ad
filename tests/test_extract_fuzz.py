"""Every public extraction function takes any Unicode without raising and keeps to the schema."""

import re
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bantin_extract import extract
from bantin_extract.dates import DATE_RE, find_dates
from bantin_extract.documents import DOC_RE, _references, find_documents
from bantin_extract.figures import _NOT_COUNTED, FIGURE_RE, find_figures
from bantin_extract.hotspots import _PAIR
from bantin_extract.page import read_legacy_page, read_markdown_article
from bantin_extract.schema import facts_errors

# Pieces of the genre, so random text often looks like dates, documents and counts.
PIECES = st.sampled_from(
    [
        "ngày ",
        "Ngày ",
        "sáng ",
        "Chiều ",
        "tháng ",
        " năm ",
        "/",
        "-",
        ".",
        ",",
        " ",
        "\n",
        "%",
        "đến ",
        "từ ",
        "và ",
        "số ",
        "Quyết định ",
        "Hướng dẫn số ",
        "-QĐ/ĐU",
        "-HD/TW",
        " đ/c ",
        "đồng chí ",
        "đảng viên ",
        "chi bộ ",
        "hai ",
        "mười ",
        "một ",
        "triệu ",
        "tỷ ",
        "đồng",
        "“",
        "”",
        "(",
        ")",
        "hơn ",
        "trên ",
        "0",
        "1",
        "2",
        "9",
        "12",
        "31",
        "2024",
        "1.234",
        "37,9",
        " date 2021-11 ",
        "Ngày đăng ",
        "Lượt xem: ",
        "View : ",
        "# source: x\n",
        "Title: ",
        "---\n",
        "Date: ",
        "Views: ",
        "Để lại một bình luận",
        "\u00a0",
        "\u200b",
        "e\u0301",
        "ǅ",
        "İ",
        "ß",
    ]
)
GENRE = st.lists(PIECES, max_size=60).map("".join)
ANY = st.one_of(
    st.text(max_size=300),
    GENRE,
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=40).map("".join),
)
DATES = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(ANY, DATES, st.one_of(st.none(), st.integers(0, 10**9)))
def test_extract(text, published, views):
    facts = extract(text, title=text[:20] or None, published=published, views=views)
    assert facts_errors(facts) == []


@FAST
@given(ANY, DATES)
def test_find_dates(text, published):
    events, partials = find_dates(text, published=published, documents=find_documents(text))
    assert len(set(events)) == len(events)
    assert (
        facts_errors(
            {
                "title": None,
                "published": None,
                "views": None,
                "event_dates": events,
                "partial_dates": partials,
                "people": [],
                "figures": [],
                "documents": [],
            }
        )
        == []
    )


@FAST
@given(ANY)
def test_find_figures_and_documents(text):
    figures = find_figures(text)
    documents = [doc.as_dict() for doc in find_documents(text)]
    assert (
        facts_errors(
            {
                "title": None,
                "published": None,
                "views": None,
                "event_dates": [],
                "people": [],
                "figures": figures,
                "documents": documents,
            }
        )
        == []
    )


@FAST
@given(ANY)
def test_read_pages(raw):
    for page in (read_legacy_page(raw), read_markdown_article(raw)):
        facts = extract(
            page["body"],
            title=page["title"],
            published=page["published"],
            views=page["views"],
            year_hint=page["year_hint"],
        )
        assert facts_errors(facts) == []


@FAST
@given(ANY)
def test_document_prefilter_finds_what_the_full_pattern_finds(text):
    assert [m.span() for m in _references(text)] == [m.span() for m in DOC_RE.finditer(text)]


def _backtracking(pattern: re.Pattern) -> re.Pattern:
    """The pattern with its atomic groups and possessive repeats made ordinary again."""
    source = pattern.pattern.replace("(?>", "(?:").replace("*+", "*").replace("++", "+")
    assert source != pattern.pattern  # each pattern below has some, or the test proves nothing
    return re.compile(source, pattern.flags)


_SPEED_WRITTEN = [DATE_RE, FIGURE_RE, _NOT_COUNTED, _PAIR]
_PLAIN_TWINS = [_backtracking(pattern) for pattern in _SPEED_WRITTEN]


@FAST
@given(ANY)
@example("Ngày 12 tháng 3 năm 2024, 5 , 6/3 và 25 tháng 4, năm 2023: 1.234,5 triệu đồng")
@example("17/22 đảng viên, 15 - 20%, từ 3 đến 4 chi bộ, 7h30, 0912 345 678, Lê Văn An")
def test_atomic_and_possessive_parts_change_no_match(text):
    # They only spare the engine readings that cannot lead to a match (see the patterns'
    # comments): every match, with its groups, is the one the plain pattern finds.
    for fast, plain in zip(_SPEED_WRITTEN, _PLAIN_TWINS, strict=True):
        found = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]
