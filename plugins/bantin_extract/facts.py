"""Runs every finder over one article's text and assembles the facts dict of SCHEMA.md."""

from datetime import date

from bantin_extract.dates import date_mentions, find_dates
from bantin_extract.documents import document_spans, find_documents
from bantin_extract.figures import find_figures
from bantin_extract.people import find_people
from bantin_extract.text import prepare

# Bump when any rule changes: cached facts keyed by an older version are re-extracted.
EXTRACTOR_VERSION = "0.7.0"


def extract(
    body: str,
    *,
    title: str | None = None,
    published: date | None = None,
    views: int | None = None,
    year_hint: tuple[int, int] | None = None,
) -> dict:
    """Facts of one article. `body` is plain text (headline and captions included).

    `year_hint` is (year, month) of a page date line that gives no day (" date 2021-11"); it only
    helps to resolve day-month dates, as `published` does.
    """
    text = prepare(body)
    mentions = date_mentions(text)
    documents = find_documents(text, mentions)
    event_dates, partial_dates = find_dates(
        text, published=published, documents=documents, year_hint=year_hint, mentions=mentions
    )
    return {
        "title": " ".join(title.split()) or None if isinstance(title, str) else None,
        "published": published.isoformat() if isinstance(published, date) else None,
        "views": views
        if isinstance(views, int) and not isinstance(views, bool) and views >= 0
        else None,
        "event_dates": event_dates,
        "partial_dates": partial_dates,
        "people": find_people(text),
        "figures": find_figures(text, blocked=document_spans(documents), mentions=mentions),
        "documents": [doc.as_dict() for doc in documents],
    }
