"""Make "dang vien" find "đảng viên": Pagefind folds tone marks but keeps đ apart from d.

Before a page reaches Pagefind, the words of its indexed body that contain đ/Đ are added
again with d/D, in a hidden element inside that body. Only the indexed copy changes; the
page on disk and the words without đ (already found without marks) stay as they are.
"""

import re

BODY_ATTRIBUTE = "data-pagefind-body"
_OPEN_BODY = re.compile(r"<(\w+)\b[^>]*\s" + BODY_ATTRIBUTE + r"[\s=>/]")
_TAG = re.compile(r"<[^>]*>")
_D_WORD = re.compile(r"\w*[đĐ]\w*")
_FOLD = str.maketrans("đĐ", "dD")


def fold_d(text: str) -> str:
    """ "Đảng viên" -> "Dảng viên": the one letter Pagefind does not fold itself."""
    return text.translate(_FOLD)


def _body_span(html: str) -> tuple[int, int] | None:
    """(start, end) of the inner HTML of the first data-pagefind-body element, by tag counting."""
    opening = _OPEN_BODY.search(html)
    if not opening:
        return None
    name = opening.group(1)
    start = html.index(">", opening.start()) + 1
    tags = re.compile(rf"<(/?){name}\b[^>]*>", re.IGNORECASE)
    depth = 1
    for tag in tags.finditer(html, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return start, tag.start()
    return start, len(html)


def with_folded_words(html: str) -> str | None:
    """The page with its đ-words repeated as d-words inside the indexed body; None if no body."""
    span = _body_span(html)
    if span is None:
        return None
    start, end = span
    words = _D_WORD.findall(_TAG.sub(" ", html[start:end]))
    if not words:
        return html
    folded = " ".join(fold_d(word) for word in words)
    return f'{html[:end]}<div hidden data-bantin-folded="">{folded}</div>{html[end:]}'
