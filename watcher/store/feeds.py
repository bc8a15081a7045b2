"""The feeds aggregate: what is remembered about each feed between polls.

Plain functions over a `sqlite3.Connection`; writers run inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from watcher.models import FeedState

_FEED_SQL = (
    "SELECT id, url, etag, last_modified, first_polled_at, last_polled_at, failures,"
    " last_error, next_poll_at FROM feeds"
)


def ts(value: float | None) -> datetime | None:
    """A stored UNIX time as an aware datetime."""
    return None if value is None else datetime.fromtimestamp(value, UTC)


def _feed(row: tuple[Any, ...]) -> FeedState:
    return FeedState(
        feed_id=row[0],
        url=row[1],
        etag=row[2],
        last_modified=row[3],
        first_polled_at=ts(row[4]),
        last_polled_at=ts(row[5]),
        failures=row[6],
        last_error=row[7],
        next_poll_at=ts(row[8]),
    )


def ensure(conn: sqlite3.Connection, feed_id: str, url: str, title: str | None) -> None:
    conn.execute(
        "INSERT INTO feeds (id, url, title) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING",
        (feed_id, url, title),
    )


def update(conn: sqlite3.Connection, feed_id: str, url: str, title: str | None) -> None:
    """A configured feed's new URL and title; a new URL forgets the old one's validators."""
    conn.execute(
        "UPDATE feeds SET etag = CASE WHEN url = ? THEN etag END,"
        " last_modified = CASE WHEN url = ? THEN last_modified END, url = ?, title = ?"
        " WHERE id = ?",
        (url, url, url, title, feed_id),
    )


def state(conn: sqlite3.Connection, feed_id: str) -> FeedState | None:
    row = conn.execute(_FEED_SQL + " WHERE id = ?", (feed_id,)).fetchone()
    return None if row is None else _feed(row)


def all_states(conn: sqlite3.Connection) -> list[FeedState]:
    return [_feed(r) for r in conn.execute(_FEED_SQL + " ORDER BY id")]


def record_failure(
    conn: sqlite3.Connection, feed_id: str, *, now: float, error: str, next_poll_at: float
) -> int:
    conn.execute(
        "UPDATE feeds SET failures = failures + 1, last_error = ?, last_polled_at = ?,"
        " next_poll_at = ? WHERE id = ?",
        (error, now, next_poll_at, feed_id),
    )
    row = conn.execute("SELECT failures FROM feeds WHERE id = ?", (feed_id,)).fetchone()
    return int(row[0]) if row else 0


def record_ok(
    conn: sqlite3.Connection,
    feed_id: str,
    *,
    now: float,
    next_poll_at: float,
    etag: str | None,
    last_modified: str | None,
    new_url: str | None = None,
) -> None:
    conn.execute(
        "UPDATE feeds SET etag = ?, last_modified = ?, url = COALESCE(?, url),"
        " first_polled_at = COALESCE(first_polled_at, ?), last_polled_at = ?,"
        " last_ok_at = ?, failures = 0, last_error = NULL, next_poll_at = ?"
        " WHERE id = ?",
        (etag, last_modified, new_url, now, now, now, next_poll_at, feed_id),
    )


def health(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Per feed: failures in a row, the last error, the last successful and last poll."""
    keys = ("id", "title", "failures", "last_error", "last_ok_at", "last_polled_at")
    rows = conn.execute(
        "SELECT id, title, failures, last_error, last_ok_at, last_polled_at FROM feeds ORDER BY id"
    )
    return [dict(zip(keys, r, strict=True)) for r in rows]
