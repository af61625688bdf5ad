"""Make "dang vien" find "đảng viên": Pagefind folds tone marks but keeps đ apart from d.

In the copy of a page that Pagefind reads, every word of the indexed body that contains đ/Đ
is followed by its twin spelt with d/D ("đảng dảng viên"). The pages readers get are not
changed, and the search page drops the twins from result excerpts (search.html).
"""

import re

BODY_ATTRIBUTE = "data-pagefind-body"
_OPEN_BODY = re.compile(r"<(\w+)\b[^>]*\s" + BODY_ATTRIBUTE + r"[\s=>/]")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
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


def _with_twins(text: str) -> str:
    return _D_WORD.sub(lambda word: f"{word.group(0)} {fold_d(word.group(0))}", text)


def with_folded_words(html: str) -> str | None:
    """The page with a d-twin after each đ-word of its indexed body; None if it has no body."""
    span = _body_span(html)
    if span is None:
        return None
    start, end = span
    # Odd pieces are tags (left alone: attributes and URLs are not words); even ones are text.
    pieces = _TAG_OR_TEXT.split(html[start:end])
    body = "".join(p if i % 2 else _with_twins(p) for i, p in enumerate(pieces))
    return html[:start] + body + html[end:]
