"""Stable digests of what a template is given: settings, lists, dicts, articles, pages, paginators.

Two renders of one template with equal digests produce the same page. Values are digested by
what they hold, never by identity. An article or page given to a template by itself (the
page's `article`) counts with all its data: metadata, body, facts and whatever plugins
attached, plus the cards of the articles it links to (related articles, neighbours). An
article met inside a list or a record (a category's articles, a person's appearances)
counts as a card: what lists print of it (metadata, URL, unit, cover, summary), not its body
or facts; editing the end of an article's body re-renders its own page, not every list.
"""

import datetime
import hashlib
import marshal
import types
from functools import partial

from pelican.contents import Content
from pelican.paginator import Page, Paginator
from pelican.urlwrappers import URLWrapper

# Attributes of a Content that are not its data: the site context and settings (the build
# digest covers settings).
_NOT_DATA = frozenset({"_context", "settings"})
# What only the content's own page prints: a card leaves these out and adds the summary.
_PAGE_ONLY = frozenset(
    {
        "_content",
        "facts",
        "facts_attending",
        "facts_version",
        "figure_notes",
        "periods",
        "related_articles",
        "newer_article",
        "older_article",
        "translations",
    }
)

# How a Content is digested where it is met.
_PAGE, _CARD, _REF = "page", "card", "ref"


class Unkeyable(Exception):
    """A value whose content cannot be digested: the page is rendered every time."""


