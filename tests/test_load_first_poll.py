"""The first poll of 1,000 real-sized feeds (`--run-slow`): every feed parsed, none failing.

A cold start is the heaviest moment of the daemon's life: every feed is fetched and
parsed at once, within `startup_spread`. The documents are real feeds (40 outlets,
10 kB to 1 MB, read at run time from `../shared/feeds/real/`, or `WATCHER_REAL_FEEDS`),
served in turn from 127.0.0.1 by a server in its own process. The daemon must take
them all with no parse timeout and no worker error; the figures are printed.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

import pytest
from aiohttp import web

from tests.broker import free_port
from tests.configs import build_config
from tests.test_daemon import running, store_of
from watcher.errors import ParseError
from watcher.parse import parse_feed

FEEDS = 1000
REAL = Path(
    os.environ.get("WATCHER_REAL_FEEDS")
    or Path(__file__).resolve().parents[2] / "shared" / "feeds" / "real"
)


def _documents() -> list[bytes]:
    """The real feeds that parse on their own (what a daemon is measured against)."""
    docs = []
    for path in sorted(REAL.glob("*")):
        body = path.read_bytes()
        try:
            parse_feed(body, feed_id="x", url="http://127.0.0.1/x")
        except ParseError:
            continue
        docs.append(body)
    return docs


def _serve(port: int, folder: str, conn: Connection) -> None:
    bodies = [p.read_bytes() for p in sorted(Path(folder).glob("*"))]

    async def main() -> None:
        async def handle(request: web.Request) -> web.Response:
            i = int(request.match_info["i"])
            return web.Response(body=bodies[i % len(bodies)], content_type="application/xml")

        app = web.Application()
        app.router.add_get("/f{i:\\d+}", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port, backlog=1024).start()
        conn.send("ready")
        while not conn.poll():
            await asyncio.sleep(0.2)
        await runner.cleanup()

    asyncio.run(main())


@pytest.mark.slow
async def test_first_poll_of_1000_real_sized_feeds_has_no_parse_failure(tmp_path: Path) -> None:
    docs = _documents()
    assert len(docs) >= 30, f"real feeds missing in {REAL}"
    folder = tmp_path / "docs"
    folder.mkdir()
    for i, body in enumerate(docs):
        (folder / f"{i:03d}.xml").write_bytes(body)
    port = free_port()
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.get_context("spawn").Process(
        target=_serve, args=(port, str(folder), theirs), daemon=True
    )
    server.start()
    try:
        assert ours.poll(30) and ours.recv() == "ready"
        urls = [f"http://127.0.0.1:{port}/f{i}" for i in range(FEEDS)]
        config = build_config(
            tmp_path,
            urls,
            polling={
                "interval": 3600,
                "min_interval": 60,
                "startup_spread": 10,
                "concurrency": 20,
                "per_host": 20,
                "timeout": 20,
                "workers": None,  # one per CPU, as deployed
            },
        )
        t0 = time.monotonic()
        async with running(config) as daemon:
            deadline = t0 + 900
            while True:
                s = store_of(config)
                states = s.feeds()
                s.close()
                done = [st for st in states if st.last_polled_at is not None]
                if len(done) == FEEDS:
                    break
                assert time.monotonic() < deadline, f"{len(done)} of {FEEDS} polled in 900 s"
                await asyncio.sleep(1.0)
            took = time.monotonic() - t0
            replaced = daemon.pool.replaced
            workers = daemon.pool.workers
        s = store_of(config)
        counts = s.counts()
        s.close()
    finally:
        ours.send("stop")
        server.join(10)
        if server.is_alive():
            server.kill()
    reasons = Counter(st.last_error for st in states if st.last_error)
    bytes_served = sum(len(docs[i % len(docs)]) for i in range(FEEDS))
    print(
        f"first poll of {FEEDS} real-sized feeds ({len(docs)} documents,"
        f" {bytes_served / 2**20:.0f} MiB): {took:.0f} s with {workers} workers;"
        f" failing {counts['feeds_failing']} {dict(reasons)}; entries {counts['entries']};"
        f" workers replaced {replaced}"
    )
    assert counts["feeds_failing"] == 0, reasons
    assert replaced == 0
