"""Counts in one SQLite file (WAL): the default store for a single machine."""

import secrets
import sqlite3
from collections import Counter
from pathlib import Path

from bantin_counter.store_common import Hit, month_prefix, yesterday

SCHEMA = """
CREATE TABLE IF NOT EXISTS salts (day TEXT PRIMARY KEY, salt BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS seen (
    day TEXT NOT NULL, reader BLOB NOT NULL, path TEXT NOT NULL,
    PRIMARY KEY (day, reader, path)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS views (
    path TEXT PRIMARY KEY, counted INTEGER NOT NULL DEFAULT 0, legacy INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS daily (day TEXT PRIMARY KEY, views INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS presence (reader BLOB PRIMARY KEY, seen REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS drops (
    day TEXT NOT NULL, reason TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (day, reason)) WITHOUT ROWID;
"""


class SqliteStore:
    """One writer connection (used by one thread at a time) and one reader connection."""

    writers = 1  # SQLite takes one writer at a time anyway; batching is what makes it fast

    def __init__(self, path: str):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._writer = self._connect()
        self._writer.executescript(SCHEMA)
        self._reader = self._connect()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=30
        )
        connection.execute("PRAGMA journal_mode=WAL")
        # FULL: an acknowledged view survives power loss too, not only a killed process;
        # batching makes the one fsync per transaction affordable.
        connection.execute("PRAGMA synchronous=FULL")
        return connection

    def close(self) -> None:
        self._reader.close()
        self._writer.close()

    def salt(self, slot: int, day: str) -> bytes:
        db = self._writer
        db.execute("INSERT OR IGNORE INTO salts VALUES (?, ?)", (day, secrets.token_bytes(32)))
        return db.execute("SELECT salt FROM salts WHERE day = ?", (day,)).fetchone()[0]

    def record(self, slot: int, hits: list[Hit], drops: Counter) -> list[bool]:
        """Stores hits and drop tallies in one transaction; True for each hit that was new."""
        db = self._writer
        db.execute("BEGIN IMMEDIATE")
        try:
            fresh = []
            for hit in hits:
                cursor = db.execute(
                    "INSERT OR IGNORE INTO seen VALUES (?, ?, ?)", (hit.day, hit.reader, hit.path)
                )
                fresh.append(cursor.rowcount == 1)
            per_path = Counter(hit.path for hit, new in zip(hits, fresh, strict=True) if new)
            per_day = Counter(hit.day for hit, new in zip(hits, fresh, strict=True) if new)
            db.executemany(
                "INSERT INTO views (path, counted) VALUES (?, ?) ON CONFLICT (path)"
                " DO UPDATE SET counted = counted + excluded.counted",
                sorted(per_path.items()),
            )
            db.executemany(
                "INSERT INTO daily VALUES (?, ?) ON CONFLICT (day)"
                " DO UPDATE SET views = views + excluded.views",
                sorted(per_day.items()),
            )
            db.executemany(
                "INSERT INTO presence VALUES (?, ?) ON CONFLICT (reader)"
                " DO UPDATE SET seen = max(seen, excluded.seen)",
                [(hit.reader, hit.at) for hit in hits],
            )
            db.executemany(
                "INSERT INTO drops VALUES (?, ?, ?) ON CONFLICT (day, reason)"
                " DO UPDATE SET n = n + excluded.n",
                [(day, reason, n) for (day, reason), n in sorted(drops.items())],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return fresh

    def prune(self, slot: int, today: str, now: float) -> None:
        """Forgets what may no longer be kept: salts and reader keys of days before yesterday
        (so a salt lives at most 48 h) and presence older than the 5-minute window."""
        db = self._writer
        cutoff = yesterday(today)
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM salts WHERE day < ?", (cutoff,))
        db.execute("DELETE FROM seen WHERE day < ?", (cutoff,))
        db.execute("DELETE FROM presence WHERE seen < ?", (now - 300,))
        db.execute("COMMIT")

    def import_legacy(self, counts: dict[str, int]) -> None:
        db = self._writer
        db.execute("BEGIN IMMEDIATE")
        db.executemany(
            "INSERT INTO views (path, legacy) VALUES (?, ?) ON CONFLICT (path)"
            " DO UPDATE SET legacy = excluded.legacy",
            sorted(counts.items()),
        )
        db.execute("COMMIT")

    def counts(self, paths: list[str]) -> dict[str, int]:
        marks = ",".join("?" * len(paths))
        rows = self._reader.execute(
            f"SELECT path, counted FROM views WHERE path IN ({marks})", paths
        ).fetchall()
        found = dict(rows)
        return {path: found.get(path, 0) for path in paths}

    def site(self, today: str, now: float) -> dict[str, int]:
        db = self._reader
        db.execute("BEGIN")
        try:
            counted = db.execute("SELECT coalesce(sum(views), 0) FROM daily").fetchone()[0]
            legacy = db.execute("SELECT coalesce(sum(legacy), 0) FROM views").fetchone()[0]
            day = db.execute("SELECT views FROM daily WHERE day = ?", (today,)).fetchone()
            month = db.execute(
                "SELECT coalesce(sum(views), 0) FROM daily WHERE day LIKE ?",
                (month_prefix(today) + "%",),
            ).fetchone()[0]
            online = db.execute(
                "SELECT count(*) FROM presence WHERE seen >= ?", (now - 300,)
            ).fetchone()[0]
        finally:
            db.execute("COMMIT")
        return {
            "total": counted + legacy,
            "today": day[0] if day else 0,
            "month": month,
            "online": online,
        }

    def export(self) -> dict:
        db = self._reader
        rows = db.execute("SELECT path, counted, legacy FROM views ORDER BY path").fetchall()
        drops = db.execute("SELECT reason, sum(n) FROM drops GROUP BY reason ORDER BY reason")
        return {
            "counts": {path: counted for path, counted, _ in rows if counted},
            "legacy": {path: legacy for path, _, legacy in rows if legacy},
            "drops": dict(drops.fetchall()),
        }

    def dump(self, table: str) -> list[tuple]:
        """A table in the shape both stores share (see bantin_counter.migrate)."""
        return self._reader.execute(DUMP[table]).fetchall()

    def load(self, table: str, rows: list[tuple]) -> None:
        marks = ",".join("?" * len(DUMP_COLUMNS[table]))
        columns = ",".join(DUMP_COLUMNS[table])
        db = self._writer
        db.execute("BEGIN IMMEDIATE")
        db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        db.execute("COMMIT")


DUMP_COLUMNS = {
    "salts": ("day", "salt"),
    "seen": ("day", "reader", "path"),
    "views": ("path", "counted", "legacy"),
    "daily": ("day", "views"),
    "drops": ("day", "reason", "n"),
}
DUMP = {table: f"SELECT {', '.join(cols)} FROM {table}" for table, cols in DUMP_COLUMNS.items()}
