"""The daemon's own reliability, on real parts (feeds on 127.0.0.1, mosquitto, a SQLite
file): CPU work isolated per worker and per feed, every failure counted, one daemon per
database, a database that goes away, SIGHUP, and a wall clock that jumps."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.broker import Broker, free_port
from tests.configs import build_config, mqtt_sink, webhook_sink, write_config
from tests.conftest import FeedItem, FeedServer, HookReceiver, Subscriber, moves, subscribe
from tests.test_daemon import MOVE, OLD, running, until
from watcher.config import Config
from watcher.daemon import Daemon
from watcher.errors import StoreError
from watcher.models import FeedState
from watcher.store import Store

LEAD = "{name}, a senior researcher at OpenAI, is leaving the company to join Meta. "
FILLER = (
    "Former Google DeepMind scientist {name} joined Anthropic from Microsoft in {year}"
    " after a ${n} million offer. "
)


def heavy_items(count: int, chars: int = 20_000) -> list[FeedItem]:
    """Long entries that match in their lead: the classifier then reads the whole body
    (about 70 ms each at 20,000 characters)."""
    items = []
    for i, item in enumerate(moves(count, start=100)):
        name = item.title.split(" researcher ")[1].split(" leaves")[0]
        body = LEAD.format(name=name)
        n = 0
        while len(body) < chars:
            body += FILLER.format(name=f"{name}{n}", year=2000 + n % 25, n=n)
            n += 1
        items.append(FeedItem(f"heavy-{i}", item.title, body[:chars], f"{item.link}-h"))
    return items


def states(config: Config) -> dict[str, FeedState]:
    s = Store(config.database.path, readonly=True)
    try:
        return {st.feed_id: st for st in s.feeds()}
    finally:
        s.close()


def first_polled(config: Config, *ids: str) -> bool:
    st = states(config)
    return all(i in st and st[i].first_polled_at is not None for i in ids)


def fetches(feed_server: FeedServer, name: str) -> int:
    return len([r for r in feed_server.requests if r[0] == name])


# -- isolation of CPU work ---------------------------------------------------------------


async def test_runaway_classification_costs_only_its_worker_and_its_feed(
    tmp_path: Path,
    feed_server: FeedServer,
    broker: Broker,
    subscriber: Subscriber,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="watcher")
    feed_server.feeds["heavy"] = [OLD]
    feed_server.feeds["light"] = [OLD]
    config = build_config(
        tmp_path,
        [
            {"id": "heavy", "url": feed_server.url("heavy")},
            {"id": "light", "url": feed_server.url("light")},
        ],
        [mqtt_sink(broker, subscriber.prefix)],
        polling={"workers": 2, "classify_timeout": 1.0, "classify_budget": 1000},
    )
    async with running(config) as daemon:
        await until(lambda: first_polled(config, "heavy", "light"), 20)
        feed_server.feeds["heavy"] = [OLD, *heavy_items(150)]  # ~10 s of classification
        heavy_fetches = fetches(feed_server, "heavy")
        await until(lambda: fetches(feed_server, "heavy") > heavy_fetches, 10)
        feed_server.feeds["light"] = [OLD, MOVE]
        t0 = time.monotonic()
        alerts = await subscriber.wait_alerts(1, timeout=20)
        innocent = time.monotonic() - t0
        await until(lambda: states(config)["heavy"].last_error is not None, 30)
        errors = daemon.poll_errors
        replaced = daemon.pool.replaced
        # backed off, not polled again at every interval (0.5 s)
        after = fetches(feed_server, "heavy")
        await asyncio.sleep(1.5)
        refetched = fetches(feed_server, "heavy") - after
    st = states(config)
    assert [a["url"] for a in alerts] == ["https://news.example/wei-meta"]
    assert innocent < 8, innocent
    assert st["heavy"].last_error == "classification took longer than 1s"
    assert st["heavy"].failures >= 1 and refetched <= 1
    assert st["light"].last_error is None and st["light"].failures == 0
    assert errors >= 1 and replaced >= 1
    text = caplog.text + " ".join(str(s.last_error) for s in st.values())
    assert "BrokenProcessPool" not in text and "AttributeError" not in text
    print(f"isolation: innocent alert after {innocent:.1f}s, workers replaced {replaced}")


async def test_costly_feed_is_cut_to_its_budget_and_says_so(
    tmp_path: Path, feed_server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="watcher")
    feed_server.feeds["heavy"] = [OLD]
    config = build_config(
        tmp_path,
        [{"id": "heavy", "url": feed_server.url("heavy")}],
        polling={"classify_budget": 10, "max_entry_chars": 1000, "classify_timeout": 5.0},
    )
    items = heavy_items(25)
    async with running(config) as daemon:
        await until(lambda: first_polled(config, "heavy"), 20)
        feed_server.feeds["heavy"] = [OLD, *items]
        # 25 new entries, 10 a poll: all recorded after three polls, none lost
        await until(lambda: _entries(config) == 26, 20)
        errors = daemon.poll_errors
    assert "over budget: 15 new entries left for the next poll" in caplog.text
    assert "judged on their first 1000 characters" in caplog.text
    assert errors == 0 and states(config)["heavy"].last_error is None


def _entries(config: Config) -> int:
    s = Store(config.database.path, readonly=True)
    try:
        return s.counts()["entries"]
    finally:
        s.close()


async def test_drain_timeout_is_honoured_while_a_worker_is_busy(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.feeds["heavy"] = [OLD]
    config = build_config(
        tmp_path,
        [{"id": "heavy", "url": feed_server.url("heavy")}],
        polling={"classify_timeout": 120.0, "classify_budget": 1000},
        delivery={"drain_timeout": 1},
    )
    daemon = Daemon(config)
    stop = asyncio.Event()
    task = asyncio.create_task(daemon.run(stop))
    await asyncio.wait_for(daemon.started.wait(), 20)
    await until(lambda: first_polled(config, "heavy"), 20)
    feed_server.feeds["heavy"] = [OLD, *heavy_items(300)]  # ~20 s of classification
    before = fetches(feed_server, "heavy")
    await until(lambda: fetches(feed_server, "heavy") > before, 10)
    await asyncio.sleep(2.0)  # parsed, and classifying now
    assert daemon._inflight
    t0 = time.monotonic()
    stop.set()
    await asyncio.wait_for(task, 30)
    took = time.monotonic() - t0
    assert took < 1 + 3, took
    print(f"drain: stopped {took:.1f}s after stop with a busy worker (drain_timeout 1s)")


# -- every failure counted -----------------------------------------------------------------


async def test_an_unexpected_error_is_counted_backed_off_and_kept_as_the_reason(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.feeds["a"] = [OLD]
    config = build_config(tmp_path, [{"id": "a", "url": feed_server.url("a")}])
    # A value `check` now refuses, forced past validation: the poll fails in a way
    # nobody foresaw (an OverflowError computing the oldest date worth alerting on).
    polling = config.polling.model_copy(update={"max_age_hours": 1e9})
    config = config.model_copy(update={"polling": polling})
    async with running(config) as daemon:
        await until(lambda: first_polled(config, "a"), 20)
        feed_server.feeds["a"] = [OLD, MOVE]
        await until(lambda: states(config)["a"].last_error is not None, 10)
        errors = daemon.poll_errors
        await asyncio.sleep(2.0)
        count = states(config)["a"].failures
    st = states(config)["a"]
    assert st.last_error == "unexpected error: OverflowError"
    assert errors >= 1
    # interval 0.5 s, backoff 1, 2, 4 s…: a handful of failures in 2 s, not one per interval
    assert 1 <= count <= 4, count


@pytest.mark.parametrize(
    ("section", "value", "field"),
    [
        ("polling", "interval = inf", "polling.interval"),
        ("polling", "max_age_hours = 1e9", "polling.max_age_hours"),
        ("polling", "max_body = 1099511627776", "polling.max_body"),
        ("polling", "parse_timeout = nan", "polling.parse_timeout"),
        ("delivery", "max_delay = inf", "delivery.max_delay"),
    ],
)
def test_check_refuses_values_that_cannot_work(
    tmp_path: Path, section: str, value: str, field: str
) -> None:
    path = tmp_path / "w.toml"  # written by hand: this text is what is being checked
    path.write_text(f"[{section}]\n{value}\n")
    proc = subprocess.run(
        [sys.executable, "-m", "watcher", "check", "-c", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert any(field in line for line in proc.stderr.splitlines()), proc.stderr


# -- lifecycle -------------------------------------------------------------------------------


async def test_a_second_daemon_on_the_same_database_is_refused(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.feeds["a"] = [OLD]
    config = build_config(tmp_path, [feed_server.url("a")])
    # `watcher run` refuses a configuration without sinks before it looks at the lock
    bus = {"type": "mqtt", "name": "bus", "url": "mqtt://127.0.0.1:9"}
    path = write_config(tmp_path, [feed_server.url("a")], [bus])
    async with running(config):
        with pytest.raises(StoreError, match="in use by another running watcher"):
            await asyncio.wait_for(Daemon(config).run(asyncio.Event()), 20)
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "watcher",
            "run",
            "-c",
            str(path),
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await asyncio.wait_for(proc.communicate(), 30)
    lines = err.decode().strip().splitlines()
    assert proc.returncode == 1, lines
    assert len(lines) == 1 and "in use by another running watcher" in lines[0], lines
    # the lock goes with the daemon: the next one starts
    async with running(config) as again:
        await until(lambda: again.polls >= 1, 10)


@pytest.mark.parametrize("how", ["deleted", "replaced"])
async def test_database_deleted_or_replaced_stops_the_daemon(
    tmp_path: Path, feed_server: FeedServer, how: str
) -> None:
    feed_server.feeds["a"] = [OLD]
    config = build_config(tmp_path, [feed_server.url("a")])
    daemon = Daemon(config)
    stop = asyncio.Event()
    task = asyncio.create_task(daemon.run(stop))
    await asyncio.wait_for(daemon.started.wait(), 20)
    await until(lambda: first_polled(config, "feed0"), 20)
    db = Path(config.database.path)
    if how == "deleted":
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{db}{suffix}")
    else:
        other = tmp_path / "other.db"
        Store(other).close()
        os.replace(other, db)
    t0 = time.monotonic()
    with pytest.raises(StoreError, match=f"was {how}"):
        await asyncio.wait_for(task, 15)
    assert time.monotonic() - t0 < 5
    if how == "deleted":
        assert not await asyncio.to_thread(db.exists)  # no new file in its place


async def test_sighup_reloads_feeds_without_alerting_old_entries(
    tmp_path: Path, feed_server: FeedServer, broker: Broker, reap: list[Any]
) -> None:
    prefix = f"hup-{os.getpid()}-{time.monotonic_ns() % 100000}"
    feed_server.feeds["a"] = [OLD]
    feed_server.feeds["b"] = [OLD, *moves(3)]  # matching stories already there
    sinks = [mqtt_sink(broker, prefix)]
    feed_a = {"id": "a", "url": feed_server.url("a")}
    feed_b = {"id": "b", "url": feed_server.url("b")}
    path = write_config(tmp_path, [feed_a], sinks)
    async for sub in subscribe(broker.port, prefix):
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "watcher", "run", "-c", str(path), stderr=asyncio.subprocess.PIPE
        )
        reap.append(proc)
        await until(lambda: sub.statuses()[-1:] == [b"online"], timeout=30)
        await until(lambda: fetches(feed_server, "a") >= 2, timeout=10)
        # a bad file first: refused in one line, the daemon goes on
        shutil.copy(path, tmp_path / "good.toml")
        path.write_text("[polling]\ninterval = -1\n")
        proc.send_signal(signal.SIGHUP)
        await asyncio.sleep(1.0)
        assert proc.returncode is None
        # then: feed a removed, feed b added
        write_config(tmp_path, [feed_b], sinks)
        proc.send_signal(signal.SIGHUP)
        await until(lambda: fetches(feed_server, "b") >= 2, timeout=10)
        a_then = fetches(feed_server, "a")
        await asyncio.sleep(1.5)
        a_after = fetches(feed_server, "a")
        # a new story in the new feed alerts; what it held before the reload does not
        feed_server.feeds["b"] = [OLD, *moves(3), *moves(1, start=50)]
        alerts = await sub.wait_alerts(1, timeout=10)
        await asyncio.sleep(1.0)
        alerts = sub.alerts()
        assert proc.returncode is None
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), 20)
        assert proc.stderr is not None
        log = (await proc.stderr.read()).decode()
        break
    assert code == 0, log
    assert a_after - a_then <= 1  # feed a is no longer polled
    assert [a["url"] for a in alerts] == ["https://news.example/move-50"], alerts
    assert "reload refused, configuration kept" in log
    assert "configuration reloaded: 1 feeds added, 0 changed, 1 removed" in log
    assert "Traceback" not in log


# -- time --------------------------------------------------------------------------------------


@pytest.mark.parametrize("step", [-3600.0, 86_400.0])
async def test_a_wall_clock_step_neither_stalls_nor_storms_the_schedule(
    tmp_path: Path, feed_server: FeedServer, step: float
) -> None:
    feed_server.feeds["ok"] = [OLD]
    feed_server.raw["down"] = (500, b"oops", {})
    config = build_config(
        tmp_path,
        [
            {"id": "ok", "url": feed_server.url("ok")},
            {"id": "down", "url": feed_server.url("down")},
        ],
        polling={"interval": 0.5, "max_interval": 4},
    )
    offset = [0.0]
    daemon = Daemon(config, clock=lambda: time.time() + offset[0])
    stop = asyncio.Event()
    task = asyncio.create_task(daemon.run(stop))
    try:
        await asyncio.wait_for(daemon.started.wait(), 20)
        await until(lambda: fetches(feed_server, "down") >= 1 and fetches(feed_server, "ok") >= 1)
        offset[0] = step  # the wall clock jumps (NTP, a suspended VM, an operator)
        ok0, down0 = fetches(feed_server, "ok"), fetches(feed_server, "down")
        await asyncio.sleep(4.0)
        ok, down = fetches(feed_server, "ok") - ok0, fetches(feed_server, "down") - down0
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)
    # every 0.5 s for the healthy feed; 1, 2, 4 s backoff for the failing one
    assert 4 <= ok <= 10, ok
    assert 2 <= down <= 3, down


# -- the web endpoint --------------------------------------------------------------------------


async def test_web_endpoint_cuts_slow_requests_and_caps_connections(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    import aiohttp

    feed_server.feeds["a"] = [OLD]
    port = free_port()
    config = build_config(
        tmp_path,
        [feed_server.url("a")],
        web={"enabled": True, "port": port, "request_timeout": 1, "max_connections": 4},
    )
    async with running(config):
        slow = [await asyncio.open_connection("127.0.0.1", port) for _ in range(3)]
        for _, writer in slow[:2]:  # a request head that never ends
            writer.write(b"GET /health HTTP/1.1\r\nHost: x\r\n")
        # a body announced and never sent
        slow[2][1].write(b"POST /health HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123")
        extra = [await asyncio.open_connection("127.0.0.1", port) for _ in range(3)]
        t0 = time.monotonic()
        ends = await asyncio.gather(
            *(asyncio.wait_for(reader.read(), 10) for reader, _ in slow + extra)
        )
        cut_after = time.monotonic() - t0
        for _, writer in slow + extra:
            writer.close()
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/health") as resp:
                status = resp.status
    assert ends[:2] == [b"", b""]  # cut, nothing answered
    assert b" 408 " in ends[2].split(b"\r\n", 1)[0] or ends[2] == b""
    assert cut_after < 1 + 1.5, cut_after
    assert status == 200


async def test_reload_swaps_sinks_without_resending_old_alerts(
    tmp_path: Path,
    feed_server: FeedServer,
    broker: Broker,
    subscriber: Subscriber,
    hooks: HookReceiver,
) -> None:
    feed_server.feeds["a"] = [OLD]
    feeds = [{"id": "a", "url": feed_server.url("a")}]
    config = build_config(tmp_path, feeds, [mqtt_sink(broker, subscriber.prefix)])
    async with running(config) as daemon:
        await until(lambda: first_polled(config, "a"), 20)
        feed_server.feeds["a"] = [OLD, MOVE]
        assert len(await subscriber.wait_alerts(1, timeout=10)) == 1
        # the MQTT sink removed, a webhook sink added
        await daemon.reload(build_config(tmp_path, feeds, [webhook_sink(hooks.url)]))
        feed_server.feeds["a"] = [OLD, MOVE, *moves(1, start=60)]
        received = await hooks.wait_for(1, timeout=10)
        polls = daemon.polls
        await until(lambda: daemon.polls >= polls + 3)
    assert [json.loads(r.body)["url"] for r in hooks.received] == ["https://news.example/move-60"]
    assert len(received) == 1 and len(subscriber.alerts()) == 1
