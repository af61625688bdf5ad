"""What both stores share: the hit record, day arithmetic, opening a store from --db."""

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class Hit:
    day: str
    reader: bytes
    path: str
    at: float


def yesterday(day: str) -> str:
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def month_prefix(day: str) -> str:
    return day[:7]


def open_store(db: str):
    """A PostgreSQL store for postgresql:// URLs, otherwise an SQLite file at that path."""
    if db.startswith(("postgresql://", "postgres://")):
        from bantin_counter.store_pg import PostgresStore

        return PostgresStore(db)
    from bantin_counter.store_sqlite import SqliteStore

    return SqliteStore(db)
