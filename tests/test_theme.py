"""The theme on real builds: article page, fact sidebars, escaping, site pages, feeds."""

import json
import shutil
from urllib.parse import urljoin, urlparse

import pytest
from conftest import FIXTURES, build_site

THEME_FIXTURES = FIXTURES / "theme"
SITE_FILES = (
    "full_sidebars.md",
    "older.md",
    "other_unit.md",
    "hostile_facts.md",
    "no_facts.md",
    "draft.md",
)
ARTICLE = "2024/03/chi-bo-khoa-toan-tin-ket-nap-dang-vien-moi.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The theme fixtures built once: five articles in four units."""
    root = tmp_path_factory.mktemp("theme")
    content = root / "content"
    content.mkdir()
    for name in SITE_FILES:
        shutil.copyfile(THEME_FIXTURES / name, content / name)
    (content / "images").mkdir()
    shutil.copyfile(THEME_FIXTURES / "ket-nap.svg", content / "images" / "ket-nap.svg")
    (content / "extra").mkdir()
    shutil.copyfile(THEME_FIXTURES / "ket-nap.svg", content / "extra" / "favicon.svg")
    (content / "pages").mkdir()
    shutil.copyfile(THEME_FIXTURES / "about_page.md", content / "pages" / "gioi-thieu.md")
    return build_site(
        content,
        root / "output",
        DEFAULT_PAGINATION=2,
        BANTIN_FIGURES_SHOWN=1,
        PAGEFIND=False,
        STATIC_PATHS=["images", "extra/favicon.svg"],
        EXTRA_PATH_METADATA={"extra/favicon.svg": {"path": "favicon.svg"}},
    )


def _texts(nodes):
    return [" ".join(node.get_text(" ").split()) for node in nodes]


def test_breadcrumbs_go_home_unit_category(site):
    crumbs = site.soup(ARTICLE).select("nav.breadcrumbs li a")
    assert _texts(crumbs) == ["Trang chủ", "Chi bộ Khoa Toán - Tin", "Kết nạp đảng viên"]
    assert crumbs[1]["href"].endswith("don-vi/chi-bo-khoa-toan-tin.html")
    assert crumbs[2]["href"].endswith("chuyen-muc/ket-nap-dang-vien.html")


def test_date_line_is_vietnamese_with_iso_datetime(site):
    time = site.soup(ARTICLE).select_one(".article-meta time")
    assert time.get_text() == "Thứ Ba, 05/03/2024 08:30"
    assert time["datetime"] == "2024-03-05T08:30:00+07:00"


def test_article_parts(site):
    soup = site.soup(ARTICLE)
    assert soup.h1.get_text() == "Chi bộ Khoa Toán - Tin kết nạp đảng viên mới"
    assert (
        soup.select_one(".cover figcaption").get_text() == "Đồng chí Bí thư trao quyết định kết nạp"
    )
    credits = _texts(soup.select(".credits div"))
    assert credits == ["Tác giả: Nguyễn Thu Trang", "Nguồn: Văn phòng Đảng ủy"]
    assert _texts(soup.select(".tags a")) == ["phát triển đảng viên", "sinh viên"]
    older = soup.select_one(".neighbours .older a")
    assert older.get_text() == "Chi bộ Khoa Toán - Tin sinh hoạt chuyên đề tháng 2"
    related = _texts(soup.select(".related .card-title"))
    assert related[0] == "Chi bộ Khoa Toán - Tin sinh hoạt chuyên đề tháng 2"
    assert soup.select_one("button.print-button").has_attr("hidden")


def test_people_sidebar_links_to_person_pages(site):
    box = site.soup(ARTICLE).find("h2", string="Thành phần tham dự").parent
    quy = next(li for li in box.select("li") if "Trương Văn Quý" in li.get_text())
    assert quy.select_one(".degree").get_text() == "PGS.TS."
    assert quy.a["href"].endswith("nguoi/truong-van-quy.html")
    assert quy.select_one(".role").get_text() == "Phó Bí thư Thường trực Đảng ủy Trường"
    assert "Nguyễn Thu Trang" not in box.get_text()


