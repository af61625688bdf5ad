"""Finds official documents referred to by number or issue date (Quyết định số 77-QĐ/ĐU ngày …)."""

import bisect
import re
from dataclasses import dataclass, field

from bantin_extract.dates import date_mentions
from bantin_extract.dockinds import ABBREVIATIONS, KINDS
from bantin_extract.starts import word_starts


def _alternatives(phrases) -> str:
    """The phrases as one pattern factored by shared beginnings ("th(?:ông (?:báo|tư)|…)"): the
    engine reads each shared part once instead of trying every phrase in turn. A longer phrase
    is tried before one it extends, as the longest-first list it replaces did."""
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        options = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if "" in node:
            options.append("")
        return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"

    return pattern(tree)


_KIND = _alternatives(KINDS)
_ABBR = "|".join(ABBREVIATIONS)
# "308-CV/TU", "08- HD/BDVTU", "05 - CT/TW", "28-CT/TW/2019", "43/2019/NĐ-CP", "1234/QĐ-UBND".
# Codes are upper case; only the kind and the linking words are matched case-blind.
_CODE = r"[A-ZĐ][A-ZĐa-z0-9&]*"
_PART = rf"(?:(?:\s?-\s?|/)(?:{_CODE}|\d{{2,4}}))"
_NUMBER = rf"\d{{1,5}}[a-z]?{_PART}*"
_CODED_NUMBER = rf"\d{{1,5}}[a-z]?(?:/\d{{2,4}})?(?:\s?-\s?|/){_CODE}{_PART}*"
_END = r"(?![\w/-])"

DOC_RE = re.compile(
    rf"""
    (?=[NnCcKkQqHhTtBbLl])(?<!\w)
    (?:(?P<kind>(?i:{_KIND}))(?:\s+(?i:{_KIND})(?!\w))?|(?P<abbr>{_ABBR})(?=\s*(?:số|\d)))
    (?:
        \s+(?i:số)\s*:?\s*(?P<numbered>{_NUMBER}){_END}
      | \s*:?\s*(?P<coded>{_CODED_NUMBER}){_END}
      | \s+(?P<bare>\d{{1,5}})(?=\s+(?i:của)\s+[A-ZĐ])  # "Quy định 144 của Bộ Chính trị"
      | (?=\s*,?\s*(?i:ngày)\s+\d)
    )
    (?P<more>(?:\s*(?:,|và)\s*(?:số\s*:?\s*)?{_CODED_NUMBER}{_END})*)
    (?P<dated>\s*[,(]?\s*(?:(?i:của)(?:\s+(?!về\b|(?i:{_KIND}|và)(?!\w))[^\W\d_]+){{1,8}}\s+)?
        (?:ban\s+hành\s+)?(?:(?i:ngày)\s*)?(?=\d))?
    """,
    re.VERBOSE,
)
_MORE_RE = re.compile(_CODED_NUMBER)


def _references(text: str):
    """DOC_RE's matches, in order, without overlaps."""
    end = 0
    for start in word_starts(text)[0]:
        if start < end:
            continue
        match = DOC_RE.match(text, start)
        if match:
            end = match.end()
            yield match


# The issuing clause of the exception: "ngày 01/10/2021, Ban Thường vụ … đã ban hành Quyết định".
_ISSUING = re.compile(r"\b(?:ban\s+hành|ký|ra)\b[^.;\n]{0,40}$", re.IGNORECASE)
_SENTENCE_MARKS = ".;!?\n"
_LIST_JOIN = re.compile(r"\s*(?:,|và)\s*")


@dataclass
class Document:
    """One document: kind, number, date, and where it is written (every mention, its dates)."""

    kind: str
    number: str | None
    date: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    date_spans: list[tuple[int, int]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "number": self.number, "date": self.date}

    def key(self) -> str:
        number = (self.number or "").upper().replace(" ", "")
        if "-" in number or "/" in number:
            return number
        return f"{self.kind}:{number}" if number else f"{self.kind}@{self.date}"


