"""A legacy page's lines -> an imported article: metadata lifted out, furniture dropped and listed."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from bantin_editor import furniture
from bantin_extract import extract
from bantin_extract.page import read_legacy_page
from bantin_text import DateError, canon, collapse_space, parse_editor_datetime

PARAGRAPH, CAPTION, HEADING = "p", "caption", "heading"
# Only at the end of a page: the same words inside an article may be a caption.
_TAIL_ONLY = ("khung ảnh, video của trang", "mục tin khác")
_TITLE_WORDS = 15
_TIME = re.compile(r"(?<![\d/.-])(?P<h>\d{1,2})[:h](?P<m>\d{2})\b")
_BODY_WORDS = 20  # a line this long is article text: the page header is over


@dataclass
class Line:
    text: str
    kind: str = PARAGRAPH


@dataclass
class Imported:
    """What one legacy page becomes, and what the report says about it."""

    title: str | None = None
    published: datetime | None = None
    views: int | None = None
    source: str | None = None
    author: str | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    blocks: list[Line] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (line, reason)
    notes: list[str] = field(default_factory=list)  # what the editor must look at
    title_guessed: bool = False
    date_guessed: bool = False


def _drop(result: Imported, text: str, reason: str) -> None:
    result.dropped.append((collapse_space(text), reason))


def _as_datetime(day: date | None) -> datetime | None:
    return datetime(day.year, day.month, day.day) if day else None


def import_lines(
    lines: list[Line],
    page_text: str,
    *,
    title: str | None = None,
    published: datetime | None = None,
    category: str | None = None,
) -> Imported:
    """`lines` of the page in order; `page_text` is what the legacy-page reader reads."""
    page = read_legacy_page(page_text)
    result = Imported(
        title=title or page["title"],
        published=published or _as_datetime(page["published"]),
        views=page["views"],
        category=category,
    )
    lines = [line for line in lines if collapse_space(line.text)]
    result.title = result.title or _breadcrumb_headline(lines)
    title_key = canon(result.title)
    start = _headline_index(lines, title_key)
    _read_header(result, lines[:start] if start is not None else [], title_key)
    body = lines[start + 1 :] if start is not None else lines
    _read_body(result, body, title_key)
    _fill_gaps(result)
    return result


def _breadcrumb_headline(lines: list[Line]) -> str | None:
    """The line that repeats a breadcrumb's last step ("Trang chủ > Tin > <headline>")."""
    for index, line in enumerate(lines):
        if furniture.is_breadcrumb(collapse_space(line.text)):
            last = canon(furniture.breadcrumb_parts(line.text)[-1])
            for later in lines[index + 1 : index + 6]:
                if canon(later.text) == last:
                    return collapse_space(later.text)
    return None


def _headline_index(lines: list[Line], title_key: str) -> int | None:
    """The last time the headline is printed before the article text starts (portals repeat it)."""
    found = None
    for index, line in enumerate(lines):
        if title_key and canon(line.text) == title_key:
            found = index
        elif len(line.text.split()) >= _BODY_WORDS and found is not None:
            break
    return found


def _read_header(result: Imported, header: list[Line], title_key: str) -> None:
    """Everything above the headline is the portal's: banner, breadcrumb, section label, date."""
    for line in header:
        text = collapse_space(line.text)
        reason = "tiêu đề lặp lại" if canon(text) == title_key else furniture.classify(text)
        if reason and "breadcrumb" in reason:
            parts = furniture.breadcrumb_parts(text)
            if len(parts) >= 3 and result.category is None:
                result.category = parts[-2]
        elif reason is None and furniture.is_date_line(text):
            reason = "dòng ngày đăng (đưa vào Date)"
            _take_date(result, text)
        elif reason is None and furniture.is_number_line(text) and result.views is None:
            result.views = _number(text)
            reason = "bộ đếm lượt xem (số đưa vào Views)"
        elif (
            reason is None
            and len(text.split()) <= 5
            and text != text.upper()
            and result.category is None
        ):
            result.category = text
            reason = "tên chuyên mục (đưa vào Category)"
        _drop(result, text, reason or "đầu trang (tên cổng, banner)")


