"""A throwaway bantin site for the editor tools' tests: the project's settings, fixture data."""

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDITOR_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "editor"

_CONF = """\
# The project's own settings, as a site would use them, then this site's folders.
with open({conf!r}, encoding="utf-8") as handle:
    exec(compile(handle.read(), {conf!r}, "exec"))
PATH = "content"
SITE_DATA_PATH = "data"
THEME = {theme!r}
PLUGIN_PATHS = [{plugins!r}]
"""


def make_site(tmp_path: Path, *articles: str) -> Path:
    """tmp_path/site with pelicanconf.py, data/ (fictional units) and the named check fixtures."""
    site = tmp_path / "site"
    (site / "content" / "articles").mkdir(parents=True)
    (site / "content" / "pages").mkdir()
    (site / "content" / "images").mkdir()
    shutil.copytree(EDITOR_FIXTURES / "data", site / "data")
    shutil.copy(EDITOR_FIXTURES / "rung.svg", site / "content" / "images" / "rung.svg")
    (site / "pelicanconf.py").write_text(
        _CONF.format(
            conf=str(ROOT / "pelicanconf.py"),
            theme=str(ROOT / "theme"),
            plugins=str(ROOT / "plugins"),
        ),
        encoding="utf-8",
    )
    for name in articles:
        shutil.copy(EDITOR_FIXTURES / "check" / name, site / "content" / "articles" / name)
    return site
