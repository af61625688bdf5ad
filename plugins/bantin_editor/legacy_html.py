"""A saved legacy HTML page -> an imported article: the portal's frame removed, the article's blocks kept."""

import re
from datetime import datetime

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from bantin_editor.legacy_page import CAPTION, HEADING, PARAGRAPH, Imported, Line, import_lines
from bantin_text import canon, collapse_space, nfc

_CODE = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "form",
    "button",
    "input",
    "select",
)
_FRAME_TAGS = ("nav", "header", "footer", "aside")
# class/id words of the portal's frame: menus, banners, sidebars, counters, share bars...
_FRAME_WORDS = re.compile(
    r"(?:^|[-_\s])(?:menu|nav|navbar|breadcrumbs?|banner|sidebar|side|footer|header|counter|"
    r"thong-?ke|visitors?|partners?|doi-?tac|logo|share|social|related|tin-?lien-?quan|"
    r"tin-?khac|comments?|binh-?luan|widget|advert|ads|qc|quang-?cao)(?:$|[-_\s\d])",
    re.I,
)
_BLOCKS = (
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "figcaption",
    "caption",
    "td",
    "dd",
    "dt",
    "pre",
)
_CONTAINERS = (
    "div",
    "section",
    "article",
    "main",
    "table",
    "tbody",
    "tr",
    "ul",
    "ol",
    "figure",
    "center",
    "body",
    "font",
    "span",
)
_BREAK = "\u2028"  # stands for <br> while the text is gathered
_CAPTION_CLASS = re.compile(r"caption|chu-?thich|image-?desc|img-?desc", re.I)
_HEADLINE_CLASS = re.compile(r"title|tieu-?de|headline|heading", re.I)
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")


def _frame_reason(tag: Tag) -> str | None:
    if tag.name in _FRAME_TAGS:
        return f"khung trang <{tag.name}>"
    words = " ".join([*(tag.get("class") or []), tag.get("id") or "", tag.get("role") or ""])
    match = _FRAME_WORDS.search(words)
    return f"khung trang ({match.group(0).strip(' -_')})" if match else None


def _title(soup: BeautifulSoup) -> str | None:
    for selector in ('meta[property="og:title"]', 'meta[name="title"]'):
        meta = soup.select_one(selector)
        if meta and meta.get("content", "").strip():
            return collapse_space(meta["content"])
    heading = soup.find("h1")
    if heading and heading.get_text(strip=True):
        return collapse_space(heading.get_text(" "))
    return None


def _title_from_head(soup: BeautifulSoup, lines: list[Line]) -> str | None:
    """The part of <title> ("Tiêu đề | Tên cổng", "Tin tức - Tên cổng") that the page prints."""
    if not (soup.title and soup.title.string):
        return None
    printed = {canon(line.text): line.text for line in lines}
    parts = [collapse_space(soup.title.string), *_TITLE_PARTS.split(soup.title.string)]
    return next(
        (
            printed[canon(part)]
            for part in parts
            if canon(part) in printed and len(part.split()) >= 3
        ),
        None,
    )


def _styled_headline(root: Tag, lines: list[Line]) -> str | None:
    """Old portals mark the headline by looks only: bold, a big font, a "title" class."""
    printed = {canon(line.text): line.text for line in lines}
    for tag in root.find_all(["b", "strong", "font", "span", "div", "td", "p"]):
        looks = tag.name in ("b", "strong") or _HEADLINE_CLASS.search(
            " ".join(tag.get("class") or [])
        )
        if tag.name == "font":
            looks = (
                str(tag.get("size", "")).lstrip("+").isdigit()
                and int(str(tag["size"]).lstrip("+")) >= 4
            )
        text = collapse_space(tag.get_text(" "))
        if (
            looks
            and 4 <= len(text.split()) <= 40
            and not text.endswith(".")
            and canon(text) in printed
        ):
            return printed[canon(text)]
    return None