class Fingerprinter:
    """Digests values; remembers articles and site-wide values by identity for one build."""

    def __init__(self, links=None):
        # links(content) -> values of the site the content's page prints but does not hold,
        # e.g. the URL of each person's page (shared slugs are settled site-wide).
        self.links = links
        # How a value was met -> {id: its digest}; the objects are kept alive (in `_kept`) so
        # no id is reused while the build runs. Ints as keys, no tuples: tens of thousands.
        self._memo: dict[str, dict[int, bytes]] = {"value": {}, _PAGE: {}, _CARD: {}}
        self._kept: list[object] = []

    def digest(self, value, remember: bool = True) -> bytes:
        """The digest of a value a template is given by name.

        remember=True for values handed to many pages (settings, lists): digested once and kept
        to the build's end; False for a page's own (its paginator page, its output name).
        """
        remembered = self._memo["value"].get(id(value))
        if remembered is not None:
            return remembered
        if isinstance(value, Content):
            digest = self._content_digest(value, _PAGE)
        else:
            hasher = hashlib.blake2b(digest_size=20)
            self._feed(hasher, value, _CARD, 0)
            digest = hasher.digest()
        if remember:
            self._memo["value"][id(value)] = digest
            self._kept.append(value)
        return digest

    def _content_digest(self, content: Content, mode: str) -> bytes:
        memo = self._memo[mode]
        remembered = memo.get(id(content))
        if remembered is not None:
            return remembered
        hasher = hashlib.blake2b(digest_size=20)
        # No url or save_as: Pelican derives them from the data below and the settings, which
        # the build digest covers (and computes them anew on every access, which is slow).
        hasher.update(f"{type(content).__name__}:{mode}:".encode())
        data = vars(content)
        for name in sorted(data):
            if name in _NOT_DATA or (name in _PAGE_ONLY and mode == _CARD):
                continue
            hasher.update(name.encode())
            if name == "_content":
                self._feed(hasher, _body(content), _REF, 1)
            else:
                self._feed(hasher, data[name], _REF, 1)
        if mode == _CARD:
            self._feed(hasher, content.get_summary(""), _REF, 1)
        else:
            if self.links is not None:
                self._feed(hasher, self.links(content), _REF, 1)
            for referenced in _referenced_contents(content):
                hasher.update(self._content_digest(referenced, _CARD))
        digest = hasher.digest()
        memo[id(content)] = digest
        self._kept.append(content)
        return digest

    def _feed(self, hasher, value, mode: str, depth: int) -> None:
        if depth > 40:
            raise Unkeyable("nested too deep")
        kind = type(value)
        if value is None or kind in (bool, int, float, complex):
            hasher.update(f"{kind.__name__}:{value!r};".encode())
        elif isinstance(value, str):
            # Markup and str render differently under autoescape: the type is part of it.
            hasher.update(f"{kind.__name__}:{len(value)}:".encode())
            hasher.update(value.encode("utf-8", "surrogatepass"))
        elif isinstance(value, bytes):
            hasher.update(b"bytes:%d:" % len(value) + value)
        elif isinstance(value, (datetime.date, datetime.time)):
            zone = getattr(value, "tzinfo", None)
            hasher.update(f"{kind.__name__}:{value.isoformat()}:{zone};".encode())
        elif isinstance(value, datetime.tzinfo):
            hasher.update(f"tz:{value};".encode())
        elif isinstance(value, Content):
            if mode == _REF:
                # Another content named in this one's data: who it is; its card counts apart.
                hasher.update(b"ref:")
                self._feed(hasher, getattr(value, "source_path", None), _REF, depth + 1)
            else:
                hasher.update(b"card:" + self._content_digest(value, _CARD))
        elif isinstance(value, URLWrapper):
            # Its URL follows from the slug and the settings (and is slow to compute).
            hasher.update(f"{kind.__name__}:{value.name}|{value.slug};".encode())
        elif isinstance(value, (list, tuple, dict)) and _plain(hasher, value):
            # Plain data (facts, settings): marshalled in C, far faster than walking it.
            pass
        elif isinstance(value, (list, tuple, dict, set, frozenset)):
            self._feed_container(hasher, value, mode, depth)
        elif isinstance(value, Page):
            hasher.update(b"page:")
            for part in (value.number, value.url, value.save_as, value.base_name):
                self._feed(hasher, part, mode, depth + 1)
            self._feed(hasher, value.object_list, mode, depth + 1)
            self._feed(hasher, value.paginator, mode, depth + 1)
        elif isinstance(value, Paginator):
            # Templates print how many pages and items there are; the items of a page come
            # with its Page.
            hasher.update(b"paginator:")
            for part in (value.name, value.url, value.per_page, value.count, value.num_pages):
                self._feed(hasher, part, mode, depth + 1)
        elif isinstance(value, _CODE):
            # Code is covered by the build digest (plugin and theme sources); data a helper
            # reads from the site is covered by `links`.
            function = value.func if isinstance(value, partial) else value
            name = f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"
            hasher.update(f"callable:{name};".encode())
        elif isinstance(value, types.ModuleType):
            hasher.update(f"module:{value.__name__};".encode())
        elif hasattr(value, "__dict__") and not callable(value):
            hasher.update(f"object:{kind.__module__}.{kind.__qualname__}:".encode())
            # vars() is a fresh dict each time: walked, never remembered by identity.
            for name, item in vars(value).items():
                self._feed(hasher, name, mode, depth + 1)
                self._feed(hasher, item, mode, depth + 1)
        elif hasattr(value, "pattern") and hasattr(value, "flags"):
            hasher.update(f"pattern:{value.pattern!r}:{value.flags};".encode())
        else:
            raise Unkeyable(f"cannot digest a {kind.__qualname__}")

    def _feed_container(self, hasher, value, mode: str, depth: int) -> None:
        if isinstance(value, dict):
            # In insertion order: a template looping over a dict prints it in that order.
            hasher.update(f"dict{{{len(value)}".encode())
            for item_key, item in value.items():
                self._feed(hasher, item_key, mode, depth + 1)
                self._feed(hasher, item, mode, depth + 1)
            hasher.update(b"}")
        elif isinstance(value, (set, frozenset)):
            parts = sorted(self._sub_digest(item, mode, depth) for item in value)
            hasher.update(f"set{{{len(parts)}".encode() + b"".join(parts) + b"}")
        else:
            hasher.update(f"{type(value).__qualname__}[{len(value)}".encode())
            for item in value:
                self._feed(hasher, item, mode, depth + 1)
            hasher.update(b"]")

    def _sub_digest(self, value, mode: str, depth: int) -> bytes:
        hasher = hashlib.blake2b(digest_size=20)
        self._feed(hasher, value, mode, depth + 1)
        return hasher.digest()


def _plain(hasher, value) -> bool:
    """Feed a container of plain data (str, numbers, None, lists, tuples, dicts) in one go."""
    try:
        # Format version 0 writes values only: no back-references by identity and no
        # interned-string marks, so equal data always gives equal bytes (sets too: marshal
        # sorts their items since Python 3.11).
        data = marshal.dumps(value, 0)
    except ValueError:
        return False
    hasher.update(b"plain:%d:" % len(data) + data)
    return True


_CODE = (types.FunctionType, types.BuiltinFunctionType, types.MethodType, partial, type)


def _body(content: Content) -> str:
    body = content._content or ""
    # Intrasite links ({filename}…) print the target's URL: resolve them as Pelican would.
    if body and content._get_intrasite_link_regex().search(body):
        body = content._update_content(body, "")
    return body


def _referenced_contents(content: Content) -> list[Content]:
    """Articles and pages held in the content's own attributes (related, neighbours, translations)."""
    found = []
    for name, value in vars(content).items():
        if name in _NOT_DATA:
            continue
        if isinstance(value, Content):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            found.extend(item for item in value if isinstance(item, Content))
    return found
