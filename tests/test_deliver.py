"""The outbox worker on a real SQLite file, with scripted sinks at the seam."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from watcher.deliver import Deliverer, RetryPolicy, TokenBucket, retry_delay
from watcher.errors import PermanentSinkError, SinkError
from watcher.models import Alert, Delivery, Entry
from watcher.sinks.base import Sink
from watcher.store import AsyncStore, NewEntry, Store


class ScriptedSink(Sink):
    """Raises the scripted errors in turn, then acknowledges; 'hang' never answers."""

    def __init__(
        self,
        name: str,
        script: list[Exception | str] | None = None,
        rate: float | None = None,
        burst: int = 1,
    ) -> None:
        super().__init__(name)
        self.script = list(script or [])
        self.attempts: list[tuple[str, float]] = []
        self.acked: list[str] = []
        self.rate, self.burst = rate, burst

    async def send(self, delivery: Delivery) -> None:
        self.attempts.append((delivery.alert_id, time.monotonic()))
        step = self.script.pop(0) if self.script else None
        if step == "hang":
            await asyncio.sleep(3600)
        if isinstance(step, Exception):
            raise step
        self.acked.append(delivery.alert_id)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[AsyncStore]:
    s = await AsyncStore(tmp_path / "w.db").open()
    await s.call(Store.ensure_feed, "f", "http://x/f", None)
    yield s
    await s.close()


async def add_alerts(
    store: AsyncStore, n: int, sinks: tuple[str, ...], start: int = 0
) -> list[str]:
    items = []
    for i in range(start, start + n):
        aid = f"alrt_{i}"
        items.append(
            NewEntry(
                Entry("f", f"g{i}", None, f"t{i}", ""),
                Alert(aid, "k", ("offer",), 0.9, {"id": aid, "categories": ["offer"]}),
                sinks,
            )
        )
    await store.call(
        Store.record_poll,
        "f",
        now=time.time(),
        next_poll_at=0,
        etag=None,
        last_modified=None,
        entries=items,
    )
    return [f"alrt_{i}" for i in range(start, start + n)]


async def run_until(deliverer: Deliverer, done: callable[[], bool], timeout: float = 10) -> None:  # type: ignore[valid-type]
    stop = asyncio.Event()
    task = asyncio.create_task(deliverer.run(stop))
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    stop.set()
    try:
        await asyncio.wait_for(task, 1)  # the daemon's drain bound; a hung send is cancelled
    except TimeoutError:
        pass


def test_retry_delay_grows_with_jitter_and_cap() -> None:
    policy = RetryPolicy(max_attempts=10, base_delay=1, max_delay=30)
    lows = [retry_delay(n, policy, rand=lambda a, b: a) for n in range(1, 8)]
    highs = [retry_delay(n, policy, rand=lambda a, b: b) for n in range(1, 8)]
    assert highs == [1, 2, 4, 8, 16, 30, 30]
    assert lows == [h / 2 for h in highs]
    assert retry_delay(1, policy, retry_after=120, rand=lambda a, b: b) == 120


def test_token_bucket() -> None:
    t = [0.0]
    bucket = TokenBucket(rate=1.0, burst=3, clock=lambda: t[0])
    assert [bucket.delay() for _ in range(3)] == [0, 0, 0]
    assert bucket.delay() == pytest.approx(1.0)
    t[0] = 10
    assert bucket.delay() == 0


async def test_exactly_once_per_sink_and_no_head_of_line_blocking(store: AsyncStore) -> None:
    healthy, stuck = ScriptedSink("healthy"), ScriptedSink("stuck", ["hang"])
    for s in (healthy, stuck):
        await s.start()
    ids = await add_alerts(store, 5, ("healthy", "stuck"))
    d = Deliverer(store, [healthy, stuck], RetryPolicy(base_delay=0.05))
    await run_until(d, lambda: len(healthy.acked) == 5, timeout=5)
    assert healthy.acked == ids  # in order, once each, while 'stuck' hangs on the first
    counts = await store.call(Store.counts)
    assert counts["deliveries_delivered"] == 5 and counts["deliveries_pending"] == 5


async def test_transient_failures_then_success(store: AsyncStore) -> None:
    sink = ScriptedSink("s", [SinkError("HTTP 500"), SinkError("HTTP 502"), SinkError("timeout")])
    await sink.start()
    await add_alerts(store, 1, ("s",))
    d = Deliverer(store, [sink], RetryPolicy(base_delay=0.05, max_delay=0.2))
    await run_until(d, lambda: bool(sink.acked))
    assert [a for a, _ in sink.attempts] == ["alrt_0"] * 4
    gaps = [b - a for (_, a), (_, b) in zip(sink.attempts, sink.attempts[1:], strict=False)]
    assert all(0.02 <= g <= 0.5 for g in gaps)
    [row] = await store.call(Store.list_deliveries, state="delivered")
    assert row.attempts == 4


async def test_retry_after_is_honoured(store: AsyncStore) -> None:
    sink = ScriptedSink("s", [SinkError("HTTP 429", retry_after=0.6)])
    await sink.start()
    await add_alerts(store, 1, ("s",))
    d = Deliverer(store, [sink], RetryPolicy(base_delay=0.01))
    await run_until(d, lambda: bool(sink.acked))
    assert sink.attempts[1][1] - sink.attempts[0][1] >= 0.55


async def test_dead_after_max_attempts_then_replay(
    store: AsyncStore, caplog: pytest.LogCaptureFixture
) -> None:
    sink = ScriptedSink("s", [SinkError("HTTP 500")] * 3)
    await sink.start()
    await add_alerts(store, 1, ("s",))
    d = Deliverer(store, [sink], RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.02))
    await run_until(d, lambda: d.status["s"].dead == 1)
    await asyncio.sleep(0.1)
    assert len(sink.attempts) == 3
    [dead] = await store.call(Store.list_deliveries, state="dead")
    assert [r.levelname for r in caplog.records if "is dead" in r.message] == ["ERROR"]
    await store.call(Store.replay, [dead.id], now=time.time())
    await run_until(d, lambda: bool(sink.acked))
    assert sink.acked == ["alrt_0"]


async def test_permanent_failure_and_410_pauses_sink(store: AsyncStore) -> None:
    bad = ScriptedSink("bad", [PermanentSinkError("HTTP 400")])
    gone = ScriptedSink("gone", [PermanentSinkError("HTTP 410", disable_sink=True)])
    for s in (bad, gone):
        await s.start()
    await add_alerts(store, 2, ("bad", "gone"))
    d = Deliverer(store, [bad, gone], RetryPolicy(base_delay=0.01))
    await run_until(d, lambda: len(bad.acked) == 1 and "gone" in d.paused, timeout=5)
    await asyncio.sleep(0.1)
    assert len(bad.attempts) == 2  # one dead, one delivered: no retry storm
    assert len(gone.attempts) == 1  # paused after the 410
    assert d.paused == {"gone": "HTTP 410"}


async def test_rate_limit_paces_sends(store: AsyncStore) -> None:
    sink = ScriptedSink("slack", rate=10.0, burst=2)
    await sink.start()
    await add_alerts(store, 6, ("slack",))
    d = Deliverer(store, [sink], RetryPolicy())
    await run_until(d, lambda: len(sink.acked) == 6)
    times = [t for _, t in sink.attempts]
    assert times[-1] - times[0] >= 0.35  # 2 at once, then 4 more at 10/s


async def test_sink_not_ready_costs_no_attempts(store: AsyncStore) -> None:
    sink = ScriptedSink("m")  # not started: ready is clear, like a broker outage
    await add_alerts(store, 2, ("m",))
    d = Deliverer(store, [sink], RetryPolicy(), idle_poll=0.05)
    stop = asyncio.Event()
    task = asyncio.create_task(d.run(stop))
    await asyncio.sleep(0.3)
    assert sink.attempts == []
    sink.ready.set()
    deadline = time.monotonic() + 5
    while len(sink.acked) < 2 and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    stop.set()
    await task
    assert sink.acked == ["alrt_0", "alrt_1"]
    rows = await store.call(Store.list_deliveries, state="delivered")
    assert all(r.attempts == 1 for r in rows)


class DigestSink(ScriptedSink):
    def __init__(self, name: str, digest_after: int) -> None:
        super().__init__(name)
        self.digest_after = digest_after
        self.digests: list[list[str]] = []

    async def send_digest(self, deliveries: list[Delivery]) -> None:
        self.digests.append([d.alert_id for d in deliveries])


async def test_burst_goes_out_as_one_digest(store: AsyncStore) -> None:
    sink = DigestSink("slack", digest_after=5)
    await sink.start()
    ids = await add_alerts(store, 12, ("slack",))
    d = Deliverer(store, [sink], RetryPolicy())
    await run_until(d, lambda: d.status["slack"].sent == 12)
    assert sink.digests == [ids] and sink.attempts == []
    # a later single alert goes out on its own
    more = await add_alerts(store, 1, ("slack",), start=100)
    d.notify()
    await run_until(d, lambda: d.status["slack"].sent == 1)
    assert [a for a, _ in sink.attempts] == more


def test_batches() -> None:
    from watcher.deliver import batches

    rows = [Delivery(i, f"a{i}", "s", "pending", 0, None, None, {}) for i in range(120)]  # type: ignore[arg-type]
    assert [len(b) for b in batches(rows[:5], 5)] == [1] * 5
    assert [len(b) for b in batches(rows, 5)] == [50, 50, 20]
    assert [len(b) for b in batches(rows[:7], None)] == [1] * 7


class PoisonSink(ScriptedSink):
    """Fails one alert every time, acknowledges the others."""

    async def send(self, delivery: Delivery) -> None:
        self.attempts.append((delivery.alert_id, time.monotonic()))
        if delivery.alert_id == "alrt_0":
            raise SinkError("HTTP 500")
        self.acked.append(delivery.alert_id)


async def test_one_bad_message_keeps_its_backoff_while_others_go_through(
    store: AsyncStore,
) -> None:
    """A success pulls the backlog forward only when an outage ends: a message that
    always fails among good ones is not retried after every good one."""
    sink = PoisonSink("s", rate=50.0, burst=1)
    await sink.start()
    await add_alerts(store, 1, ("s",))
    d = Deliverer(store, [sink], RetryPolicy(base_delay=2.0, max_delay=30.0))
    stop = asyncio.Event()
    task = asyncio.create_task(d.run(stop))
    await asyncio.sleep(0.3)  # alrt_0 failed once: its next attempt is 1-2 s away
    for start in range(1, 40, 3):
        await add_alerts(store, 3, ("s",), start=start)
        d.notify()
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)
    stop.set()
    await asyncio.wait_for(task, 2)
    assert len(sink.acked) == 39
    # its first attempt, and one when the sink's first success since start pulled the
    # backlog forward; none after each of the 38 later successes
    assert [a for a, _ in sink.attempts].count("alrt_0") == 2


async def test_a_row_queued_ahead_of_the_delivery_clock_goes_out_at_once(
    store: AsyncStore,
) -> None:
    """Rows are queued with the poll's wall time; after the system clock jumped ahead,
    that time is ahead of the deliverer's steady clock. A new row is still due now."""
    sink = ScriptedSink("s")
    await sink.start()
    ids = await add_alerts(store, 2, ("s",))  # queued at the wall time…
    d = Deliverer(store, [sink], RetryPolicy(), clock=lambda: time.time() - 3600)  # …an hour ahead
    await run_until(d, lambda: len(sink.acked) == 2, timeout=5)
    assert sink.acked == ids


async def test_log_lines_name_each_alert_and_its_event(
    store: AsyncStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="watcher.deliver")
    items = [
        NewEntry(
            Entry("f", f"g{i}", None, f"t{i}", ""),
            Alert(f"alrt_{i}", "k", ("offer",), 0.9, {"id": f"alrt_{i}", "event_id": f"evt_{i}"}),
            ("s",),
        )
        for i in range(2)
    ]
    await store.call(
        Store.record_poll, "f", now=time.time(), next_poll_at=0, etag=None,
        last_modified=None, entries=items,
    )  # fmt: skip
    sink = ScriptedSink("s", [PermanentSinkError("HTTP 400")])
    await sink.start()
    d = Deliverer(store, [sink], RetryPolicy(base_delay=0.01))
    await run_until(d, lambda: len(sink.acked) == 1)
    lines = [r.getMessage() for r in caplog.records if r.name == "watcher.deliver"]
    assert "sink s: alert alrt_0 (event evt_0) is dead: HTTP 400" in lines
    assert "sink s: delivered alert alrt_1 (event evt_1)" in lines
