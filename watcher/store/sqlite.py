"""The SQLite backend: one connection, explicit write transactions, a unit of work.

One `Store` object owns one connection and is used from one thread only (the daemon
runs it behind `AsyncStore`: the one writer). Every write is an explicit `BEGIN
IMMEDIATE` transaction, so a write never fails half-way on a lock upgrade; readers (the
web API, the CLI) open their own connections and WAL lets them read while the writer
writes.

`Store.run(work)` is the unit of work: `work` receives a `Transaction` and everything
it writes (an entry, its event, its alert and the alert's delivery rows: the
transactional outbox) commits together or not at all. The store applies what it is
given; it never decides and never calls back up (see `watcher.ingest`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from watcher.errors import StoreError
from watcher.models import (
    Alert,
    Delivery,
    Entry,
    EventRow,
    EventSource,
    FeedState,
    NewEntry,
    StoredEvent,
)
from watcher.store import entries, events, feeds, outbox, retention, schema

T = TypeVar("T")


def _create_private(path: Path) -> None:
    """Create the database file readable by its owner only (it holds alert history)."""
    if str(path) == ":memory:" or path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


class Transaction:
    """What a unit of work may do inside one write transaction, aggregate by aggregate."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the same connection: its writes nest in a savepoint of the
        open transaction and never commit on their own."""
        return sqlite_utils.Database(self.conn)

    # feeds
    def record_poll_ok(
        self,
        feed_id: str,
        *,
        now: float,
        next_poll_at: float,
        etag: str | None,
        last_modified: str | None,
        new_url: str | None = None,
    ) -> None:
        feeds.record_ok(
            self.conn,
            feed_id,
            now=now,
            next_poll_at=next_poll_at,
            etag=etag,
            last_modified=last_modified,
            new_url=new_url,
        )

    # entries and alerts
    def add_entry(self, entry: Entry, *, now: float) -> int | None:
        """Record a new entry; None when it was seen already (by guid or URL)."""
        if entries.seen(self.conn, entry):
            return None
        return entries.insert(self.conn, entry, now=now)

    def add_entries(self, items: Sequence[Entry], *, now: float) -> list[int | None]:
        """Record a poll's entries at once; each one's row id, None for one seen already
        (by guid or URL, or earlier in `items`)."""
        return entries.insert_all(self.db, items, now=now)

    def add_alert(self, alert: Alert, entry_row: int, sinks: Sequence[str], *, now: float) -> None:
        """An alert and its delivery rows (the outbox), with the entry that caused it."""
        entries.insert_alert(self.conn, alert, entry_row, now=now)
        outbox.enqueue(self.conn, alert.id, sinks, now=now)

    # events
    def recent_events(self, *, lo: float, hi: float) -> list[StoredEvent]:
        return events.recent(self.conn, lo=lo, hi=hi)

    def open_event(self, event: EventRow, *, now: float) -> None:
        events.insert(self.conn, event, now=now)

    def update_event(self, event: EventRow, *, now: float) -> None:
        events.update(self.conn, event, now=now)

    def add_event_source(
        self,
        event_id: str,
        source: EventSource,
        *,
        kind: str,
        changes: dict[str, Any],
        fingerprint: bytes,
        now: float,
    ) -> bool:
        return events.add_source(
            self.conn,
            event_id,
            source,
            kind=kind,
            changes=changes,
            fingerprint=fingerprint,
            now=now,
        )

    def event_sources(self, event_id: str) -> list[EventSource]:
        return events.sources(self.conn, event_id)


class Store:
    """Synchronous access to the database; one instance per thread."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            if readonly:
                # mode=ro: a reader never creates an empty database file by accident
                target, uri = f"file:{self.path}?mode=ro", True
            else:
                _create_private(self.path)
                target, uri = str(self.path), False
            conn = sqlite3.connect(
                target, isolation_level=None, check_same_thread=False, timeout=30.0, uri=uri
            )
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"cannot open database {self.path}: {e}") from e
        self.db = sqlite_utils.Database(conn)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.conn.close()

    # -- transactions -----------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the write lock up front (no upgrade failures)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise StoreError(f"database unavailable: {e}") from e
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                reason = "database full" if "full" in str(e) else str(e)
                raise StoreError(f"write failed: {reason}") from e
            raise

    def run(self, work: Callable[[Transaction], T]) -> T:
        """The unit of work: `work(tx)` runs inside one write transaction."""
        with self.write() as conn:
            return work(Transaction(conn))

    def _migrate(self) -> None:
        for number, step in schema.pending(self.conn):
            with self.write() as conn:
                step(self.db)
                conn.execute(f"PRAGMA user_version = {number}")

    # -- housekeeping ------------------------------------------------------------------

    def prune(self, *, delivered_before: float, entries_before: float) -> retention.Pruned:
        """Forget delivered deliveries and old entries (see `store.retention`), then
        compact the database."""
        with self.write() as conn:
            pruned = retention.prune(
                conn, delivered_before=delivered_before, entries_before=entries_before
            )
        try:
            retention.compact(self.conn)
        except sqlite3.Error as e:
            raise StoreError(f"compacting failed: {e}") from e
        return pruned

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- feeds -------------------------------------------------------------------------

    def ensure_feed(self, feed_id: str, url: str, title: str | None) -> FeedState:
        """Register a configured feed (idempotent) and return its state."""
        with self.write() as conn:
            feeds.ensure(conn, feed_id, url, title)
        state = self.feed_state(feed_id)
        assert state is not None
        return state

    def update_feed(self, feed_id: str, url: str, title: str | None) -> None:
        """A configured feed changed its URL or title (a reload)."""
        with self.write() as conn:
            feeds.update(conn, feed_id, url, title)

    def feed_state(self, feed_id: str) -> FeedState | None:
        return feeds.state(self.conn, feed_id)

    def feeds(self) -> list[FeedState]:
        return feeds.all_states(self.conn)

    def record_failure(self, feed_id: str, *, now: float, error: str, next_poll_at: float) -> int:
        """Count one more failure of a feed; returns the failure count."""
        with self.write() as conn:
            return feeds.record_failure(
                conn, feed_id, now=now, error=error, next_poll_at=next_poll_at
            )

    # -- entries ---------------------------------------------------------------------

    def unseen(self, items: Sequence[Entry]) -> list[Entry]:
        """The entries never seen before (by feed+guid, or by canonical URL in any feed)."""
        return entries.unseen(self.conn, items)

    def record_poll(
        self,
        feed_id: str,
        *,
        now: float,
        next_poll_at: float,
        etag: str | None,
        last_modified: str | None,
        new_url: str | None = None,
        entries: Sequence[NewEntry] = (),
    ) -> list[Alert]:
        """Record a successful poll and ready-made alerts in one transaction; returns the
        alerts written. Entries already seen (a concurrent poll of another feed may have
        carried the same URL) are skipped together with their alerts."""

        def work(tx: Transaction) -> list[Alert]:
            tx.record_poll_ok(
                feed_id,
                now=now,
                next_poll_at=next_poll_at,
                etag=etag,
                last_modified=last_modified,
                new_url=new_url,
            )
            written = []
            rows = tx.add_entries([item.entry for item in entries], now=now)
            for item, row in zip(entries, rows, strict=True):
                if row is not None and item.alert is not None:
                    tx.add_alert(item.alert, row, item.sinks, now=now)
                    written.append(item.alert)
            return written

        return self.run(work)

    def alerts(self, *, limit: int = 50) -> list[dict[str, Any]]:
        return entries.latest_alerts(self.conn, limit=limit)

    def events(self, *, limit: int = 50) -> list[dict[str, Any]]:
        return events.latest(self.conn, limit=limit)

    # -- outbox ----------------------------------------------------------------------

    def due_deliveries(self, sink: str, *, now: float, limit: int = 100) -> list[Delivery]:
        """Pending rows of one sink whose time has come, oldest first."""
        return outbox.due(self.conn, sink, now=now, limit=limit)

    def next_due_at(self, sink: str) -> float | None:
        return outbox.next_due_at(self.conn, sink)

    def mark_delivered(self, delivery_id: int, *, now: float) -> None:
        with self.write() as conn:
            outbox.mark_delivered(conn, delivery_id, now=now)

    def mark_failed(
        self,
        delivery_id: int,
        *,
        error: str,
        next_attempt_at: float,
        dead: bool,
        now: float | None = None,
        expired: bool = False,
    ) -> None:
        """Record a failed attempt; `now` starts the retry horizon, `expired`: died of age."""
        with self.write() as conn:
            outbox.mark_failed(
                conn,
                delivery_id,
                error=error,
                next_attempt_at=next_attempt_at,
                dead=dead,
                now=now,
                expired=expired,
            )

    def hasten(self, sink: str, *, now: float) -> int:
        """Make the pending deliveries of `sink` due now (it recovered); returns how many."""
        with self.write() as conn:
            return outbox.hasten(conn, sink, now=now)

    def requeue_expired(self, sink: str, *, now: float) -> int:
        """Queue again the deliveries of `sink` that died of age; returns how many."""
        with self.write() as conn:
            return outbox.requeue_expired(conn, sink, now=now)

    def sink_stats(self, sinks: Sequence[str]) -> dict[str, dict[str, float | int | None]]:
        """Backlog, dead letters and last delivery of each of `sinks`."""
        return outbox.sink_stats(self.conn, sinks)

    def feed_health(self) -> list[dict[str, Any]]:
        return feeds.health(self.conn)

    def list_deliveries(self, *, state: str | None = None, limit: int = 100) -> list[Delivery]:
        return outbox.listing(self.conn, state=state, limit=limit)

    def replay(self, delivery_ids: Sequence[int], *, now: float) -> int:
        """Make dead deliveries pending again (same alert id); returns how many."""
        with self.write() as conn:
            return outbox.replay(conn, delivery_ids, now=now)

    # -- reports ---------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        q = self.conn.execute
        out = {
            "feeds": q("SELECT COUNT(*) FROM feeds").fetchone()[0],
            "feeds_failing": q("SELECT COUNT(*) FROM feeds WHERE failures > 0").fetchone()[0],
            "entries": q("SELECT COUNT(*) FROM entries").fetchone()[0],
            "alerts": q("SELECT COUNT(*) FROM alerts").fetchone()[0],
        }
        out.update(outbox.counts(self.conn))
        return out

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])
