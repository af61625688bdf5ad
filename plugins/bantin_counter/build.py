"""Pelican glue: bakes each article's view count into its page and writes the manifest."""

import json
import logging
import os
from pathlib import Path

from pelican import signals

from bantin_counter.snapshot import load_snapshot
from bantin_text import format_vi_number

logger = logging.getLogger("bantin.counter")

MANIFEST_NAME = "counter-manifest.json"
DEFAULT_TIMEOUT = 3.0
DEFAULT_TOKEN_ENV = "BANTIN_COUNTER_TOKEN"


def counter_path(article) -> str:
    """The path the page reports and the service counts: "/" + the article's URL."""
    return "/" + article.url.lstrip("/")


def _settings_error(key: str, value, expected: str) -> ValueError:
    return ValueError(f"bantin_counter: {key} = {value!r} không hợp lệ; cần {expected}")


def _read_settings(settings: dict) -> tuple[str | None, Path, float, str | None]:
    source = settings.get("COUNTER_SNAPSHOT")
    if source is not None and not isinstance(source, str):
        raise _settings_error("COUNTER_SNAPSHOT", source, "đường dẫn tệp hoặc URL")
    timeout = settings.get("COUNTER_TIMEOUT", DEFAULT_TIMEOUT)
    if not isinstance(timeout, int | float) or timeout <= 0:
        raise _settings_error("COUNTER_TIMEOUT", timeout, "số giây dương")
    cache = settings.get("COUNTER_SNAPSHOT_CACHE") or os.path.join(
        settings.get("CACHE_PATH", "cache"), "counter-snapshot.json"
    )
    token = os.environ.get(settings.get("COUNTER_TOKEN_ENV", DEFAULT_TOKEN_ENV))
    return source, Path(cache), float(timeout), token


def bake_counts(generator) -> None:
    """Gives every article its displayed count: legacy Views (or imported legacy) plus the
    views counted since, and puts the site totals in the template context."""
    source, cache, timeout, token = _read_settings(generator.settings)
    snapshot = load_snapshot(source, cache, timeout, token)
    counted, imported = snapshot["counts"], snapshot["legacy"]
    uncounted_legacy = 0
    for article in generator.articles:
        path = counter_path(article)
        views = article.metadata.get("views")
        if isinstance(views, int):
            base = views
            if path not in imported:
                # The service's total knows imported counts, not the Views metadata.
                uncounted_legacy += views
        else:
            base = imported.get(path, 0)
        article.counter_path = path
        article.view_count_base = base
        article.view_count = base + counted.get(path, 0)
        article.view_count_text = format_vi_number(article.view_count)
    site = snapshot["site"]
    total = uncounted_legacy + site.get("total", sum(counted.values()) + sum(imported.values()))
    generator.context["COUNTER_SITE"] = {
        "base": uncounted_legacy,
        "total": total,
        "total_text": format_vi_number(total),
        "today_text": format_vi_number(site["today"]) if "today" in site else "—",
        "month_text": format_vi_number(site["month"]) if "month" in site else "—",
        "online_text": format_vi_number(site["online"]) if "online" in site else "—",
    }


def write_manifest(generator, writer) -> None:
    """output/counter-manifest.json: the sorted list of paths the service may count."""
    paths = sorted({counter_path(article) for article in generator.articles})
    target = Path(generator.output_path) / MANIFEST_NAME
    target.write_text(json.dumps(paths, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    logger.info("bantin_counter: %d đường dẫn được đếm → %s", len(paths), target)


def register() -> None:
    # After the articles are read (counts need their URLs), before any page is written.
    signals.article_generator_finalized.connect(bake_counts)
    # Once the article pages are written: the manifest lists exactly the pages that exist.
    signals.article_writer_finalized.connect(write_manifest)
