"""A Jinja template that hands back last build's page when everything it reads is unchanged."""

import hashlib
import logging

from jinja2 import Template
from pelican.paginator import Page, Paginator

from bantin_incremental.fingerprint import Fingerprinter, Unkeyable
from bantin_incremental.heap import PAGES_BETWEEN_RELEASES, release_free_heap
from bantin_incremental.manifest import Manifest
from bantin_incremental.reads import template_reads
from bantin_integrity.writer import WRITER_KEEPS_FILES, KeptPage

logger = logging.getLogger("bantin.incremental")

_MISSING = object()


class PageRenderer:
    """One build's decisions: which pages to render, which to take from the last build."""

    def __init__(self, manifest: Manifest, build_digest, fingerprinter: Fingerprinter):
        self.manifest = manifest
        # Called once, at the first page or when the output is split: plugins have finished
        # adding settings by then.
        self._build_digest_of = build_digest
        self._build_digest: bytes | None = None
        self.fingerprinter = fingerprinter
        self._reads: dict[str, tuple[str, ...] | None] = {}
        self.rendered: list[str] = []
        self.reused = 0
        self.unkeyed = 0
        # (this process, processes): with two, each renders every other page (workers.py).
        self.share = (0, 1)
        self._pages_met = 0
        self._feeds_met = 0
        self._rendered_since_release = 0

    def render(self, template: Template, context: dict, render) -> str:
        name = context.get("output_file")
        if name and not self._my_turn("_pages_met"):
            # The other process renders and records this page; the writer leaves it alone.
            return KeptPage("")
        reads = self._reads_of(template)
        digest = None
        if name and reads is not None:
            try:
                digest = self._page_digest(template, reads, context)
            except Unkeyable as error:
                logger.debug("bantin.incremental: %s: luôn dựng lại (%s)", name, error)
        if digest is None:
            self.unkeyed += 1
            if name:
                self.rendered.append(name)
            return self._render(render, context)
        # bantin_integrity's writer leaves a kept file alone: no need to read it back. Any other
        # writer writes what it is given, so it gets the file's own text.
        keeps_files = bool(context.get(WRITER_KEEPS_FILES))
        previous = self.manifest.unchanged_output(name, digest, read=not keeps_files)
        if previous is not None:
            self.reused += 1
            output = KeptPage(previous)
        else:
            self.rendered.append(name)
            logger.debug("bantin.incremental: %s: đầu vào đã đổi, dựng lại", name)
            output = self._render(render, context)
        self.manifest.record(name, digest)
        return output

    def _render(self, render, context: dict) -> str:
        self._rendered_since_release += 1
        if self._rendered_since_release >= PAGES_BETWEEN_RELEASES:
            # Each page's HTML and its parts leave the heap with holes the next pages do not
            # all reuse: given back now and then, the build's memory stays level.
            self._rendered_since_release = 0
            release_free_heap()
        return render(context)

    def keeps_feed(self, elements, context, path, url, feed_type, title) -> bool:
        """True when the feed's file already holds this feed (the writer then leaves it)."""
        if not self._my_turn("_feeds_met"):
            # Feeds take turns like pages: the other process writes and records this one.
            return True
        limit = context.get("FEED_MAX_ITEMS")
        # A feed prints its items in full (title, date, body), with the site's address.
        inputs = (
            path,
            url,
            feed_type,
            title,
            context.get("SITEURL"),
            context.get("FEED_DOMAIN"),
            [self.fingerprinter.digest(item, remember=False) for item in elements[:limit]],
        )
        try:
            hasher = hashlib.blake2b(self.build_digest(), digest_size=20)
            hasher.update(b"feed:" + self.fingerprinter.digest(inputs, remember=False))
        except Unkeyable:
            return False
        digest = hasher.digest()
        kept = self.manifest.unchanged_output(path, digest, read=False) is not None
        self.manifest.record(path, digest)
        return kept

    def _my_turn(self, counter: str) -> bool:
        """With two processes, every other page (or feed) is this one's; each meets them all in order."""
        if self.share[1] < 2:
            return True
        met = getattr(self, counter)
        setattr(self, counter, met + 1)
        return met % self.share[1] == self.share[0]

    def _reads_of(self, template: Template) -> tuple[str, ...] | None:
        # By name alone: every generator's environment loads the same theme in one build.
        key = template.name
        if key not in self._reads:
            reads = template_reads(template.environment, template.name)
            # Sorted once: the digest feeds the names in a fixed order.
            self._reads[key] = None if reads is None else tuple(sorted(reads))
        return self._reads[key]

    def build_digest(self) -> bytes:
        """The digest of code, theme and settings, worked out once plugins have set everything."""
        if self._build_digest is None:
            self._build_digest = self.manifest.build = self._build_digest_of()
        return self._build_digest

    def renders_most_pages(self) -> bool:
        """True when few pages can be reused: no record of a last build, or code, theme or settings changed."""
        return not self.manifest.previous or self.manifest.previous_build != self.build_digest()

    def _page_digest(self, template: Template, reads: tuple[str, ...], context: dict) -> bytes:
        hasher = hashlib.blake2b(self.build_digest(), digest_size=20)
        hasher.update(template.name.encode())
        globals_ = template.environment.globals
        for name in reads:
            value = context.get(name, _MISSING)
            if value is _MISSING:
                value = globals_.get(name, _MISSING)
            hasher.update(b"\x00" + name.encode() + b"=")
            if value is _MISSING:
                hasher.update(b"-")
                continue
            # Settings and lists are handed to many pages: each is digested once. A page's own
            # paginator page and strings are not kept, so the build does not hold them all.
            remember = not isinstance(value, (str, Page, Paginator))
            hasher.update(self.fingerprinter.digest(value, remember=remember))
        return hasher.digest()


class IncrementalTemplate(Template):
    """Renders through the build's PageRenderer when the environment has one."""

    def render(self, *args, **kwargs) -> str:
        renderer = getattr(self.environment, "bantin_page_renderer", None)
        context = dict(*args, **kwargs)
        if renderer is None:
            return super().render(context)
        return renderer.render(self, context, super().render)