def test_time_figures_and_documents_sidebars(site):
    soup = site.soup(ARTICLE)
    time_box = soup.find("h2", string="Thời gian").parent
    assert "04/03/2024" in time_box.get_text()
    assert "Năm học 2023–2024" in " ".join(time_box.get_text(" ").split())
    assert "Nhiệm kỳ 2020–2025" in " ".join(time_box.get_text(" ").split())
    figures = soup.find("h2", string="Số liệu nổi bật").parent
    figure = next(li for li in figures.select("li") if "37,9" in li.get_text())
    assert figure.select_one(".figure-value").get_text(" ").split() == ["37,9", "triệu", "đồng"]
    assert figure.q.get_text() == "Tổng kinh phí hỗ trợ là 37,9 triệu đồng."
    assert figure.q.mark.get_text() == "37,9 triệu đồng"
    assert len(figures.select(":scope > ul.figures > li")) == 1
    assert figures.select_one("details summary").get_text().startswith("Xem thêm")
    documents = soup.find("h2", string="Văn bản được nhắc đến").parent
    link = documents.find("a", string="Hướng dẫn số 01-HD/BTCTW")
    assert link["href"].endswith("van-ban/huong-dan-01-hd-btctw.html")
    assert "ngày 28/09/2021" in documents.get_text()


def test_article_without_facts_has_no_sidebar(site):
    soup = site.soup("2024/04/thong-bao-lich-truc.html")
    assert soup.select("aside.facts") == []


def test_about_page_has_no_attendees_box(site):
    soup = site.soup("gioi-thieu.html")
    assert soup.h1.get_text() == "Giới thiệu"
    assert soup.find("h2", string="Thành phần tham dự") is None
    assert "Ban biên tập gồm" in soup.select_one(".article-body").get_text()


def test_hostile_facts_and_title_are_escaped(site):
    html = site.read("2024/03/hoi-nghi-alerttitle-chi-bo.html")
    soup = site.soup("2024/03/hoi-nghi-alerttitle-chi-bo.html")
    for script in soup.find_all("script"):
        assert "alert" not in (script.string or "") or script.get("type") == "application/ld+json"
    assert soup.find("img", src="x") is None
    assert "<script>alert" not in html
    people = soup.find("h2", string="Thành phần tham dự").parent
    assert "Lê <script>alert-1</script> Văn" in people.get_text()
    assert "<img src=x onerror=alert-2>" in people.get_text()
    quote = soup.select_one(".figure-quote")
    assert "<script>alert(3)</script>" in quote.get_text()
    assert soup.h1.get_text() == 'Hội nghị <script>alert("title")</script> chi bộ'
    for block in soup.find_all("script", type="application/ld+json"):
        json.loads(block.string)


def test_json_ld_news_article_and_breadcrumbs(site):
    blocks = [
        json.loads(s.string)
        for s in site.soup(ARTICLE).select("script[type='application/ld+json']")
    ]
    article = next(b for b in blocks if b["@type"] == "NewsArticle")
    assert article["datePublished"] == "2024-03-05T08:30:00+07:00"
    assert article["author"] == [{"@type": "Person", "name": "Nguyễn Thu Trang"}]
    assert article["publisher"]["name"].startswith("Bản tin")
    assert {"@type": "Person", "name": "Trương Văn Quý"}.items() <= article["mentions"][0].items()
    trail = next(b for b in blocks if b["@type"] == "BreadcrumbList")
    assert next(item["name"] for item in trail["itemListElement"]) == "Trang chủ"


def test_open_graph(site):
    soup = site.soup(ARTICLE)
    og = {m["property"]: m["content"] for m in soup.select("meta[property]")}
    assert og["og:locale"] == "vi_VN"
    assert og["article:published_time"] == "2024-03-05T08:30:00+07:00"
    assert og["og:type"] == "article"


def test_unit_page_and_feed_match_units_tone_blind(site):
    soup = site.soup("don-vi/chi-bo-khoa-ngu-van.html")
    assert soup.h1.get_text() == "Chi bộ Khoa Ngữ văn"
    assert _texts(soup.select(".card-title")) == ["Chi bộ Khoa Ngữ văn tổng kết năm"]
    alternate = soup.select_one("link[rel=alternate][title*='Chi bộ Khoa Ngữ văn']")
    assert alternate["href"].endswith("feeds/don-vi/chi-bo-khoa-ngu-van.atom.xml")
    feed = site.read("feeds/don-vi/chi-bo-khoa-toan-tin.atom.xml")
    assert feed.count("<entry>") == 2
    # A feed reader lists it as "<site> - <unit>": the site's name once.
    sitename = site.pelican.settings["SITENAME"]
    assert f"<title>{sitename} - Chi bộ Khoa Toán - Tin</title>" in feed
    assert "Chi bộ Khoa Toán - Tin" in site.soup("don-vi/index.html").get_text()
    parent = site.soup("don-vi/dang-bo-truong.html")
    assert "Chi bộ Khoa Ngữ văn" in _texts(parent.select(".unit-list a"))


