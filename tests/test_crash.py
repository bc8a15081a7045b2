"""Scenario 17: kill -9 a process writing through our store API, 30 times.

After every kill: `integrity_check` is ok, no partial transaction is visible (every
entry that carries an alert has it, and every alert has its two deliveries), and the
counts never go down.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.broker import Broker
from tests.configs import mqtt_sink, webhook_sink, write_config
from tests.conftest import FeedServer, HookReceiver, db_counts
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


async def test_a3_crash_matrix_kill9_daemon_loses_nothing(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver, broker: Broker, reap: list[Any]
) -> None:
    """Scenario A3: 20 kill -9 at random moments while a feed grows; then a set check."""
    import asyncio
    import signal
    import uuid
    from collections import Counter

    from tests.conftest import moves, subscribe

    prefix = f"a3-{uuid.uuid4().hex[:6]}"
    pre = moves(3, start=900)  # on the feed before its first poll: never alerted
    feed_server.feeds["a"] = list(pre)
    cfg = write_config(
        tmp_path,
        [feed_server.url("a")],
        [mqtt_sink(broker, prefix), webhook_sink(hooks.url)],
        polling={"interval": 0.3, "min_interval": 0.1, "startup_spread": 0.05},
        delivery={"base_delay": 0.1, "max_delay": 0.5},
    )
    rng = random.Random(3)
    added = 0
    kills = 0

    log = (tmp_path / "daemon.log").open("ab")

    async def start() -> asyncio.subprocess.Process:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "watcher", "run", "-c", str(cfg), stderr=log
        )
        reap.append(proc)
        return proc

    # Prime: the feed's first poll records what is already there, without alerting.
    proc = await start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        if db_counts(tmp_path / "w.db").get("entries") == len(pre):
            break
    proc.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(proc.wait(), 20) == 0

    async for sub in subscribe(broker.port, prefix, client_id=f"sub-{prefix}"):  # noqa: B007
        for _ in range(20):
            n = rng.randint(1, 2)
            feed_server.feeds["a"] = moves(n, start=added) + feed_server.feeds["a"]
            added += n
            proc = await start()
            await asyncio.sleep(rng.uniform(0.05, 2.0))
            assert proc.returncode is None, (tmp_path / "daemon.log").read_text()[-2000:]
            proc.kill()
            await proc.wait()
            kills += 1
        feed_server.feeds["a"] = moves(2, start=added) + feed_server.feeds["a"]
        added += 2
        proc = await start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            await asyncio.sleep(0.3)
            counts = db_counts(tmp_path / "w.db")
            if counts.get("entries") == added + 3 and counts.get("deliveries_pending") == 0:
                break
        await asyncio.sleep(0.5)  # let the last MQTT messages reach the subscriber
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 20) == 0
        break

    store = Store(tmp_path / "w.db")
    try:
        assert store.integrity_check() == "ok"
        conn = store.conn
        alert_ids = {r[0] for r in conn.execute("SELECT id FROM alerts")}
        alert_urls = {json.loads(r[0])["url"] for r in conn.execute("SELECT payload FROM alerts")}
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM deliveries WHERE alert_id NOT IN (SELECT id FROM alerts)"
            ).fetchone()[0]
            == 0
        )
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM alerts a WHERE (SELECT COUNT(*) FROM deliveries d WHERE d.alert_id = a.id) != 2"
            ).fetchone()[0]
            == 0
        )
        states = {r[0] for r in conn.execute("SELECT DISTINCT state FROM deliveries")}
    finally:
        store.close()
    at_mqtt = Counter(a["id"] for a in sub.alerts())
    at_hook = Counter(h.headers["webhook-id"] for h in hooks.received)
    assert len(alert_ids) == added  # every new entry alerted exactly once in the DB
    assert states == {"delivered"}
    assert alert_ids <= set(at_mqtt) and alert_ids <= set(at_hook)  # (a) no loss
    assert set(at_mqtt) <= alert_ids and set(at_hook) <= alert_ids  # nothing unknown
    assert sum(at_mqtt.values()) - len(at_mqtt) <= kills  # (c) duplicates: same id, ≤ 1 per kill
    assert sum(at_hook.values()) - len(at_hook) <= kills
    assert not {p.link for p in pre} & alert_urls  # (d) nothing from before the first poll
    print(
        f"A3: {kills} kills, {len(alert_ids)} alerts, duplicates mqtt={sum(at_mqtt.values()) - len(at_mqtt)} hook={sum(at_hook.values()) - len(at_hook)}"
    )
