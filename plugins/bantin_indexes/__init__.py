"""People, documents and statistics pages built from the facts of every article.

Settings read: BANTIN_STATS_MONTHS (months in the monthly chart, default 24),
BANTIN_STATS_TOP_PEOPLE (people in the most-mentioned chart, default 15),
BANTIN_INDEX_PAGE_LIMIT (beyond this many entries the people and documents indexes get a
page per letter / kind: nguoi/chu-{letter}.html, van-ban/loai-{kind}.html; default 500),
RELATIVE_URLS, SLUG_REGEX_SUBSTITUTIONS (through bantin_theme.urls). Reads `article.facts` (bantin_facts).
Writes nguoi/index.html, nguoi/{slug}.html, van-ban/index.html, van-ban/{slug}.html and
thong-ke.html with the theme's people, person, documents, document and statistics templates.
Adds to the context: bantin_people, bantin_documents.
"""

from pelican import signals

from bantin_indexes.generator import IndexesGenerator


def get_generators(pelican_obj):
    return IndexesGenerator


def register():
    # A generator rather than a finalized hook: Pelican's writer then renders the pages with
    # the theme and refuses to let two pages overwrite each other.
    signals.get_generators.connect(get_generators)
