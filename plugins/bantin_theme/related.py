"""Neighbours and related reading for an article, from the site's article list alone."""

RELATED_COUNT = 4
# Shared tags say most about the subject; the same unit or category says less.
TAG_WEIGHT = 2
UNIT_WEIGHT = 1
CATEGORY_WEIGHT = 1


def _tag_names(article) -> set[str]:
    return {tag.slug for tag in getattr(article, "tags", None) or []}


def _unit_slug(article) -> str | None:
    unit = getattr(article, "unit_info", None)
    return unit["slug"] if unit else None


def relatedness(article, other) -> int:
    """How much `other` has in common with `article`: shared tags, unit and category."""
    score = TAG_WEIGHT * len(_tag_names(article) & _tag_names(other))
    if _unit_slug(article) and _unit_slug(article) == _unit_slug(other):
        score += UNIT_WEIGHT
    if getattr(article, "category", None) == getattr(other, "category", None):
        score += CATEGORY_WEIGHT
    return score


def related_articles(article, articles, count: int = RELATED_COUNT) -> list:
    """Up to `count` articles sharing the most with `article`; nearer in time first on ties."""
    scored = []
    for other in articles:
        if other is article:
            continue
        score = relatedness(article, other)
        if score:
            distance = abs((other.date - article.date).total_seconds())
            scored.append((-score, distance, other.source_path, other))
    scored.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in scored[:count]]


def link_neighbours(articles) -> None:
    """Set newer_article / older_article on each of `articles` (sorted newest first)."""
    for position, article in enumerate(articles):
        article.newer_article = articles[position - 1] if position > 0 else None
        article.older_article = articles[position + 1] if position + 1 < len(articles) else None
