"""Settings for building the bantin site locally; publishconf.py adds what publishing changes."""

AUTHOR = "Ban biên tập"
SITENAME = "Bản tin Đảng bộ Trường Đại học Hòa Bình Xanh"
SITESUBTITLE = "Thông tin hoạt động của Đảng bộ và các chi bộ trực thuộc"
SITEURL = ""

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images", "extra/favicon.svg"]
EXTRA_PATH_METADATA = {"extra/favicon.svg": {"path": "favicon.svg"}}
# robots.txt is a template: its Sitemap line must be absolute, so it appears only once SITEURL
# is (publishconf.py), never as a relative path crawlers reject.
TEMPLATE_PAGES = {"extra/robots.txt": "robots.txt"}
# Site data (units, categories, menu) lives in data files, not in code.
SITE_DATA_PATH = "data"

TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
LOCALE = ("vi_VN.UTF-8", "C.UTF-8")
DEFAULT_DATE_FORMAT = "%d/%m/%Y"

# Markdown only: the reStructuredText reader is off.
READERS = {"rst": None, "html": None, "htm": None}

# Date-scoped URLs, so the monthly meeting "Sinh hoạt chi bộ tháng 3" of 2024 and of 2025
# do not collide.
ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}.html"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{slug}.html"
PAGE_URL = "{slug}.html"
PAGE_SAVE_AS = "{slug}.html"
CATEGORY_URL = "chuyen-muc/{slug}.html"
CATEGORY_SAVE_AS = "chuyen-muc/{slug}.html"
TAG_URL = "tu-khoa/{slug}.html"
TAG_SAVE_AS = "tu-khoa/{slug}.html"
AUTHOR_URL = "tac-gia/{slug}.html"
AUTHOR_SAVE_AS = "tac-gia/{slug}.html"
CATEGORIES_URL = "chuyen-muc/index.html"
CATEGORIES_SAVE_AS = "chuyen-muc/index.html"
TAGS_URL = "tu-khoa/index.html"
TAGS_SAVE_AS = "tu-khoa/index.html"
AUTHORS_URL = "tac-gia/index.html"
AUTHORS_SAVE_AS = "tac-gia/index.html"
ARCHIVES_URL = "luu-tru/index.html"
ARCHIVES_SAVE_AS = "luu-tru/index.html"
YEAR_ARCHIVE_URL = "{date:%Y}/index.html"
YEAR_ARCHIVE_SAVE_AS = "{date:%Y}/index.html"
MONTH_ARCHIVE_URL = "{date:%Y}/{date:%m}/index.html"
MONTH_ARCHIVE_SAVE_AS = "{date:%Y}/{date:%m}/index.html"
DRAFT_URL = "ban-nhap/{slug}.html"
DRAFT_SAVE_AS = "ban-nhap/{slug}.html"

# Articles are never grouped as "translations" by slug: two articles sharing a title must
# both be built (or fail loudly when they would share a URL), never silently merged.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None

# ASCII slugs: unidecode turns đ into d; "/" and "." separate words ("tháng 3/2024" gives
# "thang-3-2024") instead of gluing them.
SLUGIFY_SOURCE = "title"
SLUG_REGEX_SUBSTITUTIONS = [
    (r"[/.]", " "),
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]

DEFAULT_PAGINATION = 10
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/trang-{number}.html", "{base_name}/trang-{number}.html"),
)
SUMMARY_MAX_LENGTH = 40

# Feeds: Atom site-wide and per category; the theme plugin adds per-unit feeds.
FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/tat-ca.atom.xml"
CATEGORY_FEED_ATOM = "feeds/chuyen-muc/{slug}.atom.xml"
FEED_ALL_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None

THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = [
    "bantin_integrity",
    "bantin_sitedata",
    "bantin_theme",
    "bantin_facts",
    "bantin_indexes",
    "bantin_search",
    "bantin_counter",
    "bantin_listings",
    "bantin_incremental",
    "sitemap",
]
# Search index of the article bodies, built by Pagefind after Pelican (plugins/bantin_search).
PAGEFIND = True

SITEMAP = {
    "format": "xml",
    "priorities": {"articles": 0.7, "indexes": 0.5, "pages": 0.4},
    "changefreqs": {"articles": "monthly", "indexes": "daily", "pages": "monthly"},
}

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.smarty": {"smart_quotes": False},
    },
    "output_format": "html5",
}

# Templates are read once per build: Jinja's default re-checks each template file on every
# include (hundreds of thousands of stat calls on a large site); `pelican -r` starts every
# rebuild with fresh templates anyway.
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "extensions": [],
    "auto_reload": False,
}

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = False
RELATIVE_URLS = True

# View counter (plugins/bantin_counter; docs/counter-operations.md). COUNTER_SNAPSHOT: the
# counts snapshot the build bakes into pages, a file (`bantin counter export -o FILE`) or the
# service's /api/v1/export URL; unset: legacy Views only. COUNTER_API: what the pages' script
# calls: unset here, so `make serve` alone shows the baked numbers and calls no service;
# `make serve-with-counter` sets it for its local service. publishconf.py reads both from CI.
COUNTER_SNAPSHOT = None
COUNTER_API = None
COUNTER_TIMEOUT = 3
