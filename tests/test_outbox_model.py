"""Scenario 15: a Hypothesis state machine over the real store and delivery code.

Random sequences of new entries, sink acknowledgements, failures (transient, 429,
permanent, 410), timeouts, crashes (the store is closed and reopened from the file)
and clock jumps. After every step: one delivery row per (alert, sink); states only
move pending → delivered | dead; nothing is delivered that its sink did not
acknowledge; attempts never exceed the maximum; what was committed survives a crash.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from watcher.deliver import Deliverer, RetryPolicy
from watcher.errors import PermanentSinkError, SinkError
from watcher.models import Alert, Delivery, Entry
from watcher.sinks.base import Sink
from watcher.store import AsyncStore, NewEntry, Store

SINKS = ("a", "b")
MAX_ATTEMPTS = 4


class OneShotSink(Sink):
    """Answers the next send with the outcome the state machine chose."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.outcome: Exception | None = None
        self.acked: set[str] = set()

    async def send(self, delivery: Delivery) -> None:
        if self.outcome is not None:
            raise self.outcome
        self.acked.add(delivery.alert_id)


OUTCOMES = st.sampled_from(["ok", "500", "429", "400", "410", "timeout"])


class OutboxMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = tempfile.TemporaryDirectory()
        self.path = Path(self.dir.name) / "w.db"
        self.now = 1000.0
        self.sinks = {name: OneShotSink(name) for name in SINKS}
        for s in self.sinks.values():
            s.ready.set()
        self.store = self._open()
        self.store_sync = Store(self.path, readonly=True)
        self.alerts = 0
        self.seen_states: dict[int, str] = {}

    def _open(self) -> AsyncStore:
        async def go() -> AsyncStore:
            s = await AsyncStore(self.path).open()
            await s.call(Store.ensure_feed, "f", "http://x/f", None)
            return s

        return asyncio.run(go())

    def _deliverer(self) -> Deliverer:
        return Deliverer(
            self.store,
            list(self.sinks.values()),
            RetryPolicy(MAX_ATTEMPTS, 1.0, 8.0),
            clock=lambda: self.now,
        )

    @rule(n=st.integers(1, 3), to_both=st.booleans())
    def new_entries(self, n: int, to_both: bool) -> None:
        items = []
        for _ in range(n):
            i = self.alerts
            self.alerts += 1
            aid = f"alrt_{i}"
            alert = Alert(aid, "k", ("offer",), 0.9, {"id": aid, "categories": ["offer"]})
            items.append(
                NewEntry(Entry("f", f"g{i}", None, "t", ""), alert, SINKS if to_both else SINKS[:1])
            )
        asyncio.run(
            self.store.call(
                Store.record_poll,
                "f",
                now=self.now,
                next_poll_at=0,
                etag=None,
                last_modified=None,
                entries=items,
            )
        )

    @rule(sink=st.sampled_from(SINKS), outcome=OUTCOMES)
    def attempt(self, sink: str, outcome: str) -> None:
        target = self.sinks[sink]
        target.outcome = {
            "ok": None,
            "500": SinkError("HTTP 500"),
            "429": SinkError("HTTP 429", retry_after=3.0),
            "400": PermanentSinkError("HTTP 400"),
            "410": PermanentSinkError("HTTP 410", disable_sink=True),
            "timeout": SinkError("no answer within 10s"),
        }[outcome]

        async def go() -> None:
            rows = await self.store.call(Store.due_deliveries, sink, now=self.now, limit=1)
            if rows:
                await self._deliverer()._attempt(target, rows)

        asyncio.run(go())

    @rule(seconds=st.floats(0.5, 20))
    def advance_clock(self, seconds: float) -> None:
        self.now += seconds

    @precondition(lambda self: self.alerts > 0)
    @rule()
    def crash_and_reopen(self) -> None:
        before = self.store_sync.counts()
        # A crash between statements: no Python-level cleanup beyond dropping the handle.
        asyncio.run(self.store.close())
        self.store = self._open()
        assert self.store_sync.counts() == before  # committed state survives

    @invariant()
    def outbox_is_consistent(self) -> None:
        conn = self.store_sync.conn
        dupes = conn.execute(
            "SELECT COUNT(*) FROM (SELECT alert_id, sink FROM deliveries GROUP BY 1, 2 HAVING COUNT(*) > 1)"
        ).fetchone()[0]
        assert dupes == 0
        orphans = conn.execute(
            "SELECT COUNT(*) FROM deliveries WHERE alert_id NOT IN (SELECT id FROM alerts)"
        ).fetchone()[0]
        assert orphans == 0
        for did, aid, sink, state, attempts in conn.execute(
            "SELECT id, alert_id, sink, state, attempts FROM deliveries"
        ):
            previous = self.seen_states.get(did, "pending")
            assert previous == state or previous == "pending", f"{previous} -> {state}"
            self.seen_states[did] = state
            if state == "delivered":
                assert aid in self.sinks[sink].acked
            assert attempts <= MAX_ATTEMPTS

    def teardown(self) -> None:
        asyncio.run(self.store.close())
        self.store_sync.close()
        self.dir.cleanup()


OutboxMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestOutboxModel = OutboxMachine.TestCase
