"""The interface every sink implements, and the simplest sink, kept in memory.

A sink sends one delivery and returns only once the far side acknowledged it
(MQTT PUBACK, HTTP 2xx); otherwise it raises SinkError (retry later) or
PermanentSinkError (retrying this message cannot help). `ready` is set while the
sink can send at all (e.g. the broker is connected): the delivery worker waits on
it instead of burning attempts during an outage.
"""

from __future__ import annotations

import asyncio
import hashlib
from abc import ABC, abstractmethod
from collections.abc import Callable

from ..models import Delivery


class Sink(ABC):
    """One destination for alerts."""

    #: sustained messages per second the worker may send (None: no limit) and burst size
    rate: float | None = None
    burst: int = 1
    #: more than this many alerts due at once are sent as one digest (None: never)
    digest_after: int | None = None
    #: the far side asked for no sends before this time (time.monotonic() seconds)
    hold_until: float = 0.0

    def __init__(self, name: str) -> None:
        self.name = name
        self.ready = asyncio.Event()

    async def start(self) -> None:
        """Begin connecting; must not block until connected."""
        self.ready.set()

    async def stop(self) -> None:
        """Say goodbye (e.g. publish `offline`) and release connections."""
        self.ready.clear()

    @abstractmethod
    async def send(self, delivery: Delivery) -> None:
        """Deliver one message; return only after it was acknowledged."""

    async def send_digest(self, deliveries: list[Delivery]) -> None:
        """Deliver several alerts as one message; sinks without digests send each."""
        for delivery in deliveries:
            await self.send(delivery)

    def health(self) -> dict[str, object]:
        return {"ready": self.ready.is_set()}


def digest_id(deliveries: list[Delivery]) -> str:
    """A stable id for a digest: the same alerts always give the same id."""
    joined = "\n".join(sorted(d.alert_id for d in deliveries))
    return "dgst_" + hashlib.sha256(joined.encode()).hexdigest()[:32]


def digest_payload(deliveries: list[Delivery]) -> dict[str, object]:
    """The `watcher.digest/v1` document: the alerts' own v1 payloads, listed."""
    return {
        "schema": "watcher.digest/v1",
        "id": digest_id(deliveries),
        "count": len(deliveries),
        "alerts": [d.payload for d in deliveries],
    }


class MemorySink(Sink):
    """Keeps what it is sent; for tests and the demo (with a callback that prints)."""

    def __init__(self, name: str, on_send: Callable[[Delivery], None] | None = None) -> None:
        super().__init__(name)
        self.sent: list[Delivery] = []
        self._on_send = on_send

    async def send(self, delivery: Delivery) -> None:
        self.sent.append(delivery)
        if self._on_send is not None:
            self._on_send(delivery)
