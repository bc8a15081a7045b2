"""Shared fixtures: real mosquitto, a feed server, a webhook receiver, an MQTT subscriber."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import secrets
import sqlite3
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import aiomqtt
import pytest
from aiohttp import web

from tests.broker import Broker

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run long soak / full-size tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="full-size run: use --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """One mosquitto for the session; tests use unique topic prefixes."""
    b = Broker(tmp_path_factory.mktemp("mosquitto")).start()
    yield b
    b.stop()


@pytest.fixture
def own_broker(tmp_path: Path) -> Iterator[Broker]:
    """A mosquitto of the test's own, which the test may stop and start."""
    b = Broker(tmp_path / "mosquitto")
    yield b
    b.stop()


def whsec() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


# -- feeds -------------------------------------------------------------------------------


@dataclass
class FeedItem:
    guid: str
    title: str
    text: str = ""
    link: str | None = None
    published: float | None = None


FIRST = ["Ana", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas"]
LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Petrov",
    "Santos",
    "Haddad",
    "Keller",
    "Tanaka",
    "Ruiz",
    "Berg",
]


def moves(n: int, start: int = 0) -> list[FeedItem]:
    """n distinct, clearly matching departure stories."""
    out = []
    for i in range(start, start + n):
        name = f"{FIRST[i % 10]} {LAST[(i // 10) % 10]}"
        out.append(
            FeedItem(
                f"move-{i}",
                f"OpenAI researcher {name} leaves for Meta",
                f"{name}, a senior researcher at OpenAI, is leaving the company to join Meta.",
                f"https://news.example/move-{i}",
            )
        )
    return out


def rss(items: list[FeedItem], title: str = "Test feed") -> bytes:
    out = [
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>t</description>",
    ]
    for it in items:
        out.append("<item>")
        out.append(
            f'<title>{escape(it.title)}</title><guid isPermaLink="false">{escape(it.guid)}</guid>'
        )
        if it.link:
            out.append(f"<link>{escape(it.link)}</link>")
        when = it.published if it.published is not None else time.time() - 60
        from datetime import UTC, datetime

        out.append(f"<pubDate>{format_datetime(datetime.fromtimestamp(when, UTC))}</pubDate>")
        out.append(f"<description>{escape(it.text)}</description></item>")
    out.append("</channel></rss>")
    return "".join(out).encode()


@dataclass
class FeedServer:
    """Serves mutable feeds; records each request's headers and time."""

    base: str = ""
    feeds: dict[str, list[FeedItem]] = field(default_factory=dict)
    raw: dict[str, tuple[int, bytes, dict[str, str]]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str], float]] = field(default_factory=list)
    etags: bool = True
    trickle: set[str] = field(default_factory=set)

    def url(self, name: str) -> str:
        return f"{self.base}/{name}"

    async def handle(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        self.requests.append((name, dict(request.headers), time.time()))
        if name in self.trickle:  # slowloris: one byte every 0.5 s, for a long time
            resp = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
            await resp.prepare(request)
            for _ in range(120):
                await resp.write(b" ")
                await asyncio.sleep(0.5)
            return resp
        if name in self.raw:
            status, body, headers = self.raw[name]
            return web.Response(status=status, body=body, headers=headers)
        if name not in self.feeds:
            return web.Response(status=404)
        body = rss(self.feeds[name])
        etag = '"' + str(abs(hash(body))) + '"'
        if self.etags and request.headers.get("If-None-Match") == etag:
            return web.Response(status=304)
        headers = {"ETag": etag} if self.etags else {}
        return web.Response(body=body, headers=headers, content_type="application/rss+xml")


def db_counts(path: Path) -> dict[str, int]:
    """Row counts of a watcher database, read through a connection closed at once.

    A database created a moment before its tables reads as empty.
    """
    from watcher.store import Store

    if not path.exists():
        return {}
    store = Store(path, readonly=True)
    try:
        return store.counts()
    except sqlite3.OperationalError:
        return {}
    finally:
        store.close()


async def serve_app(app: web.Application) -> tuple[web.AppRunner, str]:
    """Serve an aiohttp app on 127.0.0.1 on a free port; returns the runner and base URL."""
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    app = web.Application()
    app.router.add_get("/{name}", server.handle)
    runner, server.base = await serve_app(app)
    yield server
    await runner.cleanup()


# -- webhooks ----------------------------------------------------------------------------


@dataclass
class Hook:
    headers: dict[str, str]
    body: bytes
    at: float

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class HookReceiver:
    """Logs every POST; answers from a scripted list of statuses, then 200."""

    base: str = ""
    received: list[Hook] = field(default_factory=list)
    script: list[Any] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    delay: float = 0.0

    @property
    def url(self) -> str:
        return f"{self.base}/hook"

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.received.append(Hook(dict(request.headers), body, time.time()))
        self.arrived.set()
        step = self.script.pop(0) if self.script else 200
        if step == "hang":
            await asyncio.sleep(3600)
        if step == "slow":
            await asyncio.sleep(self.delay)
            step = 200
        status, headers = step if isinstance(step, tuple) else (step, {})
        assert isinstance(status, int)
        headers = {k: v() if callable(v) else v for k, v in headers.items()}
        return web.Response(status=status, headers=headers, text="ok" if status < 300 else "no")

    async def wait_for(self, count: int, timeout: float = 10.0) -> list[Hook]:
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        return self.received


@pytest.fixture
async def hooks() -> AsyncIterator[HookReceiver]:
    receiver = HookReceiver()
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner, receiver.base = await serve_app(app)
    yield receiver
    await runner.cleanup()


# -- MQTT subscriber ----------------------------------------------------------------------


@dataclass
class Subscriber:
    prefix: str
    messages: list[tuple[str, bytes, bool]] = field(default_factory=list)

    def alerts(self) -> list[dict[str, Any]]:
        return [json.loads(p) for t, p, _ in self.messages if "/alerts/" in t]

    def statuses(self) -> list[bytes]:
        return [p for t, p, _ in self.messages if t.endswith("/status")]

    async def wait_alerts(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while len(self.alerts()) < count and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        return self.alerts()


async def subscribe(
    port: int, prefix: str, *, client_id: str | None = None
) -> AsyncIterator[Subscriber]:
    sub = Subscriber(prefix)
    ready = asyncio.Event()

    async def listen() -> None:
        while True:
            try:
                async with aiomqtt.Client(
                    "127.0.0.1", port, identifier=client_id, clean_session=client_id is None
                ) as client:
                    await client.subscribe(f"{prefix}/#", qos=1)
                    ready.set()
                    async for msg in client.messages:
                        payload = msg.payload if isinstance(msg.payload, bytes) else b""
                        sub.messages.append((str(msg.topic), payload, bool(msg.retain)))
            except aiomqtt.MqttError:
                await asyncio.sleep(0.2)

    task = asyncio.create_task(listen())
    await asyncio.wait_for(ready.wait(), 10)
    try:
        yield sub
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


@pytest.fixture
async def subscriber(broker: Broker) -> AsyncIterator[Subscriber]:
    prefix = f"t-{uuid.uuid4().hex[:8]}"
    async for sub in subscribe(broker.port, prefix, client_id=f"sub-{prefix}"):
        yield sub


@pytest.fixture
def reap() -> Iterator[list[Any]]:
    """Processes a test started; any still running at the end are killed."""
    procs: list[Any] = []
    yield procs
    for proc in procs:
        if proc.returncode is None:
            try:
                proc.kill()
            except ProcessLookupError:
                pass


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
