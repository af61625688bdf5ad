"""Documents index: every official document the articles cite, with the articles citing it."""

import re
from collections import Counter
from typing import NamedTuple

from bantin_indexes.collation import sort_key
from bantin_indexes.entries import Citation, Entry, newest_first, unique_slugs
from bantin_indexes.keys import clean, key

# "308-CV/TU" names one document; a bare "01" is reused every year, so its year joins the key.
_QUALIFIED_NUMBER = re.compile(r"[-/]")


def citation_key(doc: dict) -> tuple | None:
    """The key of a document as an article's facts cite it (see document_key)."""
    number = clean(str(doc["number"])) if doc.get("number") else None
    return document_key(clean(doc.get("kind")), number, doc.get("date") or None)


def document_key(kind: str | None, number: str | None, date: str | None) -> tuple | None:
    """Identity of a cited document, or None when nothing identifies it (no number, no date)."""
    kind_key, number_key = key(kind), key(number)
    if number_key:
        qualified = _QUALIFIED_NUMBER.search(number or "")
        return ("số", kind_key, number_key, "" if qualified else (date or "")[:4])
    if date:
        return ("ngày", kind_key, date)
    return None


class _Record(NamedTuple):
    """One document while articles are read: kinds and dates as cited, most common chosen last.

    Lists, not Counters: most documents are cited once, and at N = 10,000 a record of two
    Counters in a dict (about 700 bytes) for each of some 20,000 documents was the largest
    short-lived load of the build before its pages are written.
    """

    number: str | None
    kinds: list
    dates: list
    citations: list


class Document(NamedTuple):
    """One cited document, as the index lists it and its page shows it.

    A tuple, not a dict: a site cites tens of thousands of documents (some 20,000 at
    N = 10,000), and a seven-key dict costs three times the memory. Templates read the same
    names (`document.kind`).
    """

    key: str
    kind: str
    number: str | None
    date: str | None
    citations: list
    slug: str
    url: str | None


def _most_common(values: list):
    """The value cited most often; ties go to the first one met."""
    return Counter(values).most_common(1)[0][0]


class DocumentsIndex:
    """Collects cited documents article by article; result() gives them grouped by kind."""

    def __init__(self):
        self._docs: dict[tuple, _Record] = {}
        self.unidentified = 0

    def add(self, entry: Entry) -> None:
        seen = set()
        # One citation per article, shared by every document it cites (the same four values).
        citation = None
        for doc in entry.facts.get("documents") or ():
            kind = clean(doc.get("kind"))
            number = clean(str(doc["number"])) if doc.get("number") else None
            date = doc.get("date") or None
            doc_key = citation_key(doc)
            if doc_key is None:
                self.unidentified += 1
                continue
            if doc_key in seen:
                continue
            seen.add(doc_key)
            record = self._docs.get(doc_key)
            if record is None:
                record = self._docs[doc_key] = _Record(number, [], [], [])
            record.kinds.append(kind or "Văn bản")
            if date:
                record.dates.append(date)
            if citation is None:
                citation = Citation(entry.ref, entry.url, entry.title, entry.date)
            record.citations.append(citation)

    def result(self, slugify, address=None) -> list[Document]:
        """Documents sorted by kind, then newest first; citations newest first.

        slugify(document as a dict) gives its slug; address(slug) its page's URL.
        """
        found = [
            {
                "key": "|".join(doc_key),
                "kind": _most_common(record.kinds),
                "number": record.number,
                "date": _most_common(record.dates) if record.dates else None,
                "citations": newest_first(record.citations),
            }
            for doc_key, record in self._docs.items()
        ]
        slugs = unique_slugs(found, slugify, lambda d: d["key"])
        docs = []
        for doc in found:
            slug = slugs[doc["key"]]
            docs.append(Document(**doc, slug=slug, url=address(slug) if address else None))
        # Newest first inside a kind: sort by date descending, then stably by kind.
        docs.sort(key=lambda d: (d.date or "", sort_key(d.number)), reverse=True)
        docs.sort(key=lambda d: sort_key(d.kind))
        return docs


def group_by_kind(docs: list[Document]) -> list[tuple[str, list[Document]]]:
    """[(kind, documents)] in the order result() gave, for the index page's sections."""
    groups: dict[str, list[Document]] = {}
    for doc in docs:
        groups.setdefault(doc.kind, []).append(doc)
    return list(groups.items())
