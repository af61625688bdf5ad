"""`{{ a.b }}` on a plain dict without Jinja first failing an attribute lookup (same result)."""

from collections.abc import Callable
from typing import Any

# A dict's own attributes win over its keys in Jinja (`d.items` is the method): keep that.
_DICT_ATTRIBUTES = frozenset(dir(dict))


def dict_first_getattr(generic: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    """Environment.getattr that reads a plain dict's key straight away, else does as `generic`.

    Jinja tries getattr(obj, name) before obj[name]. On the theme's dicts (T, facts, units,
    menu items, index records) the first try raises and catches an AttributeError on every
    lookup, about a microsecond each, a million times in a large build.
    """

    def getattr_(obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return generic(obj, attribute)

    return getattr_
