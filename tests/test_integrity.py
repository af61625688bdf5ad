"""bantin_integrity: content is read the Vietnamese way, and bad content fails the build naming the file."""

import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pelican import signals
from pelican.writers import FileOverwriteFailedError

from bantin_integrity.errors import BuildFailed

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "integrity"


def fixture(name: str) -> str:
    """The site_from name of a fixture in tests/fixtures/integrity/."""
    return f"integrity/{name}"


def build_error(site_from, *names: str) -> str:
    """Build the fixtures, expect the build to fail, and return the message it printed."""
    with pytest.raises(BuildFailed) as failure:
        site_from(*(fixture(name) for name in names))
    return str(failure.value.code)


@pytest.fixture
def built_articles():
    """The real Article objects of the next build (and its drafts), by source file name."""
    seen: dict[str, object] = {}

    def remember(generator):
        for article in [*generator.articles, *generator.drafts]:
            seen[Path(article.source_path).name] = article

    signals.article_generator_finalized.connect(remember)
    yield seen
    signals.article_generator_finalized.disconnect(remember)


def shown_time(site, page: str):
    """The <time> of the article's own date line (the first one on the page)."""
    return site.soup(page).find("time")


# --- Good content: read right, written where expected -------------------------------------


def test_day_first_date_is_fifth_of_march(site_from):
    site = site_from(fixture("day_first_date.md"))
    page = "2024/03/chi-bo-khoa-toan-tin-sinh-hoat-thuong-ky.html"
    assert site.exists(page)
    time = shown_time(site, page)
    assert time["datetime"].startswith("2024-03-05T08:30")
    # 5 March 2024 was a Tuesday; 3 May 2024 (month first) a Friday.
    assert "Thứ Ba, 05/03/2024 08:30" in time.get_text()
    assert not any(name.startswith("2024/05/") for name in site.html_files())


def test_iso_date_means_the_same_day(site_from):
    site = site_from(fixture("iso_date.md"))
    page = "2024/03/chi-bo-phong-dao-tao-hoc-tap-nghi-quyet.html"
    assert "Thứ Ba, 05/03/2024 08:30" in shown_time(site, page).get_text()


def test_nfd_title_and_body_come_out_nfc(site_from):
    site = site_from(fixture("nfd_text.md"))
    page = "2024/05/chi-bo-khoa-ngu-van-ket-nap-dang-vien.html"
    html = site.read(page)
    assert unicodedata.normalize("NFC", html) == html
    soup = site.soup(page)
    assert soup.find("h1").get_text(strip=True) == "Chi bộ Khoa Ngữ văn kết nạp đảng viên"
    assert "đồng chí Lâm Gia Bảo được kết nạp" in soup.get_text()


def test_same_title_in_different_months_builds_both(site_from):
    site = site_from(fixture("monthly_march.md"), fixture("monthly_april.md"))
    march = "2024/03/sinh-hoat-chi-bo-thuong-ky.html"
    april = "2024/04/sinh-hoat-chi-bo-thuong-ky.html"
    assert "Buổi sinh hoạt tháng 3." in site.read(march)
    assert "Buổi sinh hoạt tháng 4" in site.read(april)


@pytest.mark.parametrize(
    ("name", "page"),
    [
        (
            "vietnamese_slug.md",
            "2025/07/dai-hoi-dang-bo-phuong-hoa-uoc-nhiem-ky-2025-2030-doi-moi-huong-ve-co-so.html",
        ),
        ("month_in_title.md", "2024/03/sinh-hoat-chuyen-de-thang-3-2024.html"),
        ("nbsp_name.md", "2024/06/ket-nap-dong-chi-nguyen-van-an.html"),
    ],
)
def test_vietnamese_titles_give_ascii_slugs(site_from, name, page):
    site = site_from(fixture(name))
    assert page.isascii()
    assert site.exists(page), site.html_files()


def test_unwritten_drafts_are_not_collisions(site_from):
    # A site may choose not to write drafts at all: two of them then share no URL.
    site = site_from(
        fixture("draft_one.md"), fixture("draft_two.md"), DRAFT_SAVE_AS="", DRAFT_URL=""
    )
    assert not [name for name in site.html_files() if "ban-nhap" in name]


def test_views_with_thousands_dot_is_an_integer(site_from, built_articles):
    site_from(fixture("views_grouped.md"))
    article = built_articles["views_grouped.md"]
    assert article.metadata["views"] == 1234