def test_home_has_lead_story_latest_by_unit_and_pagination(site):
    soup = site.soup("index.html")
    assert soup.select_one(".lead h2").get_text().startswith("Thông báo lịch trực")
    units = _texts(soup.select(".by-unit h3"))
    assert "Chi bộ Khoa Toán - Tin" in units and "Chi bộ Sinh viên" in units
    pager = soup.select_one("nav.pagination")
    assert pager.find("a", rel="next").get_text() == "Trang sau"
    second = site.soup(pager.find("a", rel="next")["href"].lstrip("./"))
    assert second.select_one("nav.pagination a[rel=prev]").get_text() == "Trang trước"


def test_header_menu_from_data_and_search_link(site):
    labels = _texts(site.soup(ARTICLE).select(".site-nav a"))
    assert labels[0] == "Trang chủ" and labels[-1] == "Tìm kiếm"
    assert "Lưu trữ" in labels


def test_archives_by_year_and_month(site):
    assert "Tháng 3/2024" in _texts(site.soup("luu-tru/index.html").select("h3"))
    assert site.soup("2024/03/index.html").h1.get_text() == "Tháng 3/2024"
    assert site.soup("2024/index.html").h1.get_text() == "Năm 2024"


def test_category_tag_and_404_pages(site):
    category = site.soup("chuyen-muc/ket-nap-dang-vien.html")
    assert category.h1.get_text() == "Kết nạp đảng viên"
    assert category.select_one(".feed a")["href"].endswith(
        "feeds/chuyen-muc/ket-nap-dang-vien.atom.xml"
    )
    assert site.soup("tu-khoa/sinh-vien.html").h1.get_text() == "Từ khóa: sinh viên"
    not_found = site.soup("404.html")
    assert not_found.h1.get_text() == "Không tìm thấy trang"
    assert not_found.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert site.soup(ARTICLE).find("meta", attrs={"name": "robots"}) is None


def test_no_external_requests(site):
    for name in site.html_files():
        soup = site.soup(name)
        for tag in soup.find_all(["link", "script", "img"]):
            address = tag.get("href") or tag.get("src") or ""
            assert not address.startswith(("http:", "https:", "//")), (name, address)


def test_every_internal_link_resolves(site):
    """Drafts, empty units and fact links included: no link leads to a missing file.

    The menu is left out: it comes from data/menu.yml, written for the example content.
    """
    broken = []
    for name in site.html_files():
        if name.startswith("pagefind/"):
            continue
        soup = site.soup(name)
        for menu in soup.select(".site-nav"):
            menu.decompose()
        for tag in soup.find_all(["a", "link", "img", "script"]):
            address = tag.get("href") or tag.get("src")
            if not address or address.startswith(("http:", "https:", "mailto:", "#", "data:")):
                continue
            target = urlparse(urljoin(f"http://site/{name}", address)).path.lstrip("/")
            if target == "" or target.endswith("/"):
                target += "index.html"
            # Pagefind's assets exist only when PAGEFIND is on (off here to keep builds quick).
            if not site.exists(target) and not target.startswith("pagefind/"):
                broken.append((name, address))
    assert broken == []


def test_draft_has_no_links_to_pages_it_does_not_get(site):
    soup = site.soup("ban-nhap/ke-hoach-sinh-hoat-chuyen-de-nam-sau.html")
    assert soup.select(".tags a") == [] and "kế hoạch riêng" in soup.select_one(".tags").get_text()
    assert soup.select("aside.facts a") == []
    assert "Hoàng Thị Nháp" in soup.select_one("aside.facts").get_text()


def test_unknown_unit_fails_naming_the_file(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    shutil.copyfile(THEME_FIXTURES / "unknown_unit.md", content / "unknown_unit.md")
    with pytest.raises(SystemExit) as failure:
        build_site(content, tmp_path / "output")
    message = str(failure.value)
    assert "unknown_unit.md:3" in message and "Chi bộ Khoa Thiên văn" in message


def test_event_dates_are_shown_in_calendar_order(example_site):
    # The text mentions 23/3, then 27/3 (the range's end), then 26/3: readers expect a calendar.
    soup = example_site.soup(
        "2025/03/khai-giang-lop-boi-duong-nhan-thuc-ve-dang-cho-86-quan-chung-uu-tu.html"
    )
    time_box = soup.find("h2", string="Thời gian").parent
    shown = [time["datetime"] for time in time_box.select("dd time")]
    assert len(shown) >= 3
    assert shown == sorted(shown)
