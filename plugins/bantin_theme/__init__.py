"""bantin's theme helper: UI strings, Vietnamese filters, units, related articles, extra pages.

Settings read: THEME (theme/i18n/<DEFAULT_LANG>.yml and the CSS to inline), DEFAULT_LANG,
SITEURL, SLUG_REGEX_SUBSTITUTIONS, UNITS (data/units.yml), BANTIN_UNIT_FEEDS (default True:
per-unit Atom feeds); templates also read BANTIN_FIGURES_SHOWN (default 5: figures shown
before the rest fold away).
Sets on articles and pages: unit_info (the unit's dict from data/units.yml, or None),
cover ({"src", "width", "height"} of Image:), periods (a read-only mapping {"school_year",
"term"} named in the text) and figure_notes (a read-only sequence of the facts' figures,
deduplicated: value, value_max, total, unit and the quoted sentence {"before", "match",
"after"} or None); both are worked out when a page first reads them, so the build does not
hold them for every article. On articles also newer_article, older_article,
related_articles; once all content is read, override_url (Pelican's URL, worked out once
instead of on every read). Writes don-vi/<slug>.html (+ feeds/don-vi/<slug>.atom.xml),
don-vi/index.html and 404.html. Context: unit_groups (per unit of data/units.yml: unit,
articles, url, feed, profile page).
Template globals: T (UI strings), person_url(name), document_url(doc), SITE_ABSOLUTE_URL,
INLINE_CSS, trail(content), news_article_ld(content), breadcrumbs_ld(content); filters in
bantin_theme.filters.FILTERS. Jinja autoescaping is on for every template: facts and
metadata are untrusted; mark trusted HTML (article.content) with |safe.
"""

from pelican import signals

from bantin_theme.frozen_urls import freeze_urls
from bantin_theme.generator import UnitPagesGenerator
from bantin_theme.glue import finish_articles, finish_pages
from bantin_theme.helpers import add_template_helpers


def paginate_unit_pages(pelican_obj):
    # Unit pages are paginated like category pages.
    pelican_obj.settings["PAGINATED_TEMPLATES"].setdefault("unit", None)


def get_generators(pelican_obj):
    return UnitPagesGenerator


def register():
    signals.initialized.connect(paginate_unit_pages)
    # generator_init fires once a generator has its Jinja environment, before any template
    # is loaded, so autoescaping and the helpers apply to every template.
    signals.generator_init.connect(add_template_helpers)
    signals.article_generator_finalized.connect(finish_articles)
    signals.page_generator_finalized.connect(finish_pages)
    signals.all_generators_finalized.connect(freeze_urls)
    signals.get_generators.connect(get_generators)
