"""End to end on real parts: feed server → daemon → real mosquitto + webhook receiver."""

from __future__ import annotations

import asyncio
import signal
import sys
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from standardwebhooks import Webhook

from tests.broker import Broker, free_port
from tests.configs import build_config, mqtt_sink, webhook_sink, write_config
from tests.conftest import FeedItem, FeedServer, HookReceiver, Subscriber, moves, subscribe, whsec
from watcher.config import Config
from watcher.daemon import Daemon
from watcher.store import Store

MOVE = FeedItem(
    "move-1",
    "Jason Wei leaves OpenAI for Meta's superintelligence lab",
    "OpenAI researcher Jason Wei is leaving the company to join Meta, people familiar with the move said.",
    "https://news.example/wei-meta?utm_source=rss",
)
DECOY = FeedItem(
    "decoy-1",
    "Yankees sign star shortstop to record $300 million contract",
    "The ten-year deal is the largest in the club's history, the team said on Monday.",
    "https://sports.example/shortstop",
)
OLD = FeedItem(
    "old-1",
    "Meta poaches Apple's head of AI models Ruoming Pang",
    "Pang joins Meta's new lab.",
    "https://news.example/pang",
)


@asynccontextmanager
async def running(config: Config) -> AsyncIterator[Daemon]:
    daemon = Daemon(config)
    stop = asyncio.Event()
    task = asyncio.create_task(daemon.run(stop))
    await asyncio.wait_for(daemon.started.wait(), 20)
    try:
        yield daemon
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)


