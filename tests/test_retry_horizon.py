"""Retries bounded by time (issue 11): outages of minutes or hours lose nothing, a row
dies only past its sink's retry horizon, expired rows go out again once the sink
recovers, and a step of the wall clock neither stalls retries nor cuts a Retry-After.

Real daemon, real SQLite file, real HTTP receivers on loopback; time is driven through
the daemon's injectable clocks (a day of retries takes a few seconds).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from tests.configs import build_config, webhook_sink
from tests.conftest import FeedServer, HookReceiver, moves
from tests.test_daemon import OLD, until
from watcher.config import Config
from watcher.daemon import Daemon
from watcher.store import Store

HOUR = 3600.0


class FakeClock:
    """Epoch seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


class SteppedWall:
    """The real wall clock plus an offset the test can step, like an NTP correction."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


@asynccontextmanager
async def running(config: Config, **clocks: Callable[[], float]) -> AsyncIterator[Daemon]:
    daemon = Daemon(config, **clocks)  # type: ignore[arg-type]
    stop = asyncio.Event()
    task = asyncio.create_task(daemon.run(stop))
    await asyncio.wait_for(daemon.started.wait(), 20)
    try:
        yield daemon
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)


def outbox(config: Config) -> list[Any]:
    store = Store(config.database.path, readonly=True)
    try:
        return store.list_deliveries(limit=1000)
    finally:
        store.close()


def next_due(config: Config) -> float | None:
    store = Store(config.database.path, readonly=True)
    try:
        return store.next_due_at("desk")
    finally:
        store.close()


async def step_to_next_attempt(daemon: Daemon, config: Config, clock: FakeClock) -> float:
    """Move the clock to the next due attempt and wait until the deliverer has made it
    and is idle again: every row that is due at the new time recorded its attempt. (A
    count of requests at the receiver is not enough: when two rows fall due at once, the
    second may still be on its way when the step ends.)"""
    due = next_due(config)
    assert due is not None, "nothing pending"
    made = _attempts(config)
    clock.now = max(clock.now, due)
    assert daemon.deliverer is not None
    daemon.deliverer.notify()
    await until(lambda: _attempts(config) > made and _idle(config, clock.now), timeout=20)
    return clock.now


def _attempts(config: Config) -> int:
    return sum(r.attempts for r in outbox(config))


def _idle(config: Config, now: float) -> bool:
    """No row waits for a first try, and none is due at `now`."""
    rows = outbox(config)
    if any(r.state == "pending" and r.attempts == 0 for r in rows):
        return False
    due = next_due(config)
    return due is None or due > now


def _pending(config: Config) -> bool:
    return any(r.state == "pending" for r in outbox(config))


async def test_an_outage_of_an_hour_loses_nothing_with_the_defaults(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    """Issue 11: a receiver down for minutes made alerts dead after 8 attempts."""
    feed_server.feeds["a"] = [*moves(2), OLD]
    config = build_config(
        tmp_path,
        [feed_server.url("a")],
        [webhook_sink(hooks.url, digest_after=0)],
        polling={"alert_on_first_poll": True},
        delivery={"base_delay": 2.0, "max_delay": 900.0},  # the shipped defaults
    )
    clock = FakeClock()
    start = clock.now
    hooks.script = [500] * 10_000
    async with running(config, delivery_clock=clock) as daemon:
        await until(lambda: len(outbox(config)) == 3, timeout=15)
        while clock.now - start < HOUR:
            await step_to_next_attempt(daemon, config, clock)
        rows = outbox(config)
        assert [r.state for r in rows] == ["pending"] * 3  # an hour of 500s: nothing dead
        assert min(r.attempts for r in rows) >= 10  # the old limit was 8 attempts
        hooks.script = []  # the receiver is back
        await step_to_next_attempt(daemon, config, clock)
        await until(lambda: [r.state for r in outbox(config)] == ["delivered"] * 3)
    ids = {h.headers["webhook-id"] for h in hooks.received}
    assert len(ids) == 3  # the same three alerts, under their own ids, all along


async def test_dead_only_past_the_sink_horizon_then_requeued_when_it_recovers(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    feed_server.feeds["a"] = moves(1)
    config = build_config(
        tmp_path,
        [feed_server.url("a")],
        [webhook_sink(hooks.url, retry_horizon=2 * HOUR, requeue_on_recovery=True)],
        polling={"alert_on_first_poll": True},
        delivery={"base_delay": 2.0, "max_delay": 900.0},
    )
    clock = FakeClock()
    hooks.script = [500] * 10_000
    async with running(config, delivery_clock=clock) as daemon:
        await until(lambda: len(outbox(config)) == 1, timeout=15)
        attempts: list[float] = []
        while _pending(config):
            attempts.append(await step_to_next_attempt(daemon, config, clock))
            assert len(attempts) < 200, "no end to the retries"
        rows = outbox(config)
        assert {r.state for r in rows} == {"dead"}
        assert rows[0].retry_from is not None
        first_failure = rows[0].retry_from.timestamp()  # the horizon runs from here
        # dead exactly when the horizon ended (one last attempt then), not before
        assert attempts[-1] - first_failure >= 2 * HOUR - 0.01
        assert attempts[-2] - first_failure < 2 * HOUR - 0.01
        gaps = [b - a for a, b in itertools.pairwise(attempts[:-1])]
        assert max(gaps) <= 900.0 + 1e-6 and max(gaps) >= 450.0  # grew to max_delay
        dead_sends = len(hooks.received)
        # A new alert arrives and the receiver is back: the sink recovers, and the
        # rows that died of age are sent again, under their own ids.
        hooks.script = []
        feed_server.feeds["a"] = moves(2)
        await until(lambda: len(outbox(config)) == 2, timeout=15)
        daemon.deliverer.notify() if daemon.deliverer else None
        await until(lambda: {r.state for r in outbox(config)} == {"delivered"}, timeout=15)
    later = hooks.received[dead_sends:]
    first_ids = {h.headers["webhook-id"] for h in hooks.received[:dead_sends]}
    assert first_ids <= {h.headers["webhook-id"] for h in later}


async def test_a_backward_step_of_the_wall_clock_does_not_stall_retries(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    feed_server.feeds["a"] = moves(1)
    config = build_config(
        tmp_path,
        [feed_server.url("a")],
        [webhook_sink(hooks.url)],
        polling={"alert_on_first_poll": True},
        delivery={"base_delay": 0.3, "max_delay": 0.5},
    )
    wall = SteppedWall()
    hooks.script = [500]
    async with running(config, clock=wall) as daemon:
        await hooks.wait_for(1, timeout=15)
        wall.offset = -HOUR  # the system clock is set back an hour
        assert daemon.deliverer is not None
        await until(lambda: [r.state for r in outbox(config)] == ["delivered"], timeout=10)
    assert len(hooks.received) == 2


async def test_a_forward_step_of_the_wall_clock_does_not_cut_a_retry_after(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    feed_server.feeds["a"] = moves(1)
    config = build_config(
        tmp_path,
        [feed_server.url("a")],
        [webhook_sink(hooks.url)],
        polling={"alert_on_first_poll": True},
        delivery={"base_delay": 0.1, "max_delay": 0.2},
    )
    wall = SteppedWall()
    hooks.script = [(429, {"Retry-After": "2"})]
    async with running(config, clock=wall):
        await hooks.wait_for(1, timeout=15)
        wall.offset = HOUR  # the system clock jumps an hour ahead
        feed_server.feeds["a"] = moves(2)  # and a new alert wakes the delivery loop
        await hooks.wait_for(3, timeout=10)
    t = [h.at for h in hooks.received]
    assert len(t) == 3 and min(t[1:]) - t[0] >= 1.9  # the server's two seconds were kept
