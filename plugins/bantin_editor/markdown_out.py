"""An imported article as Markdown: paragraphs escaped so legacy text never turns into markup."""

import re

from bantin_editor.legacy_page import CAPTION, HEADING, Imported

# At the start of a paragraph these would make a heading, quote, list or rule.
_BLOCK_START = re.compile(r"^(\s*)([#>+*-]|\d+[.)](?=\s))")
_INLINE = re.compile(r"([\\`*_\[\]])")


def escape(text: str) -> str:
    """Plain text that renders as itself: no emphasis, links, lists or raw HTML."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _INLINE.sub(r"\\\1", text)
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def render_body(article: Imported) -> str:
    blocks = []
    for block in article.blocks:
        text = escape(block.text)
        if block.kind == CAPTION:
            blocks.append(f"*{text}*")
        elif block.kind == HEADING:
            blocks.append(f"## {text}")
        else:
            blocks.append(text)
    return "\n\n".join(blocks)
