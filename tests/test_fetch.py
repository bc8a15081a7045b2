"""fetch stage against a real aiohttp server on 127.0.0.1 (no mocks of aiohttp)."""

from __future__ import annotations

import asyncio
import socket
import time
import zlib
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from watcher.errors import FetchError
from watcher.fetch import Fetcher, check_url, next_interval

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
ETAG = '"v1"'
LAST_MODIFIED = "Wed, 16 Jul 2025 10:00:00 GMT"
MiB = 2**20
UA = "watcher-test/1.0"


@dataclass
class Recorder:
    """What the server saw: requests per path, concurrency per host, and a stop signal."""

    hits: Counter[str] = field(default_factory=Counter)
    headers: list[dict[str, str]] = field(default_factory=list)
    active: Counter[str] = field(default_factory=Counter)
    peak: Counter[str] = field(default_factory=Counter)
    active_total: int = 0
    peak_total: int = 0
    stop: asyncio.Event = field(default_factory=asyncio.Event)


@pytest.fixture(scope="session")
def bombs() -> dict[str, bytes]:
    """~200 MiB of zeros, gzip- and deflate-compressed (about 200 kB each)."""
    zeros = bytes(MiB)
    out = {}
    for name, wbits in (("gzip", 31), ("deflate", 15)):
        c = zlib.compressobj(9, zlib.DEFLATED, wbits)
        out[name] = b"".join([c.compress(zeros) for _ in range(200)] + [c.flush()])
    return out


