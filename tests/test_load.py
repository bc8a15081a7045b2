"""C.37 — load on loopback: many feeds over 20 addresses, polled for three cycles.

The feed server runs in its own process (so the event-loop lag we measure is the
daemon's, not the server's), listens on 127.0.0.2–127.0.0.21 with one port, and counts
open connections and requests in flight per address. Feed i lives on address
2 + i % 20. Each cycle, 10 % of the feeds get a new entry; the rest answer 304.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import multiprocessing
import random
import time
from collections import Counter, defaultdict
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from tests.configs import build_config
from tests.probes import LagProbe, MiB, rss
from tests.test_daemon import running, store_of

ADDRESSES = [f"127.0.0.{i}" for i in range(2, 22)]
DELAY = 0.02  # seconds each request takes on the server: makes requests overlap


# -- the feed server (runs in a child process) ------------------------------------------


class _CountingServer(web.Server):
    """aiohttp's low-level server, counting open connections per local address."""

    def __init__(self, stats: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stats = stats
        self._addr_of: dict[int, str] = {}  # RequestHandler has __slots__

    def connection_made(self, handler: Any, transport: Any) -> None:
        super().connection_made(handler, transport)
        addr = transport.get_extra_info("sockname")[0]
        self._addr_of[id(handler)] = addr
        opened, peak = self.stats["open"], self.stats["peak_open"]
        opened[addr] += 1
        peak[addr] = max(peak[addr], opened[addr])

    def connection_lost(self, handler: Any, exc: BaseException | None) -> None:
        super().connection_lost(handler, exc)
        addr = self._addr_of.pop(id(handler), None)
        if addr is not None:
            self.stats["open"][addr] -= 1


def _feed_body(name: str, version: int) -> bytes:
    items = "".join(
        f"<item><guid isPermaLink='false'>{name}-v{v}</guid>"
        f"<title>{'Researcher Ada Novak leaves OpenAI for Meta' if v % 3 == 1 else 'Weekly notes'}"
        f" ({name} v{v})</title><link>https://load.example/{name}/{v}</link>"
        "<description>load test</description></item>"
        for v in range(version, -1, -1)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>'
        f"<link>https://load.example/</link><description>d</description>{items}</channel></rss>"
    ).encode()


async def _serve(conn: Connection) -> None:
    stats: dict[str, Any] = {
        "open": Counter(),
        "peak_open": Counter(),
        "inflight": Counter(),
        "peak_inflight": Counter(),
        "inflight_total": 0,
        "peak_inflight_total": 0,
        "requests": [],  # (feed, address, time)
    }
    versions: dict[str, int] = defaultdict(int)

    async def handle(request: web.BaseRequest) -> web.StreamResponse:
        name = request.path.lstrip("/")
        addr = request.transport.get_extra_info("sockname")[0] if request.transport else "?"
        version = versions[name]  # read on arrival: a change after arrival is next cycle's
        stats["requests"].append((name, addr, time.time()))
        stats["inflight"][addr] += 1
        stats["inflight_total"] += 1
        stats["peak_inflight"][addr] = max(stats["peak_inflight"][addr], stats["inflight"][addr])
        stats["peak_inflight_total"] = max(stats["peak_inflight_total"], stats["inflight_total"])
        try:
            await asyncio.sleep(DELAY)
        finally:
            stats["inflight"][addr] -= 1
            stats["inflight_total"] -= 1
        etag = f'"{version}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=_feed_body(name, version),
            headers={"ETag": etag, "Content-Type": "application/rss+xml"},
        )

    server = _CountingServer(stats, handle, access_log=None)
    runner = web.ServerRunner(server, shutdown_timeout=0.5)
    await runner.setup()
    first = web.TCPSite(runner, ADDRESSES[0], 0)
    await first.start()
    port = first._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    for addr in ADDRESSES[1:]:
        await web.TCPSite(runner, addr, port).start()

    loop = asyncio.get_running_loop()
    done = asyncio.Event()

    def on_command() -> None:
        command, arg = conn.recv()
        if command == "change":
            for name in arg:
                versions[name] += 1
            conn.send(len(arg))
        elif command == "stats":
            conn.send({k: (dict(v) if isinstance(v, Counter) else v) for k, v in stats.items()})
        else:
            done.set()
            conn.send("bye")

    loop.add_reader(conn.fileno(), on_command)
    conn.send(port)
    await asyncio.wait_for(done.wait(), 300)
    loop.remove_reader(conn.fileno())
    await runner.cleanup()


def serve_feeds(conn: Connection) -> None:
    """Child-process entry point: serve until told to stop (at most 5 minutes)."""
    asyncio.run(_serve(conn))


