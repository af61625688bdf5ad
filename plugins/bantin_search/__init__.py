"""Full-text search with Pagefind: the search page and, after the build, the search index.

Settings read: PAGEFIND (default False: index the built site after Pelican finishes),
DEFAULT_LANG (the index language, "vi"), OUTPUT_PATH. Writes tim-kiem.html (theme template
search.html) always, and output/pagefind/ when PAGEFIND is on. Only elements marked
data-pagefind-body (the article body) are indexed; words with đ are also indexed with d.
"""

import logging
import time

from pelican import signals

from bantin_search.generator import SearchPageGenerator
from bantin_search.indexer import PagefindError, build_index

logger = logging.getLogger("bantin.search")


def get_generators(pelican_obj):
    return SearchPageGenerator


def index_site(pelican_obj):
    settings = pelican_obj.settings
    if not settings.get("PAGEFIND"):
        return
    started = time.perf_counter()
    try:
        count = build_index(settings["OUTPUT_PATH"], settings.get("DEFAULT_LANG") or "vi")
    except (PagefindError, OSError) as error:
        logger.error("bantin.search: Pagefind không lập được chỉ mục tìm kiếm: %s", error)
        return
    logger.info(
        "bantin.search: Pagefind lập chỉ mục %d trang trong %.1f giây",
        count,
        time.perf_counter() - started,
    )
    if count == 0:
        logger.warning(
            "bantin.search: không trang nào có %s; kiểm tra mẫu article.html",
            "data-pagefind-body",
        )


def register():
    signals.get_generators.connect(get_generators)
    # finalized: every page is written, so Pagefind sees the site readers will get.
    signals.finalized.connect(index_site)
