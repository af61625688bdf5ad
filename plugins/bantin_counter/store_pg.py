"""Counts in PostgreSQL: the same store for sites where several service instances share it."""

import secrets
from collections import Counter

import psycopg

from bantin_counter.store_common import Hit, month_prefix, yesterday

SCHEMA = """
CREATE TABLE IF NOT EXISTS salts (day TEXT PRIMARY KEY, salt BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS seen (
    day TEXT NOT NULL, reader BYTEA NOT NULL, path TEXT NOT NULL,
    PRIMARY KEY (day, reader, path));
CREATE TABLE IF NOT EXISTS views (
    path TEXT PRIMARY KEY, counted BIGINT NOT NULL DEFAULT 0, legacy BIGINT NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS daily (day TEXT PRIMARY KEY, views BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS presence (reader BYTEA PRIMARY KEY, seen DOUBLE PRECISION NOT NULL);
CREATE TABLE IF NOT EXISTS drops (
    day TEXT NOT NULL, reason TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (day, reason));
"""


class PostgresStore:
    """One writer and one reader connection; instances coordinate only through the database."""

    def __init__(self, url: str):
        self.url = url
        self._writer = psycopg.connect(url, autocommit=True)
        with self._writer.transaction():
            # Instances starting together must not race to create the tables.
            self._writer.execute("SELECT pg_advisory_xact_lock(4242)")
            self._writer.execute(SCHEMA)
        self._reader = psycopg.connect(url, autocommit=True)

    def close(self) -> None:
        self._reader.close()
        self._writer.close()

    def salt(self, day: str) -> bytes:
        db = self._writer
        db.execute(
            "INSERT INTO salts VALUES (%s, %s) ON CONFLICT (day) DO NOTHING",
            (day, secrets.token_bytes(32)),
        )
        return bytes(db.execute("SELECT salt FROM salts WHERE day = %s", (day,)).fetchone()[0])

    def record(self, hits: list[Hit], drops: Counter) -> list[bool]:
        """Stores hits and drop tallies in one transaction; True for each hit that was new."""
        db = self._writer
        with db.transaction():
            inserted = set()
            if hits:
                rows = db.execute(
                    "INSERT INTO seen SELECT * FROM unnest(%s::text[], %s::bytea[], %s::text[])"
                    " ON CONFLICT DO NOTHING RETURNING day, reader, path",
                    (
                        [hit.day for hit in hits],
                        [hit.reader for hit in hits],
                        [hit.path for hit in hits],
                    ),
                ).fetchall()
                inserted = {(day, bytes(reader), path) for day, reader, path in rows}
            fresh = []
            for hit in hits:
                key = (hit.day, hit.reader, hit.path)
                fresh.append(key in inserted)
                inserted.discard(key)  # a repeat inside the same batch is a duplicate
            per_path = Counter(hit.path for hit, new in zip(hits, fresh, strict=True) if new)
            per_day = Counter(hit.day for hit, new in zip(hits, fresh, strict=True) if new)
            # Sorted keys: two instances updating the same rows lock them in the same order,
            # so they wait for each other instead of deadlocking.
            self._add(db, "views", "path", "counted", sorted(per_path.items()))
            self._add(db, "daily", "day", "views", sorted(per_day.items()))
            latest: dict[bytes, float] = {}
            for hit in hits:
                latest[hit.reader] = max(hit.at, latest.get(hit.reader, 0.0))
            if latest:
                readers = sorted(latest)
                db.execute(
                    "INSERT INTO presence SELECT * FROM unnest(%s::bytea[], %s::float8[])"
                    " ON CONFLICT (reader) DO UPDATE"
                    " SET seen = greatest(presence.seen, excluded.seen)",
                    (readers, [latest[reader] for reader in readers]),
                )
            for (day, reason), n in sorted(drops.items()):
                db.execute(
                    "INSERT INTO drops VALUES (%s, %s, %s) ON CONFLICT (day, reason)"
                    " DO UPDATE SET n = drops.n + excluded.n",
                    (day, reason, n),
                )
        return fresh

    @staticmethod
    def _add(db, table: str, key: str, column: str, items: list) -> None:
        if not items:
            return
        db.execute(
            f"INSERT INTO {table} ({key}, {column})"
            f" SELECT * FROM unnest(%s::text[], %s::bigint[]) ON CONFLICT ({key})"
            f" DO UPDATE SET {column} = {table}.{column} + excluded.{column}",
            ([item[0] for item in items], [item[1] for item in items]),
        )

    def prune(self, today: str, now: float) -> None:
        """Forgets salts and reader keys of days before yesterday, and stale presence."""
        cutoff = yesterday(today)
        with self._writer.transaction():
            self._writer.execute("DELETE FROM salts WHERE day < %s", (cutoff,))
            self._writer.execute("DELETE FROM seen WHERE day < %s", (cutoff,))
            self._writer.execute("DELETE FROM presence WHERE seen < %s", (now - 300,))

    def import_legacy(self, counts: dict[str, int]) -> None:
        items = sorted(counts.items())
        with self._writer.transaction():
            self._writer.execute(
                "INSERT INTO views (path, legacy) SELECT * FROM unnest(%s::text[], %s::bigint[])"
                " ON CONFLICT (path) DO UPDATE SET legacy = excluded.legacy",
                ([item[0] for item in items], [item[1] for item in items]),
            )

    def counts(self, paths: list[str]) -> dict[str, int]:
        rows = self._reader.execute(
            "SELECT path, counted FROM views WHERE path = ANY(%s)", (paths,)
        ).fetchall()
        found = dict(rows)
        return {path: int(found.get(path, 0)) for path in paths}

    def site(self, today: str, now: float) -> dict[str, int]:
        row = self._reader.execute(
            "SELECT (SELECT coalesce(sum(views), 0) FROM daily)"
            " + (SELECT coalesce(sum(legacy), 0) FROM views),"
            " (SELECT coalesce(sum(views), 0) FROM daily WHERE day = %s),"
            " (SELECT coalesce(sum(views), 0) FROM daily WHERE day LIKE %s),"
            " (SELECT count(*) FROM presence WHERE seen >= %s)",
            (today, month_prefix(today) + "%", now - 300),
        ).fetchone()
        return dict(zip(("total", "today", "month", "online"), map(int, row), strict=True))

    def export(self) -> dict:
        rows = self._reader.execute(
            "SELECT path, counted, legacy FROM views ORDER BY path"
        ).fetchall()
        drops = self._reader.execute(
            "SELECT reason, sum(n) FROM drops GROUP BY reason ORDER BY reason"
        ).fetchall()
        return {
            "counts": {path: int(counted) for path, counted, _ in rows if counted},
            "legacy": {path: int(legacy) for path, _, legacy in rows if legacy},
            "drops": {reason: int(n) for reason, n in drops},
        }

    def check(self) -> str:
        self._reader.execute("SELECT 1")
        return "ok"
