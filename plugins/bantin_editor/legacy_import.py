"""`bantin import PATH... --into DIR`: legacy portal pages (saved HTML or scraped text) -> articles, with a report."""

import argparse
import re
import sys
from datetime import datetime
from pathlib import Path

from bs4 import UnicodeDammit

from bantin_editor.frontmatter import render_article
from bantin_editor.import_store import ImportStore, digest, with_marker, without_marker
from bantin_editor.legacy_html import import_html
from bantin_editor.legacy_text import import_text
from bantin_editor.markdown_out import render_body
from bantin_editor.naming import article_filename
from bantin_editor.new import now_in
from bantin_editor.project import add_site_argument, load_site
from bantin_text import DateError, nfc, parse_editor_datetime

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".text")


def input_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(pages to import, files skipped because they are neither HTML nor text)."""
    pages, skipped = [], []
    for path in paths:
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for candidate in candidates:
            suffix = candidate.suffix.lower()
            (pages if suffix in HTML_SUFFIXES + TEXT_SUFFIXES else skipped).append(candidate)
    return pages, skipped


def read_page(path: Path) -> str:
    """The page's text: HTML in the charset it declares (old portals used windows-1258), text in UTF-8."""
    data = path.read_bytes()
    if path.suffix.lower() in HTML_SUFFIXES:
        decoded = UnicodeDammit(data, ["utf-8"], is_html=True).unicode_markup
        if decoded is None:
            raise UnicodeDecodeError("utf-8", data, 0, 1, "không rõ bảng mã")
        return decoded
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def metadata_of(site, article, options, now) -> tuple[dict, list[str]]:
    notes = list(article.notes)
    category = site.find_category(article.category) if article.category else None
    if article.category and not category:
        notes.append(
            f"chuyên mục cũ '{article.category}' không có trong data/categories.yml"
            + (f"; đã dùng '{options.category}'" if options.category else "; hãy chọn Category")
        )
    metadata = {
        "title": article.title,
        "date": article.published or now,
        "unit": options.unit,
        "category": category["name"] if category else options.category,
        "tags": article.tags,
        "author": article.author,
        "source": article.source,
        "views": article.views,
    }
    return metadata, notes


def render(site, article, options, now, source: str, page_hash: str) -> tuple[str, str, list[str]]:
    """(file name, file text, notes for the editor)."""
    metadata, notes = metadata_of(site, article, options, now)
    comments = [f"Cần xem: {note}" for note in notes]
    text = render_article(metadata, render_body(article), comments)
    return (
        article_filename(site.slug(metadata["title"]), metadata["date"]),
        with_marker(text, source, page_hash),
        notes,
    )


def import_one(site, store: ImportStore, path: Path, options, now) -> dict:
    entry = {
        "input": str(path),
        "status": None,
        "output": None,
        "notes": [],
        "dropped": [],
        "article": None,
    }
    try:
        raw = nfc(read_page(path))
    except UnicodeDecodeError as error:
        entry.update(
            status="lỗi",
            notes=[f"tệp không phải UTF-8 (byte {error.start}); hãy lưu lại với bảng mã UTF-8"],
        )
        return entry
    article = import_html(raw) if path.suffix.lower() in HTML_SUFFIXES else import_text(raw)
    if not article.blocks:
        entry.update(
            status="lỗi", notes=["không tìm thấy nội dung bài trong trang"], dropped=article.dropped
        )
        return entry
    page_hash = digest(raw)
    previous = store.by_page.get(page_hash)
    if article.published is None and previous is not None:
        now = previous_date(previous) or now  # the stand-in date of the first import stays
    filename, text, notes = render(site, article, options, now, path.name, page_hash)
    target, existing = store.place(page_hash, filename)
    entry.update(output=str(target), notes=notes, dropped=article.dropped, article=article)
    if existing is None:
        status = "mới"
    elif existing.page_hash is None:
        entry["status"] = "bỏ qua"
        entry["notes"] = [
            f"{target.name} đã có (bài viết tay cùng tiêu đề và ngày); không ghi đè, không tạo bản trùng",
            *notes,
        ]
        return entry
    elif existing.edited and not options.force:
        entry["status"] = "giữ nguyên"
        entry["notes"] = [
            "bài đã được sửa sau lần nhập trước; không ghi đè (dùng --force nếu thật sự muốn)",
            *notes,
        ]
        return entry
    elif without_marker(target.read_text(encoding="utf-8")) == without_marker(text):
        entry["status"] = "không đổi"
        store.remember(page_hash, target)
        return entry
    else:
        status = "cập nhật"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    store.remember(page_hash, target)
    entry["status"] = status
    return entry


