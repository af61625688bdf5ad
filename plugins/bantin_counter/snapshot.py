"""Reading the counts snapshot at build time: file or URL, short timeout, last good fallback."""

import json
import logging
import os
from pathlib import Path

logger = logging.getLogger("bantin.counter")

EMPTY = {"format": 1, "counts": {}, "legacy": {}, "site": {}, "drops": {}}


class SnapshotError(ValueError):
    pass


def parse_snapshot(text: str, source: str) -> dict:
    """Validates a snapshot; raises SnapshotError naming the source and the problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SnapshotError(f"{source}:{error.lineno}: JSON không hợp lệ ({error.msg})") from None
    if not isinstance(data, dict) or data.get("format") != 1:
        raise SnapshotError(f"{source}: không phải bản chụp số lượt xem (cần format 1)")
    for key in ("counts", "legacy"):
        table = data.get(key, {})
        if not isinstance(table, dict) or not all(
            isinstance(path, str) and isinstance(n, int) and n >= 0 for path, n in table.items()
        ):
            raise SnapshotError(f"{source}: '{key}' phải là đối tượng đường dẫn → số không âm")
    site = data.get("site", {})
    if not isinstance(site, dict) or not all(isinstance(n, int) for n in site.values()):
        raise SnapshotError(f"{source}: 'site' phải là đối tượng tên → số")
    return {**EMPTY, **data}


def _fetch(source: str, timeout: float, token: str | None) -> str:
    if source.startswith(("http://", "https://")):
        import httpx

        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = httpx.get(source, timeout=timeout, headers=headers)
        response.raise_for_status()
        return response.text
    return Path(source).read_text(encoding="utf-8")


def load_snapshot(source: str | None, cache: Path, timeout: float, token: str | None) -> dict:
    """The latest snapshot, or the last good one when the source is down or broken, or an
    empty one (legacy counts only). Never raises: a counter outage must not stop a build."""
    if not source:
        return EMPTY
    try:
        text = _fetch(source, timeout, token)
        snapshot = parse_snapshot(text, source)
    except Exception as error:
        return _fallback(source, cache, error)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_name(cache.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, cache)
    except OSError as error:
        logger.warning("bantin_counter: không lưu được bản chụp vào %s (%s)", cache, error)
    return snapshot


def _fallback(source: str, cache: Path, error: Exception) -> dict:
    try:
        snapshot = parse_snapshot(cache.read_text(encoding="utf-8"), str(cache))
    except (OSError, SnapshotError):
        logger.warning(
            "bantin_counter: không đọc được số lượt xem từ %s (%s) và chưa có bản lưu; "
            "trang chỉ hiện lượt xem cũ (Views). Kiểm tra dịch vụ đếm rồi dựng lại.",
            source,
            error,
        )
        return EMPTY
    logger.warning(
        "bantin_counter: không đọc được số lượt xem từ %s (%s); dùng bản lưu %s (lúc %s).",
        source,
        error,
        cache,
        snapshot.get("generated", "?"),
    )
    return snapshot
