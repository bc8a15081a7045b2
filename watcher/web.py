"""A small HTTP endpoint: probes, /health, /metrics, the JSON API and a page of alerts.

    /livez    200 while the process and its event loop answer (for restarts)
    /readyz   200 while the database is open and the scheduler runs (for traffic)
    /health   the detailed JSON status (`health.assess`): 200 ok or degraded, 503 failing
    /metrics  Prometheus exposition of the daemon's own registry (`metrics.Metrics`)
    /api/alerts, /api/deliveries, /   what was alerted and delivered

It binds 127.0.0.1 by default; beyond loopback the config requires `web.token`, and
every endpoint but the two probes then wants `Authorization: Bearer <token>`. It reads
the database through its own read-only connection (on its own thread, so the writer
is never blocked), and never shows a secret: sinks appear by name, feeds by id and
title, URLs with their credentials redacted.
"""

from __future__ import annotations

import hmac
import html
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Protocol

from aiohttp import web
from aiohttp.typedefs import Middleware

from .deliver import Deliverer
from .errors import WatcherError
from .health import Limits, SinkView, assess
from .metrics import CONTENT_TYPE, Metrics
from .models import Delivery, Feed
from .sinks.base import Sink
from .store import AsyncStore, Store
from .web_guard import ConnectionGuard

PROBES = frozenset({"/livez", "/readyz"})


class Running(Protocol):
    """What the endpoint reads of the running daemon (the daemon passes itself)."""

    sinks: list[Sink]
    deliverer: Deliverer | None
    polls: int
    poll_errors: int
    feeds: dict[str, Feed]
    metrics: Metrics

    @property
    def scheduling(self) -> bool: ...


def delivery_summary(d: Delivery) -> dict[str, Any]:
    """An outbox row as shown to users (API and CLI), without the payload."""
    return {
        "id": d.id,
        "alert_id": d.alert_id,
        "sink": d.sink,
        "state": d.state,
        "attempts": d.attempts,
        "last_error": d.last_error,
    }


def _json(data: Any, status: int = 200) -> web.Response:
    return web.Response(
        text=json.dumps(data, ensure_ascii=False, indent=1),
        status=status,
        content_type="application/json",
    )


