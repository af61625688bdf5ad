"""The benchmark's printed report: result table, targets, time per phase and per plugin, ratio line."""

from pathlib import Path

from profile_summary import summarise

HEADER = (
    f"{'N':>6} {'site':<8} {'scenario':<17} {'wall s':>8} {'cpu s':>8} {'rss MB':>7} {'extract':>8}"
)
# Issue 7's targets, as ratios to plain Pelican's cold build of the same corpus.
TARGETS = {"cold": 1.3, "warm_one": 0.6, "rss": 1.5}
EXTRACTION_SHARE_TARGET = 0.10


def row_line(row: dict) -> str:
    extractions = row.get("extractions")
    shown = "" if extractions is None or row["site"] != "bantin" else str(extractions)
    status = "" if row["ok"] else f"  THẤT BẠI, xem {row['log']}"
    return (
        f"{row['size']:>6} {row['site']:<8} {row['scenario']:<17} {row['wall']:>8.2f} "
        f"{row['cpu']:>8.2f} {row['rss_mb']:>7.0f} {shown:>8}{status}"
    )


def profile_text(dump: Path) -> str:
    return summarise(dump)


def find(rows: list[dict], site: str, scenario: str) -> dict | None:
    for row in rows:
        if row["site"] == site and row["scenario"] == scenario and row["ok"]:
            return row
    return None


def ratios(rows: list[dict], time: str = "wall") -> dict[str, float | None]:
    """bantin over plain Pelican's cold build: `time` is "wall" or "cpu" (steadier under load)."""
    plain = find(rows, "plain", "cold")
    cold, warm_one = find(rows, "bantin", "cold"), find(rows, "bantin", "warm_one")
    if plain is None:
        return dict.fromkeys(TARGETS)
    return {
        "cold": cold and cold[time] / plain[time],
        "warm_one": warm_one and warm_one[time] / plain[time],
        "rss": cold and cold["rss_mb"] / plain["rss_mb"],
    }


def ratio_text(values: dict[str, float | None]) -> str:
    return " ".join(
        f"{name}={'n/a' if value is None else f'{value:.2f}'}" for name, value in values.items()
    )


def target_lines(bench) -> list[str]:
    lines = []
    cpu = ratios(bench.rows, "cpu")
    for name, value in ratios(bench.rows).items():
        verdict = "n/a" if value is None else ("đạt" if value <= TARGETS[name] else "KHÔNG đạt")
        shown = "n/a" if value is None else f"{value:.2f}"
        by_cpu = "" if name == "rss" or cpu[name] is None else f"(CPU {cpu[name]:.2f})"
        lines.append(f"  {name:<9} {shown:>6} {by_cpu:<11} (mục tiêu ≤ {TARGETS[name]})  {verdict}")
    cold = find(bench.rows, "bantin", "cold")
    if cold and "extract_s" in cold:
        stats = bench.stats.get("bantin:cold", {}).get("timings", {})
        # Both ways: of all the work (CPU seconds in every process over the build's CPU
        # seconds) and of the waiting (wall seconds in the build's own process over its wall).
        of_work = cold["extract_s"] / cold["cpu"]
        own = cold.get("extract_first_s", cold["extract_s"])
        of_wait = own / (stats.get("total") or cold["wall"])
        share = max(of_work, of_wait)
        verdict = "đạt" if share <= EXTRACTION_SHARE_TARGET else "KHÔNG đạt"
        lines.append(
            f"  extraction share of cold build {100 * share:.1f}% "
            f"({cold['extract_s']:.2f} s CPU in all processes = {100 * of_work:.1f}% of CPU time; "
            f"{own:.2f} s in the first = {100 * of_wait:.1f}% of wall time; "
            f"{cold['extractions']} extractions; mục tiêu ≤ 10%)  {verdict}"
        )
    for scenario in ("warm_none", "warm_one", "warm_one_nocache"):
        row = find(bench.rows, "bantin", scenario)
        if row and "extractions" in row:
            lines.append(f"  extractions on {scenario}: {row['extractions']}")
    search = find(bench.rows, "pagefind", "cold")
    if search:
        lines.append(
            f"  Pagefind index (separate): {search['wall']:.2f} s wall, {search['rss_mb']:.0f} MB"
        )
    return lines


def phase_lines(benches: list) -> list[str]:
    """Time per generator phase and signal receiver in bantin's cold build, per article and across sizes."""
    sized = [
        (b.size, b.stats["bantin:cold"]["timings"]) for b in benches if "bantin:cold" in b.stats
    ]
    if not sized:
        return []
    labels = sorted(
        {label for _, t in sized for label in t if label != "total"},
        key=lambda label: -sized[-1][1].get(label, 0.0),
    )
    head = "  ".join(f"{f'N={size} s':>10} {'µs/bài':>8}" for size, _ in sized)
    lines = [
        "Where bantin's cold build spends its time (phases and plugin receivers overlap):",
        f"  {head}  {'growth' if len(sized) > 1 else ''}  step",
    ]
    for label in labels:
        cells, per_article = [], []
        for size, timings in sized:
            seconds = timings.get(label, 0.0)
            per_article.append(1e6 * seconds / size)
            cells.append(f"{seconds:>10.2f} {per_article[-1]:>8.0f}")
        if max(timings.get(label, 0.0) for _, timings in sized) < 0.005:
            continue
        growth = ""
        if len(sized) > 1 and per_article[0] > 0:
            # Per-article cost at the largest size over that at the smallest: ~1 is linear.
            growth = f"{per_article[-1] / per_article[0]:5.2f}x"
        lines.append(f"  {'  '.join(cells)}  {growth:>6}  {label}")
    return lines


def final_report(benches: list) -> str:
    lines = [
        "",
        "=== bantin vs plain Pelican 4.12 (timings are noisy on a shared machine) ===",
        HEADER,
    ]
    for bench in benches:
        lines += [row_line(row) for row in bench.rows]
    for bench in benches:
        lines += ["", f"N={bench.size}: bantin / plain Pelican cold", *target_lines(bench)]
    lines += ["", *phase_lines(benches)]
    profiles = [bench.profile for bench in benches if bench.profile]
    if profiles:
        lines += ["", "cProfile summaries: " + ", ".join(str(p) for p in profiles)]
    for bench in benches:
        lines.append(f"N={bench.size}: CPU-time ratio {ratio_text(ratios(bench.rows, 'cpu'))}")
    for bench in benches:
        lines.append(f"N={bench.size}: ratio {ratio_text(ratios(bench.rows))}")
    last = benches[-1].rows if benches else []
    lines.append(f"ratio {ratio_text(ratios(last))}")
    return "\n".join(lines)
