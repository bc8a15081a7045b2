"""The outbox aggregate: one delivery row per alert and sink, until the sink acknowledged.

Rows are written with their alert (the transactional outbox); the deliverer reads the
due ones and marks them delivered, failed (retry later) or dead. `retry_from` is the
first failure since the row was queued (or replayed): the start of its retry horizon;
`expired` marks a row that died of age, not of a permanent error, so that it can be
queued again once its sink recovers.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from watcher.models import Delivery
from watcher.store.feeds import ts

_DELIVERY_SQL = (
    "SELECT d.id, d.alert_id, d.sink, d.state, d.attempts, d.next_attempt_at,"
    " d.last_error, a.payload, a.categories, d.retry_from"
    " FROM deliveries d JOIN alerts a ON a.id = d.alert_id"
)


def _delivery(row: tuple[Any, ...]) -> Delivery:
    due = ts(row[5])
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
        categories=tuple(json.loads(row[8])),
        retry_from=ts(row[9]),
    )


def enqueue(conn: sqlite3.Connection, alert_id: str, sinks: Sequence[str], *, now: float) -> None:
    conn.executemany(
        "INSERT INTO deliveries (alert_id, sink, next_attempt_at) VALUES (?, ?, ?)",
        [(alert_id, sink, now) for sink in sinks],
    )


def due(conn: sqlite3.Connection, sink: str, *, now: float, limit: int = 100) -> list[Delivery]:
    rows = conn.execute(
        # A row never tried is due whatever the clocks say: it was queued with the
        # poll's wall time, which a step of the system clock may have put ahead of
        # the deliverer's steady clock.
        _DELIVERY_SQL + " WHERE d.sink = ? AND d.state = 'pending'"
        " AND (d.attempts = 0 OR d.next_attempt_at <= ?)"
        " ORDER BY d.next_attempt_at, d.id LIMIT ?",
        (sink, now, limit),
    ).fetchall()
    return [_delivery(r) for r in rows]


def next_due_at(conn: sqlite3.Connection, sink: str) -> float | None:
    row = conn.execute(
        "SELECT MIN(next_attempt_at) FROM deliveries WHERE sink = ? AND state = 'pending'",
        (sink,),
    ).fetchone()
    return None if row is None or row[0] is None else float(row[0])


def mark_delivered(conn: sqlite3.Connection, delivery_id: int, *, now: float) -> None:
    conn.execute(
        "UPDATE deliveries SET state = 'delivered', attempts = attempts + 1,"
        " delivered_at = ?, last_error = NULL WHERE id = ? AND state = 'pending'",
        (now, delivery_id),
    )


def mark_failed(
    conn: sqlite3.Connection,
    delivery_id: int,
    *,
    error: str,
    next_attempt_at: float,
    dead: bool,
    now: float | None = None,
    expired: bool = False,
) -> None:
    conn.execute(
        "UPDATE deliveries SET attempts = attempts + 1, last_error = ?,"
        " next_attempt_at = ?, state = ?, retry_from = COALESCE(retry_from, ?), expired = ?"
        " WHERE id = ? AND state = 'pending'",
        (
            error[:500],
            next_attempt_at,
            "dead" if dead else "pending",
            now,
            int(expired),
            delivery_id,
        ),
    )


def listing(conn: sqlite3.Connection, *, state: str | None, limit: int) -> list[Delivery]:
    where, args = ("WHERE d.state = ?", (state,)) if state else ("", ())
    rows = conn.execute(
        _DELIVERY_SQL + f" {where} ORDER BY d.id DESC LIMIT ?", (*args, limit)
    ).fetchall()
    return [_delivery(r) for r in rows]


def replay(conn: sqlite3.Connection, delivery_ids: Sequence[int], *, now: float) -> int:
    count = 0
    for did in delivery_ids:
        cur = conn.execute(
            "UPDATE deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?,"
            " retry_from = NULL, expired = 0 WHERE id = ? AND state = 'dead'",
            (now, did),
        )
        count += cur.rowcount
    return count


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        f"deliveries_{state}": conn.execute(
            "SELECT COUNT(*) FROM deliveries WHERE state = ?", (state,)
        ).fetchone()[0]
        for state in ("pending", "delivered", "dead")
    }


def hasten(conn: sqlite3.Connection, sink: str, *, now: float) -> int:
    """Make every pending row of `sink` due now (its outage is over); returns how many."""
    cur = conn.execute(
        "UPDATE deliveries SET next_attempt_at = ?"
        " WHERE sink = ? AND state = 'pending' AND next_attempt_at > ?",
        (now, sink, now),
    )
    return cur.rowcount


def requeue_expired(conn: sqlite3.Connection, sink: str, *, now: float) -> int:
    """Make the rows of `sink` that died of age pending again; returns how many."""
    cur = conn.execute(
        "UPDATE deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?,"
        " retry_from = NULL, expired = 0 WHERE sink = ? AND state = 'dead' AND expired = 1",
        (now, sink),
    )
    return cur.rowcount


def sink_stats(
    conn: sqlite3.Connection, sinks: Sequence[str]
) -> dict[str, dict[str, float | int | None]]:
    """Per sink: pending and dead counts, when the oldest pending alert was created,
    when the last delivery was acknowledged. Reads only the waiting and dead rows and
    one index entry per sink, however long the delivered history."""
    out: dict[str, dict[str, float | int | None]] = {
        s: {"pending": 0, "dead": 0, "oldest_pending_at": None, "last_delivered_at": None}
        for s in sinks
    }
    rows = conn.execute(
        "SELECT d.sink, d.state, COUNT(*), MIN(a.created_at) FROM deliveries d"
        " JOIN alerts a ON a.id = d.alert_id WHERE d.state IN ('pending', 'dead')"
        " GROUP BY d.sink, d.state"
    ).fetchall()
    for sink, state, count, oldest in rows:
        if sink in out:
            out[sink][state] = count
            if state == "pending":
                out[sink]["oldest_pending_at"] = oldest
    for sink, stats in out.items():
        row = conn.execute(
            "SELECT MAX(delivered_at) FROM deliveries WHERE sink = ?", (sink,)
        ).fetchone()
        stats["last_delivered_at"] = row[0] if row else None
    return out
