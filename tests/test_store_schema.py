"""The schema: a new database (made with sqlite-utils) and an old one brought forward by
its migrations end up alike, and migrating keeps the data."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from watcher.store import Store, schema


def old_database(path: Path, version: int) -> None:
    """A database as the version that wrote it left it: the raw scripts up to `version`."""
    conn = sqlite3.connect(path, isolation_level=None)
    for script in schema.SCRIPTS[:version]:
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def describe(path: Path) -> dict[str, Any]:
    """What the schema promises, table by table: columns (type, NOT NULL, default, primary
    key), foreign keys, CHECK constraints, and indexes by columns and uniqueness (a UNIQUE
    constraint and a unique index are the same promise)."""
    db = sqlite_utils.Database(path)
    out: dict[str, Any] = {}
    for name in db.table_names():
        table = db.table(name)
        conn = db.conn
        indexes = set()
        for row in conn.execute(f"PRAGMA index_list({name})").fetchall():
            if row[3] == "pk":
                continue
            cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({row[1]})"))
            indexes.add((cols, bool(row[2])))
        out[name] = {
            "columns": [
                (c.name, c.type, c.notnull, c.default_value, c.is_pk) for c in table.columns
            ],
            "foreign_keys": sorted(
                (fk.column, fk.other_table, fk.other_column) for fk in table.foreign_keys
            ),
            "checks": sorted(" ".join(c.check.split()) for c in table.checks),
            "indexes": indexes,
        }
    db.close()
    return out


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_old_database_migrates_to_the_new_schema(tmp_path: Path, version: int) -> None:
    Store(tmp_path / "new.db").close()
    old_database(tmp_path / "old.db", version)
    store = Store(tmp_path / "old.db")
    assert store.schema_version() == schema.VERSION
    store.close()
    new, old = describe(tmp_path / "new.db"), describe(tmp_path / "old.db")
    assert (
        sorted(new)
        == sorted(old)
        == [
            "alerts",
            "deliveries",
            "entries",
            "event_sources",
            "events",
            "feeds",
        ]
    )
    for table in new:
        assert new[table] == old[table], table
    assert new["deliveries"]["checks"] and new["event_sources"]["checks"]
    assert (("feed_id", "guid"), True) in new["entries"]["indexes"]


def test_a_new_database_is_made_by_sqlite_utils_in_one_step(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "w.db", isolation_level=None)
    steps = list(schema.pending(conn))
    assert [number for number, _ in steps] == [schema.VERSION]
    schema.migrate(conn)
    assert list(schema.pending(conn)) == []
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")]
    assert "entries_feed_guid" in names and "events_last_seen" in names
    conn.close()


def test_dropping_the_event_fingerprint_keeps_every_event_and_source(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    old_database(path, 3)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO feeds (id, url) VALUES ('f1', 'http://a/f1')")
    for n in range(3):
        conn.execute(
            "INSERT INTO events (id, key, category, categories, people, from_org, to_org,"
            " amount_usd, first_seen, last_seen, sources, fingerprint, signature)"
            " VALUES (?, ?, 'offer', '[\"offer\"]', '[\"Ada\"]', 'a', NULL, ?, ?, ?, 1, ?, '{}')",
            (f"evt_{n}", f"k{n}", 1000 * n, n, n + 1, bytes([n]) * 8),
        )
        conn.execute(
            "INSERT INTO event_sources (event_id, feed_id, guid, seen_at, kind, fingerprint)"
            " VALUES (?, 'f1', ?, ?, 'new', ?)",
            (f"evt_{n}", f"g{n}", n, bytes([n]) * 8),
        )
    before = conn.execute(
        "SELECT id, key, category, categories, people, from_org, to_org, amount_usd,"
        " first_seen, last_seen, sources, signature FROM events ORDER BY id"
    ).fetchall()
    sources = conn.execute("SELECT * FROM event_sources ORDER BY id").fetchall()
    conn.close()

    store = Store(path)  # foreign keys on, as the daemon runs it
    assert store.schema_version() == 4
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert "fingerprint" not in store.db.table("events").columns_dict
    after = store.conn.execute(
        "SELECT id, key, category, categories, people, from_org, to_org, amount_usd,"
        " first_seen, last_seen, sources, signature FROM events ORDER BY id"
    ).fetchall()
    assert after == before
    assert store.conn.execute("SELECT * FROM event_sources ORDER BY id").fetchall() == sources
    assert [e["id"] for e in store.events()] == ["evt_2", "evt_1", "evt_0"]
    store.close()
