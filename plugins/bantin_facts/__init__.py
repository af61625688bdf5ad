"""Attaches extracted facts (people, dates, figures, documents) to every article and page.

Settings read: CACHE_PATH; BANTIN_FACTS_CACHE (default True: facts cached on disk by a hash of
the text and the extractor version, independent of Pelican's own content cache).
Sets on each article and page (plain, picklable data):
  facts            the facts dict of the evaluation kit's SCHEMA.md, with Facts_* corrections
  facts_attending  facts["people"] without bylines and historical mentions
"""

import logging

from pelican import signals
from pelican.contents import Article, Page

from bantin_extract import EXTRACTOR_VERSION, extract
from bantin_extract.documents import find_documents
from bantin_extract.figures import find_figures
from bantin_extract.page import html_to_text
from bantin_facts.cache import FactsCache, text_key
from bantin_facts.overrides import OverrideError, apply_overrides
from bantin_integrity.reader import where

logger = logging.getLogger("bantin.facts")

_cache: FactsCache | None = None


def open_cache(pelican_obj):
    global _cache
    settings = pelican_obj.settings
    _cache = FactsCache(
        settings.get("CACHE_PATH") if settings.get("BANTIN_FACTS_CACHE", True) else None,
        # Articles from Pelican's content cache skip extraction: keep their entries too.
        keep_unused=bool(settings.get("LOAD_CONTENT_CACHE")),
    )


def article_text(content) -> str:
    """What the extractor reads: headline, cover caption and body, as plain text."""
    parts = [content.metadata.get("title", "")]
    if content.metadata.get("image_caption"):
        parts.append(content.metadata["image_caption"])
    parts.append(html_to_text(content._content or ""))
    return "\n".join(parts)


def attach_facts(content):
    # Static files (images) pass through content_object_init too: only text has facts.
    if not isinstance(content, (Article, Page)):
        return
    global _cache
    if _cache is None:
        _cache = FactsCache(None)
    text = article_text(content)
    date = getattr(content, "date", None)
    published = date.date() if date else None
    views = content.metadata.get("views")
    key = text_key(EXTRACTOR_VERSION, text, str(published), str(views))
    facts = _cache.get_or_compute(
        key,
        lambda: extract(
            text, title=content.metadata.get("title"), published=published, views=views
        ),
    )
    try:
        facts = apply_overrides(
            facts, content.metadata, find_figures=find_figures, find_documents=find_documents
        )
    except OverrideError as error:
        field = str(error).split(":", 1)[0].lower()
        logger.error("%s: %s", where(content.source_path, field), error)
    content.facts = facts
    content.facts_version = EXTRACTOR_VERSION
    content.facts_attending = [p for p in facts.get("people", []) if not p.get("incidental")]


def refresh_stale(generator):
    # With Pelican's content cache on, articles come back unpickled without passing through
    # content_object_init: their facts are only as new as the extractor that made them.
    for name in ("articles", "drafts", "pages", "hidden_pages", "draft_pages", "translations"):
        for content in getattr(generator, name, None) or []:
            if getattr(content, "facts_version", None) != EXTRACTOR_VERSION:
                attach_facts(content)


def hand_over_facts() -> list[tuple[str, dict]]:
    """In a second reading process: the (key, facts) it extracted since the last call."""
    return _cache.hand_over() if _cache is not None else []


def take_facts(entries: list[tuple[str, dict]]) -> None:
    """In the build's process: facts a second reading process extracted, used as if made here."""
    if _cache is not None:
        _cache.take(entries)


def save_cache(pelican_obj):
    global _cache
    if _cache is not None:
        logger.info(
            "bantin.facts: trích xuất %d bài, dùng lại %d bài từ bộ nhớ đệm",
            _cache.extracted,
            _cache.reused,
        )
        _cache.save()
    _cache = None


def register():
    signals.initialized.connect(open_cache)
    # content_object_init sees each article once, right after reading; `_content` is the
    # rendered body before any link rewriting, which is all the extractor needs.
    signals.content_object_init.connect(attach_facts)
    signals.article_generator_finalized.connect(refresh_stale)
    signals.page_generator_finalized.connect(refresh_stale)
    signals.finalized.connect(save_cache)
