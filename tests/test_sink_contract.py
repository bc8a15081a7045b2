"""One contract, every sink: what the delivery worker may rely on, whatever the transport.

Each sink kind runs against a real peer: MQTT against a mosquitto of the test's own on a
free port, the webhook formats (signed JSON, Slack, Discord) against an aiohttp receiver
on 127.0.0.1. A `Peer` knows how to read what arrived and how to make the transport fail;
the tests speak only the `Sink` interface of `watcher/sinks/base.py`.

The contract:
- a delivered alert arrives once, carrying its id (MQTT payload / `webhook-id` header);
- a transient failure is a SinkError the worker retries, with the server's Retry-After
  where the transport has one, and the sink delivers again once the far side is back;
- a permanent failure is a PermanentSinkError, and the next alert still goes through;
- `stop()` may be called twice, or on a sink never started.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from tests.broker import Broker
from tests.conftest import HookReceiver, Subscriber, serve_app, subscribe, whsec
from watcher.errors import PermanentSinkError, SinkError
from watcher.models import Delivery
from watcher.sinks.base import Sink
from watcher.sinks.mqtt import MqttSink
from watcher.sinks.webhook import WebhookSink

KINDS = ["mqtt", "webhook-json", "webhook-slack", "webhook-discord"]


def delivery(aid: str, **payload: Any) -> Delivery:
    body: dict[str, Any] = {
        "schema": "watcher.alert/v1",
        "id": aid,
        "title": "Jason Wei leaves OpenAI for Meta",
        "categories": ["departure"],
        "url": "https://news.example/a",
        "entities": {"people": ["Jason Wei"], "from_org": "OpenAI", "to_org": "Meta"},
    }
    body.update(payload)
    cats = tuple(body["categories"])
    return Delivery(1, aid, "s", "pending", 0, datetime.now(UTC), None, body, categories=cats)


class Peer(ABC):
    """The far side of one sink kind: makes the sink, reads what arrived, breaks things."""

    #: whether the transport can tell the sender when to come back
    has_retry_after = False

    def __init__(self) -> None:
        self.sink: Sink

    @abstractmethod
    def arrived(self) -> list[str]:
        """The alert ids the far side acknowledged, in arrival order."""

    @abstractmethod
    async def fail_transiently(self) -> None:
        """Make the next send fail in a way that may heal (with Retry-After 7 if possible)."""

    async def heal(self) -> None:
        """Undo `fail_transiently`, once the failure was seen (HTTP: the script ran out)."""
        return None

    @abstractmethod
    def permanent_failure(self, aid: str) -> Delivery:
        """A delivery the far side will refuse for good."""

    async def wait_arrived(self, count: int, timeout: float = 10.0) -> list[str]:
        deadline = time.monotonic() + timeout
        while len(self.arrived()) < count and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        return self.arrived()


class MqttPeer(Peer):
    def __init__(self, broker: Broker, subscriber: Subscriber) -> None:
        super().__init__()
        self.broker, self.subscriber = broker, subscriber
        self.sink = MqttSink(
            "m",
            host="127.0.0.1",
            port=broker.port,
            topic_prefix=subscriber.prefix,
            max_backoff=0.5,
        )

    def arrived(self) -> list[str]:
        return [str(a["id"]) for a in self.subscriber.alerts()]

    async def fail_transiently(self) -> None:
        await asyncio.to_thread(self.broker.stop)
        deadline = time.monotonic() + 10
        while self.sink.ready.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    async def heal(self) -> None:
        await asyncio.to_thread(self.broker.start)
        await asyncio.wait_for(self.sink.ready.wait(), 15)

    def permanent_failure(self, aid: str) -> Delivery:
        return delivery(aid, categories=["departure/#"])  # a wildcard topic: never publishable


@dataclass
class AckingReceiver(HookReceiver):
    """The conftest receiver, remembering which requests it answered with a 2xx."""

    acked: list[dict[str, str]] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        resp = await super().handle(request)
        if 200 <= resp.status < 300:
            self.acked.append(self.received[-1].headers)
        return resp


class WebhookPeer(Peer):
    has_retry_after = True

    def __init__(self, receiver: AckingReceiver, fmt: str) -> None:
        super().__init__()
        self.receiver = receiver
        self.sink = WebhookSink("h", url=receiver.url, format=fmt, secrets=(whsec(),))

    def arrived(self) -> list[str]:
        return [h["webhook-id"] for h in self.receiver.acked]

    async def fail_transiently(self) -> None:
        self.receiver.script.append((503, {"Retry-After": "7"}))

    def permanent_failure(self, aid: str) -> Delivery:
        self.receiver.script.append(400)
        return delivery(aid)


@pytest.fixture(params=KINDS)
async def peer(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Peer]:
    kind: str = request.param
    if kind == "mqtt":
        broker = Broker(tmp_path / "mosquitto").start()
        subscription = subscribe(broker.port, f"c-{uuid.uuid4().hex[:8]}")
        try:
            yield MqttPeer(broker, await anext(subscription))
        finally:
            await subscription.aclose()
            broker.stop()
        return
    receiver = AckingReceiver()
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner, receiver.base = await serve_app(app)
    try:
        yield WebhookPeer(receiver, kind.removeprefix("webhook-"))
    finally:
        await runner.cleanup()


@pytest.fixture
async def sink(peer: Peer) -> AsyncIterator[Sink]:
    await peer.sink.start()
    try:
        await asyncio.wait_for(peer.sink.ready.wait(), 10)
        yield peer.sink
    finally:
        await peer.sink.stop()


async def test_a_delivered_alert_arrives_once_with_its_id(peer: Peer, sink: Sink) -> None:
    assert sink.health()["ready"] is True
    await sink.send(delivery("alrt_once"))
    assert await peer.wait_arrived(1) == ["alrt_once"]
    await asyncio.sleep(0.3)  # nothing else follows
    assert peer.arrived() == ["alrt_once"]


async def test_a_transient_failure_is_retryable(peer: Peer, sink: Sink) -> None:
    await peer.fail_transiently()
    with pytest.raises(SinkError) as info:
        await sink.send(delivery("alrt_retry"))
    assert not isinstance(info.value, PermanentSinkError)
    assert info.value.retry_after == (7.0 if peer.has_retry_after else None)
    await peer.heal()
    await sink.send(delivery("alrt_retry"))  # the worker's next attempt
    assert await peer.wait_arrived(1) == ["alrt_retry"]


async def test_a_permanent_failure_is_permanent(peer: Peer, sink: Sink) -> None:
    with pytest.raises(PermanentSinkError):
        await sink.send(peer.permanent_failure("alrt_refused"))
    await sink.send(delivery("alrt_next"))  # the sink itself is fine
    assert await peer.wait_arrived(1) == ["alrt_next"]


async def test_stop_is_idempotent(peer: Peer, sink: Sink) -> None:
    await sink.stop()
    await sink.stop()
    assert not sink.ready.is_set()
    assert sink.health()["ready"] is False


async def test_stop_before_start_is_harmless(peer: Peer) -> None:
    await peer.sink.stop()
    await peer.sink.stop()
    assert not peer.sink.ready.is_set()


async def test_the_id_reaches_the_receiver_in_the_transports_own_place(
    peer: Peer, sink: Sink
) -> None:
    """MQTT: `id` in the JSON payload; webhooks: the `webhook-id` header, and for the
    JSON format the body's `id` too (Slack and Discord bodies are rendered messages)."""
    await sink.send(delivery("alrt_where"))
    await peer.wait_arrived(1)
    if isinstance(peer, MqttPeer):
        [alert] = peer.subscriber.alerts()
        assert alert["id"] == "alrt_where" and alert["schema"] == "watcher.alert/v1"
    else:
        assert isinstance(peer, WebhookPeer)
        [hook] = peer.receiver.received
        assert hook.headers["webhook-id"] == "alrt_where"
        assert "webhook-signature" in hook.headers
        if isinstance(sink, WebhookSink) and sink.format == "json":
            assert json.loads(hook.body)["id"] == "alrt_where"
