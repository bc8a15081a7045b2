"""The events aggregate: one row per real-world event, and the entries that reported it.

The store keeps what it is given: signatures are opaque JSON text here, decided on and
merged by `watcher.dedup` (through `watcher.ingest`). Times are UNIX seconds.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from watcher.models import EventRow, EventSource, StoredEvent


@lru_cache(maxsize=8192)
def _dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def recent(conn: sqlite3.Connection, *, lo: float, hi: float) -> list[StoredEvent]:
    """Events whose sources fall within [lo, hi], with their sources' fingerprints,
    oldest first."""
    rows = conn.execute(
        "SELECT id, signature, first_seen, last_seen FROM events"
        " WHERE last_seen >= ? AND first_seen <= ? ORDER BY first_seen",
        (lo, hi),
    ).fetchall()
    prints: dict[str, list[bytes]] = {row[0]: [] for row in rows}
    if rows:
        for event_id, fp in conn.execute(
            "SELECT s.event_id, s.fingerprint FROM event_sources s"
            " JOIN events e ON e.id = s.event_id"
            " WHERE e.last_seen >= ? AND e.first_seen <= ? AND s.fingerprint IS NOT NULL"
            " ORDER BY s.id",
            (lo, hi),
        ):
            prints[event_id].append(bytes(fp))
    return [
        StoredEvent(event_id, sig, _dt(first), _dt(last), tuple(prints[event_id]))
        for event_id, sig, first, last in rows
    ]


def insert(conn: sqlite3.Connection, event: EventRow, *, now: float) -> None:
    """Open an event (a row with this id already there is left alone); its story
    fingerprint comes with its first source."""
    conn.execute(
        "INSERT OR IGNORE INTO events (id, key, category, categories, people, from_org,"
        " to_org, amount_usd, first_seen, last_seen, sources, signature)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        (
            event.id,
            event.key,
            event.category,
            json.dumps(list(event.categories)),
            json.dumps(list(event.people)),
            event.from_org,
            event.to_org,
            event.amount_usd,
            now,
            now,
            event.signature,
        ),
    )


def update(conn: sqlite3.Connection, event: EventRow, *, now: float) -> None:
    """Store an event's merged facts and stretch its first..last seen to `now`."""
    conn.execute(
        "UPDATE events SET categories = ?, people = ?, from_org = ?, to_org = ?,"
        " amount_usd = ?, first_seen = MIN(first_seen, ?), last_seen = MAX(last_seen, ?),"
        " signature = ? WHERE id = ?",
        (
            json.dumps(list(event.categories)),
            json.dumps(list(event.people)),
            event.from_org,
            event.to_org,
            event.amount_usd,
            now,
            now,
            event.signature,
            event.id,
        ),
    )


def add_source(
    conn: sqlite3.Connection,
    event_id: str,
    source: EventSource,
    *,
    kind: str,
    changes: dict[str, Any],
    fingerprint: bytes,
    now: float,
) -> bool:
    """One more report of an event; False when this entry was recorded already."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO event_sources (event_id, feed_id, guid, url, lang, title,"
        " seen_at, kind, changes, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event_id,
            source.feed_id,
            source.guid,
            source.url,
            source.lang,
            source.title,
            now,
            kind,
            json.dumps(changes) if changes else None,
            fingerprint,
        ),
    )
    if cur.rowcount:
        conn.execute("UPDATE events SET sources = sources + 1 WHERE id = ?", (event_id,))
    return bool(cur.rowcount)


def sources(conn: sqlite3.Connection, event_id: str) -> list[EventSource]:
    """An event's sources in the order they were seen."""
    rows = conn.execute(
        "SELECT feed_id, guid, url, lang, title FROM event_sources"
        " WHERE event_id = ? ORDER BY seen_at, id",
        (event_id,),
    ).fetchall()
    return [EventSource(*row) for row in rows]


def latest(conn: sqlite3.Connection, *, limit: int = 50) -> list[dict[str, Any]]:
    """The latest events (most recently seen first), with their source counts."""
    cur = conn.execute(
        "SELECT id, key, category, categories, people, from_org, to_org, amount_usd,"
        " first_seen, last_seen, sources FROM events ORDER BY last_seen DESC LIMIT ?",
        (limit,),
    )
    cols = [c[0] for c in cur.description]
    out = [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    for row in out:
        row["categories"] = json.loads(row["categories"])
        row["people"] = json.loads(row["people"])
    return out
