"""Limits for the web endpoint's connections: a deadline per request, a connection cap.

aiohttp's server waits for a request's head and body as long as a client cares to
send them, one byte at a time, and accepts as many connections as the process has
descriptors. Here every connection must complete a request (head and body) within
`request_timeout` seconds of opening or of its previous response, or it is closed;
connections past `max_connections` are closed at once. The clock is the event loop's
(monotonic).

    guard = ConnectionGuard(request_timeout=10, max_connections=100)
    app = web.Application(middlewares=[guard.middleware])
    ... runner.setup() ...
    server = await guard.serve(runner.server, host, port)   # an asyncio.Server
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Callable

from aiohttp import web

log = logging.getLogger(__name__)

__all__ = ["ConnectionGuard"]

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class _Guarded(asyncio.Protocol):
    """The server's protocol for one connection, with the guard told of its life."""

    def __init__(self, inner: asyncio.Protocol, guard: ConnectionGuard) -> None:
        self.inner = inner
        self.guard = guard
        self.transport: asyncio.BaseTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        self.inner.connection_made(transport)
        self.guard._opened(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.transport is not None:
            self.guard._deadlines.pop(self.transport, None)
        self.inner.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received()

    def pause_writing(self) -> None:
        self.inner.pause_writing()

    def resume_writing(self) -> None:
        self.inner.resume_writing()


class ConnectionGuard:
    """Closes connections that are slow to send a request, and those over the cap."""

    def __init__(self, *, request_timeout: float = 10.0, max_connections: int = 100) -> None:
        self.request_timeout = request_timeout
        self.max_connections = max_connections
        self.cut = 0  # connections closed for being too slow
        self.refused = 0  # connections closed for being over the cap
        self._deadlines: dict[asyncio.BaseTransport, float] = {}
        self._sweeper: asyncio.Task[None] | None = None

    async def serve(
        self, factory: Callable[[], asyncio.Protocol], host: str, port: int
    ) -> asyncio.Server:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: _Guarded(factory(), self), host, port)
        self._sweeper = asyncio.create_task(self._sweep(), name="web-guard")
        return server

    async def close(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            await asyncio.gather(self._sweeper, return_exceptions=True)
        for transport in list(self._deadlines):
            transport.close()

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """The request's head has arrived: no deadline while it is handled, then a new one
        for the next request on the same connection."""
        transport = request.transport
        if transport is not None and transport in self._deadlines:
            self._deadlines[transport] = math.inf
        try:
            if request.can_read_body:  # bodies are not wanted, but bounded all the same
                try:
                    async with asyncio.timeout(self.request_timeout):
                        await request.read()
                except TimeoutError:
                    self.cut += 1
                    if transport is not None:
                        transport.close()
                    return web.Response(status=408, text="request body too slow")
            return await handler(request)
        finally:
            if transport is not None and transport in self._deadlines:
                self._deadlines[transport] = self._now() + self.request_timeout

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def _opened(self, transport: asyncio.BaseTransport) -> None:
        if len(self._deadlines) >= self.max_connections:
            self.refused += 1
            log.warning("web: connection refused, %d open already", len(self._deadlines))
            transport.close()
            return
        self._deadlines[transport] = self._now() + self.request_timeout

    async def _sweep(self) -> None:
        period = min(1.0, self.request_timeout / 4)
        while True:
            await asyncio.sleep(period)
            now = self._now()
            for transport, deadline in list(self._deadlines.items()):
                if deadline < now:
                    self.cut += 1
                    del self._deadlines[transport]
                    transport.close()
