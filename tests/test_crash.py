"""Scenario 17: kill -9 a process writing through our store API, 30 times.

After every kill: `integrity_check` is ok, no partial transaction is visible (every
entry that carries an alert has it, and every alert has its two deliveries), and the
counts never go down.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

from watcher.store import Store

WRITER = r"""
import sys, time
from watcher.models import Alert, Entry
from watcher.store import NewEntry, Store
store = Store(sys.argv[1])
store.ensure_feed("f", "http://x/f", None)
i = int(sys.argv[2])
print("ready", flush=True)
while True:
    items = []
    for _ in range(5):
        aid = f"alrt_{i}"
        alert = Alert(aid, "k", ("offer",), 0.9, {"id": aid, "categories": ["offer"], "pad": "x" * 2000})
        items.append(NewEntry(Entry("f", f"g{i}", f"https://x/{i}", "t" * 200, ""), alert, ("a", "b")))
        i += 1
    store.record_poll("f", now=time.time(), next_poll_at=0, etag=None, last_modified=None, entries=items)
"""


def test_kill_minus_nine_never_leaves_a_partial_transaction(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    rng = random.Random(17)
    last = {"entries": 0, "alerts": 0}
    for cycle in range(30):
        start = last["entries"] + 1_000_000 * (cycle + 1)  # fresh guids per cycle
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(start)], stdout=subprocess.PIPE
        )
        assert proc.stdout is not None and proc.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.01, 0.15))
        proc.kill()
        proc.wait(10)
        proc.stdout.close()
        store = Store(db)
        try:
            assert store.integrity_check() == "ok"
            counts = store.counts()
            conn = store.conn
            assert (
                conn.execute(
                    "SELECT COUNT(*) FROM entries e LEFT JOIN alerts a ON a.entry_id = e.id WHERE a.id IS NULL"
                ).fetchone()[0]
                == 0
            )
            assert (
                conn.execute(
                    "SELECT COUNT(*) FROM alerts a WHERE (SELECT COUNT(*) FROM deliveries d WHERE d.alert_id = a.id) != 2"
                ).fetchone()[0]
                == 0
            )
            assert counts["entries"] % 5 == 0  # whole polls only
            assert counts["entries"] >= last["entries"] and counts["alerts"] >= last["alerts"]
            last = {"entries": counts["entries"], "alerts": counts["alerts"]}
        finally:
            store.close()
    assert last["entries"] > 0