def make_app(rec: Recorder, bombs: dict[str, bytes]) -> web.Application:
    async def feed(request: web.Request) -> web.StreamResponse:
        rec.headers.append(dict(request.headers))
        if request.headers.get("If-None-Match") == ETAG:
            return web.Response(status=304, headers={"ETag": ETAG})
        return web.Response(
            body=FEED,
            content_type="application/rss+xml",
            headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
        )

    async def status(request: web.Request) -> web.StreamResponse:
        headers = {}
        if "ra" in request.query:
            headers["Retry-After"] = request.query["ra"]
        return web.Response(status=int(request.match_info["code"]), headers=headers, text="no")

    async def trickle(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse()
        await resp.prepare(request)
        for _ in range(100):  # bounded: 1 byte every 0.2 s for at most 20 s
            await resp.write(b"<")
            try:
                await asyncio.wait_for(rec.stop.wait(), 0.2)
                break
            except TimeoutError:
                pass
        return resp

    async def hang(request: web.Request) -> web.StreamResponse:
        await asyncio.wait_for(rec.stop.wait(), 20)
        return web.Response(text="late")

    async def bomb(request: web.Request) -> web.StreamResponse:
        kind = request.match_info["kind"]
        resp = web.StreamResponse(headers={"Content-Encoding": kind, "Content-Type": "text/xml"})
        await resp.prepare(request)  # chunked: no Content-Length at all
        data = bombs[kind]
        for i in range(0, len(data), 16384):
            await resp.write(data[i : i + 16384])
        return resp

    async def big(request: web.Request) -> web.StreamResponse:
        size = int(request.query["size"])
        if "chunked" in request.query:
            resp = web.StreamResponse()
            await resp.prepare(request)
            for _ in range(0, size, 65536):
                await resp.write(b"x" * 65536)
            return resp
        return web.Response(body=b"x" * size)

    async def redirect_with_status(request: web.Request) -> web.StreamResponse:
        codes = request.match_info["codes"].split(",")
        target = "/feed" if len(codes) == 1 else "/r/" + ",".join(codes[1:])
        return web.Response(status=int(codes[0]), headers={"Location": target})

    async def go(request: web.Request) -> web.StreamResponse:
        return web.Response(status=302, headers={"Location": request.query["to"]})

    async def loop_a(request: web.Request) -> web.StreamResponse:
        return web.Response(status=301, headers={"Location": "/loop/b"})

    async def loop_b(request: web.Request) -> web.StreamResponse:
        return web.Response(status=301, headers={"Location": "/loop/a"})

    async def slow(request: web.Request) -> web.StreamResponse:
        host = request.host.split(":")[0]
        rec.active[host] += 1
        rec.active_total += 1
        rec.peak[host] = max(rec.peak[host], rec.active[host])
        rec.peak_total = max(rec.peak_total, rec.active_total)
        try:
            await asyncio.sleep(float(request.query.get("s", "0.05")))
        finally:
            rec.active[host] -= 1
            rec.active_total -= 1
        return web.Response(body=FEED)

    @web.middleware
    async def count(request: web.Request, handler):  # type: ignore[no-untyped-def]
        rec.hits[request.path] += 1
        return await handler(request)

    app = web.Application(middlewares=[count])
    app.router.add_get("/feed", feed)
    app.router.add_get("/status/{code}", status)
    app.router.add_get("/trickle", trickle)
    app.router.add_get("/hang", hang)
    app.router.add_get("/bomb/{kind}", bomb)
    app.router.add_get("/big", big)
    app.router.add_get("/r/{codes}", redirect_with_status)
    app.router.add_get("/go", go)
    app.router.add_get("/loop/a", loop_a)
    app.router.add_get("/loop/b", loop_b)
    app.router.add_get("/slow", slow)
    return app


@dataclass
class Server:
    rec: Recorder
    port: int

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


@pytest.fixture
async def server(bombs: dict[str, bytes]) -> AsyncIterator[Server]:
    rec = Recorder()
    srv = TestServer(make_app(rec, bombs), host="127.0.0.1")
    await srv.start_server()
    assert srv.port is not None
    yield Server(rec, srv.port)
    rec.stop.set()
    await srv.close()


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(user_agent=UA, timeout=5) as f:
        yield f


# -- success and conditional GET -------------------------------------------------------


async def test_200_then_conditional_304(server: Server, fetcher: Fetcher) -> None:
    first = await fetcher.fetch(server.url("/feed"))
    assert first.status == 200 and first.body == FEED
    assert (first.etag, first.last_modified) == (ETAG, LAST_MODIFIED)
    assert first.content_type is not None and first.content_type.startswith("application/rss+xml")
    assert first.url == server.url("/feed") and first.permanent_url is None
    assert server.rec.headers[0]["User-Agent"] == UA
    assert "gzip" in server.rec.headers[0]["Accept-Encoding"]

    second = await fetcher.fetch(
        server.url("/feed"), etag=first.etag, last_modified=first.last_modified
    )
    assert second.status == 304 and second.not_modified and second.body is None
    sent = server.rec.headers[1]
    assert (sent["If-None-Match"], sent["If-Modified-Since"]) == (ETAG, LAST_MODIFIED)


# -- HTTP errors -------------------------------------------------------------------------


@pytest.mark.parametrize("code", [500, 404, 410, 403])
async def test_http_errors(server: Server, fetcher: Fetcher, code: int) -> None:
    with pytest.raises(FetchError) as info:
        await fetcher.fetch(server.url(f"/status/{code}"))
    assert info.value.reason == f"HTTP {code}" and info.value.status == code
    assert info.value.retry_after is None


@pytest.mark.parametrize("code", [429, 503])
async def test_retry_after_seconds(server: Server, fetcher: Fetcher, code: int) -> None:
    with pytest.raises(FetchError) as info:
        await fetcher.fetch(server.url(f"/status/{code}?ra=120"))
    assert info.value.status == code and info.value.retry_after == 120


async def test_retry_after_http_date_and_garbage(server: Server, fetcher: Fetcher) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=600), usegmt=True)
    with pytest.raises(FetchError) as info:
        await fetcher.fetch(server.url(f"/status/429?ra={quote(when)}"))
    assert info.value.retry_after is not None and 590 <= info.value.retry_after <= 600
    for garbage in ("soon", "86400000"):
        with pytest.raises(FetchError) as info:
            await fetcher.fetch(server.url(f"/status/503?ra={garbage}"))
        assert info.value.retry_after == (None if garbage == "soon" else 86400)
    with pytest.raises(FetchError) as info:
        await fetcher.fetch(server.url("/status/429"))
    assert info.value.retry_after is None


