"""SQLite storage: feed state, seen entries, alerts and the delivery outbox.

One `Store` object owns one connection and is used from one thread only (the daemon
runs it behind `AsyncStore`, a single-thread executor: the one writer). Every write is
an explicit `BEGIN IMMEDIATE` transaction, so a write never fails half-way on a lock
upgrade; readers (the web API, the CLI) open their own connections and WAL lets them
read while the writer writes.

An entry, its alert and the alert's delivery rows are written in the same transaction
(the transactional outbox): after a crash either all of them exist or none does.
The store decides what is *new*: an entry is new when neither its (feed, guid) nor
its canonical URL has been seen before, in any feed.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import sqlite_utils

from . import events
from .errors import StoreError
from .models import Alert, Delivery, Entry, FeedState

P = ParamSpec("P")
T = TypeVar("T")

MIGRATIONS: tuple[str, ...] = (
    # 1: the initial schema
    """
    CREATE TABLE feeds (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        title TEXT,
        etag TEXT,
        last_modified TEXT,
        first_polled_at REAL,
        last_polled_at REAL,
        last_ok_at REAL,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_poll_at REAL
    );
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        feed_id TEXT NOT NULL REFERENCES feeds(id),
        guid TEXT NOT NULL,
        url TEXT,
        title TEXT NOT NULL,
        published REAL,
        lang TEXT,
        seen_at REAL NOT NULL,
        UNIQUE (feed_id, guid)
    );
    CREATE INDEX entries_url ON entries(url);
    CREATE TABLE alerts (
        id TEXT PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id),
        event_key TEXT NOT NULL,
        categories TEXT NOT NULL,
        score REAL NOT NULL,
        payload TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        alert_id TEXT NOT NULL REFERENCES alerts(id),
        sink TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'delivered', 'dead')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL,
        last_error TEXT,
        delivered_at REAL,
        UNIQUE (alert_id, sink)
    );
    CREATE INDEX deliveries_due ON deliveries(sink, state, next_attempt_at);
    """,
    # 2: events (one per real-world move, gathering its sources across outlets)
    events.MIGRATION,
)


def _ts(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to record, with the alert it caused (if any) and the sinks it goes to."""

    entry: Entry
    alert: Alert | None = None
    sinks: tuple[str, ...] = ()
    signature: Any = None  # dedup.EventSignature, for the event decision
    fingerprint: bytes = b""


#: Called inside the write transaction for each new entry with an alert; returns the
#: entry as it should be recorded (alert adjusted, or dropped for a known event).
Resolver = Callable[[sqlite3.Connection, NewEntry, float], NewEntry]


