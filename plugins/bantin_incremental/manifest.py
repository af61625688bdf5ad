"""What each output file was rendered from: its input digest and the size and time it was written."""

import logging
import os
import pickle

logger = logging.getLogger("bantin.incremental")

MANIFEST_FILE = "bantin-pages.pickle"
# Bumped when the manifest's layout or the meaning of a digest changes.
FORMAT = 2


class Manifest:
    """Output path (relative to OUTPUT_PATH) → digest, as recorded by the last complete build."""

    def __init__(self, cache_folder: str, output_path: str):
        self.path = os.path.join(cache_folder, MANIFEST_FILE)
        self.output_path = os.path.abspath(output_path)
        self.previous: dict[str, tuple[bytes, int, int]] = {}
        # The last build's digest of code, theme and settings (see build.py).
        self.previous_build: bytes | None = None
        self.build: bytes | None = None
        self.current: dict[str, bytes] = {}
        try:
            with open(self.path, "rb") as handle:
                stored = pickle.load(handle)
        except FileNotFoundError:
            return
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError) as error:
            # A damaged manifest only costs time: every page is rendered again.
            logger.warning("bantin.incremental: bỏ qua tệp ghi nhớ hỏng %s (%s)", self.path, error)
            return
        if (
            isinstance(stored, dict)
            and stored.get("format") == FORMAT
            and stored.get("output_path") == self.output_path
        ):
            self.previous = stored["pages"]
            self.previous_build = stored.get("build")

    def unchanged_output(self, name: str, digest: bytes, read: bool = True) -> str | None:
        """The file written from the same inputs last time, if it is still there untouched.

        With read=False, "" stands for its text: the caller leaves the file as it is.
        """
        recorded = self.previous.get(name)
        if recorded is None or recorded[0] != digest:
            return None
        path = os.path.join(self.output_path, name)
        try:
            status = os.stat(path)
            # Size and modification time as recorded: nobody (and no failed build) rewrote it.
            if (status.st_size, status.st_mtime_ns) != recorded[1:]:
                return None
            if not read:
                return ""
            with open(path, encoding="utf-8") as handle:
                return handle.read()
        except (OSError, UnicodeDecodeError):
            return None

    def record(self, name: str, digest: bytes) -> None:
        self.current[name] = digest

    def save(self) -> None:
        """Keep the digests of this build's pages, with the size and time each file now has."""
        pages = {}
        for name, digest in self.current.items():
            try:
                status = os.stat(os.path.join(self.output_path, name))
            except OSError:
                continue
            pages[name] = (digest, status.st_size, status.st_mtime_ns)
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        temporary = self.path + ".tmp"
        with open(temporary, "wb") as handle:
            pickle.dump(
                {
                    "format": FORMAT,
                    "output_path": self.output_path,
                    "build": self.build,
                    "pages": pages,
                },
                handle,
                protocol=pickle.HIGHEST_PROTOCOL,
            )
        os.replace(temporary, self.path)
