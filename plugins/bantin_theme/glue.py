"""Pelican glue: attach unit, neighbours and related articles; group articles by unit."""

import logging
import os

from bantin_integrity.reader import where
from bantin_theme.generator import UNIT_FEED_ATOM, UNIT_URL
from bantin_theme.images import image_size
from bantin_theme.related import RelatedIndex, link_neighbours
from bantin_theme.shown import FigureNotes, Periods
from bantin_theme.units import UnitIndex

logger = logging.getLogger("bantin.theme")


def attach_unit(content, units: UnitIndex) -> None:
    """content.unit_info = the unit dict from data/units.yml; an unknown Unit: fails the build."""
    name = content.metadata.get("unit")
    content.unit_info = units.find(name)
    if name and content.unit_info is None:
        logger.error(
            "%s: đơn vị '%s' không có trong data/units.yml; hãy viết một trong: %s "
            "(hoặc thêm đơn vị vào data/units.yml)",
            where(content.source_path, "unit"),
            name,
            ", ".join(units.names()),
        )


def attach_periods(content) -> None:
    """content.periods = school year / term named in the text (for the Thời gian sidebar)."""
    content.periods = Periods(content)


def attach_cover(content, content_root: str) -> None:
    """content.cover = {"src", "width", "height"} for the Image: field (src from the site root)."""
    image = str(content.metadata.get("image") or "").strip()
    content.cover = None
    if not image:
        return
    src = image.removeprefix("{static}").removeprefix("{attach}").lstrip("/")
    size = image_size(os.path.join(content_root, src))
    if size is None:
        logger.warning(
            "%s: không đọc được ảnh '%s' (không có tệp trong content/ hoặc định dạng lạ); "
            "ảnh vẫn được dẫn nhưng trang không giữ chỗ cho ảnh",
            where(content.source_path, "image"),
            image,
        )
    width, height = size or (None, None)
    content.cover = {"src": src, "width": width, "height": height}


def unit_groups(articles, units: UnitIndex, pages) -> list[dict]:
    """One entry per unit of data/units.yml: its articles (newest first), page, feed, profile."""
    profiles = {page.slug: page for page in pages}
    by_unit: dict[str, list] = {}
    for article in articles:
        if article.unit_info:
            by_unit.setdefault(article.unit_info["slug"], []).append(article)
    groups = []
    for unit in units.units:
        slug = unit["slug"]
        groups.append(
            {
                "unit": unit,
                "articles": by_unit.get(slug, []),
                "url": UNIT_URL.format(slug=slug),
                "feed": UNIT_FEED_ATOM.format(slug=slug),
                "profile": profiles.get(unit.get("profile") or ""),
            }
        )
    return groups


def finish_articles(generator) -> None:
    units = UnitIndex(generator.settings.get("UNITS"))
    everything = [*generator.articles, *generator.hidden_articles, *generator.drafts]
    for article in everything:
        attach_cover(article, generator.settings["PATH"])
        attach_unit(article, units)
        attach_periods(article)
        attach_figure_quotes(article)
    link_neighbours(generator.articles)
    related = RelatedIndex(generator.articles)
    for article in generator.articles:
        article.related_articles = related.related(article)
    generator.context["unit_groups"] = unit_groups(generator.articles, units, [])
    generator.context["unit_index"] = units


def finish_pages(generator) -> None:
    units = UnitIndex(generator.settings.get("UNITS"))
    for page in [*generator.pages, *generator.hidden_pages]:
        attach_cover(page, generator.settings["PATH"])
        attach_unit(page, units)
        attach_periods(page)
        attach_figure_quotes(page)
    # Pages are read after articles: give each unit its profile page now.
    profiles = {page.slug: page for page in [*generator.pages, *generator.hidden_pages]}
    for group in generator.context.get("unit_groups") or []:
        group["profile"] = profiles.get(group["unit"].get("profile") or "")


def attach_figure_quotes(content) -> None:
    """content.figure_notes = facts["figures"], each with the sentence it came from (or None)."""
    content.figure_notes = FigureNotes(content)
