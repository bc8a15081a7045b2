"""Events and their sources in SQLite: the storage side of `dedup.py`.

Plain functions over a `sqlite3.Connection`, so the store can call them inside its own
write transaction (`BEGIN IMMEDIATE`), next to the entry, alert and outbox rows:

    candidates = recent_events(conn, now=now, window=window)
    decision = dedup.decide(signature, fingerprint, candidates, now=now, window=window)
    event_id = record(conn, decision, signature=..., fingerprint=..., source=..., now=now)

Times are stored as UNIX seconds (REAL), JSON columns as text, like store.py.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from watcher.dedup import WINDOW, Candidate, Decision, EventSignature, decide, merge

# No ";" inside statements: the store splits migration scripts on ";".
MIGRATION = """
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    category TEXT NOT NULL,
    categories TEXT NOT NULL,
    people TEXT NOT NULL,
    from_org TEXT,
    to_org TEXT,
    amount_usd INTEGER,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL,
    sources INTEGER NOT NULL DEFAULT 0,
    fingerprint BLOB,
    signature TEXT NOT NULL
);
CREATE INDEX events_last_seen ON events(last_seen);
CREATE TABLE event_sources (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id),
    feed_id TEXT NOT NULL,
    guid TEXT NOT NULL,
    url TEXT,
    lang TEXT,
    title TEXT,
    seen_at REAL NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('new', 'update', 'duplicate')),
    changes TEXT,
    fingerprint BLOB,
    UNIQUE (feed_id, guid)
);
CREATE INDEX event_sources_event ON event_sources(event_id);
"""


@dataclass(frozen=True, slots=True)
class Source:
    """The entry that reported an event (its identity within watcher and its outlet)."""

    feed_id: str
    guid: str
    url: str | None = None
    lang: str | None = None
    title: str | None = None


def migrate(conn: sqlite3.Connection) -> None:
    """Create the tables (for a stand-alone database; the store has its own migrations)."""
    conn.executescript(MIGRATION)


def event_id_for(source: Source) -> str:
    """A new event's stable id: derived from its first source, like alert ids."""
    digest = hashlib.sha256(f"{source.feed_id}\x00{source.guid}".encode()).hexdigest()
    return f"evt_{digest[:32]}"


@lru_cache(maxsize=8192)
def _dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


@lru_cache(maxsize=4096)
def _signature(text: str) -> EventSignature:
    """Decoded once per distinct stored text: a poll compares each entry with every
    recent event, and the signatures are frozen, so they can be shared."""
    return EventSignature.from_json(json.loads(text))


def recent_events(
    conn: sqlite3.Connection, *, now: datetime, window: timedelta = WINDOW
) -> list[Candidate]:
    """Events whose sources fall within `window` of `now`, with their sources' fingerprints."""
    lo, hi = (now - window).timestamp(), (now + window).timestamp()
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
        Candidate(
            id=event_id,
            signature=_signature(sig),
            first_seen=_dt(first),
            last_seen=_dt(last),
            fingerprints=tuple(prints[event_id]),
        )
        for event_id, sig, first, last in rows
    ]


def record(
    conn: sqlite3.Connection,
    decision: Decision,
    *,
    signature: EventSignature,
    fingerprint: bytes,
    source: Source,
    now: datetime,
) -> str | None:
    """Write the decision: a new event, or one more source of an existing one.

    Returns the event id (None for a "none" decision, which records nothing). A source
    already recorded (same feed and guid) is left alone.
    """
    if decision.kind == "none":
        return None
    ts = now.timestamp()
    if decision.kind == "new":
        event_id = event_id_for(source)
        conn.execute(
            "INSERT OR IGNORE INTO events (id, key, category, categories, people, from_org,"
            " to_org, amount_usd, first_seen, last_seen, sources, fingerprint, signature)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            (
                event_id,
                signature.key,
                signature.category,
                json.dumps(sorted(signature.categories)),
                json.dumps(list(signature.people)),
                signature.from_org,
                signature.to_org,
                signature.amount_usd,
                ts,
                ts,
                fingerprint,
                json.dumps(signature.to_json()),
            ),
        )
    else:
        assert decision.event_id is not None, "update/duplicate decisions carry an event id"
        event_id = decision.event_id
        row = conn.execute("SELECT signature FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise LookupError(f"unknown event {event_id}")
        merged = merge(EventSignature.from_json(json.loads(row[0])), signature)
        conn.execute(
            "UPDATE events SET categories = ?, people = ?, from_org = ?, to_org = ?,"
            " amount_usd = ?, first_seen = MIN(first_seen, ?), last_seen = MAX(last_seen, ?),"
            " signature = ? WHERE id = ?",
            (
                json.dumps(sorted(merged.categories)),
                json.dumps(list(merged.people)),
                merged.from_org,
                merged.to_org,
                merged.amount_usd,
                ts,
                ts,
                json.dumps(merged.to_json()),
                event_id,
            ),
        )
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
            ts,
            decision.kind,
            json.dumps(decision.changes) if decision.changes else None,
            fingerprint,
        ),
    )
    if cur.rowcount:
        conn.execute("UPDATE events SET sources = sources + 1 WHERE id = ?", (event_id,))
    return event_id


def _rows(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def list_events(conn: sqlite3.Connection, limit: int = 50) -> list[dict[str, Any]]:
    """The latest events (most recently seen first), with their source counts."""
    cur = conn.execute(
        "SELECT id, key, category, categories, people, from_org, to_org, amount_usd,"
        " first_seen, last_seen, sources FROM events ORDER BY last_seen DESC LIMIT ?",
        (limit,),
    )
    out = _rows(cur)
    for row in out:
        row["categories"] = json.loads(row["categories"])
        row["people"] = json.loads(row["people"])
    return out


def sources(conn: sqlite3.Connection, event_id: str) -> list[dict[str, Any]]:
    """An event's sources in the order they were seen (for the alert's `sources` list)."""
    cur = conn.execute(
        "SELECT feed_id, guid, url, lang, title, seen_at, kind, changes FROM event_sources"
        " WHERE event_id = ? ORDER BY seen_at, id",
        (event_id,),
    )
    out = _rows(cur)
    for row in out:
        row["changes"] = json.loads(row["changes"]) if row["changes"] else {}
    return out


def resolve(
    conn: sqlite3.Connection,
    signature: EventSignature | None,
    fingerprint: bytes,
    source: Source,
    *,
    now: datetime,
    window: timedelta = WINDOW,
) -> tuple[Decision, str | None]:
    """Within the caller's write transaction: decide an entry against the recent events
    and record the decision. Returns it with the event id (None for "none")."""
    candidates = recent_events(conn, now=now, window=window)
    decision = decide(signature, fingerprint, candidates, now=now, window=window)
    if signature is None:
        return decision, None
    event_id = record(
        conn, decision, signature=signature, fingerprint=fingerprint, source=source, now=now
    )
    return decision, event_id
