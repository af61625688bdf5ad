"""Per-reader rate limit: a token bucket per reader key, held in memory only."""

import time


class RateLimiter:
    """Allows `burst` hits at once and `per_minute` a minute on average for each reader."""

    def __init__(self, per_minute: int = 60, burst: int = 20, max_readers: int = 200_000):
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.max_readers = max_readers
        self._buckets: dict[bytes, tuple[float, float]] = {}

    def allow(self, reader: bytes, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.get(reader, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[reader] = (tokens, now)
            return False
        if len(self._buckets) >= self.max_readers and reader not in self._buckets:
            self._forget_full(now)
        self._buckets[reader] = (tokens - 1.0, now)
        return True

    def _forget_full(self, now: float) -> None:
        # Buckets that have refilled carry no information; dropping them bounds memory.
        full_after = self.burst / self.rate if self.rate else 0.0
        self._buckets = {
            key: value for key, value in self._buckets.items() if now - value[1] < full_after
        }
