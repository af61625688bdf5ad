"""People, documents and statistics pages in a real build of tests/fixtures/indexes/."""

import shutil

import pytest
from conftest import FIXTURES, build_site

FIXTURE_FILES = ("ket_nap_old_tone.md", "sinh_hoat_new_tone.md", "hostile_facts.md")
PAGE_FILE = "unit_profile_page.md"  # a unit's profile: undated, names its secretary


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("indexes")
    content = root / "content"
    content.mkdir()
    for name in FIXTURE_FILES:
        shutil.copyfile(FIXTURES / "indexes" / name, content / name)
    (content / "pages").mkdir()
    shutil.copyfile(FIXTURES / "indexes" / PAGE_FILE, content / "pages" / PAGE_FILE)
    return build_site(content, root / "output", PAGEFIND=False)


def main_of(site, relative):
    return site.soup(relative).find("main")


def test_same_person_across_tone_placements_gets_one_page(site):
    assert site.exists("nguoi/le-van-thuy.html")
    names = [a.get_text() for a in main_of(site, "nguoi/index.html").select("li a")]
    assert sum("Lê Văn" in name for name in names) == 1


def test_person_page_lists_articles_newest_first_with_role_held_there(site):
    rows = main_of(site, "nguoi/le-van-thuy.html").select("tbody tr")
    cells = [[td.get_text(strip=True) for td in row.find_all("td")] for row in rows]
    assert cells == [
        ["14/06/2024", "Sinh hoạt chuyên đề tháng 6", "đồng chí", "Phó Hiệu trưởng"],
        [
            "20/05/2024",
            "Chi bộ Khoa Toán - Tin kết nạp đảng viên mới",
            "đồng chí TS.",
            "Bí thư Chi bộ Khoa Toán - Tin",
        ],
        ["–", "Giới thiệu Chi bộ Khoa Toán - Tin", "đồng chí", "Bí thư Chi bộ"],
    ]
    link = rows[0].find("a")["href"]
    assert link == "../2024/06/sinh-hoat-chuyen-de-thang-6.html"


def test_document_page_lists_every_citing_article(site):
    main = main_of(site, "van-ban/quyet-dinh-312-qd-du.html")
    assert main.h1.get_text(strip=True) == "Quyết định số 312-QĐ/ĐU ngày 12/12/2023"
    assert [a.get_text() for a in main.select("li a")] == [
        "Sinh hoạt chuyên đề tháng 6",
        "Chi bộ Khoa Toán - Tin kết nạp đảng viên mới",
    ]
    index_links = [a["href"] for a in main_of(site, "van-ban/index.html").select("li a")]
    assert index_links == ["../van-ban/quyet-dinh-312-qd-du.html"]


def test_statistics_page_has_accessible_svg_charts_with_tables(site):
    main = main_of(site, "thong-ke.html")
    charts = main.find_all("svg")
    assert len(charts) == 3
    for chart in charts:
        assert chart["role"] == "img"
        ids = chart["aria-labelledby"].split()
        assert [chart.find(id=i).name for i in ids] == ["title", "desc"]
        assert chart.find_parent("section").find("table") is not None
    monthly = main.find(id="tk-thang").find_parent("section")
    assert monthly.find("caption").get_text() == "Số bài viết theo tháng và đơn vị"
    rows = {
        tr.th.get_text(): [td.get_text() for td in tr.find_all("td")] for tr in monthly.tbody("tr")
    }
    assert rows == {"5/2024": ["1"], "6/2024": ["1"], "7/2024": ["1"]}
    admissions = main.find(id="tk-ket-nap").find_parent("section").tbody.tr
    assert admissions.th.get_text() == "2024"
    # "lễ kết nạp 02 đảng viên mới. Chi bộ hiện có 21 đảng viên": 2 admitted, in 1 article.
    assert [td.get_text() for td in admissions.find_all("td")] == ["2", "1", "0"]
    top = main.find(id="tk-nguoi").find_parent("section").tbody.tr
    assert [top.th.get_text(), top.td.get_text()] == ["Lê Văn Thủy", "2"]


def test_hostile_text_in_facts_is_escaped_everywhere(site):
    pages = ["nguoi/index.html", "thong-ke.html"] + [
        p for p in site.html_files() if p.startswith("nguoi/tran-thi")
    ]
    assert len(pages) == 3
    for page in pages:
        html = site.read(page)
        assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert-1&lt;/script&gt;" in site.read(pages[-1])


def test_two_names_sharing_a_slug_get_two_pages_and_the_right_links(site_from):
    built = site_from("indexes/names_sharing_a_slug.md", PAGEFIND=False)
    page_of = {
        built.soup(p).h1.get_text(): p for p in ("nguoi/le-van-an.html", "nguoi/le-van-an-2.html")
    }
    assert set(page_of) == {"Lê Văn An", "Lê Văn Ân"}
    # The article's sidebar links each name to its own page, not both to the first.
    sidebar = built.soup("2024/07/hai-dong-chi-trung-duong-dan.html").select("aside.facts a")
    linked = {a.get_text(): a["href"] for a in sidebar if a["href"].startswith("../../nguoi/")}
    assert {name: href.removeprefix("../../") for name, href in linked.items()} == page_of


def test_long_indexes_get_a_page_per_letter_and_per_kind(site_from):
    built = site_from(
        "indexes/ket_nap_old_tone.md", "indexes/names_sharing_a_slug.md", BANTIN_INDEX_PAGE_LIMIT=0
    )
    index = main_of(built, "nguoi/index.html")
    letters = {a.get_text(): a["href"] for a in index.select("nav.chu-cai a")}
    assert letters == {
        "A": "../nguoi/chu-a.html",
        "Â": "../nguoi/chu-a-2.html",
        "T": "../nguoi/chu-t.html",
    }
    assert not index.select("h2[id]")  # names live on the letter pages only
    letter_page = main_of(built, "nguoi/chu-a-2.html")
    assert [a.get_text() for a in letter_page.select("ul.chi-muc a")] == ["Lê Văn Ân"]
    assert letter_page.select_one("[aria-current=page]").get_text() == "Â"
    kind_page = main_of(built, "van-ban/loai-quyet-dinh.html")
    assert [a["href"] for a in kind_page.select("h2 + ul a")] == [
        "../van-ban/quyet-dinh-312-qd-du.html"
    ]