def test_yaml_header_is_read_the_same_way(site_from, built_articles):
    site = site_from(fixture("yaml_header.md"))
    assert site.exists("2024/03/tin-viet-voi-phan-dau-yaml.html")
    article = built_articles["yaml_header.md"]
    assert (article.date.day, article.date.month) == (5, 3)
    assert article.metadata["views"] == 1230  # not YAML's float 1.23


# --- Bad content: the build stops and says which file and what to do ----------------------


BAD_CONTENT = [
    pytest.param(["missing_title.md"], ["missing_title.md", "'Title:'"], id="missing-title"),
    pytest.param(["empty_title.md"], ["empty_title.md", "'Title:'"], id="empty-title"),
    pytest.param(["title_without_letters.md"], ["title_without_letters.md", "Slug:"], id="no-slug"),
    # It says what to write, not only what is wrong.
    pytest.param(
        ["missing_date.md"], ["missing_date.md", "'Date:'", "05/03/2024 08:30"], id="missing-date"
    ),
    pytest.param(
        ["invalid_date.md"],
        ["invalid_date.md:2", "31/02/2024", "không có thật"],
        id="impossible-date",
    ),
    pytest.param(
        ["two_digit_year.md"], ["two_digit_year.md:2", "05/03/24", "4 chữ số"], id="two-digit-year"
    ),
    pytest.param(
        ["same_month_a.md", "same_month_b.md"],
        ["same_month_a.md", "same_month_b.md", "2024/03/sinh-hoat-chi-bo-thuong-ky.html", "Slug:"],
        id="same-title-same-month",
    ),
    pytest.param(
        ["unknown_field.md"], ["unknown_field.md:5", "'Titel'", "'Title'?"], id="typo-field"
    ),
    pytest.param(["not_utf8.md"], ["not_utf8.md", "UTF-8"], id="not-utf8"),
    # The YAML plugin alone would go on with no metadata and report a missing Title.
    pytest.param(
        ["yaml_header_broken.md"],
        ["yaml_header_broken.md:2", "YAML", "ngoặc kép"],
        id="broken-yaml",
    ),
    # Pelican skips files no reader opens without a word.
    pytest.param(["saved_as_text.txt"], ["saved_as_text.txt", ".md"], id="saved-as-txt"),
]


@pytest.mark.parametrize(("names", "expected"), BAD_CONTENT)
def test_bad_content_fails_naming_the_file(site_from, names, expected):
    message = build_error(site_from, *names)
    for fragment in expected:
        assert fragment in message


def test_a_page_taking_a_generated_page_url_names_its_file(site_from):
    # Generated pages (statistics, search) are only known while writing.
    with pytest.raises(FileOverwriteFailedError) as failure:
        site_from(fixture("iso_date.md"), fixture("pages/page_slug_of_generated_page.md"))
    assert "page_slug_of_generated_page.md" in str(failure.value)
    assert "thong-ke.html" in str(failure.value)
    assert "trang tạo tự động từ mẫu 'statistics.html'" in str(failure.value)
    assert "Slug:" in str(failure.value)


def test_every_error_is_listed_at_once(site_from):
    message = build_error(site_from, "missing_title.md", "invalid_date.md", "unknown_field.md")
    for name in ("missing_title.md", "invalid_date.md", "unknown_field.md"):
        assert name in message


def test_good_articles_beside_a_bad_one_do_not_hide_it(site_from, tmp_path):
    build_error(site_from, "day_first_date.md", "missing_date.md")
    # Nothing is written when the content has errors: no half-correct site.
    assert not (tmp_path / "output" / "2024").exists()


def test_static_files_are_neither_asked_for_a_title_nor_reported_unread(site_from, tmp_path):
    # Static files pass through content_object_init too, and robots.txt is a .txt file.
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    (content / "extra").mkdir()
    (content / "images" / "anh.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (content / "extra" / "robots.txt").write_text("User-agent: *\n")
    site = site_from(fixture("iso_date.md"), STATIC_PATHS=["images", "extra/robots.txt"])
    assert site.exists("images/anh.svg")
    assert site.exists("extra/robots.txt")


# --- The command line editors run (make html) ---------------------------------------------


def test_pelican_command_fails_naming_the_broken_file(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    shutil.copyfile(FIXTURES / "invalid_date.md", content / "articles" / "bai-loi.md")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(content),
            "-s",
            "pelicanconf.py",
            "-o",
            str(tmp_path / "output"),
            # Keep the facts cache out of the repository.
            "-e",
            f'CACHE_PATH="{tmp_path / "cache"}"',
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert "bai-loi.md" in result.stdout + result.stderr
    assert not (tmp_path / "output" / "2024").exists()
