"""Hostile feeds against a running daemon (RELIABILITY.md §8, B.20–B.31).

Each test runs a real in-process Daemon against real aiohttp servers on loopback and
a real SQLite file, and checks what an operator would see: the feed marked failing
with a specific reason in the feeds table, nothing hostile stored, bounded time and
memory, and the other feeds going on. The parse and fetch stages are unit-tested in
test_parse.py and test_fetch.py; this file checks the stages wired together.
"""

from __future__ import annotations

import asyncio
import codecs
import itertools
import json
import logging
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from aiohttp import web

from tests import hostile_jobs
from tests.configs import build_config
from tests.conftest import FeedServer
from tests.probes import LagProbe, MiB, peak_rss, reset_peak_rss, rss
from tests.test_daemon import running, store_of, until
from watcher.config import Config
from watcher.parse import check_prolog

HOSTILE = Path(__file__).resolve().parent / "hostile"
PASSWD_USER = Path("/etc/passwd").read_text(errors="replace").split(":", 1)[0]
RSS_TYPE = {"Content-Type": "application/rss+xml"}

# -- documents ---------------------------------------------------------------------------


def item(guid: str, title: str, *, link: str | None = None, pub: str | None = None) -> str:
    """One RSS <item>; `title` is inserted as written (it may carry markup or references)."""
    parts = [f"<item><guid isPermaLink='false'>{escape(guid)}</guid><title>{title}</title>"]
    if link:
        parts.append(f"<link>{escape(link)}</link>")
    if pub is not None:
        parts.append(f"<pubDate>{pub}</pubDate>")
    parts.append("<description>An OpenAI researcher joins Meta.</description></item>")
    return "".join(parts)


def rss_doc(*items: str, prolog: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return (
        f'{prolog}<rss version="2.0"><channel><title>Hostile</title>'
        f"<link>http://127.0.0.1/</link><description>d</description>{''.join(items)}"
        "</channel></rss>"
    )


def good_doc() -> bytes:
    return rss_doc(item("g1", "Quarterly results", link="https://good.example/1")).encode()


def billion_laughs(levels: int = 10) -> bytes:
    decls = ['<!ENTITY lol0 "lol">']
    decls += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(decls) + "\n]>\n"
        f'<rss version="2.0"><channel><title>&lol{levels - 1};</title>'
        f"<item><title>&lol{levels - 1};</title><link>https://x.example/1</link></item>"
        "</channel></rss>"
    ).encode()


def pub(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC), usegmt=True)


def move(name: str) -> str:
    """A title the classifier takes for a departure (a new person per entry)."""
    return f"{name} leaves OpenAI for Meta's superintelligence lab"


# -- servers -----------------------------------------------------------------------------

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Special:
    """An aiohttp server whose paths are arbitrary handlers; records every request."""

    base: str = ""
    routes: dict[str, Handler] = field(default_factory=dict)
    hits: list[tuple[str, float]] = field(default_factory=list)
    stop: asyncio.Event = field(default_factory=asyncio.Event)

    def url(self, name: str) -> str:
        return f"{self.base}/{name}"

    def count(self, name: str) -> int:
        return sum(1 for n, _ in self.hits if n == name)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        self.hits.append((name, time.time()))
        handler = self.routes.get(name)
        if handler is None:
            return web.Response(status=404)
        return await handler(request)

    async def pause(self, seconds: float) -> None:
        """Sleep, but end early when the test is over (every wait bounded)."""
        try:
            await asyncio.wait_for(self.stop.wait(), seconds)
        except TimeoutError:
            pass


@pytest.fixture
async def special() -> AsyncIterator[Special]:
    server = Special()
    app = web.Application()
    app.router.add_get("/{name}", server.handle)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.2)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    server.base = f"http://127.0.0.1:{port}"
    yield server
    server.stop.set()
    await runner.cleanup()


