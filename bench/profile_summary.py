"""Where a profiled build spends its time: own time per package and the top functions."""

import pstats
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SITE_PACKAGE = re.compile(r"site-packages/([A-Za-z0-9_]+)")
_OWN_PLUGIN = re.compile(r"/plugins/([A-Za-z0-9_]+)/")
# A snapshot of a commit (build_bench.py --ref) lives under bench/out/src-<commit>/.
_PROJECT = re.compile(re.escape(str(ROOT)) + r"/(?:bench/out/src-[0-9a-f]+/)?")


def package_of(filename: str) -> str:
    """'bantin_facts', 'markdown', 'jinja2', 'stdlib', ... for a profiled function's file."""
    own = _OWN_PLUGIN.search(filename)
    if own and str(ROOT) in filename:
        return own.group(1)
    if "/theme/" in filename or filename.endswith(".html"):
        return "templates"
    found = _SITE_PACKAGE.search(filename)
    if found:
        return found.group(1)
    if filename.startswith("<") or filename == "~":
        return "builtins"
    return "stdlib" if "/lib/python" in filename else Path(filename).name


def summarise(dump: Path, top: int = 25) -> str:
    """A text summary: own time per package (sums to the total), then the top functions."""
    stats = pstats.Stats(str(dump))
    per_package: dict[str, float] = defaultdict(float)
    rows = []
    for (filename, line, name), (_, calls, own, cumulative, _) in stats.stats.items():
        per_package[package_of(filename)] += own
        rows.append((own, cumulative, calls, f"{short(filename)}:{line}:{name}"))
    total = sum(per_package.values()) or 1.0
    lines = [f"Profile {dump.name}: {total:.2f} s of own time", "", "Own time per package:"]
    for package, seconds in sorted(per_package.items(), key=lambda item: -item[1])[:20]:
        lines.append(f"  {seconds:8.2f} s {100 * seconds / total:5.1f}%  {package}")
    lines += ["", f"Top {top} functions by own time (own s, cumulative s, calls):"]
    for own, cumulative, calls, where in sorted(rows, reverse=True)[:top]:
        lines.append(f"  {own:8.2f} {cumulative:8.2f} {calls:9d}  {where}")
    lines += ["", f"Top {top} bantin functions by cumulative time:"]
    ours = [row for row in rows if row[3].startswith(("plugins/", "theme/"))]
    for own, cumulative, calls, where in sorted(ours, key=lambda row: -row[1])[:top]:
        lines.append(f"  {own:8.2f} {cumulative:8.2f} {calls:9d}  {where}")
    return "\n".join(lines)


def short(filename: str) -> str:
    """The path inside the project (plugins/..., theme/...) or inside site-packages."""
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1]
    return _PROJECT.sub("", filename, count=1)
