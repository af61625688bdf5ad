"""File names of articles: date and ASCII slug, stable so a re-import finds the same file."""

from datetime import datetime

MAX_SLUG = 70


def short_slug(slug: str, limit: int = MAX_SLUG) -> str:
    """`slug` cut at a word boundary so file names stay readable on every file system."""
    if len(slug) <= limit:
        return slug
    cut = slug[:limit].rsplit("-", 1)[0]
    return cut or slug[:limit]


def article_filename(slug: str, moment: datetime | None) -> str:
    """ "2024-03-05-ket-nap-dang-vien.md"; the date keeps monthly reports of each year apart."""
    prefix = f"{moment:%Y-%m-%d}-" if moment else ""
    return f"{prefix}{short_slug(slug) or 'bai-viet'}.md"
