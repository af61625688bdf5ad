"""Text scraped from a legacy page (one block per line) -> an imported article."""

from bantin_editor.legacy_page import Imported, Line, import_lines
from bantin_text import nfc


def import_text(raw: str) -> Imported:
    text = nfc(raw).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[0].startswith("# source:"):  # the scraper's own note, not the page's
        lines = lines[1:]
    return import_lines([Line(line) for line in lines], "\n".join(lines))