class Api:
    def __init__(self, daemon: Running, reader: AsyncStore, limits: Limits | None = None) -> None:
        self.daemon = daemon
        self.reader = reader
        self.limits = limits or Limits()
        self.started_at = self._now()

    def _sink_names(self) -> list[str]:
        return [s.name for s in self.daemon.sinks]

    def _now(self) -> float:
        deliverer = self.daemon.deliverer
        return deliverer.clock() if deliverer is not None else time.time()

    async def livez(self, request: web.Request) -> web.Response:
        return _json({"status": "alive"})

    async def readyz(self, request: web.Request) -> web.Response:
        database = await self._database_ok()
        ready = database and self.daemon.scheduling
        body = {"ready": ready, "database": database, "scheduler": self.daemon.scheduling}
        return _json(body, 200 if ready else 503)

    async def _database_ok(self) -> bool:
        try:
            await self.reader.call(Store.schema_version)
        except Exception:  # any failure (StoreError, OSError …) means "not ready"
            return False
        return True

    async def health(self, request: web.Request) -> web.Response:
        try:
            counts = await self.reader.call(Store.counts)
            stats = await self.reader.call(Store.sink_stats, self._sink_names())
            feeds = await self.reader.call(Store.feed_health)
            database = True
        except Exception:  # reported as the database's state
            counts, stats, feeds, database = {}, {}, [], False
        deliverer = self.daemon.deliverer
        views = []
        for sink in self.daemon.sinks:
            status = deliverer.status.get(sink.name) if deliverer else None
            views.append(
                SinkView(
                    sink.name,
                    sink.ready.is_set(),
                    paused=deliverer.paused.get(sink.name) if deliverer else None,
                    failing_since=status.failing_since if status else None,
                    last_error=status.last_error if status else None,
                )
            )
        body = assess(
            now=self._now(),
            started_at=self.started_at,
            database_ok=database,
            scheduling=self.daemon.scheduling,
            sinks=views,
            sink_stats=stats,
            feeds=feeds,
            configured={f.id: f.interval for f in self.daemon.feeds.values()},
            limits=self.limits,
        )
        for sink in self.daemon.sinks:
            body["sinks"][sink.name].update(sink.health())
        body.update(counts=counts, polls=self.daemon.polls, poll_errors=self.daemon.poll_errors)
        return _json(body, 503 if body["status"] == "failing" else 200)

    async def metrics(self, request: web.Request) -> web.Response:
        stats = await self.reader.call(Store.sink_stats, self._sink_names())
        feeds = await self.reader.call(Store.feed_health)
        m = self.daemon.metrics
        m.refresh(
            now=self._now(),
            sinks={s.name: s.ready.is_set() for s in self.daemon.sinks},
            sink_stats=stats,
            feeds=feeds,
            configured=self.daemon.feeds,
        )
        return web.Response(body=m.render(), headers={"Content-Type": CONTENT_TYPE})

    async def alerts(self, request: web.Request) -> web.Response:
        raw = request.query.get("limit", "50") or "50"
        if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
            return _json({"error": "limit must be a whole number from 1 to 500"}, 400)
        limit = min(500, int(raw))
        return _json(await self.reader.call(Store.alerts, limit=limit))

    async def deliveries(self, request: web.Request) -> web.Response:
        state = request.query.get("state")
        if state not in (None, "pending", "delivered", "dead"):
            return _json({"error": "state must be pending, delivered or dead"}, 400)
        rows = await self.reader.call(Store.list_deliveries, state=state)
        return _json([delivery_summary(d) for d in rows])

    async def index(self, request: web.Request) -> web.Response:
        rows = await self.reader.call(Store.alerts, limit=50)
        items = "".join(
            f"<li><b>{html.escape(', '.join(a.get('categories', [])))}</b> "
            f"{html.escape(str(a.get('title', '')))}</li>"
            for a in rows
        )
        page = f"<!doctype html><title>watcher</title><h1>Latest alerts</h1><ul>{items}</ul>"
        return web.Response(text=page, content_type="text/html")


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def bearer_guard(token: str | None) -> Middleware:
    """Middleware: with a token, every path but the probes needs `Bearer <token>`."""
    expected = f"Bearer {token}".encode() if token else None

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        if expected is not None and request.path not in PROBES:
            given = request.headers.get("Authorization", "").encode()
            if not hmac.compare_digest(given, expected):
                return web.json_response(
                    {"error": "a bearer token is required"},
                    status=401,
                    headers={"WWW-Authenticate": 'Bearer realm="watcher"'},
                )
        return await handler(request)

    return guard


@asynccontextmanager
async def serve(
    daemon: Running,
    database: str | Path,
    host: str,
    port: int,
    *,
    request_timeout: float = 10.0,
    max_connections: int = 100,
    token: str | None = None,
    limits: Limits | None = None,
) -> AsyncIterator[web.AppRunner]:
    """Serve the API while the context is open (reading `database` on its own connection);
    a request must arrive whole within `request_timeout`, at most `max_connections` open."""
    reader = await AsyncStore(database, readonly=True).open()
    api = Api(daemon, reader, limits)
    guard = ConnectionGuard(request_timeout=request_timeout, max_connections=max_connections)
    app = web.Application(middlewares=[guard.middleware, bearer_guard(token)])
    app.router.add_get("/livez", api.livez)
    app.router.add_get("/readyz", api.readyz)
    app.router.add_get("/", api.index)
    app.router.add_get("/health", api.health)
    app.router.add_get("/metrics", api.metrics)
    app.router.add_get("/api/alerts", api.alerts)
    app.router.add_get("/api/deliveries", api.deliveries)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    assert runner.server is not None
    try:
        server = await guard.serve(runner.server, host, port)
    except OSError as e:
        await runner.cleanup()
        await reader.close()
        raise WatcherError(
            f"web: cannot listen on {host}:{port}: {e.strerror or e}"
            " (another watcher running? set web.port, or web.enabled = false)"
        ) from e
    try:
        yield runner
    finally:
        server.close()
        await guard.close()
        await runner.cleanup()
        await reader.close()
