"""Pure extraction of bulletin facts: text in, plain data out (no Pelican import).

`extract(body, title=..., published=..., views=...)` returns one facts dict in the shape of
the evaluation kit's SCHEMA.md: people, event_dates, figures, documents (+ partial_dates).

Modules: `text` (prepare, number starts), `starts` (kind and number-word starts), `dates`,
`documents` with `dockinds`, `figures` with `numbervalues`, `unitphrase` and `units` (vocabulary), `people` (names: with
`hotspots` (where a name may start), `scanner`, `tokens`, `names`, `namestarts`, `honorifics`,
`degrees`, `roles`, `rolewords`, `mentions`, `bylines`, `credits`, `history`, `lines`), `page`
and `furniture` (reading .md and legacy .txt pages), `htmltext` (rendered HTML to lines),
`schema` (`facts_errors`, the schema check), `cli` (`bantin extract`), `compiled` and
`compiled_build` (the optional Cython build of the hot modules, used only while it matches them).
"""

from bantin_extract.compiled import activate

# Before any other submodule is imported, so that all of them come from one side.
COMPILED = activate()

from bantin_extract.facts import EXTRACTOR_VERSION, extract  # noqa: E402

__all__ = ["COMPILED", "EXTRACTOR_VERSION", "extract"]
