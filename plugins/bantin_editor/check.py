"""`bantin check [PATH...]`: validates articles and shows the facts their sidebars will display."""

import argparse
import json
import os
import sys
from pathlib import Path

from pelican.contents import Article

from bantin_editor import rules
from bantin_editor.facts_view import facts_sections
from bantin_editor.new import now_in
from bantin_editor.problems import ERROR, WARNING, Problem
from bantin_editor.project import add_site_argument, load_site
from bantin_editor.reading import ContentReader, content_files, shown_path


def check_site(site, paths: list[Path]) -> list[dict]:
    """One report per requested file: {"path", "url", "title", "date", "problems", "facts"}."""
    requested = content_files(paths)
    wanted = {p.resolve() for p in requested}
    # Every file of the site is read, so a URL shared with an article not named still shows.
    others = [p for p in content_files([site.content]) if p.resolve() not in wanted]
    reader = ContentReader(site)
    now = now_in(site)
    reports, saved = [], {}
    for path in requested + others:
        shown = shown_path(site, path)
        content, problems = reader.read(path, with_facts=path.resolve() in wanted)
        # Drafts are written too (ban-nhap/), so they can collide; an empty save_as is not written.
        if content is not None and content.save_as:
            saved.setdefault(os.path.normpath(content.save_as), []).append(shown)
        if path.resolve() not in wanted:
            continue
        if content is not None:
            text = path.read_text(encoding="utf-8", errors="replace")
            is_article = isinstance(content, Article)
            if is_article:
                problems += rules.check_site_data(site, content, path, shown)
            problems += rules.check_images(site, content, path, shown, text)
            problems += rules.check_text(content, path, shown, text, now)
        reports.append(_report(shown, content, problems))
    collisions = rules.url_collisions(saved)
    for report in reports:
        if report["path"] in collisions:
            report["problems"].append(
                Problem(report["path"], None, ERROR, collisions[report["path"]])
            )
    return reports


def _report(shown, content, problems) -> dict:
    date = getattr(content, "date", None)
    return {
        "path": shown,
        "url": getattr(content, "save_as", None),
        "title": content.metadata.get("title") if content else None,
        "date": date.isoformat() if date else None,
        "problems": list(dict.fromkeys(problems)),  # the reader may log what a rule also finds
        "facts": getattr(content, "facts", None),
    }


def render_text(reports: list[dict]) -> str:
    lines = []
    for report in reports:
        lines.append(f"== {report['path']}" + (f"  →  {report['url']}" if report["url"] else ""))
        if report["title"]:
            lines.append(f"   Tiêu đề: {report['title']}")
        lines += [f"   {problem}" for problem in sorted(report["problems"], key=_order)]
        if report["facts"] is not None:
            lines.append("   Dữ kiện sẽ hiện ở cột bên (sửa bằng các trường Facts_*):")
            for heading, items, fields in facts_sections(report["facts"]):
                shown = "; ".join(items) if items else "(không có)"
                lines.append(f"     {heading} ({len(items)}): {shown}")
                lines.append(f"       sửa bằng: {fields}")
        lines.append("")
    errors, warnings = _count(reports, ERROR), _count(reports, WARNING)
    lines.append(f"Đã kiểm tra {len(reports)} tệp: {errors} lỗi, {warnings} cảnh báo.")
    if errors:
        lines.append("Hãy sửa các lỗi trên (tệp:dòng) rồi chạy lại `bantin check`.")
    return "\n".join(lines)


def render_json(reports: list[dict]) -> str:
    payload = {
        "errors": _count(reports, ERROR),
        "warnings": _count(reports, WARNING),
        "files": [
            {**report, "problems": [p.as_dict() for p in report["problems"]]} for report in reports
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True)


def _order(problem: Problem):
    return (problem.level != ERROR, problem.line or 0, problem.message)


def _count(reports, level) -> int:
    return sum(1 for report in reports for problem in report["problems"] if problem.level == level)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="bantin check", description="Kiểm tra bài viết trước khi đăng."
    )
    parser.add_argument("paths", nargs="*", help="tệp hoặc thư mục (mặc định: cả thư mục content)")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="json: cho công cụ khác đọc"
    )
    add_site_argument(parser)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    site = load_site(args.site)
    paths = [Path(p) for p in args.paths] or [site.content]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(
            f"bantin check: không có {', '.join(missing)}; hãy kiểm tra lại đường dẫn",
            file=sys.stderr,
        )
        return 2
    reports = check_site(site, paths)
    print(render_json(reports) if args.format == "json" else render_text(reports))
    return 1 if _count(reports, ERROR) else 0
