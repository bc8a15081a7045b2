"""Daily housekeeping on APScheduler's cron trigger: delivered rows and old entries are
forgotten, alerts and the work still to do are kept, the database is compacted."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.configs import build_config, webhook_sink
from tests.conftest import FeedServer, HookReceiver, whsec
from tests.test_daemon import DECOY, MOVE, OLD, running, until
from watcher.config import RetentionConfig
from watcher.daemon import Daemon
from watcher.housekeeping import DAY, Housekeeping
from watcher.store import AsyncStore


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql).fetchone()[0])


async def test_old_rows_are_forgotten_alerts_and_pending_work_kept(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    feed_server.feeds["a"] = [OLD]
    config = build_config(
        tmp_path, [feed_server.url("a")], [webhook_sink(hooks.url, secret=whsec())]
    )
    db = config.database.path
    async with running(config) as daemon:
        await until(lambda: daemon.polls >= 1 and not daemon._inflight)
        feed_server.feeds["a"] = [MOVE, DECOY, OLD]
        await hooks.wait_for(1, timeout=10)
        await until(
            lambda: _count(db, "SELECT count(*) FROM deliveries WHERE state = 'delivered'") == 1
        )
        assert _count(db, "SELECT count(*) FROM entries") == 3
        keeper = daemon.housekeeping
        assert keeper is not None
        # nothing is old enough yet
        pruned = await keeper.run_once()
        assert pruned is not None and (pruned.deliveries, pruned.entries) == (0, 0)
        # half a year later: the delivered row and the two entries without an alert go
        keeper.clock = lambda: time.time() + 200 * DAY
        pruned = await keeper.run_once()
        assert pruned is not None and (pruned.deliveries, pruned.entries) == (1, 2)
    assert _count(db, "SELECT count(*) FROM deliveries") == 0
    assert _count(db, "SELECT count(*) FROM alerts") == 1
    assert _count(db, "SELECT count(*) FROM entries") == 1  # the alert keeps its entry
    # half a year later the feed still carries them: they are judged again, but their
    # dates are older than max_age_hours, so nothing is alerted a second time
    later = Daemon(config, clock=lambda: time.time() + 200 * DAY)
    stop = asyncio.Event()
    task = asyncio.create_task(later.run(stop))
    await asyncio.wait_for(later.started.wait(), 20)
    await until(lambda: later.polls >= 2 and not later._inflight)
    stop.set()
    await asyncio.wait_for(task, 20)
    assert _count(db, "SELECT count(*) FROM entries") == 3
    assert len(hooks.received) == 1


async def test_the_cron_trigger_runs_the_job_at_the_configured_time(tmp_path: Path) -> None:
    store = await AsyncStore(tmp_path / "w.db").open()
    soon = datetime.now(UTC) + timedelta(seconds=2)
    keeper = Housekeeping(store, RetentionConfig(at=soon.strftime("%H:%M:%S")))
    keeper.start()
    try:
        assert keeper.next_run == soon.replace(microsecond=0).timestamp()
        await until(lambda: keeper.runs >= 1, 15)
        assert keeper.next_run is not None and keeper.next_run > time.time() + DAY - 60
    finally:
        keeper.stop()
        await store.close()


async def test_the_daemon_schedules_housekeeping(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.feeds["a"] = [OLD]
    config = build_config(tmp_path, [feed_server.url("a")])
    async with running(config) as daemon:
        keeper = daemon.housekeeping
        assert keeper is not None and keeper.next_run is not None
        assert time.time() < keeper.next_run <= time.time() + DAY


async def test_housekeeping_can_be_turned_off(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.feeds["a"] = [OLD]
    config = build_config(tmp_path, [feed_server.url("a")]).model_copy(
        update={"retention": RetentionConfig(enabled=False)}
    )
    async with running(config) as daemon:
        assert daemon.housekeeping is None