def _published(soup: BeautifulSoup) -> datetime | None:
    candidates = [
        m.get("content")
        for m in soup.select(
            'meta[property="article:published_time"], meta[itemprop="datePublished"]'
        )
    ]
    candidates += [t.get("datetime") for t in soup.find_all("time")]
    for value in candidates:
        try:
            moment = datetime.fromisoformat((value or "").strip().replace("Z", "+00:00"))
        except ValueError:
            continue
        return moment.replace(tzinfo=None) if moment.tzinfo is None else moment
    return None


def _block_kind(tag: Tag) -> str:
    if tag.name in ("figcaption", "caption") or _CAPTION_CLASS.search(
        " ".join(tag.get("class") or [])
    ):
        return CAPTION
    if tag.name in ("h2", "h3", "h4", "h5", "h6"):
        return HEADING
    return PARAGRAPH


def _text(tag: Tag) -> list[str]:
    """The lines of one block: split where the page had <br>, source line breaks ignored."""
    return [collapse_space(part) for part in tag.get_text().split(_BREAK) if part.strip()]


def _lines(root: Tag) -> list[Line]:
    """Blocks in order, one line each (a block holding blocks is walked into); loose text too."""
    lines: list[Line] = []

    def walk(node: Tag) -> None:
        loose: list[str] = []
        for child in node.children:
            if isinstance(child, Comment | Doctype | Declaration | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                loose.append(str(child))
            elif not isinstance(child, Tag):
                continue
            elif child.name in (*_BLOCKS, *_CONTAINERS) and child.find((*_BLOCKS, "div")):
                flush(loose)
                walk(child)  # a table cell or list item holding paragraphs
            elif child.name in _BLOCKS or (
                child.name in _CONTAINERS and child.name not in ("span", "font")
            ):
                flush(loose)
                kind = _block_kind(child)
                lines.extend(Line(text, kind) for text in _text(child))
            else:
                loose.append(child.get_text())
        flush(loose)

    def flush(loose: list[str]) -> None:
        lines.extend(
            Line(collapse_space(part)) for part in "".join(loose).split(_BREAK) if part.strip()
        )
        loose.clear()

    for br in root.find_all("br"):
        br.replace_with(_BREAK)
    walk(root)
    return [line for line in lines if line.text]


def import_html(raw: str) -> Imported:
    soup = BeautifulSoup(nfc(raw), "html.parser")
    title, published = _title(soup), _published(soup)
    removed: list[tuple[str, str]] = []
    crumbs = soup.select_one('[class*="breadcrumb"], [id*="breadcrumb"]')
    category = None
    if crumbs:
        parts = [
            collapse_space(a.get_text(" "))
            for a in crumbs.find_all(["a", "li", "span"])
            if a.get_text(strip=True)
        ]
        parts = list(dict.fromkeys(parts))
        category = (
            parts[-1]
            if len(parts) >= 2 and parts[-1] != title
            else (parts[-2] if len(parts) >= 3 else None)
        )
    for tag in soup.find_all(_CODE):
        tag.decompose()
    for tag in soup.find_all(True):
        if getattr(tag, "decomposed", False):
            continue
        reason = _frame_reason(tag) if tag.name not in ("html", "body") else None
        if reason:
            text = collapse_space(tag.get_text(" "))
            if text:
                removed.append((text[:160], reason))
            tag.decompose()
    images = [img.get("src", "") for img in soup.find_all("img")]
    body = soup.body or soup
    lines = _lines(body)
    title = title or _title_from_head(soup, lines) or _styled_headline(body, lines)
    article = import_lines(
        lines,
        "\n".join(line.text for line in lines),
        title=title,
        published=published,
        category=category,
    )
    article.dropped = removed + article.dropped
    if images:
        article.notes.append(
            f"{len(images)} ảnh trong trang không được mang sang (chỉ giữ chú thích): "
            + ", ".join(src for src in images if src)[:300]
        )
    return article