class _Dates:
    """The full single dates of a text, looked up by where they start."""

    def __init__(self, mentions):
        self.full = [m for m in mentions if m.full and len(m.dates) == 1]
        self.starts = [m.start for m in self.full]
        self.by_start = {m.start: m for m in mentions}

    def issue_date(self, match: re.Match) -> tuple[str | None, tuple[int, int] | None]:
        """The date written right after the number(s), with its span.

        A day-month without a year there ("số 12-KH/ĐU ngày 5/3") gives no date, but its span is
        the document's all the same, so it is not listed as a partial date of an event.
        """
        mention = self.by_start.get(match.end("dated")) if match["dated"] is not None else None
        if mention is None or len(mention.dates) != 1:
            return None, None
        span = (mention.start, mention.end)
        return (mention.dates[0].isoformat() if mention.full else None), span

    def clause_date(self, text: str, start: int) -> str | None:
        """The date heading a clause whose subject issues this document (the exception rule)."""
        window = max(0, start - 300)
        # The last sentence end before the reference; rfind per mark beats a regex scan.
        last_end = max(text.rfind(mark, window, start) for mark in _SENTENCE_MARKS)
        sentence_start = last_end + 1 if last_end >= 0 else window
        first = bisect.bisect_left(self.starts, sentence_start)
        for mention in self.full[first : bisect.bisect_left(self.starts, start)]:
            if _ISSUING.search(text, mention.end, start):
                return mention.dates[0].isoformat()
        return None


def _earlier(found: list[Document], kind: str, number: str) -> Document | None:
    """The earlier "Chỉ thị số 05-CT/TW" that a later "Chỉ thị số 05" shortens, if any."""
    bare = number.replace(" ", "")
    for doc in found:
        full = (doc.number or "").replace(" ", "")
        if doc.kind == kind and full != bare and full.startswith(bare) and full[len(bare)] in "-/":
            return doc
    return None


def find_documents(text: str, mentions=None) -> list[Document]:
    """Every document identified by a number or issue date, once each, in order of first mention."""
    if mentions is None:
        mentions = date_mentions(text)
    dates = _Dates(mentions)
    found: list[Document] = []
    by_key: dict[str, Document] = {}
    # Undated documents of the list being read: "Hướng dẫn số 26-HD/ĐUK, Hướng dẫn số 27-HD/ĐUK
    # ngày 20/5/2024" dates both, as "số 26-HD/ĐUK, 27-HD/ĐUK ngày …" does.
    undated: list[Document] = []
    listed_to = -1
    for match in _references(text):
        kind = KINDS[match["kind"].lower()] if match["kind"] else ABBREVIATIONS[match["abbr"]]
        first = match["numbered"] or match["coded"] or match["bare"]
        numbers = ([first] if first else []) + _MORE_RE.findall(match["more"] or "")
        issued, span = dates.issue_date(match)
        if not numbers and not (issued and match["kind"] and match["kind"][0].isupper()):
            continue  # "thông báo ngày 5/3" is a verb; a dated-only reference needs a capital
        if not _LIST_JOIN.fullmatch(text, listed_to, match.start()):
            undated = []
        listed_to = match.end()
        if issued:
            for doc in undated:
                doc.date = doc.date or issued
            undated = []
        issued = issued or dates.clause_date(text, match.start())
        for number in numbers or [None]:
            shortened = (
                number and not any(c in number for c in "-/") and _earlier(found, kind, number)
            )
            doc = shortened or Document(kind, number, issued)
            doc = by_key.setdefault(doc.key(), doc)
            if not doc.spans:
                found.append(doc)
            doc.spans.append((match.start(), match.end()))
            doc.date = doc.date or issued
            if span:
                doc.date_spans.append(span)
            elif not doc.date:
                undated.append(doc)
    return found


def document_spans(documents: list[Document]) -> list[tuple[int, int]]:
    """Where the references are written, so figures never read a document number as a count."""
    return [span for doc in documents for span in (*doc.spans, *doc.date_spans)]
