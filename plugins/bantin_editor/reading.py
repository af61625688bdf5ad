"""Reads content files exactly as the build does (Pelican's readers, bantin's reader and facts), collecting what it logs."""

import logging
import re
from dataclasses import replace
from pathlib import Path

from pelican.contents import Article, Page
from pelican.readers import Readers

from bantin_editor.problems import ERROR, WARNING, Problem, from_log_message
from bantin_integrity import report_missing_fields
from bantin_integrity.reader import BantinReader, field_line

_FIELD_NAMED = re.compile(r"trường '(\w+):'|dòng '(\w+):")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mkd", ".mdown")
_WATCHED = ("pelican", "bantin", "yaml_metadata")


def shown_path(site, path: Path) -> str:
    """The path as an editor knows it: from the site's folder, else as given."""
    resolved = path.resolve()
    for base in (site.root, Path.cwd()):
        if resolved.is_relative_to(base):
            return str(resolved.relative_to(base))
    return str(path)


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        if record.name.startswith(_WATCHED) or "yaml_metadata" in record.name:
            self.records.append(record)


def _locate(problem: Problem, path: Path) -> Problem:
    """A message naming a field ("thiếu trường 'Title:'") points at that field, or the header."""
    named = _FIELD_NAMED.search(problem.message)
    if problem.line is not None or not named:
        return problem
    return replace(problem, line=field_line(str(path), named[1] or named[2]) or 1)


def content_files(paths: list[Path]) -> list[Path]:
    """Markdown files named or found under the folders named, in a stable order."""
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.suffix in MARKDOWN_SUFFIXES and p.is_file()
            )
        else:
            found.append(path)
    return found


def is_page(site, path: Path) -> bool:
    try:
        relative = path.resolve().relative_to(site.content)
    except ValueError:
        return False
    return any(
        page_path and (relative.parts[: len(Path(page_path).parts)] == Path(page_path).parts)
        for page_path in site.settings.get("PAGE_PATHS", [])
    )


class ContentReader:
    """Pelican's reading of one file at a time, with bantin's reader, facts and no writing."""

    def __init__(self, site):
        self.site = site
        self.readers = Readers(site.settings)
        # Readers made its reader objects already: replace those, not only the classes.
        bantin_reader = BantinReader(site.settings)
        for extension in BantinReader.file_extensions:
            self.readers.reader_classes[extension] = BantinReader
            self.readers.readers[extension] = bantin_reader
        self.context = {"generated_content": {}, "static_content": {}, "localsiteurl": ""}

    def read(self, path: Path, with_facts: bool = False):
        """(content object or None, [Problem]) for one file; `content.facts` when asked."""
        shown = shown_path(self.site, path)
        collector = _Collector()
        root = logging.getLogger()
        root.addHandler(collector)
        content, problems = None, []
        try:
            content = self.readers.read_file(
                base_path=str(self.site.content),
                path=str(path.resolve()),
                content_class=Page if is_page(self.site, path) else Article,
                context=self.context,
            )
        except (
            Exception
        ) as error:  # every reader failure becomes a located message, not a traceback
            if not any(r.levelno >= logging.ERROR for r in collector.records):
                problems.append(from_log_message(shown, ERROR, str(error) or type(error).__name__))
        try:
            if content is not None:
                report_missing_fields(content)  # the build's own rule: Title, Date, a usable slug
            if with_facts and content is not None:
                from bantin_facts import attach_facts  # imports the extractor: only when needed

                attach_facts(content)
        except Exception as error:  # a crash of the extractor is a bug to report, not the editor's
            problems.append(
                Problem(
                    shown,
                    None,
                    ERROR,
                    f"bộ trích xuất dữ kiện gặp lỗi ({type(error).__name__}: "
                    f"{error}); bản dựng cũng sẽ lỗi, hãy báo cho người bảo trì",
                )
            )
        finally:
            root.removeHandler(collector)
        for record in collector.records:
            level = ERROR if record.levelno >= logging.ERROR else WARNING
            message = record.getMessage().replace(str(path.resolve()), shown)
            problem = from_log_message(shown, level, message)
            problems.append(_locate(problem, path))
        return content, problems