def _read_body(result: Imported, body: list[Line], title_key: str) -> None:
    kept: list[Line] = []
    after_date = False
    for line in body:
        text = collapse_space(line.text)
        reason = furniture.classify(text)
        if canon(text) == title_key:
            reason = "tiêu đề lặp lại"
        elif reason is None and furniture.is_date_line(text) and not kept:
            reason, after_date = "dòng ngày đăng (đưa vào Date)", True
            _take_date(result, text)
        elif reason is None and after_date and not kept and furniture.is_number_line(text):
            reason = "bộ đếm lượt xem (số đưa vào Views)"
            result.views = result.views if result.views is not None else _number(text)
        elif reason is None and furniture.source_of(text):
            result.source = furniture.source_of(text)
            reason = "dòng nguồn (đưa vào Source)"
        elif reason is None and furniture.tags_of(text):
            result.tags = furniture.tags_of(text)
            reason = "từ khóa (đưa vào Tags)"
        if reason in _TAIL_ONLY:
            kept.append(Line(text, line.kind))  # decided below, once the tail is known
            continue
        if reason:
            _drop(result, text, reason)
        else:
            kept.append(Line(text, line.kind))
    _trim_tail(result, kept)
    result.blocks = kept


def _number(text: str) -> int:
    return int("".join(ch for ch in text if ch.isdigit()))


def _take_date(result: Imported, text: str) -> None:
    # The legacy-page reader decides ambiguous forms ("18-09-26"); a plain day-first or ISO
    # date it did not report is read with the same rules as an editor's Date.
    time = _TIME.search(text)
    if (
        result.published is not None
        and time
        and (result.published.hour, result.published.minute) == (0, 0)
    ):
        # The reader gives the day; the line also says the time ("18-09-26 02:36:33").
        hour, minute = int(time["h"]), int(time["m"])
        if hour < 24 and minute < 60:
            result.published = result.published.replace(hour=hour, minute=minute)
    if result.published is None:
        try:
            result.published = parse_editor_datetime(text)
        except DateError:
            result.notes.append(
                f"dòng ngày '{text}' không đọc được chắc chắn: hãy ghi Date bằng tay"
            )


def _trim_tail(result: Imported, kept: list[Line]) -> None:
    """Widgets under the article ("Hình ảnh hoạt động...", "Tin khác") and the signature."""
    while kept and furniture.classify(kept[-1].text) in _TAIL_ONLY:
        line = kept.pop()
        _drop(result, line.text, furniture.classify(line.text))
    if kept and kept[-1].kind == PARAGRAPH:
        author = furniture.byline_of(kept[-1].text, is_last=True)
        if author:
            result.author = author
            _drop(result, kept.pop().text, "chữ ký tác giả (đưa vào Author)")


def _fill_gaps(result: Imported) -> None:
    # Menu words left at the top ("Trang chủ") are no headline: take the first real sentence.
    paragraphs = [b.text for b in result.blocks if b.kind == PARAGRAPH and len(b.text.split()) >= 4]
    if not result.title and paragraphs:
        words = paragraphs[0].split(".")[0].split()
        result.title = " ".join(words[:_TITLE_WORDS]) + ("…" if len(words) > _TITLE_WORDS else "")
        result.title_guessed = True
        result.notes.append(
            "trang không có tiêu đề riêng: đã lấy câu đầu bài làm tiêu đề tạm, hãy sửa Title"
        )
    if result.published is None and paragraphs:
        # No publication date shown: the date the lead paragraph reports ("Sáng ngày 05/3/2024").
        lead = paragraphs[1:3] if result.title_guessed else paragraphs[:2]
        dates = extract("\n".join(lead))["event_dates"]
        if dates:
            result.published = _as_datetime(date.fromisoformat(dates[0]))
            result.notes.append(
                f"trang không ghi ngày đăng: đã lấy ngày {result.published:%d/%m/%Y} nêu ở đầu bài"
            )
    if result.published is None:
        result.date_guessed = True
        result.notes.append("không tìm thấy ngày đăng: đã tạm ghi ngày nhập bài, hãy sửa Date")
