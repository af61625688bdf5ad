"""`bantin import`: legacy pages become articles that build; furniture dropped and listed; no duplicates."""

import shutil

from conftest import FIXTURES, build_site
from editor_support import make_site

from bantin_editor.legacy_html import import_html
from bantin_editor.legacy_import import main
from bantin_editor.legacy_text import import_text

LEGACY = FIXTURES / "editor" / "legacy"


def test_html_page_metadata_body_and_report():
    article = import_html((LEGACY / "cong_thong_tin.html").read_text(encoding="utf-8"))
    assert article.title == "Chi bộ Trạm Khí tượng Đồi Mây kết nạp 02 đảng viên mới"
    assert f"{article.published:%Y-%m-%d %H:%M}" == "2024-06-14 08:20"
    assert (article.views, article.author) == (1046, "Mạc Thanh Vân")
    assert article.source == "Văn phòng Đảng ủy Khu Lâm Viên"
    assert article.category == "Tin tức"
    texts = [block.text for block in article.blocks]
    assert texts[0].startswith("Sáng ngày 13/6/2024")
    assert ("caption", "Đồng chí Kha Văn Lộc trao quyết định kết nạp cho hai đảng viên mới") in [
        (b.kind, b.text) for b in article.blocks
    ]
    body = " ".join(texts)
    for furniture in (
        "Trang chủ",
        "Lượt truy cập",
        "Top",
        "Địa chỉ",
        "không phải bài",
        "Tin liên quan",
    ):
        assert furniture not in body
    dropped = " ".join(text for text, _ in article.dropped)
    assert "Lượt truy cập: 99.999" in dropped and "Top" in dropped


def test_table_layout_page_without_classes():
    article = import_html((LEGACY / "bang_cu.htm").read_text(encoding="utf-8"))
    assert article.title == "Đảng bộ Cảng cá Mũi Nghê sơ kết công tác quý III"  # bold, big font
    assert f"{article.published:%Y-%m-%d %H:%M}" == "2022-10-07 15:40"
    assert article.author == "Lam Hải" and article.category is None
    texts = [block.text for block in article.blocks]
    assert texts[0].startswith("Chiều ngày 06/10/2022") and "Quang cảnh hội nghị sơ kết" in texts
    # <br> separates lines; a line break in the HTML source does not.
    assert "Thứ nhất, bảo đảm an toàn cho tàu thuyền mùa mưa bão." in texts
    assert any(t.endswith("Bí thư Đảng bộ chủ trì.") and t.startswith("Chiều") for t in texts)
    assert not any("bắt đầu bảng" in t or "Trang chủ" in t or "Hotline" in t for t in texts)


def test_text_page_with_breadcrumb_and_lead_date():
    article = import_text((LEGACY / "trang_van_ban.txt").read_text(encoding="utf-8"))
    assert article.title == "Chi bộ Vườn ươm Suối Bạc tổng kết mùa trồng rừng"
    assert f"{article.published:%Y-%m-%d}" == "2023-11-02"  # "Chiều ngày 02/11/2023"
    assert [b.text for b in article.blocks][-1] == "Đảng viên Chi bộ chăm sóc cây giống tại khu B"
    reasons = {reason for _, reason in article.dropped}
    assert any("breadcrumb" in r for r in reasons) and any("Top" in r for r in reasons)


def test_legacy_date_forms_are_read(tmp_path):
    page = "Chi bộ Đồi Thông tổng kết năm học mới nhất của đơn vị\n{date}\n\n" + (
        "Chi bộ Đồi Thông tổng kết năm học với nhiều kết quả tốt đẹp trong công tác giáo dục "
        "chính trị tư tưởng cho đảng viên và quần chúng ưu tú của đơn vị.\n"
    )
    for written, expected in (("18-09-26 02:36:33", "2018-09-26"), ("21/09/2023", "2023-09-21")):
        article = import_text(page.format(date=written))
        assert f"{article.published:%Y-%m-%d}" == expected, written
    lead = "Chi bộ Đồi Thông họp\n\nSáng ngày 05/3/2024, Chi bộ Đồi Thông họp thường kỳ tại hội trường."
    assert f"{import_text(lead).published:%Y-%m-%d}" == "2024-03-05"


