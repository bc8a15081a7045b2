"""What the database forgets, and how it keeps itself compact.

    delivered deliveries   deleted once delivered longer ago than `delivered_before`
    entries                deleted once first seen and published before
                           `entries_before`, unless an alert was written for them
                           (alerts keep their entry); undated entries are kept

Pending and dead deliveries are never pruned: they are work or evidence. Events and
alerts are the history users read (`watcher events`, `/api/alerts`) and stay. An entry
that is forgotten and then reappears in its feed is judged again, but its date is older
than `polling.max_age_hours` by then, so it is never alerted twice; an entry without a
date could not be told apart from a new one, so it is never forgotten.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pruned:
    deliveries: int
    entries: int


def prune(conn: sqlite3.Connection, *, delivered_before: float, entries_before: float) -> Pruned:
    deliveries = conn.execute(
        "DELETE FROM deliveries WHERE state = 'delivered' AND delivered_at < ?",
        (delivered_before,),
    ).rowcount
    entries = conn.execute(
        "DELETE FROM entries WHERE seen_at < ? AND published IS NOT NULL AND published < ?"
        " AND NOT EXISTS (SELECT 1 FROM alerts WHERE alerts.entry_id = entries.id)",
        (entries_before, entries_before),
    ).rowcount
    return Pruned(deliveries, entries)


def compact(conn: sqlite3.Connection) -> None:
    """Refresh the query planner's statistics and fold the write-ahead log back."""
    conn.execute("PRAGMA optimize")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
