"""When each feed is polled: one loop per feed on the event loop's monotonic clock.

    loop for one feed:
        sleep(delay)                       # asyncio's clock: a wall-clock step moves nothing
        wait = await poll(feed)            # from the poll's start: the interval, or the
                                           # poll's duration + a backoff after a failure
        wait += random jitter              # up to `jitter` × wait
        delay = wait - how long the poll took

A poll runs as a task of its own, so stopping the loops (SIGTERM, a feed removed by a
reload) never cuts a poll in the middle: the daemon gives in-flight polls the drain
bound. At most one poll per feed runs at a time, by construction.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger("watcher.daemon")

__all__ = ["Scheduler"]


class Scheduler:
    """Runs `poll(feed_id)` for every added feed, again after the delay it returns."""

    def __init__(
        self, poll: Callable[[str], Coroutine[Any, Any, float]], *, jitter: float = 0.0
    ) -> None:
        self._poll = poll
        self.jitter = jitter
        self.inflight: set[asyncio.Task[float]] = set()
        self._loops: dict[str, asyncio.Task[None]] = {}
        self.stopped = False

    def __contains__(self, feed_id: str) -> bool:
        return feed_id in self._loops

    def add(self, feed_id: str, first_delay: float) -> None:
        """Poll `feed_id` in `first_delay` seconds, then as its polls say."""
        if feed_id in self._loops:
            return
        self._loops[feed_id] = asyncio.create_task(
            self._loop(feed_id, max(0.0, first_delay)), name=f"schedule-{feed_id}"
        )

    def remove(self, feed_id: str) -> None:
        """Stop scheduling `feed_id` (a poll in flight finishes)."""
        loop = self._loops.pop(feed_id, None)
        if loop is not None:
            loop.cancel()

    async def stop(self) -> None:
        """Stop every loop; polls in flight go on (see `inflight`)."""
        self.stopped = True
        loops = list(self._loops.values())
        self._loops.clear()
        for loop in loops:
            loop.cancel()
        await asyncio.gather(*loops, return_exceptions=True)

    async def _loop(self, feed_id: str, delay: float) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(delay)
            started = loop.time()
            task = asyncio.create_task(self._poll(feed_id), name=f"poll-{feed_id}")
            self.inflight.add(task)
            task.add_done_callback(self.inflight.discard)
            # shield: cancelling the loop must not cancel the poll it started
            wait = await asyncio.shield(task)
            wait += random.uniform(0, wait * self.jitter)
            # counted from the poll's start: a slow poll does not stretch the interval
            delay = max(0.0, started + wait - loop.time())
