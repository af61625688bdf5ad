"""bantin's theme helper: UI strings, Vietnamese filters, person/document URLs for templates.

Settings read: THEME (theme/i18n/vi.yml is loaded from it), DEFAULT_LANG, SITEURL,
SLUG_REGEX_SUBSTITUTIONS. Template globals: T (UI strings), person_url(name),
document_url(doc), SITE_ABSOLUTE_URL (SITEURL as configured, "" when not absolute).
Filters: see bantin_theme.filters.FILTERS. Jinja autoescaping is turned on for every
template: facts and metadata are untrusted; mark trusted HTML (article.content) with |safe.
"""

import logging
from functools import partial

from pelican import signals

from bantin_theme.filters import FILTERS
from bantin_theme.strings import load_strings
from bantin_theme.urls import document_url, person_url

logger = logging.getLogger("bantin.theme")


def absolute_site_url(settings) -> str:
    """SITEURL when it is absolute (publishing), else "": canonical links need absolute URLs."""
    url = settings.get("SITEURL") or ""
    return url.rstrip("/") if url.startswith(("http://", "https://")) else ""


def add_template_helpers(generator):
    settings = generator.settings
    env = generator.env
    # Set before any template is compiled, so every template escapes by default.
    env.autoescape = True
    env.filters.update(FILTERS)
    env.globals.update(
        T=load_strings(settings["THEME"], settings.get("DEFAULT_LANG") or "vi"),
        person_url=partial(person_url, settings=settings),
        document_url=partial(document_url, settings=settings),
        SITE_ABSOLUTE_URL=absolute_site_url(settings),
    )


def register():
    # generator_init fires once each generator has built its Jinja environment and before
    # it loads any template.
    signals.generator_init.connect(add_template_helpers)
