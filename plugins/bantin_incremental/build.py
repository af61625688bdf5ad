"""The part of every page's digest that belongs to the whole build: code, theme and settings."""

import hashlib
import os
import sys
from importlib import metadata

from bantin_incremental.fingerprint import Fingerprinter

# Settings that decide how a build works, never what a page says: changing them keeps pages.
HOW_NOT_WHAT = frozenset(
    {
        "CACHE_CONTENT",
        "LOAD_CONTENT_CACHE",
        "CACHE_PATH",
        "CHECK_MODIFIED_METHOD",
        "CONTENT_CACHING_LAYER",
        "GZIP_CACHE",
        "DEBUG",
        "LOG_FILTER",
        "BANTIN_FACTS_CACHE",
        "BANTIN_PROCESSES",
        "BANTIN_PARALLEL_READ_MIN",
    }
)
# Libraries whose upgrade may change a page although no input did.
LIBRARIES = ("pelican", "jinja2", "markupsafe", "markdown", "babel", "beautifulsoup4")


def build_digest(settings: dict) -> bytes:
    """Changes when a plugin's source, a theme file, a library version or any setting changes."""
    hasher = hashlib.blake2b(digest_size=20)
    hasher.update(sys.version.encode())
    for library in LIBRARIES:
        try:
            hasher.update(f"{library}={metadata.version(library)};".encode())
        except metadata.PackageNotFoundError:
            hasher.update(f"{library}=-;".encode())
    for path in _plugin_sources():
        _feed_file(hasher, path)
    theme = settings.get("THEME") or ""
    for folder, subfolders, files in os.walk(theme):
        subfolders.sort()
        for name in sorted(files):
            _feed_file(hasher, os.path.join(folder, name))
    what = {name: value for name, value in settings.items() if name not in HOW_NOT_WHAT}
    hasher.update(Fingerprinter().digest(what))
    return hasher.digest()


def _plugin_sources() -> list[str]:
    """Source files of every bantin plugin module loaded in this build."""
    paths = set()
    for name, module in list(sys.modules.items()):
        if name.split(".")[0].startswith("bantin_") and getattr(module, "__file__", None):
            paths.add(module.__file__)
    return sorted(paths)


def _feed_file(hasher, path: str) -> None:
    hasher.update(path.encode("utf-8", "surrogatepass") + b"\x00")
    try:
        with open(path, "rb") as handle:
            hasher.update(handle.read())
    except OSError:
        hasher.update(b"<unreadable>")
