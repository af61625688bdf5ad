"""Shared fixtures: real Pelican builds of small sites into temporary folders."""

import os
import shutil
from pathlib import Path

import pytest
from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


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


def build_site(content: Path, output: Path, **overrides) -> Site:
    """Build `content` with the project's pelicanconf.py plus `overrides`, like `make html`."""
    settings = {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "THEME": str(ROOT / "theme"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
        "SITE_DATA_PATH": str(ROOT / "data"),
        "CACHE_PATH": str(output.parent / "cache"),
        "ARTICLE_PATHS": [""],
        "PAGE_PATHS": ["pages"],
        "ARTICLE_EXCLUDES": ["pages"],
        "STATIC_PATHS": [],
        "EXTRA_PATH_METADATA": {},
    }
    settings.update(overrides)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        pelican = Pelican(read_settings(str(ROOT / "pelicanconf.py"), override=settings))
        pelican.run()
    finally:
        os.chdir(cwd)
    return Site(output, pelican)


@pytest.fixture
def site_from(tmp_path):
    """Build a site from fixture files: site_from("nfd_title.md", ...) -> Site."""

    def build(*fixture_names: str, **overrides) -> Site:
        content = tmp_path / "content"
        content.mkdir(exist_ok=True)
        for name in fixture_names:
            source = FIXTURES / name
            target = content / Path(name).name
            shutil.copyfile(source, target)
        return build_site(content, tmp_path / "output", **overrides)

    return build


@pytest.fixture(scope="session")
def example_site(tmp_path_factory):
    """The project's own example content, built once per test session."""
    output = tmp_path_factory.mktemp("example") / "output"
    return build_site(
        ROOT / "content",
        output,
        ARTICLE_PATHS=["articles"],
        PAGE_PATHS=["pages"],
        ARTICLE_EXCLUDES=[],
        STATIC_PATHS=["images"],
    )


@pytest.fixture(scope="session")
def shared_dir():
    """../shared/ beside the repository, or skip: tests must pass without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared/ is not present beside the repository")
    return SHARED
