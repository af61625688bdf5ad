"""Reads an input file for `bantin extract`: a Pelican Markdown article or a legacy page's text."""

from datetime import date

import markdown
from bs4 import BeautifulSoup

from bantin_text import DateError, nfc, parse_editor_datetime


def html_to_text(html: str) -> str:
    """Plain text of rendered HTML, one block element per line (captions and headings kept)."""
    soup = BeautifulSoup(html, "html.parser")
    return soup.get_text("\n")


def read_markdown_article(raw: str) -> dict:
    """{"title", "published", "views", "body"} of a Pelican Markdown file (metadata header)."""
    md = markdown.Markdown(extensions=["meta", "extra"])
    html = md.convert(nfc(raw))
    meta = {key.lower(): " ".join(values) for key, values in getattr(md, "Meta", {}).items()}
    published = None
    if meta.get("date"):
        try:
            published = parse_editor_datetime(meta["date"]).date()
        except DateError:
            published = None
    views = None
    if meta.get("views", "").replace(".", "").isdigit():
        views = int(meta["views"].replace(".", ""))
    title = meta.get("title")
    body = html_to_text(html)
    return {"title": title, "published": published, "views": views,
            "body": f"{title}\n{body}" if title else body}


def read_legacy_page(raw: str) -> dict:
    """{"title", "published", "views", "body"} of text scraped from a legacy portal page."""
    lines = nfc(raw).split("\n")
    if lines and lines[0].startswith("# source:"):
        lines = lines[1:]
    return {"title": None, "published": None, "views": None, "body": "\n".join(lines)}


def read_input(path: str, raw: str) -> dict:
    if path.endswith((".md", ".markdown")):
        return read_markdown_article(raw)
    return read_legacy_page(raw)


__all__ = ["date", "html_to_text", "read_input", "read_legacy_page", "read_markdown_article"]
