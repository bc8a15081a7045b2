"""The outbox worker: sends due delivery rows to their sinks, one independent loop per sink.

    for each sink, forever:
        wait until the sink is ready (connected)
        rows = pending deliveries of this sink whose time has come
        for each row:
            wait for the sink's rate limit
            send → acknowledged            → delivered; after an outage, the waiting rows
                                             are due at once, and expired (dead) rows are
                                             queued again if `requeue_on_recovery`
                 → SinkError               → attempts+1, retry after backoff (growing to
                                             max_delay); a Retry-After holds the whole
                                             sink until then
                 → PermanentSinkError      → dead at once (410 also pauses the sink)
                 → failing for `horizon`   → dead ("expired"), logged once at ERROR
        sleep until woken (new rows) or the next row is due

Sinks never wait on each other (no head-of-line blocking), and a row is marked
delivered only after its sink acknowledged it. Retries are bounded by time, not by a
count: a row fails from its first failure until `horizon` has passed (default a day),
so an outage of minutes or hours loses nothing. Delays run on `SteadyClock`: the
wall time read once at start, advanced by the monotonic clock, so stored times are
dates, and a step of the system clock neither stalls retries nor makes all due at once.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from .errors import PermanentSinkError, SinkError, StoreError
from .models import Delivery
from .sinks.base import Sink
from .store import AsyncStore, Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int | None = None  # also dead after this many attempts (None: time only)
    base_delay: float = 2.0
    max_delay: float = 900.0
    horizon: float = 86_400.0  # dead once failing this long
    requeue_on_recovery: bool = False


class SteadyClock:
    """Epoch seconds that cannot be stepped: wall time at start plus monotonic time since."""

    def __init__(self) -> None:
        self._wall0, self._mono0 = time.time(), time.monotonic()

    def __call__(self) -> float:
        return self._wall0 + (time.monotonic() - self._mono0)


@dataclass(slots=True)
class SinkStatus:
    """What the loop knows of its sink, for /health and /metrics (clock times)."""

    last_success: float | None = None
    last_error: str | None = None
    failing_since: float | None = None  # first failure since the last success
    failures_in_a_row: int = 0
    sent: int = 0
    failed: int = 0
    dead: int = 0


class DeliveryEvents(Protocol):
    """Where outcomes are counted (the daemon's metrics); optional."""

    def delivery(self, sink: str, outcome: str, count: int = 1) -> None: ...


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
        policies: Mapping[str, RetryPolicy] | None = None,
        clock: Callable[[], float] | None = None,
        idle_poll: float = 5.0,
        events: DeliveryEvents | None = None,
    ) -> None:
        self.store = store
        self.sinks = list(sinks)
        self.policy = policy
        self.policies = dict(policies or {})  # per sink, else `policy`
        self.clock = clock or SteadyClock()
        self.idle_poll = idle_poll
        self.events = events
        self._wake = {s.name: asyncio.Event() for s in self.sinks}
        self.paused: dict[str, str] = {}  # sink name → why (e.g. HTTP 410)
        self.hold_until: dict[str, float] = {}  # sink name → no sends before (Retry-After)
        self.status = {s.name: SinkStatus() for s in self.sinks}

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
            if (hold := self._hold_left(sink)) > 0:
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
                if self._hold_left(sink) > 0:
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

    def _hold_left(self, sink: Sink) -> float:
        """Seconds the sink must not be sent to (Retry-After here; rate-limit headers
        noted by the sink itself, on the monotonic clock)."""
        ours = self.hold_until.get(sink.name, 0.0) - self.clock()
        return max(ours, sink.hold_until - time.monotonic())

    def _count(self, sink: Sink, outcome: str, count: int = 1) -> None:
        if self.events is not None:
            self.events.delivery(sink.name, outcome, count)

    async def _attempt(self, sink: Sink, rows: list[Delivery]) -> None:
        """Send one message (one alert, or a digest of several) and record the outcome."""
        now = self.clock()
        status = self.status[sink.name]
        what = named(rows)
        try:
            if len(rows) == 1:
                await sink.send(rows[0])
            else:
                await sink.send_digest(rows)
        except PermanentSinkError as e:
            status.dead += len(rows)
            status.last_error = e.reason
            self._count(sink, "dead", len(rows))
            for row in rows:
                log.error("sink %s: %s is dead: %s", sink.name, named([row]), e.reason)
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
            await self._failed(sink, rows, reason, retry_after, now=now)
            return
        for row in rows:
            await self.store.call(Store.mark_delivered, row.id, now=self.clock())
        # An outage ends (not one bad message among good ones: that would pull it
        # forward after every success), or the first success since start.
        recovered = status.failures_in_a_row >= 2 or status.last_success is None
        status.sent += len(rows)
        status.last_success, status.failing_since = self.clock(), None
        status.failures_in_a_row = 0
        self._count(sink, "delivered", len(rows))
        log.info("sink %s: delivered %s", sink.name, what)
        if not recovered:
            return
        # The sink works again: what waits for a backoff goes now, not in up to max_delay.
        await self.store.call(Store.hasten, sink.name, now=self.clock())
        if self._policy(sink).requeue_on_recovery:
            again = await self.store.call(Store.requeue_expired, sink.name, now=self.clock())
            if again:
                log.warning(
                    "sink %s: recovered; %d expired deliveries queued again", sink.name, again
                )

    def _policy(self, sink: Sink) -> RetryPolicy:
        return self.policies.get(sink.name, self.policy)

    async def _failed(
        self,
        sink: Sink,
        rows: list[Delivery],
        reason: str,
        retry_after: float | None,
        *,
        now: float,
    ) -> None:
        """Schedule the next attempt of each row, or declare it dead past the horizon."""
        policy = self._policy(sink)
        status = self.status[sink.name]
        status.failed += 1
        status.failures_in_a_row += 1
        status.last_error = reason
        if status.failing_since is None:
            status.failing_since = now
        self._count(sink, "failed")
        attempts = max(r.attempts for r in rows) + 1
        delay = retry_delay(attempts, policy, retry_after=retry_after)
        if retry_after is not None:
            # Retry-After speaks for the endpoint, not for one message.
            self.hold_until[sink.name] = now + retry_after
        alive = 0
        for row in rows:
            start = row.retry_from.timestamp() if row.retry_from else now
            expires = start + policy.horizon
            too_many = policy.max_attempts is not None and row.attempts + 1 >= policy.max_attempts
            dead = now >= expires or too_many
            alive += not dead
            if dead:
                status.dead += 1
                self._count(sink, "dead")
                log.error(
                    "sink %s: %s is dead after %d attempts over %.0fs: %s",
                    sink.name,
                    named([row]),
                    row.attempts + 1,
                    now - start,
                    reason,
                )
            await self.store.call(
                Store.mark_failed,
                row.id,
                error=reason,
                # one last attempt when the horizon ends, never a wait beyond it
                next_attempt_at=min(now + delay, max(expires, now)),
                dead=dead,
                now=now,
                expired=dead and not too_many,
            )
        if alive == 0:
            return  # each was logged as dead above
        log.warning(
            "sink %s: attempt %d for %s failed (%s); next in %.1fs",
            sink.name,
            attempts,
            named(rows),
            reason,
            delay,
        )


def named(rows: Sequence[Delivery]) -> str:
    """How a log line names what it is about: each alert by its id and its event's id
    ("-" for an alert linked to no event)."""
    each = ", ".join(f"alert {r.alert_id} (event {r.payload.get('event_id') or '-'})" for r in rows)
    return each if len(rows) == 1 else f"digest of {len(rows)} alerts: {each}"


def batches(rows: list[Delivery], digest_after: int | None, size: int = 50) -> list[list[Delivery]]:
    """One message per row, or digests of up to `size` rows when more than
    `digest_after` rows are due at once (a first poll, a backlog after an outage)."""
    if digest_after and len(rows) > digest_after:
        return [rows[i : i + size] for i in range(0, len(rows), size)]
    return [[row] for row in rows]
