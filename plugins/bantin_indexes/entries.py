"""What the indexes read from one article: a plain record, so aggregation needs no Pelican."""

from datetime import datetime
from typing import Any, NamedTuple


class Citation(NamedTuple):
    """One article citing a document, as the document's page lists it."""

    article: Any
    url: str
    title: str
    date: datetime | None


class Entry(NamedTuple):
    """One article as the indexes see it; `ref` is handed back untouched (the article itself)."""

    ref: Any
    date: datetime | None  # pages (a unit's profile) may have none
    title: str
    unit: str | None
    category: str | None
    facts: dict
    is_page: bool = False
    url: str = ""  # read once here: Pelican computes article.url anew on every access


def unique_slugs(items, slug_of, key_of):
    """{key: slug} for items sorted by key, suffixing -2, -3 when two keys share a slug."""
    taken: set[str] = set()
    slugs = {}
    for item in sorted(items, key=key_of):
        base = slug_of(item) or "khong-ten"
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        slugs[key_of(item)] = slug
    return slugs


def newest_first(items: list) -> list:
    """Records with a `date` (citations, appearances), newest first; undated ones (pages) after."""
    dated = sorted((i for i in items if i.date is not None), key=lambda i: i.date, reverse=True)
    return dated + [i for i in items if i.date is None]
