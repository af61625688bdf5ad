"""Plain text of rendered article HTML: one line per block element, inline tags joined."""

import re
from html import unescape

# A tag with its attributes (quoted values may hold ">").
_TAG_BODY = r"""(?:"[^"]*"|'[^']*'|[^'">])*>"""
_BLOCK = (
    "address|article|aside|blockquote|body|caption|dd|details|div|dl|dt|figcaption|figure|footer"
    "|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead"
    "|title|tr|ul"
)
_BLOCK_TAG = re.compile(rf"<(?:/?(?:{_BLOCK})|br)(?![\w-]){_TAG_BODY}", re.IGNORECASE)
_ANY_TAG = re.compile(rf"<[A-Za-z/!?]{_TAG_BODY}")
# Comments, scripts and styles hold no article text.
_HIDDEN = re.compile(
    r"<!--.*?-->|<(script|style|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_PRE = re.compile(r"<pre\b.*?</pre\s*>", re.IGNORECASE | re.DOTALL)
# Only runs holding a line break or tab: single spaces are left alone (replacing each is slow).
_SPACES = re.compile(r"[\t\r\n\f][ \t\r\n\f]*")


def html_to_text(html: str) -> str:
    """Plain text of rendered HTML, one block element per line (captions and headings kept).

    Only block elements break lines: "Đồng chí <strong>Triệu Minh Anh</strong>, Bí thư" stays one
    line, so a name is read with its honorific and role. Regular expressions rather than a parser:
    the site build runs this on every article.
    """
    html = _HIDDEN.sub(" ", html)
    if "<pre" in html or "<PRE" in html:
        html = _PRE.sub(lambda pre: pre.group(0).replace("\n", "<br>"), html)
    html = _SPACES.sub(" ", html)  # a line break inside a paragraph is a space
    html = _BLOCK_TAG.sub("\n", html)
    html = _ANY_TAG.sub("", html)
    return "\n".join(filter(None, (line.strip() for line in unescape(html).split("\n"))))
