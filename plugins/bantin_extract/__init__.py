"""Pure extraction of bulletin facts: text in, plain data out (no Pelican import).

`extract(body, title=..., published=..., views=...)` returns one facts dict in the shape of
the evaluation kit's SCHEMA.md: people, event_dates, figures, documents (+ partial_dates).

Modules: `text` (prepare, number starts), `starts` (kind and number-word starts), `dates`,
`documents` with `dockinds`, `figures` with `numbervalues`, `unitphrase` and `units` (vocabulary), `people` (names: with
`hotspots` (where a name may start), `scanner`, `tokens`, `names`, `namestarts`, `honorifics`,
`degrees`, `roles`, `rolewords`, `mentions`, `bylines`, `credits`, `history`, `lines`), `page`
and `furniture` (reading .md and legacy .txt pages), `htmltext` (rendered HTML to lines),
`schema` (`facts_errors`, the schema check), `cli` (`bantin extract`).
"""

from bantin_extract.facts import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "extract"]
