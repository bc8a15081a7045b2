"""`watcher events`, `deliveries` and `replay`: the database, read by an operator.

They open the database a config names and never create one: a mistyped path is an
error, not an empty new file. Only `replay` writes, and only rows that exist and are dead.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from watcher.config_load import load_config
from watcher.errors import WatcherError
from watcher.web import delivery_summary


def _store_for(config_file: str, *, readonly: bool) -> Any:
    """The store of a config's database; a missing file is an error, never created here."""
    from watcher.store import Store

    path = load_config(config_file).database.path
    if not path.is_file():
        raise WatcherError(
            f"no database at {path} (database.path in {config_file}; the daemon creates it"
            " when it first runs)"
        )
    return Store(path, readonly=readonly)


def deliveries(config_file: str, args: argparse.Namespace) -> int:
    store = _store_for(config_file, readonly=True)
    for d in store.list_deliveries(state=args.state, limit=args.limit):
        row = delivery_summary(d) | {"title": d.payload.get("title")}
        print(json.dumps(row, ensure_ascii=False))
    return 0


def replay(config_file: str, args: argparse.Namespace) -> int:
    path = config_file
    if args.list:
        store = _store_for(path, readonly=True)
        for d in store.list_deliveries(state="dead", limit=100000):
            print(json.dumps(delivery_summary(d) | {"title": d.payload.get("title")}))
        return 0
    if not args.ids and not args.all:
        raise WatcherError("replay: give delivery ids, or --all (see `watcher replay --list`)")
    store = _store_for(path, readonly=False)
    dead = [d.id for d in store.list_deliveries(state="dead", limit=100000)]
    if args.all and not dead:
        raise WatcherError("replay --all: there are no dead deliveries")
    unknown = sorted(set(args.ids) - set(dead))
    if unknown:
        raise WatcherError(
            f"replay: not a dead delivery: {', '.join(map(str, unknown))}"
            " (see `watcher replay --list`); nothing was queued"
        )
    count = store.replay(dead if args.all else args.ids, now=time.time())
    print(f"{count} deliveries queued again (a running daemon sends them within seconds)")
    return 0


def events(config_file: str, args: argparse.Namespace) -> int:
    store = _store_for(config_file, readonly=True)
    for event in store.events(limit=args.limit):
        print(json.dumps(event, ensure_ascii=False))
    return 0
