"""schema.org data for search engines: NewsArticle and BreadcrumbList as plain dicts."""

from bantin_theme.filters import iso_datetime


def absolute(base: str, path: str) -> str:
    """`path` (relative to the site root) under `base`; root-relative when base is ""."""
    return f"{base}/{path}" if base else f"/{path}"


def breadcrumb_list(trail: list[tuple[str, str]], base: str) -> dict:
    """BreadcrumbList for [(label, path)], path relative to the site root."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": label, "item": absolute(base, path)}
            for n, (label, path) in enumerate(trail, 1)
        ],
    }


def _authors(article, site_author: str, publisher: dict) -> list[dict]:
    names = [str(author) for author in getattr(article, "authors", None) or []]
    people = [{"@type": "Person", "name": name} for name in names if name != site_author]
    return people or [publisher]


def news_article(article, settings, base: str) -> dict:
    """NewsArticle: headline, dates with +07:00, author, publisher, the people mentioned."""
    publisher = {
        "@type": "Organization",
        "name": settings["SITENAME"],
        "logo": {"@type": "ImageObject", "url": absolute(base, "favicon.svg")},
    }
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "inLanguage": "vi",
        "url": absolute(base, article.url),
        "mainEntityOfPage": absolute(base, article.url),
        "datePublished": iso_datetime(article.date),
        "dateModified": iso_datetime(getattr(article, "modified", None) or article.date),
        "author": _authors(article, settings.get("AUTHOR", ""), publisher),
        "publisher": publisher,
    }
    if getattr(article, "category", None):
        data["articleSection"] = str(article.category)
    if getattr(article, "tags", None):
        data["keywords"] = [str(tag) for tag in article.tags]
    cover = getattr(article, "cover", None)
    if cover:
        data["image"] = [absolute(base, cover["src"])]
    unit = getattr(article, "unit_info", None)
    if unit:
        data["sourceOrganization"] = {"@type": "Organization", "name": unit["name"]}
    mentions = []
    for person in getattr(article, "facts_attending", None) or []:
        entry = {"@type": "Person", "name": person.get("name", "")}
        if person.get("role"):
            entry["jobTitle"] = person["role"]
        if person.get("degree"):
            entry["honorificPrefix"] = person["degree"]
        mentions.append(entry)
    if mentions:
        data["mentions"] = mentions
    return data
