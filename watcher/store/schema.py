"""Every migration of the SQLite schema, in order, and the function that applies them.

The schema version is SQLite's `user_version`; migration N brings a database from
version N-1 to N inside one write transaction. Statements are split on ";", so none
holds a ";" inside it.
"""

from __future__ import annotations

import sqlite3

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
    """
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
    """,
    # 3: retries bounded by time: when a delivery first failed, and whether it died of age
    """
ALTER TABLE deliveries ADD COLUMN retry_from REAL;
ALTER TABLE deliveries ADD COLUMN expired INTEGER NOT NULL DEFAULT 0;
CREATE INDEX deliveries_state ON deliveries(state, sink);
CREATE INDEX deliveries_delivered ON deliveries(sink, delivered_at)
    """,
)


def pending(conn: sqlite3.Connection) -> list[tuple[int, list[str]]]:
    """(version, statements) of each migration the database has not had yet."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return [
        (number, [s for s in script.split(";") if s.strip()])
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1)
    ]


def migrate(conn: sqlite3.Connection) -> None:
    """Bring a connection's database to the latest version (each step in a transaction)."""
    for number, statements in pending(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