def test_next_interval() -> None:
    assert next_interval(60, 0, cap=3600, retry_after=None) == 60
    assert next_interval(60, 1, cap=3600, retry_after=None) == 120
    assert next_interval(60, 3, cap=3600, retry_after=None) == 480
    assert next_interval(60, 10, cap=3600, retry_after=None) == 3600
    assert next_interval(60, 10_000, cap=3600, retry_after=None) == 3600  # no overflow
    assert next_interval(60, 1, cap=3600, retry_after=900) == 900
    assert next_interval(60, 1, cap=3600, retry_after=5) == 120
    assert next_interval(60, -1, cap=3600, retry_after=None) == 60


# -- timeouts and limits -----------------------------------------------------------------


@pytest.mark.parametrize("path", ["/trickle", "/hang"])
async def test_total_timeout_cuts_slow_servers(server: Server, path: str) -> None:
    async with Fetcher(user_agent=UA, timeout=1.5) as f:
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"^timeout after 1\.5s$"):
            await f.fetch(server.url(path))
        assert time.monotonic() - started < 3.0


async def test_session_timeout_has_total() -> None:
    async with Fetcher(user_agent=UA, timeout=7) as f:
        assert f._session is not None
        assert f._session.timeout.total == 7


@pytest.mark.parametrize("kind", ["gzip", "deflate"])
async def test_decompression_bomb_stopped(server: Server, kind: str) -> None:
    async with Fetcher(user_agent=UA, max_body=MiB) as f:
        started = time.monotonic()
        with pytest.raises(FetchError) as info:
            await f.fetch(server.url(f"/bomb/{kind}"))
        assert info.value.reason == f"body too large (> {MiB} bytes)"
        assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("query", ["", "&chunked=1"])
async def test_oversized_plain_body(server: Server, query: str) -> None:
    async with Fetcher(user_agent=UA, max_body=MiB) as f:
        with pytest.raises(FetchError, match=r"body too large \(> 1048576 bytes\)"):
            await f.fetch(server.url(f"/big?size={2 * MiB}{query}"))
        ok = await f.fetch(server.url(f"/big?size={MiB}"))  # exactly the limit is fine
        assert ok.body is not None and len(ok.body) == MiB


def test_bombs_are_small_on_the_wire(bombs: dict[str, bytes]) -> None:
    assert all(len(b) < MiB for b in bombs.values())  # each expands to 200 MiB


# -- redirects ---------------------------------------------------------------------------


async def test_permanent_chain_sets_permanent_url(server: Server, fetcher: Fetcher) -> None:
    result = await fetcher.fetch(server.url("/r/301,308,301"))
    assert result.status == 200 and result.body == FEED
    assert result.url == server.url("/feed")
    assert result.permanent_url == server.url("/feed")


@pytest.mark.parametrize("codes", ["302", "307", "303", "301,302", "302,301"])
async def test_temporary_hop_keeps_url(server: Server, fetcher: Fetcher, codes: str) -> None:
    result = await fetcher.fetch(server.url(f"/r/{codes}"))
    assert result.status == 200 and result.url == server.url("/feed")
    assert result.permanent_url is None


async def test_five_hops_ok_six_too_many(server: Server, fetcher: Fetcher) -> None:
    assert (await fetcher.fetch(server.url("/r/" + ",".join(["302"] * 5)))).status == 200
    with pytest.raises(FetchError, match="too many redirects"):
        await fetcher.fetch(server.url("/r/" + ",".join(["302"] * 6)))
    assert server.rec.hits["/feed"] == 1


