"""Figure notes of an article: its figures, each once, with the sentence it was read from."""

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
