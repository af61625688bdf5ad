"""The benchmark's synthetic corpus: deterministic, and it builds with real Pelican (no timings here)."""

import sys
from pathlib import Path

import yaml
from conftest import ROOT, build_site
from pelican import Pelican
from pelican.settings import read_settings

sys.path.insert(0, str(ROOT / "bench"))

from corpus import edit_one, write_corpus
from run_build import plain_settings


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_same_seed_gives_the_same_corpus(tmp_path):
    write_corpus(tmp_path / "a", 5)
    write_corpus(tmp_path / "b", 5)
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")


def test_smaller_corpus_is_a_prefix_of_the_larger(tmp_path):
    small = [p.read_bytes() for p in write_corpus(tmp_path / "small", 3)]
    large = [p.read_bytes() for p in write_corpus(tmp_path / "large", 6)]
    assert large[:3] == small


def test_another_seed_gives_other_articles(tmp_path):
    first = write_corpus(tmp_path / "a", 2, seed=1)[0].read_text(encoding="utf-8")
    second = write_corpus(tmp_path / "b", 2, seed=2)[0].read_text(encoding="utf-8")
    assert first != second


def test_articles_carry_the_metadata_and_length_of_a_bulletin(tmp_path):
    paths = write_corpus(tmp_path, 5)
    units = {
        u["name"] for u in yaml.safe_load((tmp_path / "data" / "units.yml").read_text("utf-8"))
    }
    assert len([u for u in units if u.startswith("Chi bộ")]) >= 300
    for path in paths:
        header, body = path.read_text(encoding="utf-8").split("\n\n", 1)
        fields = dict(line.split(": ", 1) for line in header.splitlines())
        assert {"Title", "Date", "Unit", "Category", "Tags", "Author", "Views"} <= set(fields)
        assert fields["Unit"] in units
        assert 300 <= len(body.split()) <= 1700


def test_edit_changes_one_article(tmp_path):
    paths = write_corpus(tmp_path, 5)
    before = [p.read_bytes() for p in paths]
    edited = edit_one(paths)
    changed = [p for p, old in zip(paths, before, strict=True) if p.read_bytes() != old]
    assert changed == [edited]


def test_plain_pelican_builds_every_article(tmp_path):
    write_corpus(tmp_path, 5)
    settings = plain_settings(None)
    settings.update(
        PATH=str(tmp_path / "content"),
        OUTPUT_PATH=str(tmp_path / "plain"),
        ARTICLE_PATHS=["articles"],
        CACHE_CONTENT=False,
        LOAD_CONTENT_CACHE=False,
    )
    Pelican(read_settings(None, override=settings)).run()
    built = [p for p in (tmp_path / "plain").glob("20*/[01]*/*.html") if p.name != "index.html"]
    assert len(built) == 5


def test_bantin_site_builds_the_corpus_with_its_site_data(tmp_path):
    write_corpus(tmp_path, 5)
    site = build_site(
        tmp_path / "content", tmp_path / "output", SITE_DATA_PATH=str(tmp_path / "data")
    )
    built = [name for name in site.html_files() if name[:2] == "20" and name.count("/") == 2]
    assert len([name for name in built if not name.endswith("index.html")]) == 5
