"""Runs every finder over one article's text and assembles the facts dict of SCHEMA.md."""

from datetime import date

from bantin_extract.dates import find_dates
from bantin_extract.documents import find_documents
from bantin_extract.figures import find_figures
from bantin_extract.people import find_people
from bantin_extract.text import prepare

# Bump when any rule changes: cached facts keyed by an older version are re-extracted.
EXTRACTOR_VERSION = "0.1.0"


def extract(
    body: str,
    *,
    title: str | None = None,
    published: date | None = None,
    views: int | None = None,
) -> dict:
    """Facts of one article. `body` is plain text (headline and captions included)."""
    text = prepare(body)
    documents = find_documents(text)
    event_dates, partial_dates = find_dates(text, published=published, documents=documents)
    return {
        "title": title,
        "published": published.isoformat() if published else None,
        "views": views,
        "event_dates": event_dates,
        "partial_dates": partial_dates,
        "people": find_people(text),
        "figures": find_figures(text),
        "documents": [doc.as_dict() if hasattr(doc, "as_dict") else doc for doc in documents],
    }
