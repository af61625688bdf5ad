"""Group commit: hits that arrive while a transaction runs are written together in the next."""

import asyncio
import contextlib
import logging
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from bantin_counter.rules import site_day
from bantin_counter.store_common import Hit

logger = logging.getLogger("bantin.counter")

MAX_BATCH = 4000
PRUNE_EVERY = 60.0


class Batcher:
    """Owns the store's writers (store.writers of them: one for SQLite, a few for PostgreSQL,
    each a connection used by one thread at a time). A hit's future is resolved only after the
    transaction holding it has committed — nothing acknowledged is ever held only in memory."""

    def __init__(self, store):
        self.store = store
        self.pool = ThreadPoolExecutor(store.writers, thread_name_prefix="counter-writer")
        self._slots: asyncio.Queue[int] = asyncio.Queue()
        for slot in range(store.writers):
            self._slots.put_nowait(slot)
        self._pending: list[tuple[Hit, asyncio.Future]] = []
        self._drops: Counter = Counter()
        self._wakeup = asyncio.Event()
        self._salts: dict[str, bytes] = {}
        self._task: asyncio.Task | None = None
        self._flushes: set[asyncio.Task] = set()
        self._stopping = False
        self._last_prune = 0.0

    async def call(self, function, *args):
        """Runs store.function(slot, *args) on a free writer."""
        slot = await self._slots.get()
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.pool, function, slot, *args)
        finally:
            self._slots.put_nowait(slot)

    async def salt(self, day: str) -> bytes:
        salt = self._salts.get(day)
        if salt is None:
            salt = await self.call(self.store.salt, day)
            self._salts = {day: salt}  # only today's salt stays in memory
        return salt

    async def submit(self, hit: Hit) -> bool:
        """Waits until the hit is committed; True when it was a new view."""
        future = asyncio.get_running_loop().create_future()
        self._pending.append((hit, future))
        self._wakeup.set()
        return await future

    def drop(self, day: str, reason: str) -> None:
        """Tallies a dropped view; tallies ride along with the next transaction."""
        self._drops[(day, reason)] += 1

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        self._stopping = True
        self._wakeup.set()
        if self._task:
            await self._task
        self.pool.shutdown(wait=True)

    async def _run(self) -> None:
        while True:
            # Wake at least once a second so drop tallies and pruning happen when idle.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), timeout=1.0)
            self._wakeup.clear()
            while self._pending or self._drops:
                # A free writer takes everything waiting; hits arriving meanwhile wait for
                # the next free writer, so batches grow with the load.
                slot = await self._slots.get()
                batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
                drops, self._drops = self._drops, Counter()
                flush = asyncio.get_running_loop().create_task(self._flush(slot, batch, drops))
                self._flushes.add(flush)
                flush.add_done_callback(self._flushes.discard)
            await self._maybe_prune()
            if self._stopping and not self._pending:
                await asyncio.gather(*self._flushes)
                return

    async def _flush(self, slot: int, batch, drops: Counter) -> None:
        try:
            loop = asyncio.get_running_loop()
            hits = [hit for hit, _ in batch]
            fresh = await loop.run_in_executor(self.pool, self.store.record, slot, hits, drops)
        except Exception as error:
            logger.exception("bantin_counter: ghi vào cơ sở dữ liệu thất bại")
            self._drops.update(drops)  # tallies wait for the next transaction that succeeds
            for _, future in batch:
                if not future.done():
                    future.set_exception(error)
            return
        finally:
            self._slots.put_nowait(slot)
        for (_, future), new in zip(batch, fresh, strict=True):
            if not future.done():
                future.set_result(new)

    async def _maybe_prune(self) -> None:
        now = time.time()
        if now - self._last_prune < PRUNE_EVERY:
            return
        self._last_prune = now
        try:
            await self.call(self.store.prune, site_day(now), now)
        except Exception:
            logger.exception("bantin_counter: dọn dữ liệu cũ thất bại")
