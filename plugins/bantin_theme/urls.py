"""Where person and document pages live: one slug rule shared by the theme and the indexes.

Pure functions (no Pelican objects): pass the site's settings mapping so the slugs use the
same SLUG_REGEX_SUBSTITUTIONS as every other page.
"""

from pelican.utils import slugify

from bantin_text import collapse_space

PERSON_URL = "nguoi/{slug}.html"
DOCUMENT_URL = "van-ban/{slug}.html"


def _slug(text: str, settings) -> str:
    return slugify(collapse_space(text), regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", ()))


def person_slug(name: str, settings) -> str:
    """ "Trương Văn Quý" -> "truong-van-quy"; old/new tone placement give the same slug."""
    return _slug(name or "", settings)


def document_slug(document: dict, settings) -> str:
    """Kind + number ("cong-van-308-cv-tu"), or kind + date when unnumbered; "" if neither."""
    kind = document.get("kind") or ""
    tail = document.get("number") or document.get("date") or ""
    if not tail:
        return ""
    return _slug(f"{kind} {tail}", settings)


def person_url(name: str, settings) -> str:
    """ "nguoi/truong-van-quy.html", relative to the site root; "" for an empty name."""
    slug = person_slug(name, settings)
    return PERSON_URL.format(slug=slug) if slug else ""


def document_url(document: dict, settings) -> str:
    """ "van-ban/cong-van-308-cv-tu.html", relative to the site root; "" when unaddressable."""
    slug = document_slug(document, settings)
    return DOCUMENT_URL.format(slug=slug) if slug else ""
