"""The benchmark's report: the ratio line `make bench` ends with, and one real run (no timings checked)."""

import re
import subprocess
import sys
from types import SimpleNamespace

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from bench_report import final_report

RATIO_LINE = re.compile(r"^ratio cold=(\S+) warm_one=(\S+) rss=(\S+)$")


def row(site, scenario, wall, rss=100.0, ok=True, **extra):
    return {
        "size": 10,
        "site": site,
        "scenario": scenario,
        "wall": wall,
        "cpu": wall / 2,
        "rss_mb": rss,
        "ok": ok,
        "log": "log.txt",
        **extra,
    }


def bench(*rows, stats=None):
    return SimpleNamespace(size=10, rows=list(rows), stats=stats or {}, profile=None)


def test_last_line_is_bantin_over_plain_cold():
    rows = [
        row("plain", "cold", 10.0, rss=50.0),
        row("bantin", "cold", 20.0, rss=75.0),
        row("bantin", "warm_one", 5.0),
    ]
    last = final_report([bench(*rows)]).splitlines()[-1]
    assert last == "ratio cold=2.00 warm_one=0.50 rss=1.50"


def test_failed_bantin_build_reads_not_available():
    rows = [row("plain", "cold", 10.0), row("bantin", "cold", 20.0, ok=False)]
    report = final_report([bench(*rows)])
    assert report.splitlines()[-1] == "ratio cold=n/a warm_one=n/a rss=n/a"
    assert "THẤT BẠI" in report


def test_extraction_share_is_the_larger_of_work_and_waiting():
    rows = [
        row("plain", "cold", 10.0),
        # 40 s CPU in all; extraction 3 s in both processes, 1 s of it in the build's own.
        row("bantin", "cold", 80.0, extractions=10, extract_s=3.0, extract_first_s=1.0),
        row("bantin", "warm_one", 5.0, extractions=1),
    ]
    report = final_report([bench(*rows, stats={"bantin:cold": {"timings": {"total": 20.0}}})])
    assert "extraction share of cold build 7.5%" in report
    assert "3.00 s CPU in all processes = 7.5% of CPU time" in report
    assert "1.00 s in the first = 5.0% of wall time" in report
    assert "extractions on warm_one: 1" in report


def test_a_real_run_ends_with_the_ratio_line(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "build_bench.py"),
            "--sizes",
            "2",
            "--sites",
            "plain",
            "--no-pagefind",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert RATIO_LINE.match(lines[-1])
    assert any(re.match(r"^\s+2 plain\s+warm_one\s", line) for line in lines)
    assert (tmp_path / "report.txt").read_text(encoding="utf-8").strip().endswith(lines[-1])
