"""Counter throughput: recorded views/s and latency over loopback, SQLite and PostgreSQL.

    python bench/counter_throughput.py --store sqlite --seconds 60
    python bench/counter_throughput.py --store postgresql --seconds 60
Targets (issue 5): ≥ 3,000 recorded views/s sustained for 60 s, p99 < 50 ms, on 2 cores with
the load generator on the same machine. Exits 1 when a target or the recount fails.
"""

import argparse
import json
import sys

from counter_service import (
    bench_database,
    free_port,
    run_load,
    start_service,
    store_argument,
    stored_counts,
)

TARGET_VIEWS_PER_SECOND = 3000
TARGET_P99_MS = 50


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    store_argument(parser)
    args = parser.parse_args(argv)
    with bench_database(args.store, "bantin-counter-bench-") as (db, manifest):
        port = free_port()
        service = start_service(db, manifest, port)
        try:
            run_load(port, manifest, 2, args.connections, 10**8)  # warm-up, not measured
            before = sum(stored_counts(db).values())
            summary = run_load(port, manifest, args.seconds, args.connections, 1)
        finally:
            service.terminate()
            service.wait(30)
        recorded = sum(stored_counts(db).values()) - before
    summary.pop("acked_per_path")
    summary.update(store=args.store, recorded_in_database=recorded)
    summary["recorded_views_per_second"] = round(recorded / summary["seconds"], 1)
    ok = (
        summary["recorded_views_per_second"] >= TARGET_VIEWS_PER_SECOND
        and summary["p99_ms"] < TARGET_P99_MS
        and recorded >= summary["acknowledged"]
    )
    summary["meets_targets"] = ok
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
