"""A small HTTP endpoint: /health, /metrics (Prometheus text), /api/alerts, /api/deliveries.

It binds 127.0.0.1 by default, reads the database through its own read-only
connection (on its own thread, so the writer is never blocked), and never shows a
secret: sinks appear by name only.
"""

from __future__ import annotations

import html
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Protocol

from aiohttp import web

from .deliver import Deliverer
from .errors import WatcherError
from .models import Delivery
from .sinks.base import Sink
from .store import AsyncStore, Store
from .web_guard import ConnectionGuard


class Running(Protocol):
    """What the endpoint reads of the running daemon (the daemon passes itself)."""

    sinks: list[Sink]
    deliverer: Deliverer | None
    polls: int
    poll_errors: int


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
    def __init__(self, daemon: Running, reader: AsyncStore) -> None:
        self.daemon = daemon
        self.reader = reader

    async def health(self, request: web.Request) -> web.Response:
        counts = await self.reader.call(Store.counts)
        sinks = {s.name: s.health() for s in self.daemon.sinks}
        paused = self.daemon.deliverer.paused if self.daemon.deliverer else {}
        ok = all(bool(h.get("ready")) for h in sinks.values()) and not paused
        body = {
            "status": "ok" if ok else "degraded",
            "sinks": sinks,
            "paused_sinks": paused,
            "counts": counts,
            "polls": self.daemon.polls,
            "poll_errors": self.daemon.poll_errors,
        }
        return _json(body, 200 if ok else 503)

    async def metrics(self, request: web.Request) -> web.Response:
        counts = await self.reader.call(Store.counts)
        lines = [
            "# TYPE watcher_polls_total counter",
            f"watcher_polls_total {self.daemon.polls}",
            "# TYPE watcher_poll_errors_total counter",
            f"watcher_poll_errors_total {self.daemon.poll_errors}",
            "# TYPE watcher_feeds gauge",
            f"watcher_feeds {counts['feeds']}",
            f"watcher_feeds_failing {counts['feeds_failing']}",
            "# TYPE watcher_alerts_total counter",
            f"watcher_alerts_total {counts['alerts']}",
            "# TYPE watcher_deliveries gauge",
        ]
        for state in ("pending", "delivered", "dead"):
            lines.append(f'watcher_deliveries{{state="{state}"}} {counts["deliveries_" + state]}')
        lines.append("# TYPE watcher_sink_ready gauge")
        for sink in self.daemon.sinks:
            lines.append(f'watcher_sink_ready{{sink="{sink.name}"}} {int(sink.ready.is_set())}')
        return web.Response(text="\n".join(lines) + "\n", content_type="text/plain")

    async def alerts(self, request: web.Request) -> web.Response:
        raw = request.query.get("limit", "50") or "50"
        if not raw.isdigit() or int(raw) < 1:
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


@asynccontextmanager
async def serve(
    daemon: Running,
    database: str | Path,
    host: str,
    port: int,
    *,
    request_timeout: float = 10.0,
    max_connections: int = 100,
) -> AsyncIterator[web.AppRunner]:
    """Serve the API while the context is open (reading `database` on its own connection);
    a request must arrive whole within `request_timeout`, at most `max_connections` open."""
    reader = await AsyncStore(database, readonly=True).open()
    api = Api(daemon, reader)
    guard = ConnectionGuard(request_timeout=request_timeout, max_connections=max_connections)
    app = web.Application(middlewares=[guard.middleware])
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
