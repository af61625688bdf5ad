"""One benchmarked Pelican build in this process: plain Pelican or the bantin site, with timings.

Run by bench/build_bench.py in a fresh subprocess (the parent measures wall time, CPU and peak
memory). This side records where the time goes: per generator phase, per signal receiver and
in bantin_extract.extract (how many articles were extracted), and can write a cProfile dump.
"""

import argparse
import cProfile
import json
import mmap
import multiprocessing
import os
import runpy
import struct
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Settings plain Pelican shares with the bantin site, so both write the same URLs and pages
# from the same Markdown; theme, plugins and bantin's own settings stay out.
SHARED_SETTINGS = (
    "TIMEZONE",
    "DEFAULT_LANG",
    "DEFAULT_DATE_FORMAT",
    "READERS",
    "SLUGIFY_SOURCE",
    "SLUG_REGEX_SUBSTITUTIONS",
    "DEFAULT_PAGINATION",
    "PAGINATION_PATTERNS",
    "SUMMARY_MAX_LENGTH",
    "FEED_ALL_ATOM",
    "CATEGORY_FEED_ATOM",
    "FEED_ALL_RSS",
    "AUTHOR_FEED_ATOM",
    "AUTHOR_FEED_RSS",
    "TRANSLATION_FEED_ATOM",
    "MARKDOWN",
    "ARTICLE_TRANSLATION_ID",
    "PAGE_TRANSLATION_ID",
    "RELATIVE_URLS",
)

timings: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)
# Extractions over every process of the build: calls, CPU seconds.
_EXTRACTIONS = struct.Struct("qd")


def timed(label: str, function):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            timings[label] += time.perf_counter() - start
            calls[label] += 1

    wrapper.bench_timed = True
    return wrapper


def time_signal_receivers():
    """Time every receiver of every Pelican signal, by signal and receiver name."""
    import blinker

    def send(signal, sender=None, /, **kwargs):
        if signal.is_muted or not signal.receivers:
            return []
        results = []
        for receiver in signal.receivers_for(sender):
            name = getattr(receiver, "__qualname__", repr(receiver))
            label = f"signal {signal.name}: {getattr(receiver, '__module__', '?')}.{name}"
            start = time.perf_counter()
            results.append((receiver, receiver(sender, **kwargs)))
            timings[label] += time.perf_counter() - start
            calls[label] += 1
        return results

    blinker.Signal.send = send


def time_generator_phases():
    """Time generate_context and generate_output of every generator, plugins' ones included."""
    from pelican import Pelican

    original = Pelican._get_generator_classes

    def classes(self):
        found = original(self)
        for cls in found:
            for method in ("generate_context", "generate_output"):
                function = getattr(cls, method, None)
                if function is not None and not getattr(function, "bench_timed", False):
                    setattr(cls, method, timed(f"phase {cls.__name__}.{method}", function))
        return found

    Pelican._get_generator_classes = classes


def count_extractions():
    """Wrap bantin_extract.extract before any plugin imports it: each call is one extraction.

    The build may extract in a second process (bantin_incremental's read-ahead): calls and
    CPU seconds are added up in memory both processes share; this process's own wall seconds
    (the part on the build's critical path) are kept apart.
    """
    try:
        import bantin_extract
        import bantin_extract.facts
    except ImportError:
        return
    function = bantin_extract.facts.extract
    shared = mmap.mmap(-1, _EXTRACTIONS.size)
    lock = multiprocessing.Lock()
    first_process = os.getpid()

    def extract(*args, **kwargs):
        # CPU seconds to share out the build's CPU time, wall seconds for the first process's
        # waiting: on a loaded machine wall time also counts other programs' turns.
        start, start_cpu = time.perf_counter(), time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            cpu = time.thread_time() - start_cpu
            with lock:
                count, seconds = _EXTRACTIONS.unpack(shared[:])
                shared[:] = _EXTRACTIONS.pack(count + 1, seconds + cpu)
            if os.getpid() == first_process:
                timings["extract_first_process"] += time.perf_counter() - start

    def totals():
        count, seconds = _EXTRACTIONS.unpack(shared[:])
        calls["extract"] = count
        timings["extract"] = seconds

    bantin_extract.extract = bantin_extract.facts.extract = extract
    return totals


def plain_settings(options) -> dict:
    site = runpy.run_path(str(ROOT / "pelicanconf.py"))
    settings = {name: site[name] for name in SHARED_SETTINGS if name in site}
    settings.update(
        {name: value for name, value in site.items() if name.endswith(("_URL", "_SAVE_AS"))}
    )
    # PLUGINS=None would load every installed namespace plugin (sitemap, yaml_metadata).
    settings["PLUGINS"] = []
    return settings


