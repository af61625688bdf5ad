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
    path TEXT NOT NULL, shard SMALLINT NOT NULL,
    counted BIGINT NOT NULL DEFAULT 0, legacy BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (path, shard));
CREATE TABLE IF NOT EXISTS daily (
    day TEXT NOT NULL, shard SMALLINT NOT NULL, views BIGINT NOT NULL,
    PRIMARY KEY (day, shard));
CREATE TABLE IF NOT EXISTS presence (reader BYTEA PRIMARY KEY, seen DOUBLE PRECISION NOT NULL);
CREATE TABLE IF NOT EXISTS drops (
    day TEXT NOT NULL, reason TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (day, reason));
"""
# Counters are split in shards: concurrent transactions (several writers, several instances)
# then update different rows of a popular article or of today, instead of queueing on one.
SHARDS = 16
WRITERS = 4

# One statement: insert the readers' keys, count only the rows that were new.
RECORD = """
WITH new AS (
    INSERT INTO seen SELECT * FROM unnest(%(days)s::text[], %(readers)s::bytea[], %(paths)s::text[])
    ON CONFLICT DO NOTHING RETURNING day, reader, path
), by_path AS (
    INSERT INTO views (path, shard, counted)
    SELECT path, %(shard)s, count(*) FROM new GROUP BY path ORDER BY path
    ON CONFLICT (path, shard) DO UPDATE SET counted = views.counted + excluded.counted
), by_day AS (
    INSERT INTO daily (day, shard, views)
    SELECT day, %(shard)s, count(*) FROM new GROUP BY day ORDER BY day
    ON CONFLICT (day, shard) DO UPDATE SET views = daily.views + excluded.views
)
SELECT day, reader, path FROM new
"""


class PostgresStore:
    """A few writer connections and one reader; instances coordinate only through the database."""

    writers = WRITERS

    def __init__(self, url: str):
        self.url = url
        setup = psycopg.connect(url, autocommit=True)
        with setup.transaction():
            # Instances starting together must not race to create the tables.
            setup.execute("SELECT pg_advisory_xact_lock(4242)")
            setup.execute(SCHEMA)
        setup.close()
        self._writers = [psycopg.connect(url, autocommit=True) for _ in range(WRITERS)]
        self._reader = psycopg.connect(url, autocommit=True)
        self._first_shard = secrets.randbelow(SHARDS)

    def close(self) -> None:
        self._reader.close()
        for connection in self._writers:
            connection.close()

    def salt(self, slot: int, day: str) -> bytes:
        db = self._writers[slot]
        db.execute(
            "INSERT INTO salts VALUES (%s, %s) ON CONFLICT (day) DO NOTHING",
            (day, secrets.token_bytes(32)),
        )
        return bytes(db.execute("SELECT salt FROM salts WHERE day = %s", (day,)).fetchone()[0])

    def record(self, slot: int, hits: list[Hit], drops: Counter) -> list[bool]:
        """Stores hits and drop tallies in one transaction; True for each hit that was new."""
        db = self._writers[slot]
        # Sorted: two transactions touching the same keys lock them in the same order, so
        # they wait for each other instead of deadlocking.
        ordered = sorted({(hit.day, hit.reader, hit.path) for hit in hits})
        latest: dict[bytes, float] = {}
        for hit in hits:
            latest[hit.reader] = max(hit.at, latest.get(hit.reader, 0.0))
        readers = sorted(latest)
        with db.pipeline(), db.transaction():
            new_rows = None
            if ordered:
                new_rows = db.execute(
                    RECORD,
                    {
                        "days": [key[0] for key in ordered],
                        "readers": [key[1] for key in ordered],
                        "paths": [key[2] for key in ordered],
                        "shard": (self._first_shard + slot) % SHARDS,
                    },
                )
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
        inserted = set()
        if new_rows is not None:
            inserted = {(day, bytes(reader), path) for day, reader, path in new_rows.fetchall()}
        fresh = []
        for hit in hits:
            key = (hit.day, hit.reader, hit.path)
            fresh.append(key in inserted)
            inserted.discard(key)  # a repeat inside the same batch is a duplicate
        return fresh

    def prune(self, slot: int, today: str, now: float) -> None:
        """Forgets salts and reader keys of days before yesterday, and stale presence."""
        cutoff = yesterday(today)
        db = self._writers[slot]
        with db.transaction():
            db.execute("DELETE FROM salts WHERE day < %s", (cutoff,))
            db.execute("DELETE FROM seen WHERE day < %s", (cutoff,))
            db.execute("DELETE FROM presence WHERE seen < %s", (now - 300,))

    def import_legacy(self, counts: dict[str, int]) -> None:
        items = sorted(counts.items())
        db = self._writers[0]
        with db.transaction():
            # Legacy counts live in shard 0 only, so a re-import replaces instead of adding.
            db.execute(
                "INSERT INTO views (path, shard, legacy)"
                " SELECT path, 0, n FROM unnest(%s::text[], %s::bigint[]) AS t (path, n)"
                " ON CONFLICT (path, shard) DO UPDATE SET legacy = excluded.legacy",
                ([item[0] for item in items], [item[1] for item in items]),
            )

    def counts(self, paths: list[str]) -> dict[str, int]:
        rows = self._reader.execute(
            "SELECT path, sum(counted) FROM views WHERE path = ANY(%s) GROUP BY path", (paths,)
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
            "SELECT path, sum(counted), sum(legacy) FROM views GROUP BY path ORDER BY path"
        ).fetchall()
        drops = self._reader.execute(
            "SELECT reason, sum(n) FROM drops GROUP BY reason ORDER BY reason"
        ).fetchall()
        return {
            "counts": {path: int(counted) for path, counted, _ in rows if counted},
            "legacy": {path: int(legacy) for path, _, legacy in rows if legacy},
            "drops": {reason: int(n) for reason, n in drops},
        }

    def dump(self, table: str) -> list[tuple]:
        """A table in the shape both stores share (see bantin_counter.migrate)."""
        rows = self._reader.execute(DUMP[table]).fetchall()
        return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in rows]

    def load(self, table: str, rows: list[tuple]) -> None:
        columns = LOAD_COLUMNS[table]
        marks = ",".join(["%s"] * len(columns))
        db = self._writers[0]
        with db.transaction(), db.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                [row + (0,) * (len(columns) - len(row)) for row in rows],
            )


DUMP = {
    "salts": "SELECT day, salt FROM salts",
    "seen": "SELECT day, reader, path FROM seen",
    "views": "SELECT path, sum(counted)::bigint, sum(legacy)::bigint FROM views GROUP BY path",
    "daily": "SELECT day, sum(views)::bigint FROM daily GROUP BY day",
    "drops": "SELECT day, reason, n FROM drops",
}
# Copied counters all land in shard 0; the shard column comes last so it can be padded.
LOAD_COLUMNS = {
    "salts": ("day", "salt"),
    "seen": ("day", "reader", "path"),
    "views": ("path", "counted", "legacy", "shard"),
    "daily": ("day", "views", "shard"),
    "drops": ("day", "reason", "n"),
}