async def until(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


def store_of(config: Config) -> Store:
    return Store(config.database.path, readonly=True)


async def test_new_matching_entry_alerts_once_on_mqtt_and_webhook(
    tmp_path: Path,
    feed_server: FeedServer,
    hooks: HookReceiver,
    broker: Broker,
    subscriber: Subscriber,
) -> None:
    feed_server.feeds["a"] = [OLD]
    secret = whsec()
    config = build_config(
        tmp_path,
        [feed_server.url("a")],
        [mqtt_sink(broker, subscriber.prefix), webhook_sink(hooks.url, secret=secret)],
    )
    async with running(config) as daemon:
        await until(lambda: daemon.polls >= 1 and not daemon._inflight)
        feed_server.feeds["a"] = [MOVE, DECOY, OLD]
        t0 = time.monotonic()
        alerts = await subscriber.wait_alerts(1, timeout=10)
        received = await hooks.wait_for(1, timeout=10)
        latency = time.monotonic() - t0
        polls = daemon.polls
        await until(lambda: daemon.polls >= polls + 3)  # a few more polls: nothing more arrives
    assert latency < 5
    assert len(alerts) == 1 and len(received) == 1  # the first poll's entry and the decoy: nothing
    alert = alerts[0]
    assert alert["schema"] == "watcher.alert/v1"
    assert "departure" in alert["categories"]
    assert alert["url"] == "https://news.example/wei-meta"  # canonical: tracking gone
    assert received[0].headers["webhook-id"] == alert["id"]
    assert Webhook(secret).verify(received[0].body, received[0].headers)["id"] == alert["id"]
    topics = [t for t, _, _ in subscriber.messages if "/alerts/" in t]
    assert topics == [f"{subscriber.prefix}/alerts/{alert['categories'][0]}"]


async def test_conditional_get_and_304_makes_no_work(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.feeds["a"] = [OLD]
    config = build_config(tmp_path, [feed_server.url("a")])
    async with running(config) as daemon:
        await until(lambda: daemon.polls >= 3)
    headers = [h for name, h, _ in feed_server.requests if name == "a"]
    assert "If-None-Match" not in headers[0]
    assert all("If-None-Match" in h for h in headers[1:])
    s = store_of(config)
    assert s.counts()["entries"] == 1
    s.close()


async def test_bad_feeds_are_marked_failing_and_others_go_on(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    feed_server.raw = {
        "broken": (
            200,
            b"<rss><channel><item><title>unterminated",
            {"Content-Type": "application/rss+xml"},
        ),
        "html": (
            200,
            b"<!doctype html><html><head><title>Login</title></head><body>Sign in</body></html>",
            {"Content-Type": "text/html"},
        ),
        "error": (500, b"oops", {}),
        "huge": (200, b"<rss>" + b" " * (2 * 2**20) + b"</rss>", {}),
        "empty": (200, b"", {}),
    }
    feed_server.feeds["good"] = [OLD]
    names = ["broken", "html", "error", "huge", "empty", "good"]
    config = build_config(
        tmp_path,
        [feed_server.url(n) for n in names],
        [webhook_sink(hooks.url)],
        polling={"max_body": 1 << 20},
    )
    async with running(config) as daemon:
        await until(lambda: daemon.polls >= len(names) and not daemon._inflight)
        feed_server.feeds["good"] = [MOVE, OLD]
        await hooks.wait_for(1)
    assert len(hooks.received) == 1
    s = store_of(config)
    errors = {st.feed_id: st.last_error for st in s.feeds()}
    s.close()
    assert errors["feed5"] is None
    assert "HTTP 500" in str(errors["feed2"])
    assert "too large" in str(errors["feed3"])
    assert "HTML" in str(errors["feed1"])
    assert "empty" in str(errors["feed4"])


async def test_trickling_feed_is_cut_by_the_total_timeout(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.trickle.add("slow")
    feed_server.feeds["good"] = [OLD]
    config = build_config(
        tmp_path, [feed_server.url("slow"), feed_server.url("good")], [], polling={"timeout": 1.5}
    )
    async with running(config) as daemon:
        t0 = time.monotonic()
        await until(lambda: daemon.poll_errors >= 1, timeout=10)
        cut_after = time.monotonic() - t0
        good_polls = len([r for r in feed_server.requests if r[0] == "good"])
    s = store_of(config)
    states = {st.feed_id: st for st in s.feeds()}
    s.close()
    assert cut_after < 4
    assert "timeout" in str(states["feed0"].last_error)
    assert (
        states["feed1"].last_error is None and good_polls >= 2
    )  # the other feed kept its schedule


async def test_restart_does_not_alert_twice(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    feed_server.feeds["a"] = [OLD]
    config = build_config(tmp_path, [feed_server.url("a")], [webhook_sink(hooks.url)])
    async with running(config) as daemon:
        await until(lambda: daemon.polls >= 1 and not daemon._inflight)
        feed_server.feeds["a"] = [MOVE, OLD]
        await hooks.wait_for(1)
    async with running(config) as daemon:
        await until(lambda: daemon.polls >= 2)
        second = FeedItem(
            "move-2",
            "Anthropic hires Google DeepMind researcher Ana Lopez",
            "Lopez, a senior research scientist at Google DeepMind, is joining Anthropic.",
            "https://news.example/lopez",
        )
        feed_server.feeds["a"] = [second, MOVE, OLD]
        await hooks.wait_for(2)
        polls = daemon.polls
        await until(lambda: daemon.polls >= polls + 2)
    ids = [h.headers["webhook-id"] for h in hooks.received]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert [h.json["url"] for h in hooks.received] == [
        "https://news.example/wei-meta",
        "https://news.example/lopez",
    ]


async def test_broker_outage_loses_nothing(
    tmp_path: Path, feed_server: FeedServer, own_broker: Broker
) -> None:
    own_broker.start()
    prefix = f"o-{uuid.uuid4().hex[:6]}"
    feed_server.feeds["a"] = [OLD]
    config = build_config(tmp_path, [feed_server.url("a")], [mqtt_sink(own_broker, prefix)])
    async for sub in subscribe(own_broker.port, prefix, client_id=f"sub-{prefix}"):
        async with running(config) as daemon:
            await until(lambda: daemon.polls >= 1 and not daemon._inflight)
            own_broker.stop()
            items = moves(5)
            feed_server.feeds["a"] = [*items, OLD]
            polls = daemon.polls
            await until(lambda: daemon.polls >= polls + 2)
            s = store_of(config)
            assert s.counts()["deliveries_pending"] == 5
            s.close()
            own_broker.start()
            alerts = await sub.wait_alerts(5, timeout=20)
        break
    assert len({a["id"] for a in alerts}) == 5
    s = store_of(config)
    assert s.counts()["deliveries_delivered"] == 5
    s.close()


async def test_subprocess_sigterm_exits_cleanly_and_says_offline(
    tmp_path: Path, feed_server: FeedServer, broker: Broker, reap: list[Any]
) -> None:
    prefix = f"p-{uuid.uuid4().hex[:6]}"
    feed_server.feeds["a"] = [OLD]
    port = free_port()
    cfg = write_config(
        tmp_path,
        [feed_server.url("a")],
        [mqtt_sink(broker, prefix)],
        polling={"interval": 1, "min_interval": 0.5, "startup_spread": 0.1},
        web={"enabled": True, "port": port},
    )
    async for sub in subscribe(broker.port, prefix):
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "watcher", "run", "-c", str(cfg), stderr=asyncio.subprocess.PIPE
        )
        reap.append(proc)
        await until(lambda: sub.statuses()[-1:] == [b"online"], timeout=20)
        await until(lambda: len(feed_server.requests) >= 1, timeout=10)
        import aiohttp

        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/health") as resp:
                health = await resp.json()
        assert health["counts"]["feeds"] == 1 and health["sinks"]["bus"]["ready"] is True
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), 20)
        assert proc.stderr is not None
        log = (await proc.stderr.read()).decode()
        assert code == 0, log
        await until(lambda: sub.statuses()[-1:] == [b"offline"], timeout=5)
        break
    assert "Traceback" not in log, log
    assert Store(tmp_path / "w.db").integrity_check() == "ok"


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    import subprocess

    bad = tmp_path / "w.toml"  # written by hand: this text is what is being checked
    bad.write_text("[polling]\ninterval = -5\n[[feeds]]\nurl = 'gopher://x'\n")
    proc = subprocess.run(
        [sys.executable, "-m", "watcher", "check", "-c", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert any("polling.interval" in line for line in lines) and any(
        "feeds[0].url" in line for line in lines
    )
    proc = subprocess.run(
        [sys.executable, "-m", "watcher", "run", "-c", str(tmp_path / "nope.toml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "cannot read" in proc.stderr and "Traceback" not in proc.stderr


def test_check_accepts_the_example(tmp_path: Path) -> None:
    import subprocess

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "watcher",
            "check",
            "-c",
            str(root / "config" / "watcher.example.toml"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "OK" in proc.stdout
