"""Renders only the pages whose inputs changed since the last build; the others are taken as written.

Each page's digest covers everything its template can read: the names the template and its
parts look up (bantin_incremental.reads), their values (articles by their metadata, body,
facts and what plugins attached; lists, settings), the URLs the theme's person_url and
document_url helpers give for the page's facts, and the build as a whole (plugin sources,
theme files, library versions, every setting). A page whose digest equals the one recorded
for its file — and whose file is still as the last build wrote it — is not rendered again.
Feeds likewise: a feed whose items (in full), address and title are unchanged is not written.

Pages are written by two processes when the machine has two cores or more and most pages must
be rendered (no record of a last build, or code, theme or settings changed) (workers.py): each
renders every other page. With BANTIN_INCREMENTAL off, one process writes them all. Settings read: BANTIN_INCREMENTAL (default True), BANTIN_RENDER_PROCESSES
(1 or 2; default 2 on a machine with two or more cores), CACHE_PATH (where the record is kept),
OUTPUT_PATH. Logs how many pages were rendered and how many were reused; the Pelican object
keeps the list of pages rendered as `bantin_rendered_pages` (None when turned off) and how
many processes wrote them as `bantin_render_processes`.
"""

import logging
import os

from pelican import signals

from bantin_incremental.build import build_digest
from bantin_incremental.fingerprint import Fingerprinter
from bantin_incremental.manifest import Manifest
from bantin_incremental.template import IncrementalTemplate, PageRenderer
from bantin_incremental.workers import share_output
from bantin_integrity.writer import SourceNamingWriter

logger = logging.getLogger("bantin.incremental")

_renderer: PageRenderer | None = None


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
    global _renderer
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


def split_output(generators):
    if _renderer is None or not generators:
        return
    settings = generators[0].settings
    default = 2 if (os.cpu_count() or 1) >= 2 else 1
    processes = min(max(int(settings.get("BANTIN_RENDER_PROCESSES", default)), 1), 2)
    # A second process pays for itself when most pages are rendered; when most are reused it
    # would only repeat Pelican's own work on every page (and the feeds) for nothing.
    if processes > 1 and _renderer.renders_most_pages():
        share_output(generators, _renderer, processes)


def finish(pelican_obj):
    global _renderer
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


def register():
    signals.initialized.connect(start)
    signals.generator_init.connect(use_incremental_templates)
    signals.all_generators_finalized.connect(split_output)
    signals.finalized.connect(finish)
