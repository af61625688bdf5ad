"""Makes builds fast: pages whose inputs did not change are kept, and reading and writing use two processes.

Each page's digest covers everything its template can read: the names the template and its
parts look up (bantin_incremental.reads), their values (articles by their metadata, body,
facts and what plugins attached; lists, settings), the URLs the theme's person_url and
document_url helpers give for the page's facts, and the build as a whole (plugin sources,
theme files, library versions, every setting). A page whose digest equals the one recorded
for its file — and whose file is still as the last build wrote it — is not rendered again.
Feeds likewise: a feed whose items (in full), address and title are unchanged is not written.

On a machine with two cores or more, articles are read in two processes when there are many
to read (readahead.py: the second reads and extracts from the end of the list), and pages are
written by two processes when most pages must be rendered (no record of a last build, or code,
theme or settings changed) (workers.py): each renders every other page. With
BANTIN_INCREMENTAL off, one process writes them all.

Settings read: BANTIN_INCREMENTAL (default True), BANTIN_PROCESSES (1 or 2; default 2 on a
machine with two or more cores), BANTIN_PARALLEL_READ_MIN (default 200: fewer articles to read
are read in one process), CACHE_PATH (where the record is kept), OUTPUT_PATH. Logs how many
pages were rendered and how many were reused; the Pelican object keeps the list of pages
rendered as `bantin_rendered_pages` (None when turned off), how many processes wrote them as
`bantin_render_processes` and how many articles the second reading process read as
`bantin_read_ahead`.
"""

import logging
import os

from pelican import signals

from bantin_incremental.attributes import CONTENT_LISTS, repack_attributes
from bantin_incremental.build import build_digest
from bantin_incremental.contentcache import lean_bodies
from bantin_incremental.fingerprint import Fingerprinter
from bantin_incremental.heap import release_free_heap
from bantin_incremental.manifest import Manifest
from bantin_incremental.readahead import ReadAhead
from bantin_incremental.template import IncrementalTemplate, PageRenderer
from bantin_incremental.workers import share_output
from bantin_integrity.writer import SourceNamingWriter

logger = logging.getLogger("bantin.incremental")

_renderer: PageRenderer | None = None
# Articles of this build read by the second reading process.
_read_ahead = 0


def fact_links(context: dict):
    """links(content): the pages the content's people and documents link to, as the theme prints them."""

    def links(content):
        facts = getattr(content, "facts", None)
        if not isinstance(facts, dict):
            return None
        person_url = context.get("bantin_person_url")
        document_url = context.get("bantin_document_url")
        people = [p.get("name") for p in facts.get("people") or [] if isinstance(p, dict)]
        documents = [d for d in facts.get("documents") or [] if isinstance(d, dict)]
        return (
            [person_url(name) for name in people] if person_url else None,
            [document_url(document) for document in documents] if document_url else None,
        )

    return links


def start(pelican_obj):
    global _renderer, _read_ahead
    _read_ahead = 0
    settings = pelican_obj.settings
    _renderer = SourceNamingWriter.feed_keeper = None
    if not settings.get("BANTIN_INCREMENTAL", True) or not settings.get("CACHE_PATH"):
        return
    _renderer = PageRenderer(
        Manifest(settings["CACHE_PATH"], settings["OUTPUT_PATH"]),
        lambda: build_digest(settings),
        None,
    )
    # Feeds are written by the writer, not through a template: it asks the renderer too.
    SourceNamingWriter.feed_keeper = _renderer


def use_incremental_templates(generator):
    if _renderer is None:
        return
    if _renderer.fingerprinter is None:
        # Every generator shares one context: the index lookups land there later.
        _renderer.fingerprinter = Fingerprinter(fact_links(generator.context))
    # Set before any template is loaded, so every page template is an IncrementalTemplate.
    generator.env.template_class = IncrementalTemplate
    generator.env.bantin_page_renderer = _renderer


def build_processes(settings) -> int:
    """How many processes the build may use: 1 or 2 (default 2 on a machine with two cores or more)."""
    default = 2 if (os.cpu_count() or 1) >= 2 else 1
    return min(max(int(settings.get("BANTIN_PROCESSES", default)), 1), 2)


def files_to_read(generator) -> list[str]:
    """The article files this build must read: not in Pelican's content cache, or changed since."""
    settings = generator.settings
    files = generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"])
    readers = generator.readers
    return [
        path
        for path in files
        if generator.get_cached_data(path, None) is None
        and readers.get_cached_data(os.path.abspath(os.path.join(generator.path, path))) is None
    ]


def read_in_two_processes(generator):
    if build_processes(generator.settings) < 2:
        return
    read_all = generator.generate_context

    def generate_context():
        paths = files_to_read(generator)
        # Under this many files a second process costs more than it saves.
        if len(paths) < generator.settings.get("BANTIN_PARALLEL_READ_MIN", 200):
            return read_all()
        global _read_ahead
        try:
            readahead = ReadAhead(generator, paths)
        except OSError as error:
            # No shared memory or semaphores here (some sandboxes): one process reads.
            logger.debug("bantin.incremental: đọc trong một tiến trình (%s)", error)
            return read_all()
        readahead.start()
        try:
            return read_all()
        finally:
            readahead.finish()
            _read_ahead += readahead.taken

    generator.generate_context = generate_context


def split_output(generators):
    # Every plugin has set its attributes by now (bantin_incremental comes last in PLUGINS).
    repack_attributes(generators)
    release_free_heap()
    if _renderer is None or not generators:
        return
    processes = build_processes(generators[0].settings)
    # A second process pays for itself when most pages are rendered; when most are reused it
    # would only repeat Pelican's own work on every page (and the feeds) for nothing.
    if processes > 1 and _renderer.renders_most_pages():
        share_output(generators, _renderer, processes)


def finish(pelican_obj):
    global _renderer
    pelican_obj.bantin_read_ahead = _read_ahead
    pelican_obj.bantin_rendered_pages = None
    SourceNamingWriter.feed_keeper = None
    if _renderer is None:
        return
    _renderer.manifest.save()
    pelican_obj.bantin_rendered_pages = list(_renderer.rendered)
    pelican_obj.bantin_render_processes = _renderer.share[1]
    logger.info(
        "bantin.incremental: dựng %d trang, giữ nguyên %d trang không đổi (%d trang luôn dựng)",
        len(_renderer.rendered),
        _renderer.reused,
        _renderer.unkeyed,
    )
    _renderer = None


def release_heap_after_reading(_generator):
    release_free_heap()


def lean_article_bodies(generator):
    # Pelican has saved its content cache by now (just before this signal).
    lean_bodies(generator, CONTENT_LISTS)
    # Reading is done: what it left free in the heap goes back before the indexes are made.
    release_free_heap()


def lean_page_bodies(generator):
    lean_bodies(generator, CONTENT_LISTS)


def register():
    signals.initialized.connect(start)
    signals.generator_init.connect(use_incremental_templates)
    signals.article_generator_init.connect(read_in_two_processes)
    # Every article is read: what reading left free goes back before Pelican pickles its
    # content cache, the moment the build holds most.
    signals.article_generator_pretaxonomy.connect(release_heap_after_reading)
    signals.article_generator_finalized.connect(lean_article_bodies)
    signals.page_generator_finalized.connect(lean_page_bodies)
    signals.all_generators_finalized.connect(split_output)
    signals.finalized.connect(finish)
