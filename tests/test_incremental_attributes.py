"""Once every plugin has set its attributes, each article keeps them in a dict of their size."""

import sys

from pelican import signals


def test_articles_attribute_dicts_have_no_room_left_to_grow(site_from):
    articles, sizes = [], {}

    def capture(generator):
        articles.extend(generator.articles)

    def measure(_pelican):
        # After writing: nothing has added attributes since they were re-packed.
        for article in articles:
            attributes = vars(article)
            sizes[article.source_path] = (
                sys.getsizeof(attributes),
                sys.getsizeof(dict(attributes)),
            )

    signals.article_generator_finalized.connect(capture)
    signals.finalized.connect(measure)
    try:
        site_from("facts/plain_article.md", "facts/many_figures.md")
    finally:
        signals.article_generator_finalized.disconnect(capture)
        signals.finalized.disconnect(measure)
    assert len(sizes) == 2
    for held, fresh in sizes.values():
        # Pelican's and bantin's attributes overflow CPython's shared-key layout (30 at most);
        # the dict that overflow leaves behind holds twice the room its attributes need.
        assert held == fresh
