"""Bench helpers for the counter: a manifest, the service as a process, a throwaway PostgreSQL."""

import contextlib
import glob
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_manifest(folder: Path, count: int = 500) -> Path:
    manifest = folder / "counter-manifest.json"
    paths = [f"/2024/{month:02d}/bai-{n}.html" for n in range(count) for month in [n % 12 + 1]]
    manifest.write_text(json.dumps(sorted(paths)), encoding="utf-8")
    return manifest


def start_service(db: str, manifest: Path, port: int) -> subprocess.Popen:
    """`bantin counter serve` trusting X-Forwarded-For from loopback (the load generator plays
    the reverse proxy, so each request can come from a different reader)."""
    command = [
        sys.executable, "-m", "bantin_cli.main", "counter", "serve", "--db", db,
        "--manifest", str(manifest), "--port", str(port), "--trust-proxy", "127.0.0.1",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return process
        time.sleep(0.1)
    process.kill()
    raise SystemExit("the counter service did not start")


def run_load(port: int, manifest: Path, seconds: float, connections: int, first: int) -> dict:
    """bench/counter_load.py in its own process; returns its JSON summary."""
    command = [
        sys.executable, str(ROOT / "bench" / "counter_load.py"), "--port", str(port),
        "--manifest", str(manifest), "--duration", str(seconds),
        "--connections", str(connections), "--first-reader", str(first),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@contextlib.contextmanager
def throwaway_postgres():
    """A PostgreSQL cluster in a temporary folder on a free port; yields its URL."""
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not binaries:
        raise SystemExit("PostgreSQL is not installed: apt-get install -y postgresql")
    bindir = os.path.dirname(binaries[-1])
    root = Path(tempfile.mkdtemp(prefix="bantin-pg-bench-"))
    as_user = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port, data = free_port(), root / "data"

    def run(*args):
        subprocess.run([*as_user, *args], check=True, capture_output=True)

    run(f"{bindir}/initdb", "-D", str(data), "-A", "trust", "-U", "postgres")
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1"
    run(f"{bindir}/pg_ctl", "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(f"{bindir}/pg_ctl", "-D", str(data), "-m", "fast", "stop")
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def bench_database(store: str, prefix: str):
    """A temporary folder with a manifest and a fresh database: yields (db, manifest)."""
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        manifest = write_manifest(Path(folder))
        if store == "postgresql":
            with throwaway_postgres() as url:
                yield url, manifest
        else:
            yield str(Path(folder) / "counter.sqlite3"), manifest


def store_argument(parser) -> None:
    parser.add_argument("--store", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--connections", type=int, default=32)


def stored_counts(db: str) -> dict[str, int]:
    """Counted views per path, read straight from the database (shards summed)."""
    query = "SELECT path, sum(counted) FROM views GROUP BY path"
    if db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db) as connection:
            rows = connection.execute(query).fetchall()
    else:
        import sqlite3

        with contextlib.closing(sqlite3.connect(db)) as connection:
            rows = connection.execute(query).fetchall()
    return {path: int(views) for path, views in rows}
