"""kill -9 of the counter service under load, N rounds: no acknowledged view may be lost.

    python bench/counter_kill.py --rounds 20 [--store postgresql]
Each round starts the service on the same database, loads it from a separate process, kills
it with SIGKILL at a random moment, and checks the database. At the end every path must hold
at least as many views as were acknowledged (204) for it. Exits 1 on any loss.
"""

import argparse
import contextlib
import json
import os
import random
import signal
import sqlite3
import sys
import threading
from collections import Counter

from counter_service import (
    bench_database,
    free_port,
    run_load,
    start_service,
    store_argument,
    stored_counts,
)


def intact(db: str) -> bool:
    if db.startswith("postgresql://"):
        return True  # PostgreSQL recovers by its own WAL; the recount below is the check
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    store_argument(parser)
    args = parser.parse_args(argv)
    acked, rounds = Counter(), []
    with bench_database(args.store, "bantin-counter-kill-") as (db, manifest):
        for number in range(args.rounds):
            port = free_port()
            service = start_service(db, manifest, port)
            delay = random.uniform(0.8, 2.5)
            killer = threading.Timer(delay, os.kill, (service.pid, signal.SIGKILL))
            killer.start()
            summary = run_load(port, manifest, delay + 0.5, args.connections, number * 10**7)
            killer.join()
            service.wait()
            acked.update(summary["acked_per_path"])
            rounds.append(
                {
                    "round": number + 1,
                    "killed_after_s": round(delay, 2),
                    "acknowledged": summary["acknowledged"],
                    "intact": intact(db),
                }
            )
            print(json.dumps(rounds[-1]), file=sys.stderr)
        stored = stored_counts(db)
    lost = {path: n - stored.get(path, 0) for path, n in acked.items() if stored.get(path, 0) < n}
    result = {
        "store": args.store,
        "rounds": len(rounds),
        "acknowledged": sum(acked.values()),
        "stored": sum(stored.values()),
        "lost": sum(lost.values()),
        "all_intact": all(item["intact"] for item in rounds),
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0 if not lost and result["all_intact"] else 1


if __name__ == "__main__":
    sys.exit(main())
