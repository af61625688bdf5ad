"""Article bodies freed of the UTF-8 twin that saving Pelican's content cache attaches to them.

Pickling a str that is not ASCII leaves a UTF-8 copy of it attached to the string for the
rest of its life (CPython caches the encoding). Pelican's reader-level content cache pickles
every body it read, and those are the very strings the articles keep: about 60 MB more held
through the whole build at 10,000 articles (plain Pelican pays it too). Once the cache is
saved it is not read again in this build, so it is let go, and each article and page takes a
fresh copy of its body, one at a time, so the memory of each twin is reused for the next.
Pickling copies instead would keep every copy alive until the whole cache is written.
"""


def lean_bodies(generator, names: tuple[str, ...]) -> None:
    """Drop `generator`'s saved content cache and re-make the bodies of its contents in `names`."""
    readers = getattr(generator, "readers", None)
    if not getattr(readers, "_cache_data_policy", False):
        return  # no content cache saved: no twins to drop
    readers._cache = {}
    for name in names:
        for content in getattr(generator, name, None) or ():
            body = getattr(content, "_content", None)
            if isinstance(body, str) and not body.isascii():
                content._content = body.encode("utf-8", "surrogatepass").decode(
                    "utf-8", "surrogatepass"
                )
