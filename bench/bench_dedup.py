"""Benchmark event dedup: decisions per second as the number of open events grows.

    python bench/bench_dedup.py [--entries 1000]

Every entry is already classified (its signature and fingerprint are built before the
clock starts), so only the dedup stage is timed: read the recent events, decide, record,
inside one SQLite transaction per entry, as the daemon's store writer does. Two loads:

(a) distinct moves: every entry is another person, so every entry opens an event and
    the candidates grow to `--entries` (the worst case: each decision reads them all);
(b) repeated moves: ten reports of each move (an outlet storm), so events stay few.

The baseline is the cheapest dedup there is: one lookup of the entry's canonical URL in
an indexed table, in the same kind of transaction. The figures show what comparing with
every recent event costs on top of that; "last 10 %" is the rate once the events have
piled up. Each entry, like each URL of the baseline, commits its own transaction, so the
disk's commit time is part of every rate: compare figures taken back to back on one
machine.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from watcher.classify import analyse, default_rules  # noqa: E402
from watcher.dedup.fingerprint import story_fingerprint  # noqa: E402
from watcher.dedup.records import EventSignature  # noqa: E402
from watcher.dedup.signature import event_signature  # noqa: E402
from watcher.ingest import link  # noqa: E402
from watcher.models import EventSource  # noqa: E402
from watcher.store import Transaction, schema  # noqa: E402

FIRST = ["Ana", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas"]
LAST = ["Berg", "Costa", "Dahl", "Eriksen", "Fischer", "Garcia", "Haas", "Ito", "Jensen", "Kowal"]
MIDDLE = ["Ray", "Sol", "Tove", "Ulla", "Vik", "Wren", "Xan", "Yara", "Zeno", "Alba"]
START = datetime(2025, 6, 1, tzinfo=UTC)


def story(i: int) -> tuple[str, str]:
    """Title and lead of the i-th distinct move (1,000 distinct names)."""
    name = f"{FIRST[i % 10]} {MIDDLE[(i // 10) % 10]} {LAST[(i // 100) % 10]}"
    return (
        f"OpenAI researcher {name} leaves for Meta",
        f"{name}, a senior researcher at OpenAI, is leaving the company to join Meta.",
    )


def prepare(indexes: list[int]) -> list[tuple[EventSignature | None, bytes]]:
    rules = default_rules()
    out = []
    for i in indexes:
        title, text = story(i)
        analysis = analyse(title, text, rules=rules)
        signature = event_signature(analysis, title=title, text=text, rules=rules)
        out.append((signature, story_fingerprint(title, text)))
    return out


def run_events(prepared: list[tuple[EventSignature | None, bytes]], db: Path) -> list[float]:
    """The seconds each decision took (read, decide, record, commit)."""
    conn = sqlite3.connect(db, isolation_level=None)
    schema.migrate(conn)
    took = []
    for n, (signature, fingerprint) in enumerate(prepared):
        now = START + timedelta(minutes=n)
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        link(Transaction(conn), signature, fingerprint, EventSource("bench", str(n)), now=now)
        conn.execute("COMMIT")
        took.append(time.perf_counter() - t0)
    conn.close()
    return took


def run_urls(count: int, db: Path) -> float:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE seen (url TEXT PRIMARY KEY)")
    t0 = time.perf_counter()
    for n in range(count):
        url = f"https://news.example/{n}"
        conn.execute("BEGIN IMMEDIATE")
        if conn.execute("SELECT 1 FROM seen WHERE url = ?", (url,)).fetchone() is None:
            conn.execute("INSERT INTO seen VALUES (?)", (url,))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=1000)
    args = parser.parse_args()
    n = min(args.entries, 1000)
    loads = {
        "distinct moves": list(range(n)),
        "repeated moves": [i // 10 for i in range(n)],
    }
    print(f"{'load':<16}{'events':>8}{'dedup/s':>10}{'last 10 %/s':>13}{'baseline/s':>12}")
    with tempfile.TemporaryDirectory(prefix="watcher-bench-") as tmp:
        for k, (name, indexes) in enumerate(loads.items()):
            prepared = prepare(indexes)
            db = Path(tmp) / f"events-{k}.db"
            took = run_events(prepared, db)
            baseline = run_urls(len(indexes), Path(tmp) / f"urls-{k}.db")
            with sqlite3.connect(db) as conn:
                count = conn.execute("SELECT count(*) FROM events").fetchone()[0]
            tail = took[-max(1, len(took) // 10) :]
            print(
                f"{name:<16}{count:>8}{len(took) / sum(took):>10,.0f}"
                f"{len(tail) / sum(tail):>13,.0f}{len(indexes) / baseline:>12,.0f}"
            )


if __name__ == "__main__":
    main()
