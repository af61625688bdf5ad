"""The site an editor works on: its settings (pelicanconf.py), folders, units and categories."""

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from pelican.settings import DEFAULT_CONFIG, read_settings
from pelican.utils import slugify

from bantin_sitedata import data_folder, read_site_data
from bantin_text import canon

SETTINGS_FILE = "pelicanconf.py"


def _names(entries) -> list[dict]:
    """Units or categories as [{"name", "aliases", ...}], whatever shape the YAML list has."""
    found = []
    for entry in entries or []:
        if isinstance(entry, str):
            found.append({"name": entry, "aliases": []})
        elif isinstance(entry, dict) and entry.get("name"):
            found.append({**entry, "aliases": list(entry.get("aliases") or [])})
    return found


@dataclass
class Site:
    """Settings and site data of one bantin site, read the way the build reads them."""

    root: Path
    settings: dict
    units: list[dict] = field(default_factory=list)
    categories: list[dict] = field(default_factory=list)

    @property
    def content(self) -> Path:
        return Path(self.settings["PATH"])

    @property
    def articles_folder(self) -> Path:
        paths = self.settings.get("ARTICLE_PATHS") or [""]
        return self.content / paths[0]

    def slug(self, title: str) -> str:
        """The ASCII slug Pelican gives `title` with this site's settings."""
        return slugify(
            title,
            regex_subs=self.settings.get("SLUG_REGEX_SUBSTITUTIONS", ()),
            preserve_case=self.settings.get("SLUGIFY_PRESERVE_CASE", False),
            use_unicode=self.settings.get("SLUGIFY_USE_UNICODE", False),
        )

    def find_unit(self, name: str | None) -> dict | None:
        return _find(self.units, name)

    def find_category(self, name: str | None) -> dict | None:
        return _find(self.categories, name)

    def default_unit(self) -> dict | None:
        return _default(self.units)

    def default_category(self) -> dict | None:
        return _default(self.categories)


def _find(entries: list[dict], name) -> dict | None:
    if not name:
        return None
    key = canon(str(name))
    for entry in entries:
        if key in {canon(str(n)) for n in [entry["name"], *entry["aliases"]]}:
            return entry
    return None


def _default(entries: list[dict]) -> dict | None:
    # A data file may mark its default with `default: true`; otherwise the first entry is it
    # (units.yml lists the top đảng bộ first, categories.yml the most common kind of report).
    marked = [entry for entry in entries if entry.get("default")]
    return (marked or entries or [None])[0]


def load_site(root: str | os.PathLike | None = None, **overrides) -> Site:
    """The site whose pelicanconf.py is in `root` (default: the current folder)."""
    root = Path(root or os.getcwd()).resolve()
    conf = root / SETTINGS_FILE
    if conf.is_file():
        cwd = os.getcwd()
        os.chdir(root)  # pelicanconf.py may import from its own folder
        # Pelican warns about feeds without SITEURL: true of every local build, noise here.
        quiet = logging.getLogger("pelican.settings")
        level, quiet.level = quiet.level, logging.ERROR
        try:
            settings = read_settings(str(conf), override=overrides or None)
        finally:
            os.chdir(cwd)
            quiet.level = level
    else:
        settings = {**DEFAULT_CONFIG, "PATH": str(root / "content"), **overrides}
    settings["PATH"] = str((root / settings["PATH"]).resolve())
    data = {}
    folder = data_folder(settings)
    if folder and os.path.isdir(folder):
        data = read_site_data(folder)
    return Site(root, settings, _names(data.get("UNITS")), _names(data.get("CATEGORIES")))


def add_site_argument(parser) -> None:
    """`--site DIR`, shared by every editor command."""
    parser.add_argument(
        "--site", default=".", help="thư mục có pelicanconf.py (mặc định: thư mục hiện tại)"
    )
