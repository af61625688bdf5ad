"""Facts cached by a hash of the article's text and the extractor's version: rebuilds re-extract only what changed."""

import hashlib
import logging
import os
import pickle
import sys

logger = logging.getLogger("bantin.facts")

CACHE_FILE = "bantin-facts.pickle"


def text_key(version: str, *parts: str) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(version.encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def shared(value):
    """`value` with every string interned: thousands of articles repeat names, roles, units, dates."""
    kind = type(value)
    if kind is str:
        return sys.intern(value)
    if kind is dict:
        return {sys.intern(k) if type(k) is str else k: shared(v) for k, v in value.items()}
    if kind is list:
        return [shared(item) for item in value]
    return value


def _records(handle):
    """(key, facts) of each record of a cache file, one pickle each."""
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
        self.stored: dict[str, dict] = {}
        self.used: dict[str, dict] = {}
        self.extracted = 0
        self.reused = 0
        # Facts another process of this build extracted (bantin_incremental's read-ahead).
        self.taken: dict[str, dict] = {}
        # In that other process: what it extracted, until handed over.
        self.handing_over = False
        self.fresh: list[tuple[str, dict]] = []
        if self.path and os.path.exists(self.path):
            try:
                with open(self.path, "rb") as handle:
                    for key, facts in _records(handle):
                        self.stored[key] = shared(facts)
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError) as error:
                # A damaged cache only costs time: what could not be read is extracted again.
                logger.warning("bantin.facts: bỏ qua bộ nhớ đệm hỏng %s (%s)", self.path, error)

    def get_or_compute(self, key: str, compute) -> dict:
        facts = self.used.get(key) or self.stored.get(key)
        if facts is None:
            facts = self.taken.pop(key, None)
            if facts is None:
                facts = shared(compute())
                if self.handing_over:
                    self.fresh.append((key, facts))
                    return facts
            self.extracted += 1
        else:
            self.reused += 1
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
        if not self.path or (self.extracted == 0 and len(self.used) == len(self.stored)):
            return
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        temporary = self.path + ".tmp"
        kept = list(self.used.items())
        if self.keep_unused:
            kept += [(key, facts) for key, facts in self.stored.items() if key not in self.used]
        with open(temporary, "wb") as handle:
            pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
            # One pickle per article: pickling the whole dict at once would remember every
            # object of every article until the end, a passing peak of the build's memory.
            for record in kept:
                pickler.dump(record)
                pickler.clear_memo()
        os.replace(temporary, self.path)
