"""Benchmark the write of one poll: its entries one INSERT each, or batched.

    python bench/bench_poll_write.py [--entries 500] [--polls 20]

Each poll records `--entries` new entries of one feed in one write transaction on a
SQLite file (WAL, synchronous=NORMAL, as the daemon opens it), after as many polls have
filled the table. "one by one" is `Transaction.add_entry` per entry (a lookup and an
INSERT each); "batched" is `Transaction.add_entries` (the same lookups, then
sqlite-utils' `insert_all`), which `ingest.record_poll` uses. Both run in one process,
alternating, so the figures sit side by side under the same load on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from watcher.models import Entry  # noqa: E402
from watcher.store import Store, Transaction  # noqa: E402


def entries(poll: int, count: int) -> list[Entry]:
    return [
        Entry("f", f"p{poll}-{n}", f"https://news.example/{poll}/{n}", f"title {n}", "")
        for n in range(count)
    ]


def one_by_one(tx: Transaction, *, items: list[Entry]) -> None:
    for item in items:
        tx.add_entry(item, now=1.0)


def batched(tx: Transaction, *, items: list[Entry]) -> None:
    tx.add_entries(items, now=1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--polls", type=int, default=20)
    args = parser.parse_args()
    ways = {"one by one": one_by_one, "batched": batched}
    took: dict[str, list[float]] = {name: [] for name in ways}
    with tempfile.TemporaryDirectory(prefix="watcher-bench-") as tmp:
        stores = {name: Store(Path(tmp) / f"{k}.db") for k, name in enumerate(ways)}
        for store in stores.values():
            store.ensure_feed("f", "https://news.example/feed", None)
        for poll in range(args.polls):
            items = entries(poll, args.entries)
            for name, write in ways.items():
                t0 = time.perf_counter()
                stores[name].run(partial(write, items=items))
                took[name].append(time.perf_counter() - t0)
        for store in stores.values():
            assert store.counts()["entries"] == args.polls * args.entries
            store.close()
    print(f"{'poll write':<12}{'entries':>8}{'median ms':>11}{'entries/s':>11}")
    for name, times in took.items():
        median = statistics.median(times)
        print(f"{name:<12}{args.entries:>8}{median * 1000:>11.1f}{args.entries / median:>11,.0f}")


if __name__ == "__main__":
    main()