def previous_date(path: Path) -> datetime | None:
    match = re.search(r"^Date:\s*'?([^'\n]+)'?$", path.read_text(encoding="utf-8"), re.M)
    try:
        return parse_editor_datetime(match[1]) if match else None
    except DateError:
        return None


def render_report(entries: list[dict], skipped: list[Path]) -> str:
    lines = []
    for entry in entries:
        arrow = f" → {entry['output']}" if entry["output"] else ""
        lines.append(f"[{entry['status']}] {entry['input']}{arrow}")
        article = entry["article"]
        if article is not None:
            date = f"{article.published:%d/%m/%Y}" if article.published else "(chưa rõ)"
            views = article.views if article.views is not None else "(không có)"
            lines.append(f"    Tiêu đề: {article.title} | Ngày đăng: {date} | Lượt xem: {views}")
        lines += [f"    Cần xem: {note}" for note in entry["notes"]]
        if entry["dropped"]:
            lines.append(f"    Đã bỏ {len(entry['dropped'])} dòng khung trang:")
            lines += [f'      - {reason}: "{text[:100]}"' for text, reason in entry["dropped"]]
    lines += [
        f"[bỏ qua] {path}: không phải trang HTML hay văn bản (.html, .htm, .txt)"
        for path in skipped
    ]
    counts = {}
    for entry in entries:
        counts[entry["status"]] = counts.get(entry["status"], 0) + 1
    lines.append(
        "Tổng: " + ", ".join(f"{n} {status}" for status, n in counts.items())
        if counts
        else "Không có trang nào để nhập."
    )
    return "\n".join(lines)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="bantin import",
        description="Nhập bài từ cổng thông tin cũ (HTML đã lưu hoặc văn bản).",
    )
    parser.add_argument("paths", nargs="+", help="tệp .html/.txt hoặc thư mục chứa chúng")
    parser.add_argument(
        "--into", required=True, help="thư mục ghi bài, ví dụ content/articles/nhap-tu-cong-cu"
    )
    parser.add_argument("--unit", help="chi bộ/đảng bộ của các bài (tên trong data/units.yml)")
    parser.add_argument(
        "--category",
        help="loại tin khi trang cũ không ghi hoặc ghi loại không có trong data/categories.yml",
    )
    parser.add_argument(
        "--force", action="store_true", help="ghi đè cả bài đã được sửa sau lần nhập trước"
    )
    parser.add_argument("--report", help="ghi báo cáo ra tệp này (ngoài việc in ra màn hình)")
    add_site_argument(parser)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = parse_args(sys.argv[1:] if argv is None else argv)
    site = load_site(options.site)
    for name, value, finder, data_file in (
        ("unit", options.unit, site.find_unit, "units"),
        ("category", options.category, site.find_category, "categories"),
    ):
        if value and not finder(value):
            print(
                f"bantin import: --{name} '{value}' không có trong data/{data_file}.yml",
                file=sys.stderr,
            )
            return 2
        if value:
            setattr(options, name, finder(value)["name"])
    paths = [Path(p) for p in options.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"bantin import: không có {', '.join(missing)}", file=sys.stderr)
        return 2
    pages, skipped = input_files(paths)
    store = ImportStore(Path(options.into))
    now: datetime = now_in(site)
    entries = [import_one(site, store, page, options, now) for page in pages]
    report = render_report(entries, skipped)
    print(report)
    if options.report:
        Path(options.report).write_text(report + "\n", encoding="utf-8")
    return 1 if any(entry["status"] == "lỗi" for entry in entries) else 0