class FeedProcess:
    """The test's handle on the server process: commands over a pipe, every wait bounded."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=serve_feeds, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self.port = int(self._recv(30))

    def _recv(self, timeout: float) -> Any:
        if not self.conn.poll(timeout):
            raise AssertionError("feed server process did not answer in time")
        return self.conn.recv()

    async def ask(self, command: str, arg: Any = None) -> Any:
        self.conn.send((command, arg))
        return await asyncio.to_thread(self._recv, 30)

    def close(self) -> None:
        try:
            self.conn.send(("stop", None))
            self._recv(10)
        except (OSError, EOFError, AssertionError):
            pass
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


# -- the test ----------------------------------------------------------------------------


async def run_load(
    tmp_path: Path, *, feeds: int, interval: float, spread: float, concurrency: int, per_host: int
) -> None:
    started = time.monotonic()
    server = FeedProcess()
    try:
        urls = [f"http://{ADDRESSES[i % 20]}:{server.port}/f{i}" for i in range(feeds)]
        names = [f"f{i}" for i in range(feeds)]
        config = build_config(
            tmp_path,
            urls,
            [],
            polling={
                "interval": interval,
                "startup_spread": spread,
                "jitter": 0.0,
                "concurrency": concurrency,
                "per_host": per_host,
                "timeout": 5,
                "allow_private_networks": True,
            },
        )
        rng = random.Random(37)
        changed = 0
        rss_after: list[int] = []
        probe = LagProbe()
        async with probe.running(), running(config):
            for cycle in (1, 2, 3):
                deadline = time.monotonic() + spread + cycle * interval + 10
                while True:
                    stats = await server.ask("stats")
                    per_feed = Counter(n for n, _, _ in stats["requests"])
                    if all(per_feed[n] >= cycle for n in names):
                        break
                    assert time.monotonic() < deadline, f"cycle {cycle} did not complete"
                    await asyncio.sleep(0.1)
                assert max(per_feed.values()) == cycle  # nobody polled twice in a cycle
                rss_after.append(rss())
                if cycle < 3:
                    changed += await server.ask("change", rng.sample(names, feeds // 10))
            # let the last polls finish recording before stopping
            await asyncio.sleep(min(1.0, interval / 3))
        stats = await server.ask("stats")
    finally:
        server.close()
    total = time.monotonic() - started

    requests = stats["requests"]
    times = sorted(t for _, _, t in requests)
    first_second = sum(1 for t in times if t < times[0] + 1.0)
    allowed_first_second = math.ceil(1.5 * feeds / spread) + 5
    by_feed: dict[str, list[float]] = defaultdict(list)
    for name, _, t in requests:
        by_feed[name].append(t)
    gaps = [b - a for ts in by_feed.values() for a, b in itertools.pairwise(sorted(ts))]

    s = store_of(config)
    counts = s.counts()
    s.close()

    print(
        f"C37 {feeds} feeds: {len(requests)} requests in {total:.1f} s; first second"
        f" {first_second} (limit {allowed_first_second}); peak in flight"
        f" {stats['peak_inflight_total']}/{concurrency}, per address max"
        f" {max(stats['peak_inflight'].values())}/{per_host}; open connections per address max"
        f" {max(stats['peak_open'].values())}; gaps {min(gaps):.2f}–{max(gaps):.2f} s"
        f" (interval {interval}); lag p99 {probe.p99 * 1000:.1f} ms (max"
        f" {max(probe.lags) * 1000:.1f} ms); RSS after cycles"
        f" {[round(r / MiB, 1) for r in rss_after]} MiB; entries {counts['entries']}"
    )
    assert set(by_feed) == set(names)
    assert {a for _, a, _ in requests} == set(ADDRESSES)
    assert first_second <= allowed_first_second
    assert stats["peak_inflight_total"] <= concurrency
    assert stats["peak_inflight_total"] >= 2  # the limit was actually exercised
    assert max(stats["peak_inflight"].values()) <= per_host
    assert max(stats["peak_open"].values()) <= per_host
    assert all(interval - 0.5 < g < interval + 0.5 for g in gaps), (min(gaps), max(gaps))
    assert probe.p99 < 0.1
    assert all(abs(r - rss_after[0]) <= 0.2 * rss_after[0] for r in rss_after)
    assert counts["feeds_failing"] == 0
    assert counts["entries"] == feeds + changed  # every change seen exactly once
    assert total < 60


async def test_c37_load_light_200_feeds_over_20_addresses(tmp_path: Path) -> None:
    await run_load(tmp_path, feeds=200, interval=3.0, spread=2.0, concurrency=10, per_host=2)


@pytest.mark.slow
async def test_c37_load_full_1000_feeds_over_20_addresses(tmp_path: Path) -> None:
    await run_load(tmp_path, feeds=1000, interval=10.0, spread=8.0, concurrency=20, per_host=4)
