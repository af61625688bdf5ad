"""bantin_theme.related: the site-wide index ranks exactly as scoring every pair does."""

import random
from datetime import datetime, timedelta

from pelican.contents import Article, Category, Tag
from pelican.settings import DEFAULT_CONFIG

from bantin_theme.related import RelatedIndex, related_articles


def _articles(count: int, seed: int) -> list[Article]:
    """Real Pelican articles with few tags, units, categories and dates, so ties abound."""
    rng = random.Random(seed)
    settings = dict(DEFAULT_CONFIG)
    tags = [Tag(name, settings) for name in ("dân vận", "kiểm tra", "sinh viên", "kỷ niệm")]
    categories = [Category(name, settings) for name in ("Tin tức", "Sự kiện")]
    start = datetime(2024, 1, 1, 8, 0)
    articles = []
    for n in range(count):
        article = Article(
            "<p>Nội dung.</p>",
            metadata={
                "title": f"Bài {n}",
                "date": start + timedelta(days=rng.randrange(30)),
                "category": rng.choice(categories),
                "tags": rng.sample(tags, rng.randrange(len(tags) + 1)),
            },
            settings=settings,
            source_path=f"content/bai-{n:03d}.md",
        )
        unit = rng.choice([None, "chi-bo-a", "chi-bo-b", "chi-bo-c"])
        article.unit_info = {"slug": unit} if unit else None
        articles.append(article)
    return articles


def test_index_gives_the_same_related_articles_as_scoring_all():
    for seed in range(3):
        articles = _articles(80, seed)
        index = RelatedIndex(articles)
        for article in articles:
            for count in (1, 4, 9):
                assert index.related(article, count) == related_articles(
                    article, articles, count
                ), (seed, article.source_path, count)
