"""Reads an input file for `bantin extract`: a Pelican Markdown article or a legacy page's text."""

import re
from datetime import date

import markdown

from bantin_extract import furniture
from bantin_extract.htmltext import html_to_text
from bantin_text import DateError, canon, nfc, parse_editor_datetime

# Where an article's body starts when a page prints headline and text on one line.
_BODY_START = re.compile(
    r"(?:(?<=\s)|^)(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Hôm)\s+(?:ngày\s+)?\d{1,2}\s?[/-]\s?\d"
    r"|(?:Sáng|Chiều|Tối|Trưa|Ngày|Vào)\s+(?:ngày\s+)?\d{1,2}\s?(?:[/-]|tháng)"
    r"|\((?:[A-ZĐ][\w&.-]*(?:\s?-\s?[\w ]+)?)\)\s*[-–—]"
    r"|Vừa qua,|Mới đây,)"
)
# Openers of an article's first sentence, looked for only inside a page-store line (a headline may
# itself start with "Thực hiện …").
_OPENER = re.compile(
    r"(?<=\s)(?:Thực hiện|Căn cứ|Nhằm|Được sự|Trong không khí|Nhân dịp|Hưởng ứng|Theo kế hoạch"
    r"|Sáng nay|Chiều nay|Hôm nay|Tối nay|Sáng qua|Chiều qua|Vừa qua|Mới đây|Thời gian qua)[\s,]"
)
_OFFICE_LABEL = re.compile(
    r"^(?:phó\s+)?(?:bí\s+thư|chủ\s+tịch|giám\s+đốc|hiệu\s+trưởng|trưởng\s+ban)\b", re.IGNORECASE
)
_TITLE_WORDS = (3, 45)


def _front_matter(raw: str) -> tuple[dict, str]:
    """({key: value}, body) of a YAML-style front matter between '---' lines, else ({}, raw)."""
    lines = raw.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, raw
    for end, line in enumerate(lines[1:], 1):
        if line.strip() in ("---", "..."):
            meta = {}
            for entry in lines[1:end]:
                key, sep, value = entry.partition(":")
                if sep and key.strip() and not key.startswith((" ", "\t", "-")):
                    meta[key.strip().lower()] = value.strip().strip("\"'")
            return meta, "\n".join(lines[end + 1 :])
    return {}, raw


def _metadata_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_editor_datetime(value).date()
    except DateError:
        return None


def _metadata_views(value: str | None) -> int | None:
    digits = (value or "").replace(".", "").replace(",", "").strip()
    return int(digits) if digits.isdigit() and len(digits) < 16 else None


def read_markdown_article(raw: str) -> dict:
    """{"title", "published", "views", "body"} of a Pelican Markdown file (metadata header)."""
    front, rest = _front_matter(nfc(raw).replace("\r\n", "\n"))
    md = markdown.Markdown(extensions=["meta", "extra"])
    html = md.convert(rest)
    meta = {key.lower(): " ".join(values) for key, values in getattr(md, "Meta", {}).items()}
    meta.update(front)
    title = meta.get("title") or None
    body = html_to_text(html)
    return {
        "title": title,
        "published": _metadata_date(meta.get("date")),
        "views": _metadata_views(meta.get("views")),
        "year_hint": None,
        "body": f"{title}\n{body}" if title else body,
    }


def _split_store_line(line: str) -> tuple[str | None, str]:
    """(headline, text) of a page-store first line that runs the headline into the article."""
    start = _BODY_START.search(line) or _OPENER.search(line)
    head, rest = (line[: start.start()], line[start.start() :]) if start else (line, "")
    words = head.split()
    for size in range(min(6, len(words)), 0, -1):  # "Chính trị Lâm Đồng: …": drop the label
        label = canon(" ".join(words[:size])) in furniture.CATEGORY_LABELS
        if label and len(words) > size and words[size][:1].isupper():
            head = " ".join(words[size:])
            break
    head = head.strip()
    if not head or not _title_like(head):
        return None, line
    return head, rest.strip()


def _title_like(line: str) -> bool:
    words = line.split()
    return (
        _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1]
        and not line.rstrip().endswith((".", "…", ";"))
        and not _BODY_START.match(line)
        and not (len(words) <= 5 and _OFFICE_LABEL.match(line))
    )


def _header_views(lines: list[str], after: int) -> tuple[int | None, list[int]]:
    """An unlabeled counter printed right after the date line ("21/09/2023" then "527")."""
    numbers, used = [], []
    for index in range(after + 1, min(after + 4, len(lines))):
        if not lines[index].strip():
            continue
        value = furniture.number_only(lines[index])
        if value is None:
            break
        numbers.append(value)
        used.append(index)
    # Two numbers are a "comments / views" pair: the second is the counter.
    return (numbers[-1] if numbers else None), used


