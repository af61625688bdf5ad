"""Articles read by two processes make the site one process makes: pages, facts cache and errors alike."""

import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, build_project_site, build_site
from incremental_support import EditedSite, differences

import bantin_facts
from bantin_facts.cache import FactsCache
from bantin_integrity.errors import BuildFailed

# Read in two processes however few articles there are.
TWO_READERS = {"BANTIN_PROCESSES": 2, "BANTIN_PARALLEL_READ_MIN": 1}
ONE_PROCESS = {"BANTIN_PROCESSES": 1}


def build(site: EditedSite, folder: str, settings: dict):
    return build_project_site(
        site.path("content"), site.path(folder) / "output", **site.settings(), **settings
    )


def test_two_reading_processes_build_what_one_builds(tmp_path, monkeypatch):
    # Extractions in this (the first) process: the second hands over what it extracted.
    extractions = []
    extract = bantin_facts.extract
    monkeypatch.setattr(
        bantin_facts, "extract", lambda *a, **k: extractions.append(1) or extract(*a, **k)
    )
    site = EditedSite(tmp_path)
    one = build(site, "one", ONE_PROCESS)
    extracted_by_one, extractions[:] = len(extractions), []
    two = build(site, "two", TWO_READERS)
    assert one.pelican.bantin_read_ahead == 0
    assert two.pelican.bantin_read_ahead >= 1
    assert len(extractions) + two.pelican.bantin_read_ahead == extracted_by_one
    assert differences(one.output, two.output) == []
    assert differences(two.output, one.output) == []
    # The facts the second process extracted are kept for the next build like the others.
    kept_by_one = FactsCache(str(site.path("one") / "cache")).stored
    kept_by_two = FactsCache(str(site.path("two") / "cache")).stored
    assert kept_by_two == kept_by_one
    assert len(kept_by_one) > 10


def build_error(tmp_path, fixture: str, copies: int, settings: dict) -> str:
    """Build `copies` copies of one broken article; the report the failed build gave."""
    content = tmp_path / "content"
    content.mkdir(exist_ok=True)
    for number in range(copies):
        shutil.copyfile(FIXTURES / fixture, content / f"{number}-{Path(fixture).name}")
    folder = tmp_path / ("two" if settings is TWO_READERS else "one")
    with pytest.raises(BuildFailed) as failure:
        build_site(content, folder / "output", **settings)
    return str(failure.value.code)


@pytest.mark.parametrize(
    "fixture",
    [
        # The reader logs the problem and goes on: its log record travels to the first process.
        "integrity/unknown_field.md",
        # The reader gives up: the first process reads the file again and reports it.
        "integrity/invalid_date.md",
        # Logged after reading (facts corrections, when the article is made): the first process
        # logs it itself, once.
        "facts/override_bad_date.md",
    ],
)
def test_errors_in_files_the_second_process_read_are_reported(tmp_path, fixture):
    # Every file is broken, so the second process surely read one of them: the report must be
    # the one a single process gives, each file named once, with its line.
    one = build_error(tmp_path, fixture, 3, ONE_PROCESS)
    two = build_error(tmp_path, fixture, 3, TWO_READERS)
    assert two == one
    for number in range(3):
        assert one.count(f"{number}-{Path(fixture).name}:") == 1
