"""After Pelican saves its content cache, the bodies the build keeps carry no UTF-8 twin; the cache is whole."""

import gzip
import pickle
import sys

from conftest import build_project_site
from incremental_support import EditedSite
from pelican import signals
from pelican.generators import ArticlesGenerator


def test_bodies_kept_lean_and_cache_complete(tmp_path):
    site = EditedSite(tmp_path)
    bodies = {}

    def remember(generators):
        # Once every generator is done: what the build keeps while it writes.
        for generator in generators:
            if isinstance(generator, ArticlesGenerator):
                read = [*generator.articles, *generator.translations, *generator.drafts]
                read += [*generator.hidden_articles, *generator.drafts_translations]
                bodies.update({a.source_path: a._content for a in read})

    signals.all_generators_finalized.connect(remember)
    try:
        build_project_site(
            site.path("content"),
            site.path("kept") / "output",
            CACHE_CONTENT=True,
            LOAD_CONTENT_CACHE=True,
            **site.settings(),
        )
    finally:
        signals.all_generators_finalized.disconnect(remember)
    vietnamese = {path: body for path, body in bodies.items() if not body.isascii()}
    assert len(vietnamese) > 10
    for body in vietnamese.values():
        # A pickled non-ASCII str keeps its UTF-8 encoding attached: a fresh copy has none.
        fresh = body.encode("utf-8").decode("utf-8")
        assert sys.getsizeof(body) == sys.getsizeof(fresh)
    with gzip.open(site.path("kept") / "cache" / "ArticlesGenerator-Readers") as handle:
        cached = pickle.load(handle)
    # Every body read is in the cache as it was read.
    assert {path: data[0] for path, (_, data) in cached.items()} == bodies
