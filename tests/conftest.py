"""Shared fixtures: real Pelican builds of small sites into temporary folders."""

import os
import shutil
import weakref
from pathlib import Path

import pytest
from blinker import NamedSignal
from pelican import Pelican
from pelican.plugins import signals as pelican_signals
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
PLUGIN_MODULE_PREFIXES = ("bantin_", "pelican.plugins.")


class Site:
    """A built site: its output folder and helpers to read what readers would get."""

    def __init__(self, output: Path, pelican: Pelican):
        self.output = output
        self.pelican = pelican

    def read(self, relative: str) -> str:
        return (self.output / relative).read_text(encoding="utf-8")

    def soup(self, relative: str):
        from bs4 import BeautifulSoup

        return BeautifulSoup(self.read(relative), "html.parser")

    def exists(self, relative: str) -> bool:
        return (self.output / relative).exists()

    def html_files(self) -> list[str]:
        return sorted(str(p.relative_to(self.output)) for p in self.output.rglob("*.html"))


def forget_plugin_receivers():
    """Disconnect plugin receivers left by earlier builds in this process.

    Blinker signals are process-wide: a plugin registered for one build would otherwise keep
    firing in every later build, even one whose PLUGINS leave it out. Pelican registers the
    plugins of the next build again; receivers a test connects itself are kept.
    """
    for value in vars(pelican_signals).values():
        if not isinstance(value, NamedSignal):
            continue
        for reference in list(value.receivers.values()):
            receiver = reference() if isinstance(reference, weakref.ref) else reference
            module = getattr(receiver, "__module__", "") or ""
            if module.startswith(PLUGIN_MODULE_PREFIXES):
                value.disconnect(receiver)


# A fixture folder is flat: every .md is an article, pages/ holds pages, no static files,
# no search index.
FIXTURE_SITE = {
    "ARTICLE_PATHS": [""],
    "PAGE_PATHS": ["pages"],
    "ARTICLE_EXCLUDES": ["pages"],
    "STATIC_PATHS": [],
    "EXTRA_PATH_METADATA": {},
    "TEMPLATE_PAGES": {},
    # Pagefind costs a fraction of a second per build; the search tests turn it on themselves.
    "PAGEFIND": False,
}


def build_project_site(content: Path, output: Path, **overrides) -> Site:
    """Build `content` with the project's pelicanconf.py as it is, plus `overrides`, like `make html`."""
    settings = {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "THEME": str(ROOT / "theme"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
        "SITE_DATA_PATH": str(ROOT / "data"),
        "CACHE_PATH": str(output.parent / "cache"),
        **overrides,
    }
    forget_plugin_receivers()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        pelican = Pelican(read_settings(str(ROOT / "pelicanconf.py"), override=settings))
        pelican.run()
    finally:
        os.chdir(cwd)
    return Site(output, pelican)


def build_site(content: Path, output: Path, **overrides) -> Site:
    """Build a fixture folder (FIXTURE_SITE layout) with the project's settings plus `overrides`."""
    return build_project_site(content, output, **{**FIXTURE_SITE, **overrides})


@pytest.fixture
def site_from(tmp_path):
    """Build a site from fixture files: site_from("nfd_title.md", ...) -> Site."""

    def build(*fixture_names: str, **overrides) -> Site:
        content = tmp_path / "content"
        content.mkdir(exist_ok=True)
        for name in fixture_names:
            source = FIXTURES / name
            # Fixtures under a "pages" folder are pages; everything else is an article.
            folder = content / "pages" if source.parent.name == "pages" else content
            folder.mkdir(exist_ok=True)
            shutil.copyfile(source, folder / source.name)
        return build_site(content, tmp_path / "output", **overrides)

    return build


@pytest.fixture(scope="session")
def example_site(tmp_path_factory):
    """The project's own example content, built once per test session."""
    output = tmp_path_factory.mktemp("example") / "output"
    return build_project_site(ROOT / "content", output)


@pytest.fixture
def edited_site(tmp_path):
    """A copy of the example site, built once with its caches kept, ready to edit and rebuild."""
    from incremental_support import EditedSite

    site = EditedSite(tmp_path)
    site.build()
    return site


@pytest.fixture(scope="session")
def shared_dir():
    """../shared/ beside the repository, or skip: tests must pass without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared/ is not present beside the repository")
    return SHARED


@pytest.fixture(autouse=True)
def isolated_plugins():
    """Every test starts with no plugin receivers from earlier builds (see forget_plugin_receivers)."""
    forget_plugin_receivers()
