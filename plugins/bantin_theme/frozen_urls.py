"""Each article's and page's URL worked out once, when every generator has read its content.

Pelican formats `url` anew on every read (a copy of the metadata, the relative source path,
the date's strftime twice): some 40 µs, and a large site reads it tens of thousands of times
in lists, neighbours, related articles, feeds and JSON-LD. Pelican's own `override_url` (what
a URL: metadata field sets) then holds the value it had.
"""

from pelican.contents import Article, Page


def freeze_urls(generators) -> None:
    """all_generators_finalized: slugs, dates and statuses are settled by then."""
    done = set()
    for generator in generators:
        generated = getattr(generator, "context", {}).get("generated_content") or {}
        if id(generated) in done:
            continue
        done.add(id(generated))
        for content in generated.values():
            # None marks a file that failed to read; static files keep Pelican's own logic.
            if isinstance(content, Article | Page):
                content.override_url = content.url
