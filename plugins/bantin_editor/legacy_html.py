"""A saved legacy HTML page -> an imported article: the portal's frame removed, the article's blocks kept."""

import re
from datetime import datetime

from bs4 import BeautifulSoup, NavigableString, Tag

from bantin_editor.legacy_page import CAPTION, HEADING, PARAGRAPH, Imported, Line, import_lines
from bantin_text import collapse_space, nfc

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
_CAPTION_CLASS = re.compile(r"caption|chu-?thich|image-?desc|img-?desc", re.I)
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")


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
    if soup.title and soup.title.string:
        return _TITLE_SUFFIX.sub("", collapse_space(soup.title.string))  # "Tiêu đề | Tên cổng"
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


def _lines(root: Tag) -> list[Line]:
    """Block elements in order, one line each; text outside blocks (div soup) too."""
    lines: list[Line] = []

    def walk(node: Tag) -> None:
        loose: list[str] = []
        for child in node.children:
            if isinstance(child, NavigableString):
                loose.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            if child.name == "br":
                loose.append("\n")
            elif child.name in _BLOCKS or (
                child.name == "div" and _CAPTION_CLASS.search(" ".join(child.get("class") or []))
            ):
                flush(loose)
                for part in child.get_text("\n").split("\n\n"):
                    lines.append(Line(collapse_space(part), _block_kind(child)))
            elif child.name in _CONTAINERS and child.find((*_BLOCKS, "div", "br")):
                flush(loose)
                walk(child)
            else:
                loose.append(child.get_text(" "))
        flush(loose)

    def flush(loose: list[str]) -> None:
        for part in "".join(loose).split("\n"):
            if part.strip():
                lines.append(Line(collapse_space(part)))
        loose.clear()

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
