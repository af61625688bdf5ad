"""Facts cached by a hash of the article's text and the extractor's version: rebuilds re-extract only what changed."""

import hashlib
import logging
import os
import pickle

logger = logging.getLogger("bantin.facts")

CACHE_FILE = "bantin-facts.pickle"


def text_key(version: str, *parts: str) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(version.encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class FactsCache:
    """Facts by text key, kept in CACHE_PATH; entries no article used are dropped unless asked to keep them."""

    def __init__(self, folder: str | None, keep_unused: bool = False):
        self.keep_unused = keep_unused
        self.path = os.path.join(folder, CACHE_FILE) if folder else None
        self.stored: dict[str, dict] = {}
        self.used: dict[str, dict] = {}
        self.extracted = 0
        self.reused = 0
        if self.path and os.path.exists(self.path):
            try:
                with open(self.path, "rb") as handle:
                    self.stored = pickle.load(handle)
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as error:
                # A damaged cache only costs time: extract everything again.
                logger.warning("bantin.facts: bỏ qua bộ nhớ đệm hỏng %s (%s)", self.path, error)

    def get_or_compute(self, key: str, compute) -> dict:
        facts = self.used.get(key) or self.stored.get(key)
        if facts is None:
            facts = compute()
            self.extracted += 1
        else:
            self.reused += 1
        self.used[key] = facts
        return facts

    def save(self):
        if not self.path or (self.extracted == 0 and len(self.used) == len(self.stored)):
            return
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        temporary = self.path + ".tmp"
        kept = {**self.stored, **self.used} if self.keep_unused else self.used
        with open(temporary, "wb") as handle:
            pickle.dump(kept, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, self.path)
