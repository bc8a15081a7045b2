"""The entries aggregate: every entry seen, and the alert it caused.

An entry is new when neither its (feed, guid) nor its canonical URL has been seen
before, in any feed. An alert is written with its entry, in the same transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from watcher.models import Alert, Entry

_CHUNK = 400  # bound parameters per lookup: well under SQLite's limit


def seen(conn: sqlite3.Connection, entry: Entry) -> bool:
    row = conn.execute(
        "SELECT 1 FROM entries WHERE feed_id = ? AND guid = ?", (entry.feed_id, entry.guid)
    ).fetchone()
    if row is None and entry.url:
        row = conn.execute("SELECT 1 FROM entries WHERE url = ?", (entry.url,)).fetchone()
    return row is not None


def _known(
    conn: sqlite3.Connection, entries: Sequence[Entry]
) -> tuple[set[tuple[str, str]], set[str]]:
    """The (feed, guid) keys and the URLs among `entries` that are recorded already: a
    few queries for a whole poll rather than one or two per entry."""
    keys: set[tuple[str, str]] = set()
    urls: set[str] = set()
    by_feed: dict[str, set[str]] = {}
    for e in entries:
        by_feed.setdefault(e.feed_id, set()).add(e.guid)
    for feed_id, guids in by_feed.items():
        ordered = sorted(guids)
        for i in range(0, len(ordered), _CHUNK):
            chunk = ordered[i : i + _CHUNK]
            marks = ", ".join(["?"] * len(chunk))
            keys.update(
                (feed_id, r[0])
                for r in conn.execute(
                    f"SELECT guid FROM entries WHERE feed_id = ? AND guid IN ({marks})",
                    [feed_id, *chunk],
                )
            )
    wanted = sorted({e.url for e in entries if e.url})
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i : i + _CHUNK]
        marks = ", ".join(["?"] * len(chunk))
        urls.update(
            r[0] for r in conn.execute(f"SELECT url FROM entries WHERE url IN ({marks})", chunk)
        )
    return keys, urls


def _fresh(conn: sqlite3.Connection, entries: Sequence[Entry]) -> list[int]:
    """Positions of the entries never seen before, first occurrence only within the
    batch too."""
    keys, urls = _known(conn, entries)
    out: list[int] = []
    for n, entry in enumerate(entries):
        key = (entry.feed_id, entry.guid)
        if key in keys or (entry.url and entry.url in urls):
            continue
        keys.add(key)
        if entry.url:
            urls.add(entry.url)
        out.append(n)
    return out


def unseen(conn: sqlite3.Connection, entries: Sequence[Entry]) -> list[Entry]:
    """The entries never seen before, first occurrence only within the batch too."""
    return [entries[n] for n in _fresh(conn, entries)]


def _record(entry: Entry, now: float) -> dict[str, Any]:
    return {
        "feed_id": entry.feed_id,
        "guid": entry.guid,
        "url": entry.url,
        "title": entry.title[:1000],
        "published": entry.published.timestamp() if entry.published else None,
        "lang": entry.lang,
        "seen_at": now,
    }


def insert(conn: sqlite3.Connection, entry: Entry, *, now: float) -> int:
    """Record an entry; returns its row id."""
    record = _record(entry, now)
    cur = conn.execute(
        f"INSERT INTO entries ({', '.join(record)}) VALUES ({', '.join(['?'] * len(record))})",
        tuple(record.values()),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def insert_all(db: Database, entries: Sequence[Entry], *, now: float) -> list[int | None]:
    """Record the entries never seen before in batched INSERTs (`Table.insert_all`,
    inside the caller's transaction); returns each entry's row id, None for one seen
    already or earlier in `entries`."""
    conn = db.conn
    fresh = _fresh(conn, entries)
    rows: list[int | None] = [None] * len(entries)
    if not fresh:
        return rows
    before = conn.execute("SELECT COALESCE(MAX(id), 0) FROM entries").fetchone()[0]
    records = [_record(entries[n], now) for n in fresh]
    # rows as lists after one row of column names: sqlite-utils' lighter input form
    db.table("entries").insert_all(
        [list(records[0]), *(list(r.values()) for r in records)], batch_size=500
    )
    ids = {
        (feed_id, guid): row
        for row, feed_id, guid in conn.execute(
            "SELECT id, feed_id, guid FROM entries WHERE id > ?", (before,)
        )
    }
    for n in fresh:
        entry = entries[n]
        row = ids.get((entry.feed_id, entry.guid))
        if row is None:  # SQLite chose a row id below the old maximum (ids ran out)
            row = conn.execute(
                "SELECT id FROM entries WHERE feed_id = ? AND guid = ?",
                (entry.feed_id, entry.guid),
            ).fetchone()[0]
        rows[n] = row
    return rows


def insert_alert(conn: sqlite3.Connection, alert: Alert, entry_row: int, *, now: float) -> None:
    conn.execute(
        "INSERT INTO alerts (id, entry_id, event_key, categories, score, payload,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            alert.id,
            entry_row,
            alert.event_key,
            json.dumps(list(alert.categories)),
            alert.score,
            json.dumps(alert.payload, ensure_ascii=False),
            now,
        ),
    )


def latest_alerts(conn: sqlite3.Connection, *, limit: int = 50) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT payload FROM alerts ORDER BY created_at DESC, id LIMIT ?", (limit,)
    ).fetchall()
    return [json.loads(r[0]) for r in rows]
