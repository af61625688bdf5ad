"""Both counter stores (bantin_counter.store_sqlite, store_pg) against real databases."""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

import pytest

from bantin_counter.store_common import Hit, open_store

PATH = "/2024/03/hoi-nghi.html"
DAY = "2024-03-05"
NOW = 1709600000.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def postgres():
    """A throwaway PostgreSQL cluster on a free port: yields a function making fresh databases."""
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not binaries:
        pytest.skip("PostgreSQL server binaries are not installed (apt-get install postgresql)")
    bindir = os.path.dirname(binaries[-1])
    # Not under pytest's tmp folder: that one is private to root and postgres cannot enter it.
    root = Path(tempfile.mkdtemp(prefix="bantin-pg-"))
    data, port = root / "data", _free_port()
    as_user = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    run = lambda *args: subprocess.run([*as_user, *args], check=True, capture_output=True)  # noqa: E731
    run(f"{bindir}/initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync")
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    run(f"{bindir}/pg_ctl", "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start")
    counter = iter(range(1000))

    def database() -> str:
        name = f"counter{next(counter)}"
        run(f"{bindir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", name)
        return f"postgresql://postgres@127.0.0.1:{port}/{name}"

    yield database
    run(f"{bindir}/pg_ctl", "-D", str(data), "-m", "immediate", "stop")
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "sqlite":
        db = str(tmp_path / "counter.sqlite3")
    else:
        db = request.getfixturevalue("postgres")()
    opened = open_store(db)
    yield opened
    opened.close()


def reader(number: int) -> bytes:
    return number.to_bytes(16, "big")


def test_record_counts_new_views_and_flags_repeats(store):
    hits = [
        Hit(DAY, reader(1), PATH, NOW),
        Hit(DAY, reader(1), PATH, NOW),
        Hit(DAY, reader(2), PATH, NOW),
    ]
    assert store.record(0, hits, Counter({(DAY, "crawler"): 2})) == [True, False, True]
    assert store.record(0, [Hit(DAY, reader(2), PATH, NOW)], Counter()) == [False]
    assert store.record(0, [Hit("2024-03-06", reader(2), PATH, NOW)], Counter()) == [True]
    assert store.counts([PATH, "/khac.html"]) == {PATH: 3, "/khac.html": 0}
    assert store.site(DAY, NOW + 10) == {"total": 3, "today": 2, "month": 3, "online": 2}
    assert store.export()["drops"] == {"crawler": 2}


def test_legacy_counts_join_the_site_total_not_the_counted(store):
    store.import_legacy({PATH: 500, "/cu.html": 7})
    store.record(0, [Hit(DAY, reader(1), PATH, NOW)], Counter())
    assert store.counts([PATH]) == {PATH: 1}
    assert store.site(DAY, NOW)["total"] == 508
    assert store.export()["legacy"] == {PATH: 500, "/cu.html": 7}


def test_prune_forgets_salts_and_readers_after_two_days(store):
    old_salt = store.salt(0, "2024-03-03")
    assert store.salt(0, "2024-03-03") == old_salt  # one salt per day, shared by every instance
    store.salt(0, DAY)
    store.record(0, [Hit("2024-03-03", reader(1), PATH, NOW - 2 * 86400)], Counter())
    store.prune(0, DAY, NOW)
    assert store.salt(0, "2024-03-03") != old_salt  # the old salt is gone: a new one is drawn
    assert store.record(0, [Hit("2024-03-03", reader(1), PATH, NOW)], Counter()) == [True]
    assert store.site(DAY, NOW)["online"] == 1


@pytest.mark.postgres
def test_two_service_instances_share_one_postgresql(postgres, tmp_path):
    import json

    from bantin_counter.app import Config, CounterApp

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    db = postgres()
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([PATH]), encoding="utf-8")
    agent = {"Content-Type": "text/plain", "User-Agent": "Mozilla/5.0 Chrome/124.0 Safari/537.36"}
    body = json.dumps({"path": PATH})
    apps = [CounterApp(open_store(db), Config(manifest=str(manifest))).starlette() for _ in "ab"]
    with TestClient(apps[0]) as first, TestClient(apps[1]) as second:
        assert first.post("/api/v1/hit", content=body, headers=agent).status_code == 204
        # Same reader through the other instance: the shared daily salt makes it a repeat.
        assert second.post("/api/v1/hit", content=body, headers=agent).status_code == 204
        other = {**agent, "User-Agent": agent["User-Agent"] + " Edg/124"}
        assert second.post("/api/v1/hit", content=body, headers=other).status_code == 204
        assert first.get("/api/v1/counts", params={"path": PATH}).json() == {"counts": {PATH: 2}}
    time.sleep(0)  # both lifespans have closed their connections here


@pytest.mark.postgres
def test_copy_from_sqlite_to_postgresql_keeps_every_count(postgres, tmp_path):
    from bantin_counter.migrate import MigrateError, copy_store

    sqlite = open_store(str(tmp_path / "counter.sqlite3"))
    sqlite.import_legacy({PATH: 500})
    sqlite.salt(0, DAY)
    sqlite.record(
        0, [Hit(DAY, reader(n), PATH, NOW) for n in range(3)], Counter({(DAY, "crawler"): 4})
    )
    target = open_store(postgres())
    assert copy_store(sqlite, target)["seen"] == 3
    assert target.export() == sqlite.export()
    assert target.site(DAY, NOW) == {**sqlite.site(DAY, NOW), "online": 0}
    assert target.salt(0, DAY) == sqlite.salt(0, DAY)  # today's readers stay recognised
    assert target.record(0, [Hit(DAY, reader(1), PATH, NOW)], Counter()) == [False]
    with pytest.raises(MigrateError):
        copy_store(sqlite, target)
    sqlite.close()
    target.close()