def bantin_settings(options) -> dict:
    site = runpy.run_path(str(ROOT / "pelicanconf.py"))
    # Template pages (robots.txt) live in the site's own content/, not in the corpus:
    # Pelican reads an absolute source path as it is.
    template_pages = {
        str(ROOT / site.get("PATH", "content") / source): target
        for source, target in (site.get("TEMPLATE_PAGES") or {}).items()
    }
    return {
        "TEMPLATE_PAGES": template_pages,
        "THEME": str(ROOT / "theme"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
        "SITE_DATA_PATH": str(options.data),
        # The Pagefind index is timed on its own (build_bench.py runs bantin_search's indexer).
        "PAGEFIND": False,
    }


def settings_for(options) -> dict:
    from pelican.settings import read_settings

    own = plain_settings(options) if options.site == "plain" else bantin_settings(options)
    own.update(
        {
            "PATH": str(options.content),
            "OUTPUT_PATH": str(options.output),
            "CACHE_PATH": str(options.cache),
            "CACHE_CONTENT": options.cache_content,
            "LOAD_CONTENT_CACHE": options.cache_content,
            "ARTICLE_PATHS": ["articles"],
            "PAGE_PATHS": ["pages"],
            "STATIC_PATHS": [],
            "EXTRA_PATH_METADATA": {},
            "DELETE_OUTPUT_DIRECTORY": False,
        }
    )
    own.update(options.setting)
    conf = str(ROOT / "pelicanconf.py") if options.site == "bantin" else None
    return read_settings(conf, override=own)


def trace_memory(report: Path):
    """Write what holds memory once every article is read and processed (before writing)."""
    import tracemalloc

    from pelican import signals
    from profile_summary import package_of

    def snapshot(_generators):
        current, peak = tracemalloc.get_traced_memory()
        statistics = tracemalloc.take_snapshot().statistics("lineno")
        by_package: dict[str, int] = defaultdict(int)
        for stat in statistics:
            by_package[package_of(stat.traceback[0].filename)] += stat.size
        lines = [
            f"Python memory before writing: {current / 2**20:.1f} MB (peak {peak / 2**20:.1f} MB)"
        ]
        lines += ["", "By package:"]
        for package, size in sorted(by_package.items(), key=lambda item: -item[1])[:15]:
            lines.append(f"  {size / 2**20:8.1f} MB  {package}")
        lines += ["", "Top lines:"]
        lines += [f"  {stat.size / 2**20:8.1f} MB  {stat.traceback[0]}" for stat in statistics[:20]]
        report.write_text("\n".join(lines) + "\n", encoding="utf-8")

    signals.all_generators_finalized.connect(snapshot, weak=False)
    tracemalloc.start()


def build(options) -> dict:
    if options.trace_memory:
        trace_memory(options.trace_memory)
    time_signal_receivers()
    time_generator_phases()
    extraction_totals = count_extractions() if options.site == "bantin" else None
    from pelican import Pelican

    start = time.perf_counter()
    settings = settings_for(options)
    pelican = Pelican(settings)
    if options.profile:
        profiler = cProfile.Profile()
        profiler.runcall(pelican.run)
        profiler.dump_stats(options.profile)
    else:
        pelican.run()
    timings["total"] = time.perf_counter() - start
    if extraction_totals:
        extraction_totals()
    return {
        "timings": dict(timings),
        "calls": dict(calls),
        "extractions": calls.get("extract", 0),
        # Articles the second reading process read (bantin_incremental's read-ahead).
        "read_ahead": getattr(pelican, "bantin_read_ahead", None),
    }


def setting(text: str) -> tuple[str, object]:
    name, _, value = text.partition("=")
    if not name or not value:
        raise argparse.ArgumentTypeError(f"'{text}': hãy ghi TÊN=giá-trị, ví dụ BANTIN_PROCESSES=1")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", choices=("plain", "bantin"), required=True)
    parser.add_argument("--content", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--cache-content", action="store_true", help="Pelican's content cache on")
    parser.add_argument("--profile", type=Path, help="write a cProfile dump here")
    parser.add_argument("--trace-memory", type=Path, help="write a tracemalloc summary here")
    parser.add_argument("--stats", type=Path, required=True, help="write timings (JSON) here")
    parser.add_argument(
        "--setting",
        type=setting,
        action="append",
        default=[],
        metavar="NAME=JSON",
        help="override a setting, e.g. BANTIN_PROCESSES=1 (value read as JSON)",
    )
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT / "plugins"))
    os.chdir(ROOT)
    stats = build(options)
    options.stats.write_text(
        json.dumps(stats, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
