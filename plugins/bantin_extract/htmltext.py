"""Plain text of rendered article HTML: one line per block element, inline tags joined."""

import re
from html import unescape

# A tag with its attributes (quoted values may hold ">").
_TAG_BODY = r"""(?:"[^"]*"|'[^']*'|[^'">])*>"""
# The commonest tags first: the engine tries the names in this order at every "<", and the
# lookahead after the name lets only the whole tag name match, so the order changes nothing else.
_BLOCK = (
    "p|li|h[1-6]|div|td|tr|ul|ol|address|article|aside|blockquote|body|caption|dd|details"
    "|dl|dt|figcaption|figure|footer|form|header|hr|main|nav|pre|section|summary|table|tbody"
    "|tfoot|th|thead|title"
)
_BLOCK_TAG = re.compile(rf"<(?:/?(?:{_BLOCK})|br)(?![\w-]){_TAG_BODY}", re.IGNORECASE)
_ANY_TAG = re.compile(rf"<[A-Za-z/!?]{_TAG_BODY}")
# Comments, scripts and styles hold no article text.
_HIDDEN = re.compile(
    r"<!--.*?-->|<(script|style|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_PRE = re.compile(r"<pre\b.*?</pre\s*>", re.IGNORECASE | re.DOTALL)
# A run of white space that holds a line break or tab, from its first such character on: single
# spaces are left alone (replacing each is slow). Tabs, carriage returns and form feeds are made
# line breaks first, so the pattern opens on one literal character, which the engine finds many
# times faster than a class of characters.
_BREAKS = str.maketrans("\t\r\f", "\n\n\n")
_BREAK_RUN = re.compile(r"\n[ \n]*")


def html_to_text(html: str) -> str:
    """Plain text of rendered HTML, one block element per line (captions and headings kept).

    Only block elements break lines: "Đồng chí <strong>Triệu Minh Anh</strong>, Bí thư" stays one
    line, so a name is read with its honorific and role. Regular expressions rather than a parser:
    the site build runs this on every article.
    """
    html = _HIDDEN.sub(" ", html)
    if "<pre" in html or "<PRE" in html:
        html = _PRE.sub(lambda pre: pre.group(0).replace("\n", "<br>"), html)
    if "\t" in html or "\r" in html or "\f" in html:
        html = html.translate(_BREAKS)
    html = _BREAK_RUN.sub(" ", html)  # a line break inside a paragraph is a space
    html = _BLOCK_TAG.sub("\n", html)
    html = _ANY_TAG.sub("", html)
    return "\n".join(filter(None, map(str.strip, unescape(html).split("\n"))))
