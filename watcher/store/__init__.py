"""Storage: feed state, seen entries, events, alerts and the delivery outbox.

    tables.py     the latest schema for a new database (sqlite-utils)
    schema.py     every migration, in order
    feeds.py      what is remembered about each feed between polls
    entries.py    entries seen (by feed+guid and by canonical URL) and their alerts
    events.py     events and the entries that reported them
    outbox.py     one delivery row per alert and sink
    sqlite.py     `Store` (one connection, one writer) and its `Transaction`
    aio.py        `AsyncStore`: the store on its own thread, for the event loop

It imports only `watcher.models`, `watcher.errors` and its own modules: it applies
what it is given and never decides (see `watcher.ingest`).
"""

from watcher.models import NewEntry
from watcher.store import schema
from watcher.store.aio import AsyncStore
from watcher.store.schema import MIGRATIONS
from watcher.store.sqlite import Store, Transaction

__all__ = ["MIGRATIONS", "AsyncStore", "NewEntry", "Store", "Transaction", "schema"]
