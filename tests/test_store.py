"""The store's contract, run against every backend; then what only SQLite promises.

Every test taking the `store` fixture runs once per backend in `BACKENDS`: SQLite on a
file (what the daemon runs) and SQLite in memory (no file, no WAL: the same interface
over another storage). A new backend (PostgreSQL is next) adds one `Backend` there, with
a factory that starts or connects to its own server, and must pass these tests
unchanged. Tests taking `sqlite_store` check what belongs to the SQLite file alone
(file mode, pragmas, WAL readers).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from watcher.errors import StoreError
from watcher.models import Alert, Entry
from watcher.store import MIGRATIONS, NewEntry, Store
from watcher.store.sqlite import Transaction


def entry(guid: str, url: str | None = None, feed: str = "f1") -> Entry:
    return Entry(
        feed_id=feed,
        guid=guid,
        url=url,
        title=f"title {guid}",
        text="",
        published=datetime(2025, 7, 1, tzinfo=UTC),
    )


def alert(aid: str) -> Alert:
    return Alert(
        id=aid,
        event_key="k",
        categories=("offer",),
        score=0.9,
        payload={"id": aid, "categories": ["offer"]},
    )


@dataclass(frozen=True)
class Backend:
    """How to get a fresh, empty store of one kind (the test's folder at hand)."""

    name: str
    open: Callable[[Path], Store]


BACKENDS = [
    Backend("sqlite-file", lambda tmp: Store(tmp / "w.db")),
    Backend("sqlite-memory", lambda tmp: Store(":memory:")),
]


def _with_feeds(s: Store) -> Store:
    s.ensure_feed("f1", "http://a/f1", None)
    s.ensure_feed("f2", "http://a/f2", None)
    return s


@pytest.fixture(params=BACKENDS, ids=lambda b: b.name)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = _with_feeds(request.param.open(tmp_path))
    yield s
    s.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    s = _with_feeds(Store(tmp_path / "w.db"))
    yield s
    s.close()


def test_file_is_private_and_migrated(tmp_path: Path) -> None:
    s = Store(tmp_path / "new.db")
    assert stat.S_IMODE(os.stat(tmp_path / "new.db").st_mode) == 0o600
    assert s.schema_version() == len(MIGRATIONS)
    s.close()
    assert Store(tmp_path / "new.db").schema_version() == len(MIGRATIONS)  # reopening is a no-op


def test_unseen_by_guid_and_by_url_across_feeds(store: Store) -> None:
    store.record_poll(
        "f1",
        now=1.0,
        next_poll_at=2.0,
        etag=None,
        last_modified=None,
        entries=[NewEntry(entry("a", "https://x/1")), NewEntry(entry("b"))],
    )
    fresh = store.unseen(
        [
            entry("a"),
            entry("b"),
            entry("c", "https://x/1", feed="f2"),
            entry("d", "https://x/2", feed="f2"),
            entry("d", "https://x/2", feed="f2"),
        ]
    )
    assert [e.guid for e in fresh] == ["d"]


def test_alert_and_deliveries_written_together(store: Store) -> None:
    written = store.record_poll(
        "f1",
        now=10.0,
        next_poll_at=20.0,
        etag='"e"',
        last_modified="lm",
        entries=[NewEntry(entry("a"), alert("alrt_1"), ("mqtt", "hook")), NewEntry(entry("b"))],
    )
    assert [a.id for a in written] == ["alrt_1"]
    due = store.due_deliveries("hook", now=10.0)
    assert [d.alert_id for d in due] == ["alrt_1"]
    assert due[0].payload["id"] == "alrt_1"
    state = store.feed_state("f1")
    assert state is not None and state.etag == '"e"' and state.first_polled_at is not None


def test_same_entry_recorded_twice_makes_one_alert(store: Store) -> None:
    for _ in range(2):
        store.record_poll(
            "f1",
            now=1.0,
            next_poll_at=2.0,
            etag=None,
            last_modified=None,
            entries=[NewEntry(entry("a", "https://x/1"), alert("alrt_1"), ("hook",))],
        )
    assert store.counts()["alerts"] == 1
    assert store.counts()["deliveries_pending"] == 1


def test_outbox_states(store: Store) -> None:
    store.record_poll(
        "f1",
        now=1.0,
        next_poll_at=2.0,
        etag=None,
        last_modified=None,
        entries=[NewEntry(entry("a"), alert("alrt_1"), ("hook",))],
    )
    [d] = store.due_deliveries("hook", now=1.0)
    store.mark_failed(d.id, error="HTTP 500", next_attempt_at=100.0, dead=False)
    assert store.due_deliveries("hook", now=50.0) == []
    assert store.next_due_at("hook") == 100.0
    store.mark_failed(d.id, error="HTTP 500", next_attempt_at=100.0, dead=True)
    assert store.due_deliveries("hook", now=1e9) == []
    [dead] = store.list_deliveries(state="dead")
    assert dead.attempts == 2 and dead.last_error == "HTTP 500"
    assert store.replay([d.id], now=5.0) == 1
    [again] = store.due_deliveries("hook", now=5.0)
    assert again.alert_id == "alrt_1" and again.attempts == 0
    store.mark_delivered(d.id, now=6.0)
    store.mark_failed(
        d.id, error="late", next_attempt_at=7.0, dead=True
    )  # delivered stays delivered
    assert store.counts()["deliveries_delivered"] == 1


def test_failed_transaction_leaves_nothing(store: Store) -> None:
    bad = Alert(
        id="alrt_x", event_key="k", categories=("offer",), score=1.0, payload={"x": {1, 2}}
    )  # not JSON
    with pytest.raises(TypeError):
        store.record_poll(
            "f1",
            now=1.0,
            next_poll_at=2.0,
            etag=None,
            last_modified=None,
            entries=[NewEntry(entry("a"), bad, ("hook",))],
        )
    counts = store.counts()
    assert counts["entries"] == 0 and counts["alerts"] == 0


def test_disk_full_is_a_clear_error_and_recovers(sqlite_store: Store) -> None:
    store = sqlite_store
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    big = [
        NewEntry(Entry("f1", f"g{i}", None, "x" * 900, "", None), alert(f"alrt_{i}"), ("hook",))
        for i in range(200)
    ]
    with pytest.raises(StoreError, match="database full"):
        store.record_poll(
            "f1", now=1.0, next_poll_at=2.0, etag=None, last_modified=None, entries=big
        )
    assert store.counts()["entries"] == 0
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    store.record_poll("f1", now=1.0, next_poll_at=2.0, etag=None, last_modified=None, entries=big)
    assert store.counts()["alerts"] == 200
    assert store.integrity_check() == "ok"


def test_writes_take_the_lock_up_front() -> None:
    """Every write path goes through `BEGIN IMMEDIATE` (no deferred BEGIN to upgrade)."""
    package = Path(__file__).resolve().parents[1] / "watcher" / "store"
    sources = {p.name: p.read_text() for p in package.glob("*.py")}
    assert "BEGIN IMMEDIATE" in sources["sqlite.py"]
    for name, source in sources.items():
        assert not re.search(r"\.atomic\(|\"BEGIN\"|'BEGIN'|BEGIN DEFERRED", source), name


def test_reader_reads_while_writer_holds_the_lock(sqlite_store: Store, tmp_path: Path) -> None:
    store = sqlite_store
    reader = Store(tmp_path / "w.db", readonly=True)
    with store.write():
        assert reader.counts()["feeds"] == 2  # WAL: readers never wait for the writer
    reader.close()


# -- more of the contract: feeds and the unit of work ---------------------------------------


def test_feed_failures_count_and_a_success_resets_them(store: Store) -> None:
    assert store.record_failure("f1", now=1.0, error="HTTP 500", next_poll_at=3.0) == 1
    assert store.record_failure("f1", now=3.0, error="timeout", next_poll_at=7.0) == 2
    failing = store.feed_state("f1")
    assert failing is not None and failing.failures == 2 and failing.last_error == "timeout"
    assert failing.next_poll_at == datetime.fromtimestamp(7.0, UTC)
    assert store.counts()["feeds_failing"] == 1
    store.record_poll("f1", now=8.0, next_poll_at=9.0, etag='"x"', last_modified=None, entries=[])
    ok = store.feed_state("f1")
    assert ok is not None and ok.failures == 0 and ok.last_error is None and ok.etag == '"x"'
    assert store.feed_state("nope") is None


def test_a_feed_given_a_new_url_forgets_the_old_validators(store: Store) -> None:
    store.record_poll("f1", now=1.0, next_poll_at=2.0, etag='"e"', last_modified="lm", entries=[])
    store.update_feed("f1", "http://a/f1", "A title")  # same URL: validators kept
    same = store.feed_state("f1")
    assert same is not None and same.etag == '"e"' and same.last_modified == "lm"
    store.update_feed("f1", "http://b/f1", "A title")
    moved = store.feed_state("f1")
    assert moved is not None and moved.url == "http://b/f1"
    assert moved.etag is None and moved.last_modified is None
    assert [f.feed_id for f in store.feeds()] == ["f1", "f2"]


def test_unit_of_work_commits_together_or_not_at_all(store: Store) -> None:
    def work(tx: Transaction) -> int | None:
        row = tx.add_entry(entry("a", "https://x/1"), now=1.0)
        assert row is not None
        tx.add_alert(alert("alrt_1"), row, ("hook",), now=1.0)
        raise RuntimeError("the decision failed half-way")

    with pytest.raises(RuntimeError):
        store.run(work)
    assert store.counts()["entries"] == 0 and store.counts()["alerts"] == 0

    def good(tx: Transaction) -> int | None:
        row = tx.add_entry(entry("a", "https://x/1"), now=1.0)
        assert row is not None
        tx.add_alert(alert("alrt_1"), row, ("hook",), now=1.0)
        return tx.add_entry(entry("b", "https://x/1", feed="f2"), now=1.0)  # same URL: seen

    assert store.run(good) is None
    counts = store.counts()
    assert counts["entries"] == 1 and counts["alerts"] == 1 and counts["deliveries_pending"] == 1


def test_a_poll_of_500_entries_is_one_transaction_and_all_or_nothing(store: Store) -> None:
    """The entries of a poll go in batched inserts (sqlite-utils' insert_all) that nest in
    the poll's one transaction: nothing commits on its own, and a failure at the last
    entry takes back the feed update and the 499 entries before it."""
    items = [NewEntry(entry(f"g{n}", f"https://x/{n}")) for n in range(499)]
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        with pytest.raises(StoreError):
            store.record_poll(
                "f1",
                now=1.0,
                next_poll_at=2.0,
                etag=None,
                last_modified=None,
                # the 500th entry's alert has the id of the first's: it fails
                entries=[
                    NewEntry(entry("a0"), alert("alrt_dup"), ("mqtt",)),
                    *items[:498],
                    NewEntry(entry("z"), alert("alrt_dup"), ("mqtt",)),
                ],
            )
    finally:
        store.conn.set_trace_callback(None)
    words = [s.split()[0].upper() for s in statements]
    assert words.count("BEGIN") == 1 and "BEGIN IMMEDIATE" in statements[0]
    assert words.count("COMMIT") == 0 and words.count("ROLLBACK") == 1
    assert any(s.startswith("INSERT INTO") and "entries" in s for s in statements)
    assert store.counts()["entries"] == 0 and store.alerts() == []
    state = store.feed_state("f1")
    assert state is not None and state.last_polled_at is None

    statements.clear()
    store.conn.set_trace_callback(statements.append)
    try:
        written = store.record_poll(
            "f1",
            now=1.0,
            next_poll_at=2.0,
            etag=None,
            last_modified=None,
            entries=[NewEntry(entry("a0"), alert("alrt_1"), ("mqtt",)), *items],
        )
    finally:
        store.conn.set_trace_callback(None)
    words = [s.split()[0].upper() for s in statements]
    assert words.count("BEGIN") == 1 and words.count("COMMIT") == 1
    inserts = [s for s in statements if s.startswith("INSERT INTO") and "entries" in s]
    assert 1 <= len(inserts) < 50  # batches, not one statement per entry
    assert [a.id for a in written] == ["alrt_1"]
    assert store.counts()["entries"] == 500
    assert store.unseen([entry("g498"), entry("new")]) == [entry("new")]
