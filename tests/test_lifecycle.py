"""Lifecycle: systemd notify and watchdog, graceful drain on SIGTERM, a second SIGTERM."""

from __future__ import annotations

import asyncio
import itertools
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.configs import build_config, webhook_sink, write_config
from tests.conftest import FeedServer, HookReceiver
from tests.test_daemon import MOVE, OLD, running, until
from watcher.store import Store


async def test_systemd_ready_watchdog_stopping(
    tmp_path: Path, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.setblocking(False)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", "2000000")
    received: list[tuple[float, str]] = []

    async def drain() -> None:
        loop = asyncio.get_running_loop()
        while True:
            data = await loop.sock_recv(sock, 1024)
            received.append((time.monotonic(), data.decode()))

    reader = asyncio.create_task(drain())
    feed_server.feeds["a"] = [OLD]
    config = build_config(tmp_path, [feed_server.url("a")])
    try:
        async with running(config) as daemon:
            assert daemon.store is not None  # READY only once the store and scheduler are up
            await asyncio.sleep(2.5)
            pings = [t for t, m in received if m == "WATCHDOG=1"]
            assert len(pings) >= 3 and max(b - a for a, b in itertools.pairwise(pings)) <= 1.2
            # Block the event loop: the watchdog pings must stop (systemd would restart us).
            count = len(pings)
            time.sleep(3)  # noqa: ASYNC251 - blocking the loop is the point
            blocked_until = time.monotonic()
            await asyncio.sleep(0.05)
            late = [t for t, m in received if m == "WATCHDOG=1"][count:]
            assert all(t >= blocked_until - 0.1 for t in late)
        await asyncio.sleep(0.1)
    finally:
        reader.cancel()
        sock.close()
    messages = [m for _, m in received]
    assert messages[0] == "READY=1"
    assert messages.count("READY=1") == 1
    assert "STOPPING=1" in messages


def daemon_config(tmp_path: Path, feed_url: str, hook_url: str, drain: float) -> Path:
    return write_config(
        tmp_path,
        [feed_url],
        [webhook_sink(hook_url)],
        polling={"alert_on_first_poll": True},
        delivery={"drain_timeout": drain, "request_timeout": 20},
    )


async def start(cfg: Path, reap: list[Any]) -> asyncio.subprocess.Process:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "watcher", "run", "-c", str(cfg), stderr=asyncio.subprocess.PIPE
    )
    reap.append(proc)
    return proc


async def test_sigterm_lets_an_inflight_delivery_finish(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver, reap: list[Any]
) -> None:
    feed_server.feeds["a"] = [MOVE]
    hooks.script = ["slow"]
    hooks.delay = 2.0
    proc = await start(daemon_config(tmp_path, feed_server.url("a"), hooks.url, drain=10), reap)
    await until(lambda: len(hooks.received) == 1, timeout=20)  # the POST is in flight now
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    code = await asyncio.wait_for(proc.wait(), 20)
    assert proc.stderr is not None
    log = (await proc.stderr.read()).decode()
    assert code == 0, log
    assert 1.0 < time.monotonic() - t0 < 10
    assert "Traceback" not in log and "Task was destroyed" not in log
    store = Store(tmp_path / "w.db")
    assert store.counts()["deliveries_delivered"] == 1
    assert store.integrity_check() == "ok"
    store.close()


async def test_second_sigterm_exits_at_once(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver, reap: list[Any]
) -> None:
    feed_server.feeds["a"] = [MOVE]
    hooks.script = ["hang"]
    proc = await start(daemon_config(tmp_path, feed_server.url("a"), hooks.url, drain=30), reap)
    await until(lambda: len(hooks.received) == 1, timeout=20)
    proc.send_signal(signal.SIGTERM)
    await asyncio.sleep(0.5)
    assert proc.returncode is None  # draining
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    code = await asyncio.wait_for(proc.wait(), 5)
    assert time.monotonic() - t0 < 2 and code != 0
    store = Store(tmp_path / "w.db")
    assert store.counts()["deliveries_pending"] == 1  # never marked without a 2xx
    store.close()