def test_html_in_a_legacy_charset_is_read(tmp_path, capsys):
    import unicodedata

    page = tmp_path / "cu.html"
    body = (
        "Chi bộ Đồi Thông họp tổng kết năm học với sự tham dự của toàn thể đảng viên trong chi bộ."
    )
    html = f'<html><head><meta charset="windows-1258"></head><body><h1>Chi bộ Đồi Thông họp</h1><p>{body}</p></body></html>'
    # windows-1258 has â, ô, ơ, ư... but writes the tone as a separate combining mark.
    tones = "\u0300\u0301\u0303\u0309\u0323"

    def cp1258_form(char):
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        return base + "".join(c for c in parts if c in tones)

    page.write_bytes("".join(map(cp1258_form, html)).encode("cp1258"))
    site = make_site(tmp_path)
    assert main(["--site", str(site), "--into", str(tmp_path / "out"), str(page)]) == 0
    (written,) = (tmp_path / "out").glob("*.md")
    assert body in written.read_text(encoding="utf-8")  # NFC again


def test_markup_in_legacy_text_stays_text(tmp_path, capsys):
    site = make_site(tmp_path)
    out = site / "content" / "articles"
    assert main(["--site", str(site), "--into", str(out), str(LEGACY / "cong_thong_tin.html")]) == 0
    (written,) = out.glob("*.md")
    text = written.read_text(encoding="utf-8")
    assert "\\*quan trắc\\*" in text and "&lt;b>" in text
    built = build_site(
        site / "content",
        tmp_path / "output",
        ARTICLE_PATHS=["articles"],
        SITE_DATA_PATH=str(site / "data"),
    )
    html = built.read("2024/06/chi-bo-tram-khi-tuong-doi-may-ket-nap-02-dang-vien-moi.html")
    assert "*quan trắc*" in html and "<b>" not in html.split("Lời hứa")[1].split("</article>")[0]


def test_reimport_neither_duplicates_nor_overwrites_edits(tmp_path, capsys):
    site = make_site(tmp_path)
    into = tmp_path / "imported"
    args = ["--site", str(site), "--into", str(into), str(LEGACY)]
    assert main(args) == 0
    first = sorted(p.name for p in into.glob("*.md"))
    assert len(first) == 3
    capsys.readouterr()
    assert main(args) == 0
    assert sorted(p.name for p in into.glob("*.md")) == first
    assert "3 không đổi" in capsys.readouterr().out
    edited = into / first[0]
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nĐoạn biên tập viên thêm.\n", encoding="utf-8"
    )
    assert main(args) == 0
    assert "giữ nguyên" in capsys.readouterr().out
    assert "Đoạn biên tập viên thêm." in edited.read_text(encoding="utf-8")
    copy = tmp_path / "copy"
    shutil.copytree(LEGACY, copy)  # the same pages saved again elsewhere
    assert main(["--site", str(site), "--into", str(into), str(copy)]) == 0
    assert sorted(p.name for p in into.glob("*.md")) == first


def test_samples_import_into_articles_that_build(tmp_path, capsys, shared_dir):
    site = make_site(tmp_path)
    into = site / "content" / "articles" / "nhap"
    code = main(
        [
            "--site",
            str(site),
            "--into",
            str(into),
            "--unit",
            "Chi bộ Thư viện",
            str(shared_dir / "samples"),
        ]
    )
    report = capsys.readouterr().out
    assert code == 0, report
    files = sorted(into.glob("*.md"))
    assert len(files) == 5
    assert "Date: 26/09/2018 02:36" in files[0].read_text(encoding="utf-8")  # "18-09-26 02:36:33"
    built = build_site(
        site / "content",
        tmp_path / "output",
        ARTICLE_PATHS=["articles"],
        SITE_DATA_PATH=str(site / "data"),
    )
    pages = [
        built.soup(p)
        for p in built.html_files()
        if p[:4].isdigit() and p.count("/") == 2 and not p.endswith("index.html")
    ]
    assert len(pages) == 5
    texts = {page.title.get_text(): page.get_text(" ") for page in pages}
    expected = {
        "Chi bộ Viện Đào tạo Quốc tổ chức thành công": ("26/09/2018", "237"),
        "KẾT QUẢ TRIỂN KHAI THỰC HIỆN CÁC MÔ HÌNH": ("21/09/2023", "527"),
        "Chi bộ trường Cao đẳng Y Hà Nội tổ chức buổi sinh hoạt": ("05/03/2024", None),
        "ĐẢNG BỘ KHOA CƠ KHÍ": (None, None),
    }
    for title, (day, views) in expected.items():
        (text,) = [text for head, text in texts.items() if head.startswith(title)]
        if day:
            assert day in text, title
        if views:
            assert views in text, title
    assert "Đã bỏ" in report and "Reading....." in report
    from bantin_editor.check import main as check_main

    assert check_main(["--site", str(site), "--format", "json", str(into)]) == 0
    checked = capsys.readouterr().out
    assert "Cần xem: không tìm thấy ngày đăng" in checked  # the stand-in dates stay visible
