"""What templates get from the plugin: UI strings, filters, URL helpers, inline CSS, JSON-LD."""

import os
import re
from functools import partial

from bantin_theme import jsonld
from bantin_theme.filters import FILTERS
from bantin_theme.generator import UNIT_URL
from bantin_theme.lookups import dict_first_getattr
from bantin_theme.strings import load_strings
from bantin_theme.urls import document_url, person_url

# print.css is linked with media="print" so it never blocks the first paint.
NOT_INLINED = {"print.css"}
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_SPACE = re.compile(r"\s+")


def absolute_site_url(settings) -> str:
    """SITEURL when it is absolute (publishing), else "": canonical links need absolute URLs."""
    url = settings.get("SITEURL") or ""
    return url.rstrip("/") if url.startswith(("http://", "https://")) else ""


def inline_css(theme_dir: str) -> str:
    """The theme's CSS files (base.css first), comments and runs of white space removed.

    Inlined so a page needs no stylesheet request before its first paint.
    """
    folder = os.path.join(theme_dir, "static", "css")
    if not os.path.isdir(folder):
        return ""
    names = sorted(n for n in os.listdir(folder) if n.endswith(".css") and n not in NOT_INLINED)
    names.sort(key=lambda name: name != "base.css")
    parts = []
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            parts.append(_CSS_SPACE.sub(" ", _CSS_COMMENT.sub("", handle.read())).strip())
    return "\n".join(parts)


def trail(content, strings: dict) -> list[tuple[str, str]]:
    """Breadcrumbs as [(label, path)]: Trang chủ › unit › category (paths from the site root)."""
    steps = [(strings["home"], "")]
    unit = getattr(content, "unit_info", None)
    if unit:
        steps.append((unit["name"], UNIT_URL.format(slug=unit["slug"])))
    category = getattr(content, "category", None)
    # A draft's category may have no page yet.
    published = getattr(content, "status", "published") != "draft"
    if category is not None and hasattr(content, "date") and published:
        steps.append((str(category), category.url))
    if len(steps) == 1:
        steps.append((content.title, content.url))
    return steps


def indexed_or_slug_url(context, lookup_name, by_slug, item):
    """The page bantin_indexes wrote for `item` (it settles shared slugs), else the slug rule."""
    lookup = context.get(lookup_name)
    return (lookup(item) if lookup else None) or by_slug(item)


def remember_by_key(store: dict):
    """`{% call remembered(*key) %}…{% endcall %}`: the body is rendered once per key, then reused.

    Only for markup that reads nothing but the build's settings and the key (the footer, keyed
    by SITEURL, which relative URLs make differ by folder depth).
    """

    def remembered(*key, caller):
        if key not in store:
            store[key] = caller()
        return store[key]

    return remembered


def add_template_helpers(generator):
    settings = generator.settings
    env = generator.env
    # Set before any template is compiled, so every template escapes by default.
    env.autoescape = True
    # Compiled templates call environment.getattr for every `a.b`: the instance's own wins.
    env.getattr = dict_first_getattr(env.getattr)
    env.filters.update(FILTERS)
    # JSON-LD keeps Vietnamese readable and short; tojson still escapes <, >, & and '.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    strings = load_strings(settings["THEME"], settings.get("DEFAULT_LANG") or "vi")
    base = absolute_site_url(settings)
    env.globals.update(
        T=strings,
        person_url=partial(
            indexed_or_slug_url,
            generator.context,
            "bantin_person_url",
            partial(person_url, settings=settings),
        ),
        document_url=partial(
            indexed_or_slug_url,
            generator.context,
            "bantin_document_url",
            partial(document_url, settings=settings),
        ),
        SITE_ABSOLUTE_URL=base,
        # One store per environment, so per generator and per build (autoreload builds anew).
        remembered=remember_by_key({}),
        INLINE_CSS=inline_css(settings["THEME"]),
        trail=partial(trail, strings=strings),
        news_article_ld=lambda content: jsonld.news_article(content, settings, base),
        breadcrumbs_ld=lambda content: jsonld.breadcrumb_list(trail(content, strings), base),
    )
