"""`make bench`: build one synthetic corpus with plain Pelican and with bantin, cold and warm, and compare.

For each size N (default 1,000 and 10,000): plain Pelican 4.12 (default theme, no plugins,
the same URL settings) and the full bantin site, each build in a fresh subprocess; cold (empty
output and caches), warm with nothing changed, warm after editing one article; bantin once more
with Pelican's content cache off (only the extraction cache left). Pagefind is timed on its own.
Prints a table; the last line reads `ratio cold=X warm_one=Y rss=Z` (bantin / plain cold).
Results, logs and profiles go to bench/out/ (git-ignored).
"""

import argparse
import io
import json
import shutil
import signal
import subprocess
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_report
from corpus import edit_one, write_corpus
from measure import BuildTimeout, measure

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
# bantin_search's own indexer (Pagefind's Python API, with the đ/d folding), outside Pelican.
INDEX_SITE = (
    "import sys; sys.path.insert(0, sys.argv[1]); from bantin_search.indexer import build_index; "
    "print(build_index(sys.argv[2]), 'pages indexed')"
)


class Bench:
    """The builds of one size, sharing one corpus and one folder under bench/out/work/."""

    def __init__(self, size: int, options):
        self.size = size
        self.options = options
        self.work = options.out / "work" / str(size)
        self.rows: list[dict] = []
        self.profile: Path | None = None
        self.stats: dict[str, dict] = {}

    def prepare(self):
        shutil.rmtree(self.work, ignore_errors=True)
        self.paths = write_corpus(self.work, self.size, self.options.seed)

    def build(
        self,
        site: str,
        scenario: str,
        *,
        cold: bool,
        cache_content: bool = True,
        profile: Path | None = None,
        tag: str = "",
    ) -> dict:
        if site not in self.options.sites:
            return {"ok": False}
        name = f"{site}{tag}"
        output, cache = self.work / f"out-{name}", self.work / f"cache-{name}"
        if cold:
            shutil.rmtree(output, ignore_errors=True)
            shutil.rmtree(cache, ignore_errors=True)
        stats_path = self.work / f"stats-{name}-{scenario}.json"
        runner = self.options.source / "bench" / "run_build.py"
        command = [sys.executable, str(runner), "--site", site, "--stats", str(stats_path)]
        command += ["--content", str(self.work / "content"), "--data", str(self.work / "data")]
        command += ["--output", str(output), "--cache", str(cache)]
        if cache_content:
            command.append("--cache-content")
        if profile:
            command += ["--profile", str(profile)]
        row = self.measure(command, site, scenario, f"log-{name}-{scenario}.txt")
        if row["ok"] and stats_path.exists():
            stats = json.loads(stats_path.read_text(encoding="utf-8"))
            row["extractions"] = stats["extractions"]
            row["extract_s"] = stats["timings"].get("extract", 0.0)
            row["extract_first_s"] = stats["timings"].get("extract_first_process", 0.0)
            self.stats[f"{name}:{scenario}"] = stats
        if not profile:
            self.rows.append(row)
            print(bench_report.row_line(row), flush=True)
        return row

    def measure(self, command: list[str], site: str, scenario: str, log_name: str) -> dict:
        result = measure(command, self.options.timeout, str(self.work / log_name))
        return {
            "size": self.size,
            "site": site,
            "scenario": scenario,
            "wall": result.wall,
            "cpu": result.cpu,
            "rss_mb": result.rss_mb,
            "ok": result.returncode == 0,
            "log": result.log,
        }

    def pagefind(self):
        site = self.work / "out-bantin"
        command = [
            sys.executable,
            "-c",
            INDEX_SITE,
            str(self.options.source / "plugins"),
            str(site),
        ]
        row = self.measure(command, "pagefind", "cold", "log-pagefind.txt")
        self.rows.append(row)
        print(bench_report.row_line(row), flush=True)

    def run(self, profile: bool):
        self.prepare()
        # Plain and bantin alternate, so a change in the machine's load hits both alike.
        self.build("plain", "cold", cold=True)
        bantin_ok = self.build("bantin", "cold", cold=True)["ok"]
        if bantin_ok and not self.options.no_pagefind:
            self.pagefind()
        if self.options.cold_only:
            return
        self.build("plain", "warm_none", cold=False)
        self.build("bantin", "warm_none", cold=False)
        edit_one(self.paths, 1)
        self.build("plain", "warm_one", cold=False)
        self.build("bantin", "warm_one", cold=False)
        edit_one(self.paths, 2)
        self.build("bantin", "warm_one_nocache", cold=False, cache_content=False)
        if profile and bantin_ok:
            dump = self.options.out / f"profile-bantin-{self.size}.pstats"
            if not self.build("bantin", "cold", cold=True, profile=dump, tag="-profile")["ok"]:
                return
            summary = bench_report.profile_text(dump)
            self.profile = self.options.out / f"profile-bantin-{self.size}.txt"
            self.profile.write_text(summary, encoding="utf-8")


def snapshot(ref: str) -> Path:
    """The project as committed at `ref`, unpacked under bench/out/: others' unfinished edits stay out."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", f"{ref}^{{commit}}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    target = OUT / f"src-{commit[:12]}"
    if not target.exists():
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", commit],
            capture_output=True,
            check=True,
        ).stdout
        target.mkdir(parents=True)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(target, filter="data")
    print(f"Đo mã nguồn đã commit {ref} = {commit[:12]} (thư mục {target})", flush=True)
    return target


def parse_sizes(text: str) -> list[int]:
    sizes = [int(part) for part in text.replace(",", " ").split()]
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(
            f"'{text}': hãy ghi một hoặc nhiều số bài, ví dụ 1000,10000"
        )
    return sorted(sizes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=parse_sizes, default=[1000, 10000], help="e.g. 2000 or 1000,10000"
    )
    parser.add_argument("--seed", type=int, default=20240305)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed per build")
    parser.add_argument(
        "--profile-sizes",
        type=parse_sizes,
        default=None,
        help="sizes to profile with cProfile (default: the smallest)",
    )
    parser.add_argument("--no-pagefind", action="store_true")
    parser.add_argument("--cold-only", action="store_true", help="skip rebuilds and the profile")
    parser.add_argument("--out", type=Path, default=OUT, help="results, logs, corpora (bench/out)")
    parser.add_argument(
        "--sites",
        type=lambda text: text.split(","),
        default=["plain", "bantin"],
        help="plain,bantin (default) or one of them",
    )
    parser.add_argument("--ref", help="measure this commit (e.g. HEAD) instead of the working tree")
    options = parser.parse_args()
    # `timeout` sends SIGTERM: exit through Python so the running build is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    options.out.mkdir(parents=True, exist_ok=True)
    options.source = snapshot(options.ref) if options.ref else ROOT
    profiled = set(options.profile_sizes or options.sizes[:1])
    benches = []
    print(bench_report.HEADER, flush=True)
    try:
        for size in options.sizes:
            bench = Bench(size, options)
            benches.append(bench)
            bench.run(profile=size in profiled)
    except BuildTimeout as error:
        print(f"LỖI: {error}", flush=True)
    report = bench_report.final_report(benches)
    (options.out / "report.txt").write_text(report + "\n", encoding="utf-8")
    (options.out / "results.json").write_text(
        json.dumps(
            [{"size": b.size, "rows": b.rows, "stats": b.stats} for b in benches],
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    print(report, flush=True)
    return 0 if all(row["ok"] for bench in benches for row in bench.rows) else 1


if __name__ == "__main__":
    sys.exit(main())
