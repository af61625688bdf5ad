"""Figure notes of an article (its figures with the sentence quoted), made when a page reads them."""

from collections.abc import Sequence
from html import escape as html_escape

from bantin_theme.sentences import plain_paragraphs, quote_in, sentence_splitter

# What partials/facts_figures.html shows of a figure; the rest of the extractor's dict is dropped.
_SHOWN_FIGURE_KEYS = ("value", "value_max", "total", "unit")


def figure_notes(content) -> list[dict]:
    """facts["figures"] of `content`, deduplicated, each with the sentence it came from (or None)."""
    facts = getattr(content, "facts", None) or {}
    figures = [figure for figure in facts.get("figures") or [] if isinstance(figure, dict)]
    notes, seen, paragraphs = [], set(), None
    split = sentence_splitter()
    for figure in figures:
        # The same quantity said twice ("86 học viên" in the lead and the body) is shown once.
        key = tuple(str(figure.get(k)) for k in _SHOWN_FIGURE_KEYS)
        if key in seen:
            continue
        seen.add(key)
        if paragraphs is None:
            # Parsed once per article, not per figure. The headline counts too: the extractor
            # reads it, so its figures may come from there.
            title = html_escape(content.metadata.get("title", ""))
            paragraphs = plain_paragraphs(
                f"<p>{title}</p>" + (getattr(content, "_content", "") or "")
            )
        note = {k: figure[k] for k in _SHOWN_FIGURE_KEYS if k in figure}
        note["quote"] = quote_in(str(figure.get("text") or ""), paragraphs, split=split)
        notes.append(note)
    return notes


# The notes of the page being rendered: a page reads them several times (empty? how many?
# the first five, the rest), and no other page reads them.
_latest: tuple[object, list[dict]] | None = None


class FigureNotes(Sequence):
    """`figure_notes(content)` as a list the templates read, made on first read, not kept.

    Quotes are sentences of the text: kept for every article they would cost more memory than
    the articles' facts. Only the newest one read is remembered, so a page reading its notes
    several times makes them once. Its only state is the content, so a digest of the article
    (bantin_incremental) sees the notes change exactly when the facts, title or body do.
    """

    def __init__(self, content):
        self.content = content

    def _notes(self) -> list[dict]:
        global _latest
        if _latest is None or _latest[0] is not self:
            _latest = (self, figure_notes(self.content))
        return _latest[1]

    def __len__(self) -> int:
        return len(self._notes())

    def __getitem__(self, index):
        return self._notes()[index]

    def __iter__(self):
        return iter(self._notes())

    def __eq__(self, other) -> bool:
        other = list(other) if isinstance(other, FigureNotes) else other
        return self._notes() == other

    __hash__ = None

    def __repr__(self) -> str:
        return f"FigureNotes({self._notes()!r})"
