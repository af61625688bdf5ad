"""bantin_facts: facts attached to real articles in real builds, corrections and the cache."""

import pickle
import sys

import pytest
from pelican import signals

import bantin_facts
from bantin_facts.cache import CACHE_FILE, PICKLED_FILE, FactsCache
from bantin_integrity.errors import BuildFailed


@pytest.fixture
def built_articles():
    """Articles of the next build, captured from Pelican's own signal (no fake objects)."""
    captured = []

    def capture(generator):
        captured.extend(generator.articles)

    signals.article_generator_finalized.connect(capture)
    yield captured
    signals.article_generator_finalized.disconnect(capture)


def test_every_article_carries_plain_facts(site_from, built_articles):
    site_from("facts/plain_article.md")
    (article,) = built_articles
    assert set(article.facts) >= {"people", "event_dates", "figures", "documents"}
    assert article.facts["title"] == "Đảng ủy tổng kết công tác năm 2023"
    assert article.facts["published"] == "2024-01-10"


def test_editor_corrections_win(site_from, built_articles):
    site_from("facts/override_people.md")
    (article,) = built_articles
    people = {p["name"]: p for p in article.facts["people"]}
    assert people["Lê Văn An"]["degree"] == "ThS."
    assert people["Lê Văn An"]["role"] == "Bí thư Chi bộ Khoa Sinh học"
    assert people["Trần Thị Bình"]["role"] == "Chủ tịch Công đoàn Khoa"
    assert "2024-04-12" in article.facts["event_dates"]
    assert [p["name"] for p in article.facts_attending] == [
        p["name"] for p in article.facts["people"]
    ]


def test_a_wrong_correction_fails_the_build_naming_file_and_line(site_from):
    with pytest.raises(BuildFailed) as failure:
        site_from("facts/override_bad_date.md")
    assert "override_bad_date.md:3" in str(failure.value.code)
    assert "Facts_Dates_Add" in str(failure.value.code)


def test_rebuild_extracts_only_changed_articles(tmp_path, site_from, caplog):
    caplog.set_level("INFO", logger="bantin.facts")
    site_from("facts/plain_article.md", "facts/override_people.md")
    assert "trích xuất 2 bài, dùng lại 0" in caplog.text
    caplog.clear()
    changed = tmp_path / "content" / "plain_article.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThêm một câu.\n", encoding="utf-8")
    site_from()
    assert "trích xuất 1 bài, dùng lại 1" in caplog.text


@pytest.mark.parametrize("whole", [True, False], ids=["one-dict", "one-pickle-per-article"])
def test_a_cache_pickled_by_an_earlier_version_is_read_then_replaced(
    tmp_path, site_from, monkeypatch, whole
):
    site_from("facts/plain_article.md", "facts/override_people.md")
    cache = tmp_path / "cache"
    records = list(FactsCache(str(cache)).stored.items())
    assert len(records) == 2
    (cache / CACHE_FILE).unlink()
    with (cache / PICKLED_FILE).open("wb") as handle:
        if whole:
            pickle.dump(dict(records), handle)
        else:
            for record in records:
                pickle.dump(record, handle)
    extractions = []
    extract = bantin_facts.extract
    monkeypatch.setattr(
        bantin_facts, "extract", lambda *a, **k: extractions.append(1) or extract(*a, **k)
    )
    site_from()
    assert extractions == []
    assert not (cache / PICKLED_FILE).exists()
    assert FactsCache(str(cache)).stored == dict(records)


def test_a_damaged_cache_costs_only_time(tmp_path, site_from, monkeypatch):
    site_from("facts/plain_article.md", "facts/override_people.md")
    cache_file = tmp_path / "cache" / CACHE_FILE
    # Cut short in the middle of its first chunk, as a crash while saving might leave it.
    cache_file.write_bytes(cache_file.read_bytes()[:40])
    extractions = []
    extract = bantin_facts.extract
    monkeypatch.setattr(
        bantin_facts, "extract", lambda *a, **k: extractions.append(1) or extract(*a, **k)
    )
    site_from()
    assert len(extractions) == 2
    assert len(FactsCache(str(tmp_path / "cache")).stored) == 2


def test_facts_dicts_share_their_keys(site_from, built_articles):
    # A site holds every article's facts until its last page is written: at 10,000 articles,
    # a quarter of a million figures. Each keeps its values; the keys are shared by shape.
    site_from("facts/many_figures.md")
    (article,) = built_articles
    figures = article.facts["figures"]
    assert len(figures) == 40
    assert all(type(figure) is dict for figure in figures)
    held = sum(sys.getsizeof(figure) for figure in figures)
    as_plain_dicts = sum(sys.getsizeof(dict(figure.items())) for figure in figures)
    assert held < 0.6 * as_plain_dicts
