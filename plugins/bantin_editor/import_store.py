"""Where an imported page goes, so importing it again never duplicates it nor overwrites an editor's changes."""

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

MARKER = "bantin-import"
# "# bantin-import: nguon=<file> ma=<hash of the page> ban=<hash of what was written>"
_MARKER_LINE = re.compile(
    rf"^# {MARKER}: nguon=(?P<source>\S+) ma=(?P<page>[0-9a-f]+) ban=(?P<written>[0-9a-f]+)\n", re.M
)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def without_marker(text: str) -> str:
    return _MARKER_LINE.sub("", text, count=1)


def with_marker(text: str, source: str, page_hash: str) -> str:
    """`text` (front matter first) with the marker as the first comment of the front matter."""
    marker = f"# {MARKER}: nguon={source.replace(' ', '%20')} ma={page_hash} ban={digest(text)}\n"
    return text.replace("---\n", "---\n" + marker, 1)


@dataclass
class Existing:
    path: Path
    page_hash: str | None  # None: written by hand, not by the importer
    edited: bool


def read_existing(path: Path) -> Existing:
    text = path.read_text(encoding="utf-8", errors="replace")
    match = _MARKER_LINE.search(text)
    if not match:
        return Existing(path, None, True)
    return Existing(path, match["page"], digest(without_marker(text)) != match["written"])


class ImportStore:
    """The articles already in the target folder, by page hash and by file name."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.by_page: dict[str, Path] = {}
        for path in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
            existing = read_existing(path)
            if existing.page_hash:
                self.by_page.setdefault(existing.page_hash, path)

    def place(self, page_hash: str, filename: str) -> tuple[Path, Existing | None]:
        """(target path, what is there now): the same page keeps its file even if renamed."""
        if page_hash in self.by_page:
            path = self.by_page[page_hash]
            return path, read_existing(path)
        path = self.folder / filename
        return path, read_existing(path) if path.exists() else None

    def remember(self, page_hash: str, path: Path) -> None:
        self.by_page[page_hash] = path
