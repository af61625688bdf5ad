"""What an article's fact sidebars show (figure notes, periods), worked out when its page reads them.

Kept for every article, the quoted sentences alone would cost more memory than the facts, and
working them out for pages that are not rendered again (bantin_incremental) is wasted time.
Each value's only state is its article, so a digest of the article sees it change exactly when
the title, body or facts do.
"""

from collections.abc import Mapping, Sequence

from bantin_theme.notes import figure_notes
from bantin_theme.periods import find_periods


class Shown:
    """A value of an article made on first read; only the newest one read of each kind is kept.

    A page reads its value several times (is there any? how many? the first five, the rest)
    and no other page reads it, so one remembered value per kind makes each once per page.
    Its own names start with "_": a template reading a key (`periods.term`) never meets them.
    """

    _latest: tuple[object, object] | None = None

    def __init__(self, content):
        self._article = content

    def _make(self, content):
        raise NotImplementedError

    def _value(self):
        latest = type(self)._latest
        if latest is None or latest[0] is not self:
            latest = type(self)._latest = (self, self._make(self._article))
        return latest[1]

    def __len__(self) -> int:
        return len(self._value())

    def __iter__(self):
        return iter(self._value())

    def __eq__(self, other) -> bool:
        other = other._value() if isinstance(other, Shown) else other
        # `other` first: reading it may replace this kind's remembered value.
        return self._value() == other

    __hash__ = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._value()!r})"


class FigureNotes(Shown, Sequence):
    """content.figure_notes: `notes.figure_notes(content)` as a list the templates read."""

    def _make(self, content) -> list[dict]:
        return figure_notes(content)

    def __getitem__(self, index):
        return self._value()[index]


class Periods(Shown, Mapping):
    """content.periods: {"school_year", "term"} named in the title or body, or set in the facts."""

    def _make(self, content) -> dict[str, str]:
        facts = getattr(content, "facts", None) or {}
        text = " ".join([content.metadata.get("title", ""), getattr(content, "_content", "") or ""])
        periods = find_periods(text)
        for key in ("school_year", "term"):
            if facts.get(key):
                periods[key] = facts[key]
        return periods

    def __getitem__(self, key):
        return self._value()[key]
