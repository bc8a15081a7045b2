"""The outbox worker: sends due delivery rows to their sinks, one independent loop per sink.

    for each sink, forever:
        wait until the sink is ready (connected)
        rows = pending deliveries of this sink whose time has come
        for each row:
            wait for the sink's rate limit
            send → acknowledged            → delivered
                 → SinkError               → attempts+1, retry after backoff; a Retry-After
                                             holds the whole sink until then
                 → PermanentSinkError      → dead at once (410 also pauses the sink)
                 → attempts reach the max  → dead, logged once at ERROR
        sleep until woken (new rows) or the next row is due

Sinks never wait on each other (no head-of-line blocking), and a row is marked
delivered only after its sink acknowledged it.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .errors import PermanentSinkError, SinkError, StoreError
from .models import Delivery
from .sinks.base import Sink
from .store import AsyncStore, Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 8
    base_delay: float = 2.0
    max_delay: float = 900.0


def retry_delay(
    attempts: int,
    policy: RetryPolicy,
    *,
    retry_after: float | None = None,
    rand: Callable[[float, float], float] = random.uniform,
) -> float:
    """Seconds before the next attempt, after `attempts` failed ones.

    Exponential with jitter (half to full of base × 2^(attempts-1)), capped; a
    server's Retry-After wins when it asks for longer.
    """
    exp = min(policy.max_delay, policy.base_delay * 2 ** max(0, attempts - 1))
    delay = rand(exp / 2, exp)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


class TokenBucket:
    """At most `rate` sends per second on average, `burst` at once."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic):
        self.rate, self.capacity = rate, float(burst)
        self.tokens = float(burst)
        self._clock = clock
        self._last = clock()

    def delay(self) -> float:
        """Take a token; returns how long to wait before using it."""
        now = self._clock()
        self.tokens = min(self.capacity, self.tokens + (now - self._last) * self.rate)
        self._last = now
        self.tokens -= 1.0
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate


