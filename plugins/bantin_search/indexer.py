"""Runs Pagefind over the built site's article pages (through its Python API, in one service)."""

import asyncio
import os
import shutil
from concurrent.futures import ThreadPoolExecutor

from pagefind.index import PagefindIndex

from bantin_search.fold import BODY_ATTRIBUTE, with_folded_words

BUNDLE = "pagefind"


def indexable_pages(output_path: str):
    """(relative path, HTML) of every built page that marks a body for Pagefind."""
    for folder, subfolders, files in os.walk(output_path):
        subfolders[:] = sorted(d for d in subfolders if d != BUNDLE)
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as handle:
                html = handle.read()
            if BODY_ATTRIBUTE in html:
                yield os.path.relpath(path, output_path).replace(os.sep, "/"), html


async def _index(output_path: str, language: str) -> int:
    bundle = os.path.join(output_path, BUNDLE)
    # A fresh bundle each build: fragments of deleted articles must not linger.
    shutil.rmtree(bundle, ignore_errors=True)
    count = 0
    config = {"force_language": language, "output_path": bundle}
    async with PagefindIndex(config=config) as index:
        for relative, html in indexable_pages(output_path):
            await index.add_html_file(content=with_folded_words(html), url="/" + relative)
            count += 1
    return count


def build_index(output_path: str, language: str = "vi") -> int:
    """Write output/pagefind/ (index and UI assets); returns the number of pages indexed."""
    # Pagefind's API is async, and the build may run where an event loop is already running
    # (Playwright's sync API in the same test process, an editor's tool): asyncio.run refuses
    # to nest, so the indexing gets a thread and an event loop of its own.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pagefind") as pool:
        return pool.submit(asyncio.run, _index(output_path, language)).result()