async def test_redirect_loop(server: Server, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="redirect loop"):
        await fetcher.fetch(server.url("/loop/a"))
    assert server.rec.hits["/loop/a"] == 1 and server.rec.hits["/loop/b"] == 1


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:x"])
async def test_redirect_to_other_scheme_refused(
    server: Server, fetcher: Fetcher, target: str
) -> None:
    with pytest.raises(FetchError, match="URL refused"):
        await fetcher.fetch(server.url(f"/go?to={target}"))


# -- connection errors -------------------------------------------------------------------


async def test_connection_refused(fetcher: Fetcher) -> None:
    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match=r"^connection refused$") as info:
        await fetcher.fetch(f"http://127.0.0.1:{port}/feed")
    assert isinstance(info.value.__cause__, aiohttp.ClientError)


@pytest.mark.parametrize("url", ["ftp://example.com/feed", "file:///etc/passwd", "http:///x", "x"])
async def test_bad_urls(fetcher: Fetcher, url: str) -> None:
    with pytest.raises(FetchError):
        await fetcher.fetch(url)


# -- SSRF guard --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "refused private address 127.0.0.1"),
        ("http://10.0.0.1/", "refused private address 10.0.0.1"),
        ("http://192.168.1.1:8080/", "refused private address 192.168.1.1"),
        ("http://169.254.169.254/latest/meta-data", "refused private address 169.254.169.254"),
        ("http://100.64.0.1/", "refused private address 100.64.0.1"),
        ("http://224.0.0.1/", "refused private address 224.0.0.1"),
        ("http://0.0.0.0/", "refused private address 0.0.0.0"),
        ("http://[::1]/", "refused private address ::1"),
        ("http://[fe80::1]/", "refused private address fe80::1"),
        ("http://[fc00::1]/", "refused private address fc00::1"),
        ("http://[::ffff:127.0.0.1]/", "refused private address 127.0.0.1"),
        ("http://0x7f000001/", "refused private address 127.0.0.1"),
        ("http://2130706433/", "refused private address 127.0.0.1"),
        ("http://0177.0.0.1/", "refused private address 127.0.0.1"),
        ("http://127.1/", "refused private address 127.0.0.1"),
        ("http://127.0.0.1./", "refused private address 127.0.0.1"),
        ("http://localhost:8080/", "refused private host localhost"),
        ("http://a.localhost/", "refused private host a.localhost"),
        ("http://user:pw@example.com/", "credentials in URL refused"),
        ("gopher://example.com/", "unsupported URL scheme 'gopher'"),
        ("http://example.com:99999/", "invalid URL"),
    ],
)
def test_check_url_refuses(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as info:
        check_url(url, False)
    assert info.value.reason.startswith(reason)


@pytest.mark.parametrize(
    ("url", "allow"),
    [
        ("https://example.com/feed", False),
        ("http://93.184.216.34/", False),
        ("http://[2606:4700::1111]/", False),
        ("http://127.0.0.1/", True),
        ("http://127.0.0.2:8000/", ["127.0.0.0/8"]),
        ("http://10.1.2.3/", ["10.0.0.0/8", "intranet.example"]),
        ("http://intranet.example/", ["10.0.0.0/8", "intranet.example"]),
        ("http://[::ffff:127.0.0.1]/", ["127.0.0.1"]),
        ("http://localhost/", ["localhost"]),
    ],
)
def test_check_url_allows(url: str, allow: bool | list[str]) -> None:
    check_url(url, allow)


async def test_private_address_refused_before_connecting(server: Server) -> None:
    async with Fetcher(user_agent=UA, allow_private=False) as f:
        with pytest.raises(FetchError, match=r"refused private address 127\.0\.0\.1"):
            await f.fetch(server.url("/feed"))
    assert sum(server.rec.hits.values()) == 0


async def test_hostname_resolving_to_private_refused(server: Server) -> None:
    name = loopback_hostname()
    async with Fetcher(user_agent=UA, allow_private=False) as f:
        with pytest.raises(FetchError, match=r"refused private address 127\."):
            await f.fetch(server.url("/feed", host=name))
    assert sum(server.rec.hits.values()) == 0


def loopback_hostname() -> str:
    """A name other than localhost that resolves to loopback only (or skip)."""
    name = socket.gethostname()
    try:
        infos = socket.getaddrinfo(name, None)
    except OSError:
        pytest.skip("the host name does not resolve")
    if not all(i[4][0].startswith("127.") for i in infos):
        pytest.skip("the host name does not resolve to loopback")
    return name


async def test_resolver_filter_drops_refused_addresses() -> None:
    from watcher.fetch import GuardedResolver, Policy

    name = loopback_hostname()
    with pytest.raises(OSError, match="refused"):
        await GuardedResolver(Policy(False)).resolve(name, 80)
    allowed = await GuardedResolver(Policy(["127.0.0.0/8"])).resolve(name, 80)
    assert allowed and all(r["host"].startswith("127.") for r in allowed)


async def test_allow_list_lets_a_name_through(server: Server) -> None:
    name = loopback_hostname()
    async with Fetcher(user_agent=UA, allow_private=["127.0.0.0/8"]) as f:
        assert (await f.fetch(server.url("/feed", host=name))).status == 200


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.2:{port}/feed",
        "http://[::ffff:127.0.0.2]:{port}/feed",
        "http://0x7f000002:{port}/feed",
    ],
)
async def test_redirect_to_private_refused(server: Server, target: str) -> None:
    connections = 0

    async def on_connect(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        w.close()

    canary = await asyncio.start_server(on_connect, "127.0.0.2", 0)
    port = canary.sockets[0].getsockname()[1]
    try:
        async with Fetcher(user_agent=UA, allow_private=["127.0.0.1"]) as f:
            url = server.url("/go?to=" + quote(target.format(port=port)))
            with pytest.raises(FetchError, match=r"refused private address 127\.0\.0\.2"):
                await f.fetch(url)
        assert server.rec.hits["/go"] == 1
        assert connections == 0
    finally:
        canary.close()
        await canary.wait_closed()


# -- concurrency -------------------------------------------------------------------------


async def test_per_host_limit(server: Server) -> None:
    async with Fetcher(user_agent=UA, per_host=2) as f:
        results = await asyncio.gather(*(f.fetch(server.url("/slow")) for _ in range(8)))
    assert all(r.status == 200 for r in results)
    assert server.rec.peak["127.0.0.1"] == 2


async def test_waiting_for_a_busy_host_is_not_a_timeout(server: Server) -> None:
    async with Fetcher(user_agent=UA, per_host=1, timeout=1.0) as f:
        results = await asyncio.gather(*(f.fetch(server.url("/slow?s=0.4")) for _ in range(4)))
    assert all(r.status == 200 for r in results)
    assert server.rec.peak["127.0.0.1"] == 1


async def test_global_limit_across_hosts(bombs: dict[str, bytes]) -> None:
    rec = Recorder()
    runner = web.AppRunner(make_app(rec, bombs))
    await runner.setup()
    site1 = web.TCPSite(runner, "127.0.0.1", 0)
    await site1.start()
    port = site1._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    site2 = web.TCPSite(runner, "127.0.0.2", port)
    await site2.start()
    try:
        async with Fetcher(user_agent=UA, concurrency=3, per_host=2) as f:
            urls = [f"http://{h}:{port}/slow" for h in ("127.0.0.1", "127.0.0.2") for _ in range(8)]
            results = await asyncio.gather(*(f.fetch(u) for u in urls))
        assert all(r.status == 200 for r in results)
        assert rec.peak["127.0.0.1"] <= 2 and rec.peak["127.0.0.2"] <= 2
        assert rec.peak_total <= 3
        assert rec.peak_total >= 2  # the limits were actually exercised
    finally:
        await runner.cleanup()
