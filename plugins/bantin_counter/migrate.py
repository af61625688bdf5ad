"""Copying every count from one store to another (SQLite → PostgreSQL, or back)."""

TABLES = ("salts", "seen", "views", "daily", "drops")


class MigrateError(ValueError):
    pass


def copy_store(source, target) -> dict[str, int]:
    """Copies counts, legacy counts, daily totals, drop tallies and today's reader keys (so
    nobody is counted twice on the day of the move) into an empty target; rows per table."""
    if any(target.dump(table) for table in TABLES):
        raise MigrateError("cơ sở dữ liệu đích đã có số liệu; hãy dùng một cơ sở dữ liệu trống")
    copied = {}
    for table in TABLES:
        rows = source.dump(table)
        target.load(table, rows)
        copied[table] = len(rows)
    return copied