class Deliverer:
    """Runs one delivery loop per sink until `stop` is set."""

    def __init__(
        self,
        store: AsyncStore,
        sinks: Sequence[Sink],
        policy: RetryPolicy = RetryPolicy(),
        *,
        clock: Callable[[], float] = time.time,
        idle_poll: float = 5.0,
    ) -> None:
        self.store = store
        self.sinks = list(sinks)
        self.policy = policy
        self.clock = clock
        self.idle_poll = idle_poll
        self._wake = {s.name: asyncio.Event() for s in self.sinks}
        self.paused: dict[str, str] = {}  # sink name → why (e.g. HTTP 410)
        self.hold_until: dict[str, float] = {}  # sink name → no sends before (Retry-After)
        self.sent = {s.name: 0 for s in self.sinks}
        self.dead = {s.name: 0 for s in self.sinks}
        self.failed = {s.name: 0 for s in self.sinks}

    def notify(self) -> None:
        """New rows were written: wake every sink loop."""
        for event in self._wake.values():
            event.set()

    async def run(self, stop: asyncio.Event) -> None:
        async with asyncio.TaskGroup() as tg:
            for sink in self.sinks:
                tg.create_task(self._loop(sink, stop), name=f"deliver-{sink.name}")

    async def _wait(self, stop: asyncio.Event, *aws: asyncio.Event, timeout: float) -> None:
        waiters = [asyncio.create_task(e.wait()) for e in (stop, *aws)]
        try:
            await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waiters:
                w.cancel()

    async def _loop(self, sink: Sink, stop: asyncio.Event) -> None:
        bucket = TokenBucket(sink.rate, sink.burst) if sink.rate else None
        wake = self._wake[sink.name]
        while not stop.is_set():
            if sink.name in self.paused:
                await self._wait(stop, timeout=3600)
                continue
            if not sink.ready.is_set():
                await self._wait(stop, sink.ready, timeout=self.idle_poll)
                continue
            if (hold := self._held(sink) - self.clock()) > 0:
                await self._wait(stop, timeout=hold)  # the server asked us to wait
                continue
            wake.clear()
            try:
                rows = await self.store.call(Store.due_deliveries, sink.name, now=self.clock())
            except StoreError as e:
                log.error("sink %s: cannot read the outbox: %s", sink.name, e)
                await self._wait(stop, timeout=self.idle_poll)
                continue
            for batch in batches(rows, sink.digest_after):
                if stop.is_set() or not sink.ready.is_set() or sink.name in self.paused:
                    break
                if self._held(sink) > self.clock():
                    break
                if bucket is not None and (pause := bucket.delay()) > 0:
                    await self._wait(stop, timeout=pause)
                    if stop.is_set():
                        break
                try:
                    await self._attempt(sink, batch)
                except StoreError as e:
                    # The send may have happened; the row stays pending and is sent
                    # again later under the same id, which consumers drop.
                    log.error("sink %s: cannot record a delivery: %s", sink.name, e)
                    await self._wait(stop, timeout=self.idle_poll)
                    break
            if rows:
                continue
            due = await self.store.call(Store.next_due_at, sink.name)
            timeout = self.idle_poll if due is None else min(self.idle_poll, due - self.clock())
            await self._wait(stop, wake, timeout=max(0.01, timeout))

    def _held(self, sink: Sink) -> float:
        """Until when the sink must not be sent to (Retry-After, rate-limit headers)."""
        return max(self.hold_until.get(sink.name, 0.0), sink.hold_until)

    async def _attempt(self, sink: Sink, rows: list[Delivery]) -> None:
        """Send one message (one alert, or a digest of several) and record the outcome."""
        now = self.clock()
        what = rows[0].alert_id if len(rows) == 1 else f"digest of {len(rows)} alerts"
        try:
            if len(rows) == 1:
                await sink.send(rows[0])
            else:
                await sink.send_digest(rows)
        except PermanentSinkError as e:
            self.dead[sink.name] += len(rows)
            log.error("sink %s: %s is dead: %s", sink.name, what, e.reason)
            for row in rows:
                await self.store.call(
                    Store.mark_failed, row.id, error=e.reason, next_attempt_at=now, dead=True
                )
            if e.disable_sink:
                self.paused[sink.name] = e.reason
                log.error("sink %s: disabled (%s); fix the sink and restart", sink.name, e.reason)
            return
        except Exception as e:  # a sink bug must not stop the loop; the rows are retried
            reason = e.reason if isinstance(e, SinkError) else f"{type(e).__name__}: {e}"
            retry_after = e.retry_after if isinstance(e, SinkError) else None
            self.failed[sink.name] += 1
            attempts = max(r.attempts for r in rows) + 1
            delay = retry_delay(attempts, self.policy, retry_after=retry_after)
            if retry_after is not None:
                # Retry-After speaks for the endpoint, not for one message.
                self.hold_until[sink.name] = now + retry_after
            for row in rows:
                dead = row.attempts + 1 >= self.policy.max_attempts
                if dead:
                    self.dead[sink.name] += 1
                    log.error(
                        "sink %s: alert %s is dead after %d attempts: %s",
                        sink.name,
                        row.alert_id,
                        row.attempts + 1,
                        reason,
                    )
                await self.store.call(
                    Store.mark_failed, row.id, error=reason, next_attempt_at=now + delay, dead=dead
                )
            log.warning(
                "sink %s: attempt %d for %s failed (%s); next in %.1fs",
                sink.name,
                attempts,
                what,
                reason,
                delay,
            )
            return
        for row in rows:
            await self.store.call(Store.mark_delivered, row.id, now=self.clock())
        self.sent[sink.name] += len(rows)
        log.info("sink %s: delivered %s", sink.name, what)


def batches(rows: list[Delivery], digest_after: int | None, size: int = 50) -> list[list[Delivery]]:
    """One message per row, or digests of up to `size` rows when more than
    `digest_after` rows are due at once (a first poll, a backlog after an outage)."""
    if digest_after and len(rows) > digest_after:
        return [rows[i : i + size] for i in range(0, len(rows), size)]
    return [[row] for row in rows]
