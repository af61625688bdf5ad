"""Pure helpers of bantin_theme: slugs, Vietnamese formatting, periods, quoted sentences."""

from datetime import datetime

from jinja2 import Environment

from bantin_theme.filters import iso_to_vi_date, vi_amount, vi_datetime, vi_number
from bantin_theme.helpers import remember_by_key
from bantin_theme.lookups import dict_first_getattr
from bantin_theme.periods import find_periods
from bantin_theme.sentences import quote_for, split_sentences
from bantin_theme.units import UnitIndex
from bantin_theme.urls import document_url, person_url

SETTINGS = {
    "SLUG_REGEX_SUBSTITUTIONS": [
        (r"[/.]", " "),
        (r"[^\w\s-]", ""),
        (r"(?u)\A\s*", ""),
        (r"(?u)\s*\Z", ""),
        (r"[-\s]+", "-"),
    ]
}


def test_person_url_is_ascii_and_tone_placement_blind():
    assert person_url("Đặng Thị Thuỷ", SETTINGS) == "nguoi/dang-thi-thuy.html"
    assert person_url("Đặng Thị Thủy", SETTINGS) == person_url("Đặng Thị Thuỷ", SETTINGS)
    assert person_url("", SETTINGS) == ""


def test_document_url_from_kind_and_number_or_date():
    numbered = {"kind": "Công văn", "number": "308-CV/TU", "date": "2021-11-26"}
    assert document_url(numbered, SETTINGS) == "van-ban/cong-van-308-cv-tu.html"
    dated = {"kind": "Hướng dẫn", "number": None, "date": "2023-01-19"}
    assert document_url(dated, SETTINGS) == "van-ban/huong-dan-2023-01-19.html"
    assert document_url({"kind": "Nghị quyết", "number": None, "date": None}, SETTINGS) == ""


def test_vietnamese_formats():
    assert vi_datetime(datetime(2024, 3, 5, 8, 30)) == "Thứ Ba, 05/03/2024 08:30"
    assert vi_number(1234) == "1.234" and vi_number(37.9) == "37,9"
    assert vi_amount(37_900_000) == "37,9 triệu" and vi_amount(1_500_000_000) == "1,5 tỷ"
    assert vi_amount(1_234_567) == "1.234.567"
    assert iso_to_vi_date("2024-03-05") == "05/03/2024"


def test_periods():
    assert find_periods("Đại hội nhiệm kỳ 2020 - 2025, năm học 2023–2024") == {
        "term": "2020–2025",
        "school_year": "2023–2024",
    }
    assert find_periods("năm học 2024 - 2023") == {}


def test_sentences_keep_titles_and_numbers_together():
    assert split_sentences("Đồng chí PGS.TS. Lê Văn A dự. Có 1.234 người.") == [
        "Đồng chí PGS.TS. Lê Văn A dự.",
        "Có 1.234 người.",
    ]
    quote = quote_for("37,9 triệu đồng", "<p>Mở đầu. Kinh phí là 37,9 triệu đồng. Hết.</p>")
    assert quote == {"before": "Kinh phí là ", "match": "37,9 triệu đồng", "after": "."}
    assert quote_for("99 người", "<p>Không có.</p>") is None


def test_unit_index_matches_aliases_tone_blind():
    units = UnitIndex(
        [{"name": "Đảng ủy Trường", "slug": "dang-bo", "aliases": ["Đảng bộ Trường"]}]
    )
    assert units.find("đảng uỷ trường")["slug"] == "dang-bo"
    assert units.find("Đảng bộ  Trường")["slug"] == "dang-bo"
    assert units.find("Chi bộ khác") is None


def test_image_size_of_svg_png_and_missing(tmp_path):
    from bantin_theme.images import image_size

    svg = tmp_path / "a.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"></svg>')
    png = tmp_path / "a.png"
    png.write_bytes(
        b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (1200).to_bytes(4) + (675).to_bytes(4)
    )
    assert image_size(str(svg)) == (640, 360)
    assert image_size(str(png)) == (1200, 675)
    assert image_size(str(tmp_path / "none.jpg")) is None


def test_long_sentences_are_quoted_around_the_figure():
    words = " ".join(f"từ{n}" for n in range(60))
    quote = quote_for("12 đảng viên", f"<p>{words} có 12 đảng viên {words}.</p>", context=30)
    assert quote["before"].startswith("…") and len(quote["before"]) <= 31
    assert quote["after"].endswith("…") and len(quote["after"]) <= 31
    assert quote["match"] == "12 đảng viên"


def test_quote_reads_inline_markup_as_the_extractor_does():
    # "<strong>12</strong>,5" is "12,5" to the extractor: the sidebar must find it there too.
    quote = quote_for("12,5 tỷ đồng", "<p>Kinh phí <strong>12</strong>,5 tỷ đồng.</p>")
    assert quote == {"before": "Kinh phí ", "match": "12,5 tỷ đồng", "after": "."}
    quote = quote_for("13 đảng viên", "<p>Chi bộ có <em>13 đảng viên</em>, sinh hoạt chung.</p>")
    assert quote["after"] == ", sinh hoạt chung."


def test_dict_keys_in_templates_read_as_jinja_reads_them():
    env = Environment(autoescape=True)
    env.getattr = dict_first_getattr(env.getattr)
    page = env.from_string(
        "{{ d.name }}|{{ d.items is callable }}|{{ d.missing is undefined }}|{{ n.real }}"
    )
    assert page.render(d={"name": "<b>", "items": 1}, n=5) == "&lt;b&gt;|True|True|5"


def test_remembered_markup_is_rendered_once_per_key():
    env = Environment(autoescape=True)
    env.globals["remembered"] = remember_by_key({})
    page = env.from_string(
        '{% call remembered("footer", url) %}{{ url }}{{ renders.append(url) or "" }}{% endcall %}'
    )
    renders = []
    assert [page.render(url=url, renders=renders) for url in ("..", "..", ".")] == ["..", "..", "."]
    assert renders == ["..", "."]
