"""The entries aggregate: every entry seen, and the alert it caused.

An entry is new when neither its (feed, guid) nor its canonical URL has been seen
before, in any feed. An alert is written with its entry, in the same transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from watcher.models import Alert, Entry


def seen(conn: sqlite3.Connection, entry: Entry) -> bool:
    row = conn.execute(
        "SELECT 1 FROM entries WHERE feed_id = ? AND guid = ?", (entry.feed_id, entry.guid)
    ).fetchone()
    if row is None and entry.url:
        row = conn.execute("SELECT 1 FROM entries WHERE url = ?", (entry.url,)).fetchone()
    return row is not None


def unseen(conn: sqlite3.Connection, entries: Sequence[Entry]) -> list[Entry]:
    """The entries never seen before, first occurrence only within the batch too."""
    out: list[Entry] = []
    urls: set[str] = set()
    keys: set[tuple[str, str]] = set()
    for entry in entries:
        key = (entry.feed_id, entry.guid)
        if key in keys or (entry.url and entry.url in urls) or seen(conn, entry):
            continue
        keys.add(key)
        if entry.url:
            urls.add(entry.url)
        out.append(entry)
    return out


def insert(conn: sqlite3.Connection, entry: Entry, *, now: float) -> int:
    """Record an entry; returns its row id."""
    cur = conn.execute(
        "INSERT INTO entries (feed_id, guid, url, title, published, lang, seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            entry.feed_id,
            entry.guid,
            entry.url,
            entry.title[:1000],
            entry.published.timestamp() if entry.published else None,
            entry.lang,
            now,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


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
