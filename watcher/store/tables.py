"""The latest schema, as a new database gets it: tables and indexes made with sqlite-utils.

A database written by an older version reaches the same schema through the migrations
in `watcher.store.schema` (a test compares the two). Two tables keep a little SQL:
sqlite-utils has no way to declare a CHECK constraint, and SQLite cannot add one to an
existing table, so `deliveries` and `event_sources` (whose `state` and `kind` take a
closed set of values) are created by a `CREATE TABLE` statement, with their UNIQUE
constraints; their indexes are made with sqlite-utils like the others. `entries`' UNIQUE
(feed_id, guid) of the older scripts is a unique index here: the same rule for
`INSERT OR IGNORE` and `ON CONFLICT`.
"""

from __future__ import annotations

import sqlite_utils

_DELIVERIES = """
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
    retry_from REAL,
    expired INTEGER NOT NULL DEFAULT 0,
    UNIQUE (alert_id, sink)
)
"""

_EVENT_SOURCES = """
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
)
"""


def create(db: sqlite_utils.Database) -> None:
    """Create every table and index of the latest schema in an empty database (inside
    the caller's transaction: sqlite-utils nests its own work in a savepoint)."""
    db.table("feeds").create(
        {
            "id": str,
            "url": str,
            "title": str,
            "etag": str,
            "last_modified": str,
            "first_polled_at": float,
            "last_polled_at": float,
            "last_ok_at": float,
            "failures": int,
            "last_error": str,
            "next_poll_at": float,
        },
        pk="id",
        not_null={"url", "failures"},
        defaults={"failures": 0},
    )
    entries = db.table("entries").create(
        {
            "id": int,
            "feed_id": str,
            "guid": str,
            "url": str,
            "title": str,
            "published": float,
            "lang": str,
            "seen_at": float,
        },
        pk="id",
        foreign_keys=[("feed_id", "feeds", "id")],
        not_null={"feed_id", "guid", "title", "seen_at"},
    )
    entries.create_index(["feed_id", "guid"], index_name="entries_feed_guid", unique=True)
    entries.create_index(["url"], index_name="entries_url")
    db.table("alerts").create(
        {
            "id": str,
            "entry_id": int,
            "event_key": str,
            "categories": str,
            "score": float,
            "payload": str,
            "created_at": float,
        },
        pk="id",
        foreign_keys=[("entry_id", "entries", "id")],
        not_null={"entry_id", "event_key", "categories", "score", "payload", "created_at"},
    )
    db.conn.execute(_DELIVERIES)
    deliveries = db.table("deliveries")
    deliveries.create_index(["sink", "state", "next_attempt_at"], index_name="deliveries_due")
    deliveries.create_index(["state", "sink"], index_name="deliveries_state")
    deliveries.create_index(["sink", "delivered_at"], index_name="deliveries_delivered")
    events = db.table("events").create(
        {
            "id": str,
            "key": str,
            "category": str,
            "categories": str,
            "people": str,
            "from_org": str,
            "to_org": str,
            "amount_usd": int,
            "first_seen": float,
            "last_seen": float,
            "sources": int,
            "signature": str,
        },
        pk="id",
        not_null={
            "key",
            "category",
            "categories",
            "people",
            "first_seen",
            "last_seen",
            "sources",
            "signature",
        },
        defaults={"sources": 0},
    )
    events.create_index(["last_seen"], index_name="events_last_seen")
    db.conn.execute(_EVENT_SOURCES)
    sources = db.table("event_sources")
    sources.create_index(["event_id"], index_name="event_sources_event")