def _clean_lines(lines: list[str]) -> tuple[list[str], date | None, int | None]:
    """Lines without furniture, and the date line's date and view counter found on the way."""
    published, views = None, None
    header = True
    dropped: set[int] = set()
    date_lines: set[int] = set()
    for index, line in enumerate(lines):
        if furniture.is_comment_form(line):
            dropped.update(range(index, len(lines)))
            break
        stripped = line.strip()
        if index in dropped or not stripped:
            continue
        if not header and furniture.starts_other_articles(stripped):
            dropped.update(range(index, len(lines)))
            break
        if _is_body_line(stripped):
            header = False
        found = furniture.read_date_line(stripped) if len(stripped) < 120 else None
        if found and (header or (published is None and _labelled_date(stripped))):
            if published is None:
                published = found
                counter, used = _header_views(lines, index)
                if counter is not None and views is None and furniture.read_views(stripped) is None:
                    views = counter
                    dropped.update(used)
            views = views if views is not None else furniture.read_views(stripped)
            dropped.add(index)
            date_lines.add(index)
            continue
        counter = furniture.read_views(stripped)
        if counter is not None and (len(stripped.split()) <= 12 or _starts_with_views(stripped)):
            views = views if views is not None else counter
            dropped.add(index)
            continue
        if furniture.is_widget(stripped) or furniture.is_label(stripped):
            dropped.add(index)
    kept: list[str | None] = []
    for index, line in enumerate(lines):
        if index in date_lines:
            kept.append(None)  # where the date line stood: it tells a label from a headline
        elif index not in dropped:
            kept.append(furniture.strip_images(line.strip()))
    return kept, published, views


def _is_body_line(line: str) -> bool:
    """Article text rather than page header: long, or a sentence that ends with a full stop."""
    words = len(line.split())
    return words >= 30 or (words >= 12 and (line.endswith(".") or ". " in line))


def _labelled_date(line: str) -> bool:
    return bool(
        re.match(r"^\s*(?:ngày\s+đăng|đăng\s+ngày|cập\s+nhật|ngày\s+cập\s+nhật)", line, re.I)
    )


def _starts_with_views(line: str) -> bool:
    return bool(re.match(r"^\s*(?:views?|lượt\s+xem|lượt\s+đọc|đã\s+xem)\b", line, re.IGNORECASE))


def _drop_banner(lines: list, raw_lines: list[str]) -> list:
    """Site banners: short lines above a phone or link line in the page header."""
    header = []
    for line in raw_lines[:12]:
        if _is_body_line(line.strip()):
            break
        header.append(line)
    contact = [
        i
        for i, line in enumerate(header)
        if furniture.is_widget(line.strip())
        and (furniture._PHONE.search(line) or furniture._URL.search(line))
    ]
    if not contact:
        return lines
    banner = {canon(line) for line in header[: contact[-1]] if 0 < len(line.split()) <= 8}
    return [line for line in lines if line is None or canon(line) not in banner or not line.strip()]


def _past_label(lines: list, items: list[int], first: int) -> int:
    """Where the headline is when a short section label (≤ 5 words) is printed above it.

    The date line (None in `lines`) tells them apart: label, date line, headline; or label,
    headline, date line. A unit's name in capitals above a headline in sentence case is a banner.
    """
    after = [lines[i] for i in items[items.index(first) + 1 : items.index(first) + 3]]
    if len(lines[first].split()) > 5 or not after:
        return first
    indexes = items[items.index(first) + 1 : items.index(first) + 3]
    headline = after[0] or ""
    banner = lines[first].isupper() and headline and not headline.isupper()
    if banner and _title_like(headline) and len(headline.split()) >= 6:
        return indexes[0]
    if len(after) < 2:
        return first
    if after[0] is None and after[1] is not None and _title_like(after[1]):
        return indexes[1]
    if after[0] is not None and after[1] is None and _title_like(after[0]):
        return indexes[0] if len(after[0].split()) >= 6 else first
    return first


def _find_title(lines: list) -> tuple[str | None, list]:
    """(headline, body lines): the first content line when it reads as a headline.

    A short line printed above the date line, itself above a headline, is a section label; one-
    or two-word lines at the very top are menu items.
    """
    items = [i for i, line in enumerate(lines) if line is None or line.strip()]
    content = [i for i in items if lines[i] is not None]
    while len(content) > 1 and len(lines[content[0]].split()) <= 2 and content[0] < 6:
        items.remove(content.pop(0))
    if not content or not _title_like(lines[content[0]]):
        return None, lines
    first = _past_label(lines, items, content[0])
    title = lines[first].strip()
    following = [i for i in content if i > first]
    if title.endswith(":") and following and _title_like(lines[following[0]]):
        title = f"{title} {lines[following[0]].strip()}"  # overline + main line
    key = canon(title)
    body = [
        line
        for i, line in enumerate(lines)
        if i >= first and (i == first or line is None or canon(line) != key)
    ]
    return title, body


def read_legacy_page(raw: str) -> dict:
    """{"title", "published", "views", "year_hint", "body"} of text scraped from a legacy page."""
    lines = nfc(raw).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[0].startswith("# source:"):
        lines = lines[1:]
    published, year_hint, title = None, None, None
    store = furniture.STORE_DATE.match(lines[0]) if lines else None
    if store:
        year, month = int(store["y"]), int(store["m"])
        if 1 <= month <= 12:
            year_hint = (year, month)
        if store["d"]:
            try:
                published = date(year, month, int(store["d"]))
            except ValueError:
                published = None
        head, rest = _split_store_line(lines[0][store.end() :])
        lines = [head or "", rest, *lines[1:]] if head else [rest, *lines[1:]]
        title = head
    kept, line_date, views = _clean_lines(lines)
    kept = _drop_banner(kept, lines)
    published = published or line_date
    if title is None and not store:
        title, kept = _find_title(kept)
    if published and year_hint is None:
        year_hint = (published.year, published.month)
    return {
        "title": title,
        "published": published,
        "views": views,
        "year_hint": year_hint,
        "body": "\n".join(line for line in kept if line is not None),
    }


def read_input(path: str, raw: str) -> dict:
    if path.endswith((".md", ".markdown")):
        return read_markdown_article(raw)
    return read_legacy_page(raw)


__all__ = ["html_to_text", "read_input", "read_legacy_page", "read_markdown_article"]
