"""Memoised text keys: names, units and kinds repeat across thousands of articles."""

from functools import lru_cache

from bantin_text import canon, collapse_space

# Enough for the names, roles, units and kinds that repeat; document numbers, mostly cited
# once, would otherwise fill the caches with tens of thousands of entries kept all build long.
_REMEMBERED = 1 << 12


@lru_cache(maxsize=_REMEMBERED)
def key(text: str | None) -> str:
    """bantin_text.canon, remembered: the same name is keyed once per build, not per article."""
    return canon(text)


@lru_cache(maxsize=_REMEMBERED)
def clean(text: str | None) -> str | None:
    """The text with white space tidied (NFC), or None when nothing is left."""
    return collapse_space(text) or None if text else None
