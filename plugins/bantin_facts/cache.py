"""Facts cached by a hash of the article's text and the extractor's version: rebuilds re-extract only what changed."""

import hashlib
import logging
import marshal
import os
import pickle
import struct

from bantin_facts.sharing import shared

logger = logging.getLogger("bantin.facts")

CACHE_FILE = "bantin-facts.marshal"
# Written by earlier versions (pickles): read when there is no newer file, then replaced.
PICKLED_FILE = "bantin-facts.pickle"
# Records per chunk: small chunks keep saving from holding a copy of the whole cache at once.
_CHUNK = 256
_LENGTH = struct.Struct("<Q")


def text_key(version: str, *parts: str) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(version.encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _write_chunks(handle, records: list) -> None:
    """Records in length-prefixed chunks of marshalled data: read 3× faster than pickles, strings interned."""
    for start in range(0, len(records), _CHUNK):
        chunk = records[start : start + _CHUNK]
        try:
            data = marshal.dumps(chunk, 4)
        except ValueError:
            # Facts are plain data; a record that is not is left out and extracted again.
            data = marshal.dumps([record for record in chunk if _marshallable(record)], 4)
        handle.write(_LENGTH.pack(len(data)))
        handle.write(data)


def _marshallable(record) -> bool:
    try:
        marshal.dumps(record, 4)
    except ValueError:
        return False
    return True


def _read_chunks(handle):
    """(key, facts) of each record of a cache file written by _write_chunks."""
    while header := handle.read(_LENGTH.size):
        data = handle.read(_LENGTH.unpack(header)[0]) if len(header) == _LENGTH.size else b""
        if not data:
            raise EOFError("tệp bị cắt ngắn")
        yield from marshal.loads(data)


def _records(handle):
    """(key, facts) of each record of a pickled cache file (earlier versions), one pickle each."""
    while True:
        try:
            record = pickle.load(handle)
        except EOFError:
            return
        if isinstance(record, dict):
            # Written whole, as one dict, by earlier versions of this cache.
            yield from record.items()
        else:
            yield record


class FactsCache:
    """Facts by text key, kept in CACHE_PATH; entries no article used are dropped unless asked to keep them."""

    def __init__(self, folder: str | None, keep_unused: bool = False):
        self.keep_unused = keep_unused
        self.path = os.path.join(folder, CACHE_FILE) if folder else None
        self.pickled_path = os.path.join(folder, PICKLED_FILE) if folder else None
        self.stored: dict[str, dict] = {}
        self.used: dict[str, dict] = {}
        self.extracted = 0
        self.reused = 0
        # Facts another process of this build extracted (bantin_incremental's read-ahead).
        self.taken: dict[str, dict] = {}
        # In that other process: what it extracted, until handed over.
        self.handing_over = False
        self.fresh: list[tuple[str, dict]] = []
        # Read from an earlier version's file: written anew even when nothing changed.
        self.upgrading = False
        if self.path and os.path.exists(self.path):
            self._load(self.path, _read_chunks)
        elif self.pickled_path and os.path.exists(self.pickled_path):
            self._load(self.pickled_path, _records)
            self.upgrading = True

    def _load(self, path: str, records) -> None:
        try:
            with open(path, "rb") as handle:
                for key, facts in records(handle):
                    self.stored[key] = facts
        except (
            OSError,
            pickle.UnpicklingError,
            EOFError,
            AttributeError,
            ValueError,
            TypeError,
        ) as error:
            # A damaged cache only costs time: what could not be read is extracted again.
            logger.warning("bantin.facts: bỏ qua bộ nhớ đệm hỏng %s (%s)", path, error)

    def get_or_compute(self, key: str, compute) -> dict:
        facts = self.used.get(key)
        if facts is not None:
            self.reused += 1
        elif key in self.stored:
            # Used as loaded (marshal interns the strings): making 10,000 articles' dicts
            # key-shared again would cost a rebuild about a second to save memory only.
            facts = self.stored.pop(key)
            self.reused += 1
        else:
            facts = self.taken.pop(key, None)
            if facts is None:
                facts = compute()
                if self.handing_over:
                    # Pickled for the build's process, which makes its own compact copy.
                    self.fresh.append((key, facts))
                    return facts
                facts = shared(facts)
            self.extracted += 1
        self.used[key] = facts
        return facts

    def hand_over(self) -> list[tuple[str, dict]]:
        """(key, facts) extracted here since the last call, for the build's first process; not kept here."""
        self.handing_over = True
        fresh, self.fresh = self.fresh, []
        return fresh

    def take(self, entries: list[tuple[str, dict]]) -> None:
        """Facts extracted by another process of this build: used as if extracted here."""
        for key, facts in entries:
            self.taken[key] = shared(facts)

    def save(self):
        # Stored entries are moved to `used` as articles use them: none left, none new.
        unchanged = self.extracted == 0 and not self.stored
        if not self.path or (unchanged and not self.upgrading):
            return
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        temporary = self.path + ".tmp"
        kept = list(self.used.items())
        if self.keep_unused:
            kept += list(self.stored.items())
        with open(temporary, "wb") as handle:
            _write_chunks(handle, kept)
        os.replace(temporary, self.path)
        if os.path.exists(self.pickled_path):
            os.remove(self.pickled_path)
