"""kill -9 of the counter service under load: no acknowledged view lost, database intact."""

import http.client
import itertools
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

PATHS = [f"/2024/03/bai-{number}.html" for number in range(20)]
AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_service(db, manifest, port) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "bantin_cli.main",
        "counter",
        "serve",
        "--db",
        str(db),
        "--manifest",
        str(manifest),
        "--port",
        str(port),
        "--trust-proxy",
        "127.0.0.1",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    pytest.fail(f"the service did not start: {process.stderr.read().decode()}")


def load(port, readers, acked: Counter, lock, stop: threading.Event) -> None:
    """One keep-alive client: every hit from a new reader, so every 204 is a recorded view."""
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        while not stop.is_set():
            number = next(readers)
            path = PATHS[number % len(PATHS)]
            connection.request(
                "POST",
                "/api/v1/hit",
                body=json.dumps({"path": path}),
                headers={
                    "Content-Type": "text/plain",
                    "User-Agent": AGENT,
                    "X-Forwarded-For": f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}",
                },
            )
            response = connection.getresponse()
            response.read()
            if response.status == 204:
                with lock:
                    acked[path] += 1
    except (OSError, http.client.HTTPException):
        pass  # the service was killed: whatever had no answer was never acknowledged


@pytest.mark.slow
def test_kill_9_under_load_loses_no_acknowledged_view(tmp_path):
    db, manifest = tmp_path / "counter.sqlite3", tmp_path / "manifest.json"
    manifest.write_text(json.dumps(PATHS), encoding="utf-8")
    readers, acked, lock = itertools.count(1), Counter(), threading.Lock()
    for _ in range(3):
        port = free_port()
        service = start_service(db, manifest, port)
        stop = threading.Event()
        clients = [
            threading.Thread(target=load, args=(port, readers, acked, lock, stop)) for _ in range(8)
        ]
        for client in clients:
            client.start()
        time.sleep(1.5)
        os.kill(service.pid, signal.SIGKILL)
        service.wait()
        stop.set()
        for client in clients:
            client.join()
    assert sum(acked.values()) > 100  # the load really ran
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(connection.execute("SELECT path, sum(counted) FROM views GROUP BY path"))
    lost = {path: n - stored.get(path, 0) for path, n in acked.items() if stored.get(path, 0) < n}
    assert lost == {}
    assert sum(stored.values()) < next(readers)  # nothing counted that was never sent
