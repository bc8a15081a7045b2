"""Every migration of the SQLite schema, in order, and the function that applies them.

The schema version is SQLite's `user_version`. A new database gets the latest schema
in one step (`watcher.store.tables`, built with sqlite-utils); a database written by
an older version takes each migration it has not had yet, migration N bringing it from
version N-1 to N inside one write transaction. Migrations 1 to 3 are the SQL scripts
those versions ran (kept as they were, so old files take the very same steps; their
statements are split on ";", so none holds a ";" inside it); later ones are functions
of a `sqlite_utils.Database`, which can change what `ALTER TABLE` cannot
(`table.transform()`). A test builds a database at every old version, migrates it and
compares its schema with a new one's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import sqlite_utils

from watcher.store import tables

Step = Callable[[sqlite_utils.Database], None]

SCRIPTS: tuple[str, ...] = (
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


def _drop_event_fingerprint(db: sqlite_utils.Database) -> None:
    """4: `events.fingerprint` goes. It held the first source's story fingerprint, which
    `event_sources` holds too (every fingerprint is read from there), and nothing read
    it. SQLite cannot drop a column on every version the daemon runs on; `transform`
    rebuilds the table (columns, constraints, indexes) and copies its rows. It would
    read the default of `sources` back as the text '0': it is given again as a number."""
    db.table("events").transform(drop={"fingerprint"}, defaults={"sources": 0})


def _script(text: str) -> Step:
    statements = [s for s in text.split(";") if s.strip()]

    def run(db: sqlite_utils.Database) -> None:
        for statement in statements:
            db.conn.execute(statement)

    return run


MIGRATIONS: tuple[Step, ...] = (*(_script(text) for text in SCRIPTS), _drop_event_fingerprint)
VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _is_empty(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0


def pending(conn: sqlite3.Connection) -> Iterator[tuple[int, Step]]:
    """(version, step) of each step the database still needs, to be run in order, each
    in its own write transaction and followed by `PRAGMA user_version = version`. A new
    database has one step: the latest schema at once."""
    current = version(conn)
    if current == 0 and _is_empty(conn):
        yield VERSION, tables.create
        return
    yield from enumerate(MIGRATIONS[current:], start=current + 1)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring a connection's database to the latest version (each step in a transaction)."""
    db = sqlite_utils.Database(conn)
    for number, step in pending(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(db)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