@dataclass
class Canary:
    """A raw TCP listener that counts connections. Without `reply` it accepts and never
    says anything; with `reply` it sends those bytes verbatim after the request head."""

    host: str
    reply: bytes | None = None
    port: int = 0
    connections: int = 0
    _server: asyncio.Server | None = None
    _writers: list[asyncio.StreamWriter] = field(default_factory=list)

    async def _on_connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.append(writer)
        if self.reply is not None:
            try:
                await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                writer.write(self.reply)
                await writer.drain()
            except (OSError, asyncio.IncompleteReadError, TimeoutError):
                pass
            writer.close()

    async def __aenter__(self) -> Canary:
        self._server = await asyncio.start_server(self._on_connect, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for w in self._writers:
            w.close()
        await self._server.wait_closed()


def states(config: Config) -> dict[str, Any]:
    s = store_of(config)
    try:
        return {st.feed_id: st for st in s.feeds()}
    finally:
        s.close()


def rows(config: Config, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    s = store_of(config)
    try:
        return list(s.conn.execute(sql, args).fetchall())
    finally:
        s.close()


def ids(names: list[str]) -> dict[str, str]:
    """make_config names feeds feed0, feed1, … in order."""
    return {name: f"feed{i}" for i, name in enumerate(names)}


async def settled(config: Config, feed_ids: list[str], timeout: float = 15) -> None:
    """Every feed polled at least once (success or failure recorded). Polls may still be
    in flight: with many feeds on short intervals there may be no quiet instant to wait
    for; the callers read the states after the daemon has stopped and drained."""

    def done() -> bool:
        st = states(config)
        return all(st[f].last_polled_at is not None for f in feed_ids)

    await until(done, timeout)


# -- B.20 billion laughs -------------------------------------------------------------------


async def test_b20_billion_laughs_refused_and_other_feeds_continue(
    tmp_path: Path, feed_server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="watcher.daemon")
    body = billion_laughs()
    assert len(body) < 1100
    feed_server.raw["laughs"] = (200, body, RSS_TYPE)
    feed_server.raw["good"] = (200, good_doc(), RSS_TYPE)
    names = ["laughs", "good"]
    f = ids(names)
    config = build_config(tmp_path, [feed_server.url(n) for n in names])
    before = rss()
    reset_peak_rss()
    async with running(config):
        await until(lambda: len([r for r in feed_server.requests if r[0] == "laughs"]) >= 2, 10)
        await until(lambda: states(config)[f["laughs"]].failures >= 2, 10)
        await until(lambda: len([r for r in feed_server.requests if r[0] == "good"]) >= 3, 10)
    growth = max(peak_rss(), rss()) - before
    st = states(config)
    assert st[f["laughs"]].last_error == "DTD/entities refused"
    assert st[f["good"]].last_error is None and st[f["good"]].failures == 0
    # From the second request (the worker is warm) to the failure being recorded:
    second_request = [t for n, _, t in feed_server.requests if n == "laughs"][1]
    failures = [r.created for r in caplog.records if "failing (2 in a row)" in r.getMessage()]
    refused_in = failures[0] - second_request
    assert refused_in < 1.0
    print(f"B20: refused {refused_in * 1000:.0f} ms after the request, RSS +{growth / MiB:.1f} MiB")
    assert growth < 50 * MiB, growth / MiB
    assert not rows(config, "SELECT 1 FROM entries WHERE feed_id = ?", f["laughs"])
    assert all("lol" not in t for (t,) in rows(config, "SELECT title FROM entries"))


# -- B.21 quadratic blowup -----------------------------------------------------------------


async def test_b21_quadratic_blowup_refused_by_guard_and_unguarded_parse_only_hurts_the_worker(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    # 100k refs to a 100 kB entity: expands to 10 GB; ~400 kB on the wire.
    entity = "x" * 100_000
    body = (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "{entity}">\n]>\n'
        f'<rss version="2.0"><channel><title>t</title><item><title>{"&a;" * 100_000}'
        "</title><link>https://x.example/1</link></item></channel></rss>"
    ).encode()
    assert 350_000 < len(body) < 450_000
    started = time.perf_counter()
    with pytest.raises(Exception, match="DTD/entities refused"):
        check_prolog(body, "application/rss+xml")
    guard_time = time.perf_counter() - started
    assert guard_time < 0.05

    feed_server.raw["quad"] = (200, body, RSS_TYPE)
    feed_server.raw["good"] = (200, good_doc(), RSS_TYPE)
    names = ["quad", "good"]
    f = ids(names)
    config = build_config(tmp_path, [feed_server.url(n) for n in names])
    before = rss()
    reset_peak_rss()
    async with running(config) as daemon:
        await until(lambda: states(config)[f["quad"]].last_error is not None, 10)
        assert states(config)[f["quad"]].last_error == "DTD/entities refused"

        # The same kind of document, parsed *without* the guard in the daemon's own
        # worker (RLIMIT_AS 1 GiB): feedparser's loose parser expands 20k × 20k.
        bomb = hostile_jobs.quadratic_blowup(20_000, 20_000)
        t0 = time.monotonic()
        with pytest.raises((MemoryError, BrokenProcessPool)) as info:
            await asyncio.wait_for(daemon.pool.run(hostile_jobs.parse_unguarded, bomb), 60)
        blowup_time = time.monotonic() - t0
        # The daemon is alive and its pool works: the good feed is parsed again.
        good_before = len([r for r in feed_server.requests if r[0] == "good"])
        polls = daemon.polls
        await until(lambda: daemon.polls >= polls + 2 and not daemon._inflight, 10)
        assert len([r for r in feed_server.requests if r[0] == "good"]) > good_before
    growth = max(peak_rss(), rss()) - before
    st = states(config)
    assert st[f["good"]].last_error is None
    assert growth < 50 * MiB, growth / MiB
    print(
        f"B21: guard {guard_time * 1000:.1f} ms; unguarded: {info.type.__name__} in the worker"
        f" after {blowup_time:.1f} s; parent RSS +{growth / MiB:.1f} MiB"
    )


# -- B.22 XXE, external DTD, a body that is a local path --------------------------------


async def test_b22_xxe_external_dtd_and_local_path_body_leak_nothing(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    secret_text = "SECRET-7f3a-do-not-leak"
    secret = tmp_path / "secret.xml"
    secret.write_text(
        rss_doc(item("s1", secret_text, link="https://secret.example/" + secret_text))
    )
    passwd_user = PASSWD_USER
    async with Canary("127.0.0.1") as canary:
        dtd = f"http://127.0.0.1:{canary.port}/x.dtd"
        ok_item = item("x1", "Plain title", link="https://x.example/1")
        docs = {
            "file_entity": rss_doc(
                item("x1", "&xxe;", link="https://x.example/1"),
                prolog='<?xml version="1.0"?>\n<!DOCTYPE rss [\n'
                '<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n',
            ),
            "secret_entity": rss_doc(
                item("x1", "&xxe;", link="https://x.example/1"),
                prolog=f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n'
                f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">\n]>\n',
            ),
            "external_dtd": rss_doc(
                ok_item, prolog=f'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "{dtd}">\n'
            ),
            "parameter_entity": rss_doc(
                ok_item,
                prolog=f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n'
                f'<!ENTITY % p SYSTEM "{dtd}">\n%p;\n]>\n',
            ),
            "path_body": str(secret),
            "file_url_body": secret.as_uri(),
            "http_url_body": dtd,
        }
        for name, doc in docs.items():
            feed_server.raw[name] = (200, doc.encode(), RSS_TYPE)
        names = list(docs)
        f = ids(names)
        config = build_config(
            tmp_path, [feed_server.url(n) for n in names], [], polling={"alert_on_first_poll": True}
        )
        async with running(config) as daemon:
            await settled(config, list(f.values()))
            polls = daemon.polls
            await until(lambda: daemon.polls >= polls + len(names), 10)  # a second round
        assert canary.connections == 0
    st = states(config)
    for name in ("file_entity", "secret_entity", "parameter_entity"):
        assert st[f[name]].last_error == "DTD/entities refused", name
    for name in ("path_body", "file_url_body", "http_url_body"):
        assert st[f[name]].last_error is not None and "not a feed" in st[f[name]].last_error
    assert st[f["external_dtd"]].last_error is None  # parsed, DTD not loaded
    stored = json.dumps(rows(config, "SELECT * FROM entries"))
    stored += json.dumps(rows(config, "SELECT payload FROM alerts"))
    assert secret_text not in stored
    assert f"{passwd_user}:x:0:0" not in stored and "/bin/bash" not in stored


# -- B.23 parser crashers and the hostile corpus ----------------------------------------

CONTENT_TYPES = {
    ".xml": "application/xml",
    ".json": "application/json",
    ".html": "text/html",
    ".txt": "text/plain",
    ".bin": "application/octet-stream",
}


async def test_b23_every_hostile_file_is_marked_or_harmless_and_others_continue(
    tmp_path: Path, feed_server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="watcher")
    files = sorted(HOSTILE.iterdir())
    for path in files:
        feed_server.raw[path.name] = (
            200,
            path.read_bytes(),
            {"Content-Type": CONTENT_TYPES.get(path.suffix, "application/xml")},
        )
    feed_server.raw["good"] = (200, good_doc(), RSS_TYPE)
    names = [p.name for p in files] + ["good"]
    f = ids(names)
    config = build_config(
        tmp_path, [feed_server.url(n) for n in names], [], polling={"alert_on_first_poll": True}
    )
    async with running(config):
        await settled(config, list(f.values()), timeout=30)
        good = len([r for r in feed_server.requests if r[0] == "good"])
        await until(lambda: len([r for r in feed_server.requests if r[0] == "good"]) >= good + 2)
    st = states(config)
    failing = {n: st[f[n]].last_error for n in names if st[f[n]].last_error}
    assert st[f["good"]].last_error is None
    assert failing["height.xml"] == failing["width.xml"] == "parser crashed: TypeError"
    for name, reason in failing.items():
        # A ParseError/FetchError reason, never a generic "the worker failed" escape.
        assert not reason.startswith("parser failed"), (name, reason)
        assert len(reason) < 200 and reason.isprintable(), (name, reason)
    assert "unexpected error while polling" not in caplog.text
    assert "Traceback" not in caplog.text
    for feed_id, title, url, guid in rows(config, "SELECT feed_id, title, url, guid FROM entries"):
        for value in (title, url or "", guid):
            assert not any(ord(c) < 32 for c in value), (feed_id, value)
            assert "root:x:0:0" not in value
    print(f"B23: {len(failing)} of {len(files)} hostile files marked failing: {failing}")


# -- B.24 decompression bombs -------------------------------------------------------------


def _wrap_deflate(raw: bytes, size: int, kind: str) -> bytes:
    """A raw deflate stream of `size` zero bytes → a gzip or zlib ("deflate") body."""
    block = bytes(MiB)
    crc, adler = 0, 1
    for _ in range(size // MiB):
        crc = zlib.crc32(block, crc)
        adler = zlib.adler32(block, adler)
    if kind == "gzip":
        header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
        return header + raw + crc.to_bytes(4, "little") + (size % 2**32).to_bytes(4, "little")
    return b"\x78\xda" + raw + adler.to_bytes(4, "big")


@pytest.fixture(scope="session")
def gigabyte_bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """1 GiB of zeros as gzip and as deflate (~1 MB each); generated once per session.

    One raw deflate stream is wrapped twice, so 1 GiB is compressed only once (~2.5 s).
    """
    folder = tmp_path_factory.mktemp("bombs")
    size = 1024 * MiB
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(MiB)
    raw = b"".join([c.compress(block) for _ in range(size // MiB)] + [c.flush()])
    out = {}
    for kind in ("gzip", "deflate"):
        out[kind] = folder / f"bomb.{kind}"
        out[kind].write_bytes(_wrap_deflate(raw, size, kind))
    return out


async def test_b24_decompression_bombs_are_body_too_large_and_back_off(
    tmp_path: Path, feed_server: FeedServer, special: Special, gigabyte_bombs: dict[str, Path]
) -> None:
    bombs = {kind: path.read_bytes() for kind, path in gigabyte_bombs.items()}
    assert zlib.decompressobj(31).decompress(bombs["gzip"], 4096) == bytes(4096)
    assert zlib.decompressobj(15).decompress(bombs["deflate"], 4096) == bytes(4096)
    accept: list[str] = []

    def bomb(kind: str, chunked: bool) -> Handler:
        async def serve(request: web.Request) -> web.StreamResponse:
            accept.append(request.headers.get("Accept-Encoding", ""))
            headers = {"Content-Encoding": kind, "Content-Type": "application/rss+xml"}
            if not chunked:
                return web.Response(body=bombs[kind], headers=headers)
            resp = web.StreamResponse(headers=headers)  # no Content-Length at all
            await resp.prepare(request)
            data = bombs[kind]
            for i in range(0, len(data), 65536):
                await resp.write(data[i : i + 65536])
            return resp

        return serve

    async def brotli_unasked(request: web.Request) -> web.StreamResponse:
        # We do not have brotli, so we never ask for it; a server sending it anyway
        # gets a failing feed, not an undecoded body in the parser.
        return web.Response(
            body=bytes(range(256)) * 64,
            headers={"Content-Encoding": "br", "Content-Type": "application/rss+xml"},
        )

    special.routes = {
        "gzip": bomb("gzip", chunked=False),
        "deflate": bomb("deflate", chunked=False),
        "gzip-chunked": bomb("gzip", chunked=True),
        "deflate-chunked": bomb("deflate", chunked=True),
        "br": brotli_unasked,
    }
    feed_server.raw["good"] = (200, good_doc(), RSS_TYPE)
    names = [*special.routes, "good"]
    urls = [special.url(n) for n in special.routes] + [feed_server.url("good")]
    f = ids(names)
    config = build_config(
        tmp_path, urls, [], polling={"max_body": MiB, "interval": 1.0, "max_interval": 30}
    )
    before = rss()
    reset_peak_rss()
    async with running(config):
        t0 = time.monotonic()
        await settled(config, list(f.values()))
        all_cut = time.monotonic() - t0
        await until(lambda: all(special.count(n) >= 2 for n in special.routes), 15)
    growth = max(peak_rss(), rss()) - before
    st = states(config)
    for name in ("gzip", "deflate", "gzip-chunked", "deflate-chunked"):
        assert st[f[name]].last_error == f"body too large (> {MiB} bytes)", name
    assert st[f["br"]].last_error == "unsupported Content-Encoding"
    assert st[f["good"]].last_error is None
    assert all("br" not in a.split(", ") for a in accept)
    assert all_cut < 3.0
    assert growth < 50 * MiB, growth / MiB
    # Backoff: the second request of a bomb came at least 2 × interval after the first.
    for name in special.routes:
        times = [t for n, t in special.hits if n == name]
        assert times[1] - times[0] >= 2 * 1.0 * 0.9, (name, times[1] - times[0])
    print(
        f"B24: all bombs cut within {all_cut:.2f} s, RSS growth {growth / MiB:.1f} MiB;"
        f" unasked brotli: {st[f['br']].last_error!r}"
    )


# -- B.25 slowloris and hangs -------------------------------------------------------------


async def test_b25_slowloris_and_hangs_cut_within_total_timeout_others_on_schedule(
    tmp_path: Path,
    feed_server: FeedServer,
    special: Special,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="watcher.daemon")

    async def headers_then_stall(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        resp.content_length = 10_000
        await resp.prepare(request)
        await resp.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        await special.pause(30)
        return resp

    special.routes["stall"] = headers_then_stall
    feed_server.trickle.add("trickle")
    feed_server.raw["good"] = (200, good_doc(), RSS_TYPE)
    timeout = 1.5
    async with Canary("127.0.0.1") as silent:
        names = ["trickle", "silent", "stall", "good"]
        urls = [
            feed_server.url("trickle"),
            f"http://127.0.0.1:{silent.port}/feed",
            special.url("stall"),
            feed_server.url("good"),
        ]
        f = ids(names)
        config = build_config(
            tmp_path, urls, [], polling={"timeout": timeout, "interval": 0.5, "per_host": 8}
        )
        async with running(config):
            t0 = time.time()
            await until(
                lambda: all(states(config)[f[n]].last_error for n in names[:3]), timeout + 5
            )
            await until(lambda: time.time() - t0 > 3.0, 5)  # let the good feed run on
        assert silent.connections >= 1
    failed_at = {}
    for rec in caplog.records:
        if rec.getMessage().startswith("feed ") and "failing" in rec.getMessage():
            # the line names the feed as "id (title, url)"
            feed = str(rec.args[0]).split(" ", 1)[0] if isinstance(rec.args, tuple) else ""
            failed_at.setdefault(feed, rec.created)
    st = states(config)
    started = {
        "trickle": next(t for n, _, t in feed_server.requests if n == "trickle"),
        "stall": next(t for n, t in special.hits if n == "stall"),
    }
    cut = {}
    for name in ("trickle", "stall"):
        cut[name] = failed_at[f[name]] - started[name]
        assert cut[name] < timeout + 0.5, (name, cut[name])
    cut["silent"] = failed_at[f["silent"]] - t0
    assert cut["silent"] < 0.1 + timeout + 0.5
    for name in names[:3]:
        assert st[f[name]].last_error == f"timeout after {timeout:g}s", name
    good = [t for n, _, t in feed_server.requests if n == "good"]
    gaps = [b - a for a, b in itertools.pairwise(good)]
    assert st[f["good"]].last_error is None and len(good) >= 5
    assert max(gaps) < 0.5 + 0.3, gaps  # the interval, plus scheduling slack
    print(f"B25: cut after {cut}; good feed gaps max {max(gaps):.2f} s over {len(good)} polls")


# -- B.26 redirects -----------------------------------------------------------------------


async def test_b26_redirects_limits_persistence_and_ssrf(tmp_path: Path, special: Special) -> None:
    feed = good_doc()

    def to(location: str, status: int = 302) -> Handler:
        async def redirect(request: web.Request) -> web.StreamResponse:
            return web.Response(status=status, headers={"Location": location})

        return redirect

    async def final(request: web.Request) -> web.StreamResponse:
        return web.Response(body=feed, headers=RSS_TYPE)

    async with Canary("127.0.0.2") as canary:
        r = special.routes
        r["loop-a"], r["loop-b"] = to("/loop-b"), to("/loop-a")
        for i in range(1, 7):  # hop6 → hop5 → … → hop0: six redirects
            r[f"hop{i}"] = to(f"/hop{i - 1}")
        r["hop0"] = final
        for i in range(1, 6):  # five redirects: still fine
            r[f"five{i}"] = to(f"/five{i - 1}")
        r["five0"] = final
        for code in (301, 308, 302, 307):
            r[f"p{code}"] = to(f"/moved{code}", code)
            r[f"moved{code}"] = final
        r["file"] = to("file:///etc/passwd")
        r["private"] = to(f"http://127.0.0.2:{canary.port}/feed")
        r["mapped"] = to(f"http://[::ffff:127.0.0.2]:{canary.port}/feed")
        names = ["loop-a", "hop6", "five5", "p301", "p308", "p302", "p307"]
        names += ["file", "private", "mapped", "direct"]
        urls = [special.url(n) for n in names[:-1]] + [f"http://127.0.0.2:{canary.port}/feed"]
        f = ids(names)
        config = build_config(
            tmp_path,
            urls,
            [],
            polling={
                "allow_private_networks": False,
                "allowed_networks": ["127.0.0.1/32"],
                "interval": 0.5,
            },
        )
        async with running(config):
            await settled(config, [f[n] for n in names[:-1]])
            await until(
                lambda: all(special.count(f"moved{c}") >= 2 for c in (301, 302, 307, 308)), 10
            )
        assert canary.connections == 0
    st = states(config)
    assert st[f["loop-a"]].last_error == "redirect loop"
    assert st[f["hop6"]].last_error == "too many redirects"
    assert special.count("hop0") == 0
    assert st[f["five5"]].last_error is None
    for code in (301, 308):
        assert st[f[f"p{code}"]].url == special.url(f"moved{code}"), code
        assert st[f[f"p{code}"]].last_error is None
        # once moved, the old URL is not asked again
        assert special.count(f"p{code}") == 1, code
    for code in (302, 307):
        assert st[f[f"p{code}"]].url == special.url(f"p{code}"), code
        assert special.count(f"p{code}") >= 2, code
    assert st[f["file"]].last_error == "redirect to file URL refused"
    assert st[f["private"]].last_error == "refused private address 127.0.0.2"
    assert st[f["mapped"]].last_error == "refused private address 127.0.0.2"
    # A private feed URL in the config is not polled at all (skipped at startup).
    assert f["direct"] not in st


# -- B.28 encoding lies and control characters --------------------------------------------


async def test_b28_encoding_lies_and_control_chars_stored_clean_never_logged_raw(
    tmp_path: Path, feed_server: FeedServer, special: Special, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="watcher")
    link = "https://news.example/{}"
    latin1 = rss_doc(item("l1", move("Zoë Müller"), link=link.format("l1")))
    utf8 = rss_doc(item("u1", move("Jürgen Köhler"), link=link.format("u1")))
    bom = codecs.BOM_UTF8 + rss_doc(
        item("b1", move("Anaïs Straße"), link=link.format("b1")),
        prolog='<?xml version="1.0" encoding="iso-8859-1"?>',
    ).encode("utf-8")
    bodies: dict[str, tuple[bytes, str]] = {
        "header-utf8-body-latin1": (latin1.encode("latin-1"), "application/rss+xml; charset=utf-8"),
        "header-latin1-body-utf8": (utf8.encode(), "text/xml; charset=iso-8859-1"),
        "bom-vs-declaration": (bom, "application/rss+xml"),
        "unknown-charset": (
            rss_doc(item("k1", move("Kai Lindqvist"), link=link.format("k1"))).encode(),
            "text/xml; charset=x-klingon",
        ),
        "invalid-bytes": (
            rss_doc(item("i1", move("Ivan Petrov") + " \udcff", link=link.format("i1"))).encode(
                "utf-8", "surrogateescape"
            ),
            "application/rss+xml",
        ),
        "raw-controls": (
            rss_doc(
                item(
                    "c1", "Nina\x00 Ray\x1b[31m leaves OpenAI\x07 for Meta", link=link.format("c1")
                )
            ).encode(),
            "application/rss+xml",
        ),
        "referenced-controls": (
            rss_doc(
                item(
                    "r1\x1b]0;pwned\x07",
                    "Omar&#27;[2J Haddad&#x9b;31m leaves OpenAI&#0; for Meta",
                    link=link.format("r1") + "\x1b[0m",
                )
            ).encode(),
            "application/rss+xml",
        ),
        "utf16-with-esc": (
            rss_doc(
                item("w1", "Wen\x1b[1m Li leaves OpenAI for Meta", link=link.format("w1")),
                prolog='<?xml version="1.0" encoding="utf-16"?>',
            ).encode("utf-16"),
            "application/xml",
        ),
    }
    for name, (body, ctype) in bodies.items():
        feed_server.raw[name] = (200, body, {"Content-Type": ctype})

    # aiohttp's own server refuses to send control characters in headers; a raw one does.
    esc_location = (
        b"HTTP/1.1 302 Found\r\nLocation: gopher\x1b[31m://x/\r\n"
        b"Content-Length: 0\r\nConnection: close\r\n\r\n"
    )
    async with Canary("127.0.0.1", reply=esc_location) as raw:
        names = [*bodies, "esc-location"]
        urls = [feed_server.url(n) for n in bodies] + [f"http://127.0.0.1:{raw.port}/feed"]
        f = ids(names)
        config = build_config(tmp_path, urls, [], polling={"alert_on_first_poll": True})
        async with running(config):
            await settled(config, list(f.values()))
        assert raw.connections >= 1
    st = states(config)
    for name in bodies:
        assert st[f[name]].last_error is None, (name, st[f[name]].last_error)
    assert st[f["esc-location"]].last_error is not None
    entries = rows(config, "SELECT feed_id, title, guid, url FROM entries")
    assert {e[0] for e in entries} == {f[n] for n in bodies}
    alerts = [p for (p,) in rows(config, "SELECT payload FROM alerts")]
    for value in [v for e in entries for v in e[1:] if v] + alerts:
        value.encode("utf-8")  # strict: no lone surrogates
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in value), ascii(value)
    assert alerts, "the classifier should have alerted on some of these titles"
    assert "\x1b" not in caplog.text
    print(f"B28: ESC in Location: {st[f['esc-location']].last_error!r}; {len(alerts)} alerts")
    assert all("\x1b" not in r.getMessage() for r in caplog.records)


# -- B.29 dates ----------------------------------------------------------------------------


async def test_b29_future_dates_clamped_and_max_age_not_bypassed(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    now = datetime.now(UTC)
    link = "https://news.example/d/{}"
    dated = {
        "old": pub(now - timedelta(days=10)),
        "future": "Mon, 01 Jan 2150 00:00:00 GMT",
        "year0": "Sat, 01 Jan 0000 00:00:00 GMT",
        "y9999": "Fri, 31 Dec 9999 23:00:00 -0500",
        "tz25": "Mon, 01 Jan 2024 00:00:00 -2500",
        "garbage": "the day after tomorrow",
        "fresh": pub(now - timedelta(hours=1)),
    }
    people = ["Olga Smirnova", "Farid Nasser", "Yusuf Demir", "Lena Vogel", "Tariq Aziz",
              "Mia Svensson", "Raj Patel", "Nora Quinn"]  # fmt: skip
    items = [
        item(k, move(people[i]), link=link.format(k), pub=v)
        for i, (k, v) in enumerate(dated.items())
    ]
    items.append(item("missing", move(people[7]), link=link.format("missing")))
    feed_server.raw["dates"] = (200, rss_doc(*items).encode(), RSS_TYPE)
    config = build_config(
        tmp_path,
        [feed_server.url("dates")],
        [],
        polling={"alert_on_first_poll": True, "max_age_hours": 72},
    )
    async with running(config) as daemon:
        await until(lambda: daemon.polls >= 4 and not daemon._inflight, 10)
    st = states(config)
    assert st["feed0"].last_error is None
    entries = {
        guid: (eid, published)
        for eid, guid, published in rows(config, "SELECT id, guid, published FROM entries")
    }
    assert set(entries) == {*dated, "missing"}
    alerts = {
        entry_id: json.loads(payload)
        for entry_id, payload in rows(config, "SELECT entry_id, payload FROM alerts")
    }
    by_guid = {guid: alerts.get(eid) for guid, (eid, _) in entries.items()}
    assert by_guid["old"] is None  # older than max_age: never alerted
    future = by_guid["future"]
    assert future is not None and future["published"] == future["detected_at"]
    assert by_guid["fresh"] is not None
    oldest = now - timedelta(hours=72)
    for guid, (eid, published) in entries.items():
        if eid in alerts:
            a = alerts[eid]
            assert a["published"] <= a["detected_at"], guid
            assert published is None or datetime.fromtimestamp(published, UTC) >= oldest, guid
    assert len(alerts) == len({a["id"] for a in alerts.values()})  # once each


# -- B.30 huge and partial feeds -----------------------------------------------------------


def many_items(count: int, pad: int = 0) -> bytes:
    desc = "p" * pad
    parts = [
        f"<item><guid isPermaLink='false'>n{i}</guid><title>Item {i}</title><link>https://big.example/{i}</link>"
        f"<description>{desc}</description></item>"
        for i in range(count)
    ]
    return rss_doc(*parts).encode()


async def test_b30_huge_refused_big_capped_at_max_entries_truncated_keeps_entries(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    max_body, max_entries = 2 * MiB, 200
    huge = many_items(100_000)
    assert len(huge) > 5 * max_body
    base = len(many_items(5000))
    big = many_items(5000, pad=(int(max_body * 0.97) - base) // 5000)
    assert 0.9 * max_body < len(big) <= max_body
    truncated = rss_doc(
        item("t1", "One", link="https://t.example/1"),
        item("t2", "Two", link="https://t.example/2"),
    ).replace("</channel></rss>", "<item><guid isPermaLink='false'>t3</guid><descr")
    feed_server.raw["huge"] = (200, huge, RSS_TYPE)
    feed_server.raw["big"] = (200, big, RSS_TYPE)
    feed_server.raw["truncated"] = (200, truncated.encode(), RSS_TYPE)
    feed_server.raw["good"] = (200, good_doc(), RSS_TYPE)
    names = ["huge", "big", "truncated", "good"]
    f = ids(names)
    config = build_config(
        tmp_path,
        [feed_server.url(n) for n in names],
        [],
        polling={"max_body": max_body, "max_entries": max_entries, "interval": 1.0},
    )
    probe = LagProbe()
    async with probe.running(), running(config):
        t0 = time.monotonic()
        await until(lambda: states(config)[f["big"]].first_polled_at is not None, 20)
        big_done = time.monotonic() - t0
        await settled(config, list(f.values()))
    st = states(config)
    assert st[f["huge"]].last_error == f"body too large (> {max_body} bytes)"
    assert st[f["big"]].last_error is None
    big_guids = [
        g
        for (g,) in rows(config, "SELECT guid FROM entries WHERE feed_id = ? ORDER BY id", f["big"])
    ]
    assert big_guids == [f"n{i}" for i in range(max_entries)]
    trunc = {
        g for (g,) in rows(config, "SELECT guid FROM entries WHERE feed_id = ?", f["truncated"])
    }
    assert trunc == {"t1", "t2"}
    assert st[f["truncated"]].last_error is None
    assert probe.p99 < 0.1, probe.p99
    print(
        f"B30: big feed ({len(big) / MiB:.2f} MiB, 5000 entries) recorded after {big_done:.2f} s;"
        f" loop lag p99 {probe.p99 * 1000:.1f} ms, max {max(probe.lags) * 1000:.1f} ms"
        f" over {len(probe.lags)} beats"
    )


# -- B.31 not a feed ----------------------------------------------------------------------


async def test_b31_not_a_feed_gets_specific_reasons_json_feed_is_parsed(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    json_feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON",
        "items": [
            {"id": "j1", "url": "https://json.example/1", "title": "First"},
            {"id": "j2", "url": "https://json.example/2", "title": "Second"},
        ],
    }
    feed_server.raw = {
        "html": (
            200,
            b"<!doctype html><html><head><title>Sign in</title></head>"
            b"<body><form><input name=password></form></body></html>",
            {"Content-Type": "text/html; charset=utf-8"},
        ),
        "empty": (200, b"", {"Content-Type": "application/rss+xml"}),
        "json": (200, json.dumps(json_feed).encode(), {"Content-Type": "application/feed+json"}),
        "e500": (500, b"oops", {}),
        "e404": (404, b"gone", {}),
        "png": (200, png, {"Content-Type": "image/png"}),
        "good": (200, good_doc(), RSS_TYPE),
    }
    names = list(feed_server.raw)
    f = ids(names)
    config = build_config(tmp_path, [feed_server.url(n) for n in names])
    async with running(config):
        await settled(config, list(f.values()))
        good = len([r for r in feed_server.requests if r[0] == "good"])
        await until(lambda: len([r for r in feed_server.requests if r[0] == "good"]) >= good + 2)
    st = states(config)
    reasons = {n: st[f[n]].last_error for n in names}
    assert reasons["html"] == "HTML page, not a feed"
    assert reasons["empty"] == "empty body"
    assert reasons["e500"] == "HTTP 500"
    assert reasons["e404"] == "HTTP 404"
    assert reasons["png"] is not None and "image/png" in reasons["png"]
    assert reasons["json"] is None and reasons["good"] is None
    json_guids = {
        g for (g,) in rows(config, "SELECT guid FROM entries WHERE feed_id = ?", f["json"])
    }
    assert json_guids == {"j1", "j2"}
    print(f"B31: reasons {reasons}")


async def test_a_stuck_parse_is_cut_and_the_worker_replaced() -> None:
    """A job past its timeout kills the worker; the next job runs in a fresh one."""
    import os as _os

    from watcher.worker import RulesSpec, WorkerPool

    pool = WorkerPool(RulesSpec())
    try:
        first = await pool.run(_os.getpid)
        with pytest.raises(TimeoutError):
            await pool.run(time.sleep, 30, timeout=1.0)
        second = await pool.run(_os.getpid, timeout=30)
        assert first != second
    finally:
        pool.close()
