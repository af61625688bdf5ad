"""`bantin new`: today's date in Asia/Ho_Chi_Minh, an ASCII slug, the site's defaults, never overwriting."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from conftest import build_site
from editor_support import make_site

from bantin_editor.new import main


def test_new_article_has_local_date_ascii_name_and_defaults(tmp_path, capsys):
    site = make_site(tmp_path)
    before = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).replace(
        tzinfo=None, second=0, microsecond=0
    )
    assert main(["--site", str(site), "Đại hội Chi bộ Đồi Thông tháng 3/2024: tổng kết"]) == 0
    after = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).replace(tzinfo=None)
    (path,) = (site / "content" / "articles").glob("*.md")
    assert path.name.isascii()
    assert path.name.endswith("-dai-hoi-chi-bo-doi-thong-thang-3-2024-tong-ket.md")
    text = path.read_text(encoding="utf-8")
    assert "Unit: Chi bộ Khoa Lâm nghiệp" in text  # first unit of the fixture data
    assert "Category: Tin tức" in text
    written = datetime.strptime(text.split("Date: ")[1].split("\n")[0], "%d/%m/%Y %H:%M")
    assert before <= written <= after + timedelta(minutes=1)
    assert path.name.startswith(f"{written:%Y-%m-%d}-")
    built = build_site(
        site / "content",
        tmp_path / "out",
        ARTICLE_PATHS=["articles"],
        SITE_DATA_PATH=str(site / "data"),
    )
    assert any("ban-nhap/" in p for p in built.html_files())  # a draft until the editor says so


def test_new_refuses_to_overwrite_and_unknown_unit(tmp_path, capsys):
    site = make_site(tmp_path)
    args = ["--site", str(site), "--unit", "Chi bộ Thư viện", "Chi bộ Thư viện họp"]
    assert main(args) == 0
    (path,) = (site / "content" / "articles").glob("*.md")
    path.write_text(path.read_text(encoding="utf-8") + "\nĐã viết.\n", encoding="utf-8")
    assert main(args) == 1
    assert "không ghi đè" in capsys.readouterr().err
    assert "Đã viết." in path.read_text(encoding="utf-8")
    assert main(["--site", str(site), "--unit", "Chi bộ Không Có", "Bài khác"]) == 2
    assert "data/units.yml" in capsys.readouterr().err