def _create_private(path: Path) -> None:
    """Create the database file readable by its owner only (it holds alert history)."""
    if str(path) == ":memory:" or path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


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

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.write() as conn:
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- feeds -------------------------------------------------------------------------

    def ensure_feed(self, feed_id: str, url: str, title: str | None) -> FeedState:
        """Register a configured feed (idempotent) and return its state."""
        with self.write() as conn:
            conn.execute(
                "INSERT INTO feeds (id, url, title) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING",
                (feed_id, url, title),
            )
        state = self.feed_state(feed_id)
        assert state is not None
        return state

    _FEED_SQL = (
        "SELECT id, url, etag, last_modified, first_polled_at, last_polled_at, failures,"
        " last_error, next_poll_at FROM feeds"
    )

    @staticmethod
    def _feed(row: tuple[Any, ...]) -> FeedState:
        return FeedState(
            feed_id=row[0],
            url=row[1],
            etag=row[2],
            last_modified=row[3],
            first_polled_at=_ts(row[4]),
            last_polled_at=_ts(row[5]),
            failures=row[6],
            last_error=row[7],
            next_poll_at=_ts(row[8]),
        )

    def feed_state(self, feed_id: str) -> FeedState | None:
        row = self.conn.execute(self._FEED_SQL + " WHERE id = ?", (feed_id,)).fetchone()
        return None if row is None else self._feed(row)

    def record_failure(self, feed_id: str, *, now: float, error: str, next_poll_at: float) -> int:
        """Count one more failure of a feed; returns the failure count."""
        with self.write() as conn:
            conn.execute(
                "UPDATE feeds SET failures = failures + 1, last_error = ?, last_polled_at = ?,"
                " next_poll_at = ? WHERE id = ?",
                (error, now, next_poll_at, feed_id),
            )
            row = conn.execute("SELECT failures FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        return int(row[0]) if row else 0

    # -- entries ---------------------------------------------------------------------

    def _seen(self, conn: sqlite3.Connection, entry: Entry) -> bool:
        row = conn.execute(
            "SELECT 1 FROM entries WHERE feed_id = ? AND guid = ?", (entry.feed_id, entry.guid)
        ).fetchone()
        if row is None and entry.url:
            row = conn.execute("SELECT 1 FROM entries WHERE url = ?", (entry.url,)).fetchone()
        return row is not None

    def unseen(self, entries: Sequence[Entry]) -> list[Entry]:
        """The entries never seen before (by feed+guid, or by canonical URL in any feed)."""
        out: list[Entry] = []
        urls: set[str] = set()
        keys: set[tuple[str, str]] = set()
        for entry in entries:
            key = (entry.feed_id, entry.guid)
            if key in keys or (entry.url and entry.url in urls) or self._seen(self.conn, entry):
                continue
            keys.add(key)
            if entry.url:
                urls.add(entry.url)
            out.append(entry)
        return out

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
        resolve: Resolver | None = None,
    ) -> list[Alert]:
        """Record a successful poll in one transaction; returns the alerts written.

        Entries already seen (a concurrent poll of another feed may have carried the
        same URL) are skipped together with their alerts.
        """
        written: list[Alert] = []
        with self.write() as conn:
            conn.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, url = COALESCE(?, url),"
                " first_polled_at = COALESCE(first_polled_at, ?), last_polled_at = ?,"
                " last_ok_at = ?, failures = 0, last_error = NULL, next_poll_at = ?"
                " WHERE id = ?",
                (etag, last_modified, new_url, now, now, now, next_poll_at, feed_id),
            )
            for item in entries:
                e = item.entry
                if self._seen(conn, e):
                    continue
                cur = conn.execute(
                    "INSERT INTO entries (feed_id, guid, url, title, published, lang, seen_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        e.feed_id,
                        e.guid,
                        e.url,
                        e.title[:1000],
                        e.published.timestamp() if e.published else None,
                        e.lang,
                        now,
                    ),
                )
                if item.alert is not None and resolve is not None:
                    item = resolve(conn, item, now)
                if item.alert is None:
                    continue
                a = item.alert
                conn.execute(
                    "INSERT INTO alerts (id, entry_id, event_key, categories, score, payload,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        a.id,
                        cur.lastrowid,
                        a.event_key,
                        json.dumps(list(a.categories)),
                        a.score,
                        json.dumps(a.payload, ensure_ascii=False),
                        now,
                    ),
                )
                conn.executemany(
                    "INSERT INTO deliveries (alert_id, sink, next_attempt_at) VALUES (?, ?, ?)",
                    [(a.id, sink, now) for sink in item.sinks],
                )
                written.append(a)
        return written

    # -- outbox ----------------------------------------------------------------------

    _DELIVERY_SQL = (
        "SELECT d.id, d.alert_id, d.sink, d.state, d.attempts, d.next_attempt_at,"
        " d.last_error, a.payload FROM deliveries d JOIN alerts a ON a.id = d.alert_id"
    )

    def _delivery(self, row: tuple[Any, ...]) -> Delivery:
        due = _ts(row[5])
        assert due is not None
        return Delivery(
            id=row[0],
            alert_id=row[1],
            sink=row[2],
            state=row[3],
            attempts=row[4],
            next_attempt_at=due,
            last_error=row[6],
            payload=json.loads(row[7]),
        )

    def due_deliveries(self, sink: str, *, now: float, limit: int = 100) -> list[Delivery]:
        """Pending rows of one sink whose time has come, oldest first."""
        rows = self.conn.execute(
            self._DELIVERY_SQL + " WHERE d.sink = ? AND d.state = 'pending'"
            " AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, d.id LIMIT ?",
            (sink, now, limit),
        ).fetchall()
        return [self._delivery(r) for r in rows]

    def next_due_at(self, sink: str) -> float | None:
        row = self.conn.execute(
            "SELECT MIN(next_attempt_at) FROM deliveries WHERE sink = ? AND state = 'pending'",
            (sink,),
        ).fetchone()
        return None if row is None or row[0] is None else float(row[0])

    def mark_delivered(self, delivery_id: int, *, now: float) -> None:
        with self.write() as conn:
            conn.execute(
                "UPDATE deliveries SET state = 'delivered', attempts = attempts + 1,"
                " delivered_at = ?, last_error = NULL WHERE id = ? AND state = 'pending'",
                (now, delivery_id),
            )

    def mark_failed(
        self, delivery_id: int, *, error: str, next_attempt_at: float, dead: bool
    ) -> None:
        with self.write() as conn:
            conn.execute(
                "UPDATE deliveries SET attempts = attempts + 1, last_error = ?,"
                " next_attempt_at = ?, state = ? WHERE id = ? AND state = 'pending'",
                (error[:500], next_attempt_at, "dead" if dead else "pending", delivery_id),
            )

    def list_deliveries(self, *, state: str | None = None, limit: int = 100) -> list[Delivery]:
        where, args = ("WHERE d.state = ?", (state,)) if state else ("", ())
        rows = self.conn.execute(
            self._DELIVERY_SQL + f" {where} ORDER BY d.id DESC LIMIT ?", (*args, limit)
        ).fetchall()
        return [self._delivery(r) for r in rows]

    def replay(self, delivery_ids: Sequence[int], *, now: float) -> int:
        """Make dead deliveries pending again (same alert id); returns how many."""
        with self.write() as conn:
            count = 0
            for did in delivery_ids:
                cur = conn.execute(
                    "UPDATE deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?"
                    " WHERE id = ? AND state = 'dead'",
                    (now, did),
                )
                count += cur.rowcount
        return count

    # -- reports ---------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        q = self.conn.execute
        out = {
            "feeds": q("SELECT COUNT(*) FROM feeds").fetchone()[0],
            "feeds_failing": q("SELECT COUNT(*) FROM feeds WHERE failures > 0").fetchone()[0],
            "entries": q("SELECT COUNT(*) FROM entries").fetchone()[0],
            "alerts": q("SELECT COUNT(*) FROM alerts").fetchone()[0],
        }
        for state in ("pending", "delivered", "dead"):
            out[f"deliveries_{state}"] = q(
                "SELECT COUNT(*) FROM deliveries WHERE state = ?", (state,)
            ).fetchone()[0]
        return out

    def alerts(self, *, limit: int = 50) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT payload FROM alerts ORDER BY created_at DESC, id LIMIT ?", (limit,)
        ).fetchall()
        return [json.loads(r[0]) for r in rows]

    def feeds(self) -> list[FeedState]:
        return [self._feed(r) for r in self.conn.execute(self._FEED_SQL + " ORDER BY id")]

    def events(self, *, limit: int = 50) -> list[dict[str, Any]]:
        return events.list_events(self.conn, limit=limit)

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])


class AsyncStore:
    """Runs every Store call on one dedicated thread: the single writer.

    The event loop never blocks on SQLite, and all writes are serialised through
    the one connection.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._path = Path(path)
        self._readonly = readonly
        self._store: Store | None = None

    async def open(self) -> AsyncStore:
        self._store = await self._run(Store, self._path, readonly=self._readonly)
        return self

    async def _run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    async def call(self, method: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `method` (an unbound Store method, e.g. Store.unseen) on the writer thread."""
        assert self._store is not None, "store not opened"
        store = self._store
        return await self._run(lambda: method(store, *args, **kwargs))

    async def close(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            await self._run(store.close)
        self._executor.shutdown(wait=True)
