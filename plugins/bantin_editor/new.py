"""`bantin new "Tiêu đề"`: an article file with today's date, an ASCII slug and the site's defaults."""

import argparse
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bantin_editor.frontmatter import render_article
from bantin_editor.naming import article_filename
from bantin_editor.project import Site, add_site_argument, load_site
from bantin_text import collapse_space

PLACEHOLDER = "Viết nội dung bài ở đây: mỗi đoạn cách nhau một dòng trống."


def now_in(site: Site) -> datetime:
    """The site's local time (Asia/Ho_Chi_Minh), to the minute, as a naive datetime."""
    zone = ZoneInfo(site.settings.get("TIMEZONE") or "Asia/Ho_Chi_Minh")
    return datetime.now(zone).replace(tzinfo=None, second=0, microsecond=0)


def _choices(entries: list[dict]) -> str:
    return " | ".join(entry["name"] for entry in entries)


def new_article(site: Site, title: str, *, unit=None, category=None, folder=None, now=None) -> Path:
    """Write the file and return its path; FileExistsError if it is already there."""
    title = collapse_space(title)
    if not title:
        raise ValueError(
            'tiêu đề trống: hãy viết tiêu đề trong ngoặc kép, ví dụ bantin new "Chi bộ A họp tháng 3"'
        )
    moment = now or now_in(site)
    unit_entry = site.find_unit(unit) if unit else site.default_unit()
    category_entry = site.find_category(category) if category else site.default_category()
    if unit and not unit_entry:
        raise ValueError(
            f"không có chi bộ/đảng bộ '{unit}' trong data/units.yml; chọn một trong: {_choices(site.units)}"
        )
    if category and not category_entry:
        raise ValueError(
            f"không có loại tin '{category}' trong data/categories.yml; chọn một trong: {_choices(site.categories)}"
        )
    metadata = {
        "title": title,
        "date": moment,
        "unit": unit_entry and unit_entry["name"],
        "category": category_entry and category_entry["name"],
        # A fresh file holds placeholder text: it is built as a draft until the editor says so.
        "status": "draft",
    }
    comments = [
        "Tạo bằng `bantin new`. Xóa dòng Status khi bài đã sẵn sàng đăng.",
        "Các trường khác (Tags, Author, Source, Image...): xem docs/huong-dan-bien-tap.md",
    ]
    if site.units:
        comments.append(f"Unit là một trong: {_choices(site.units)}")
    if site.categories:
        comments.append(f"Category là một trong: {_choices(site.categories)}")
    target = Path(folder or site.articles_folder) / article_filename(site.slug(title), moment)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8") as handle:  # "x": never overwrite an article
        handle.write(render_article(metadata, PLACEHOLDER, comments))
    return target


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="bantin new", description="Tạo bài viết mới (bản nháp).")
    parser.add_argument("title", help="tiêu đề bài viết, trong ngoặc kép")
    parser.add_argument(
        "--unit",
        help="chi bộ/đảng bộ (mặc định: đơn vị ghi default: true trong data/units.yml, nếu không có thì đơn vị đầu tiên)",
    )
    parser.add_argument(
        "--category",
        help="loại tin (mặc định: loại ghi default: true trong data/categories.yml, nếu không có thì loại đầu tiên)",
    )
    parser.add_argument("--dir", help="thư mục ghi bài (mặc định: thư mục bài viết của trang)")
    add_site_argument(parser)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    site = load_site(args.site)
    try:
        path = new_article(
            site, args.title, unit=args.unit, category=args.category, folder=args.dir
        )
    except FileExistsError as error:
        print(
            f"bantin new: {error.filename} đã có; không ghi đè. Hãy đổi tiêu đề hoặc sửa tệp đó.",
            file=sys.stderr,
        )
        return 1
    except ValueError as error:
        print(f"bantin new: {error}", file=sys.stderr)
        return 2
    print(f"Đã tạo {path}")
    return 0
