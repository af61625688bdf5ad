"""The countable paths: the JSON list the build writes, re-read when the file changes."""

import json
import logging
import os
import time
from pathlib import Path

logger = logging.getLogger("bantin.counter")

RECHECK_SECONDS = 2.0


class ManifestError(ValueError):
    pass


def read_manifest(path: Path) -> frozenset[str]:
    """Reads a manifest file; raises ManifestError naming the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(
            f"{path}: không có tệp danh sách đường dẫn; hãy dựng trang (make html) trước"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ManifestError(f"{path}: không đọc được danh sách đường dẫn ({error})") from None
    if not isinstance(data, list) or not all(
        isinstance(item, str) and item.startswith("/") for item in data
    ):
        raise ManifestError(f"{path}: phải là danh sách JSON các đường dẫn bắt đầu bằng '/'")
    return frozenset(data)


class Manifest:
    """Holds the current paths; a rebuild that rewrites the file is picked up within seconds,
    and a broken rewrite keeps the last good list instead of refusing every view."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.paths = read_manifest(self.path)
        self._stamp = self._stat()
        self._checked = time.monotonic()

    def _stat(self):
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def __contains__(self, path: str) -> bool:
        now = time.monotonic()
        if now - self._checked > RECHECK_SECONDS:
            self._checked = now
            stamp = self._stat()
            if stamp and stamp != self._stamp:
                self._stamp = stamp
                try:
                    self.paths = read_manifest(self.path)
                except ManifestError as error:
                    logger.warning("bantin_counter: giữ danh sách cũ vì %s", error)
        return path in self.paths
