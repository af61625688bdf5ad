"""Pelican's content cache saved from copies of the article bodies, so the bodies the build keeps carry no UTF-8 twin.

Pickling a str that is not ASCII leaves a UTF-8 copy of it attached to the string for the
rest of its life (CPython caches the encoding). Pelican's reader-level content cache pickles
every body it read, and those are the very strings the articles keep: about 60 MB more held
through the whole build at 10,000 articles. The cache is written from copies instead, which
are dropped with their UTF-8 right after; the file Pelican writes is the same.
"""


def save_from_copies(readers) -> None:
    """Make `readers.save_cache()` pickle copies of the bodies it holds."""
    save = readers.save_cache

    def save_cache():
        held = readers._cache
        readers._cache = {path: _copied(entry) for path, entry in held.items()}
        try:
            save()
        finally:
            readers._cache = held

    readers.save_cache = save_cache


def _copied(entry):
    # Entries are (file stamp, (body, metadata)); anything else is left as it is.
    try:
        stamp, (body, metadata) = entry
    except (TypeError, ValueError):
        return entry
    if not isinstance(body, str) or body.isascii():
        return entry
    return stamp, (body.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass"), metadata)
