"""Sinks against real peers: a loopback HTTP receiver and a real mosquitto."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from datetime import UTC, datetime
from typing import Any

import pytest
from standardwebhooks import Webhook

from tests.broker import Broker
from tests.conftest import HookReceiver, Subscriber, whsec
from watcher.errors import PermanentSinkError, SinkError
from watcher.models import Delivery
from watcher.sinks import signing
from watcher.sinks.mqtt import MqttSink
from watcher.sinks.render import slack
from watcher.sinks.webhook import WebhookSink


def delivery(aid: str = "alrt_1", **payload: Any) -> Delivery:
    body: dict[str, Any] = {
        "id": aid,
        "title": "Jason Wei leaves OpenAI for Meta",
        "categories": ["departure"],
        "url": "https://news.example/a",
    }
    body.update(payload)
    cats = tuple(body["categories"])
    return Delivery(1, aid, "s", "pending", 0, datetime.now(UTC), None, body, categories=cats)


# -- signatures ---------------------------------------------------------------------


def test_signature_verified_by_reference_library() -> None:
    secret = whsec()
    body = b'{"id":"alrt_1"}'
    ts = int(time.time())
    headers = {
        "webhook-id": "alrt_1",
        "webhook-timestamp": str(ts),
        "webhook-signature": signing.sign("alrt_1", ts, body, [secret]),
    }
    assert Webhook(secret).verify(body, headers) == {"id": "alrt_1"}


@pytest.mark.parametrize("tamper", ["body", "id", "old", "future", "secret", "version"])
def test_signature_rejects_tampering(tamper: str) -> None:
    secret = whsec()
    body, ts = b'{"id":"alrt_1"}', int(time.time())
    sig = signing.sign("alrt_1", ts, body, [secret])
    headers = {"webhook-id": "alrt_1", "webhook-timestamp": str(ts), "webhook-signature": sig}
    if tamper == "body":
        body = b'{"id":"alrt_2"}'
    elif tamper == "id":
        headers["webhook-id"] = "alrt_2"
    elif tamper in ("old", "future"):
        shifted = ts + (301 if tamper == "future" else -301)
        headers["webhook-timestamp"] = str(shifted)
        headers["webhook-signature"] = signing.sign("alrt_1", shifted, body, [secret])
    elif tamper == "version":
        headers["webhook-signature"] = sig.replace("v1,", "v2,")
    verifier = Webhook(whsec() if tamper == "secret" else secret)
    with pytest.raises(Exception):  # noqa: B017 - WebhookVerificationError or ValueError
        verifier.verify(body, headers)


def test_rotation_two_secrets_both_verify() -> None:
    old, new = whsec(), whsec()
    body, ts = b"{}", int(time.time())
    sig = signing.sign("m", ts, body, [old, new])
    headers = {"webhook-id": "m", "webhook-timestamp": str(ts), "webhook-signature": sig}
    Webhook(old).verify(body, headers)
    Webhook(new).verify(body, headers)


# -- slack rendering ----------------------------------------------------------------


def test_slack_escapes_and_limits() -> None:
    evil = "<script>alert(1)</script> <!channel> <https://evil|click> & *bold*"
    msg = slack.render(
        {
            "title": evil,
            "url": "javascript:alert(1)",
            "categories": ["offer"],
            "entities": {"people": ["<!here>"], "amount_usd": 250_000_000},
            "evidence": [{"text": "x" * 50_000}],
            "score": 0.9,
        }
    )
    text = json.dumps(msg)
    assert "<!channel>" not in text and "<!here>" not in text and "<https://evil" not in text
    assert "&lt;!channel&gt;" in text and "&amp;" in text
    assert "javascript:" not in text
    assert len(msg["blocks"][0]["text"]["text"]) <= 150
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in msg["blocks"])
    assert len(msg["blocks"]) <= 50 and len(text) <= 40_000
    assert "$250.0 million" in text


def test_slack_links_only_http() -> None:
    msg = slack.render(
        {"title": "T", "url": "https://news.example/a?b=1", "categories": ["departure"]}
    )
    assert "<https://news.example/a?b=1|T>" in json.dumps(msg)


# -- webhook sink against a real receiver ------------------------------------------


async def test_webhook_json_signed_and_acknowledged(hooks: HookReceiver) -> None:
    secret = whsec()
    sink = WebhookSink("h", url=hooks.url, secrets=(secret,))
    await sink.start()
    try:
        await sink.send(delivery())
    finally:
        await sink.stop()
    [hook] = hooks.received
    assert hook.headers["webhook-id"] == "alrt_1"
    assert Webhook(secret).verify(hook.body, hook.headers)["id"] == "alrt_1"
    assert hook.json == delivery().payload  # the body round-trips exactly


@pytest.mark.parametrize(
    "step, error, extra",
    [
        (500, SinkError, None),
        ((429, {"Retry-After": "7"}), SinkError, 7.0),
        ((503, {"Retry-After": "soon"}), SinkError, None),
        (410, PermanentSinkError, True),
        (404, PermanentSinkError, False),
        (400, PermanentSinkError, False),
        ((301, {"Location": "http://127.0.0.1:1/"}), PermanentSinkError, False),
    ],
)
async def test_webhook_failures(
    hooks: HookReceiver, step: Any, error: type[Exception], extra: Any
) -> None:
    hooks.script = [step]
    sink = WebhookSink("h", url=hooks.url)
    await sink.start()
    try:
        with pytest.raises(error) as info:
            await sink.send(delivery())
    finally:
        await sink.stop()
    if isinstance(info.value, PermanentSinkError):
        assert info.value.disable_sink is extra
    else:
        assert info.value.retry_after == extra  # type: ignore[attr-defined]
    assert len(hooks.received) == 1  # a redirect is not followed


async def test_webhook_timeout(hooks: HookReceiver) -> None:
    hooks.script = ["hang"]
    sink = WebhookSink("h", url=hooks.url, timeout=0.5)
    await sink.start()
    t0 = time.monotonic()
    try:
        with pytest.raises(SinkError, match="no answer"):
            await sink.send(delivery())
    finally:
        await sink.stop()
    assert time.monotonic() - t0 < 2


# -- MQTT sink against a real broker ------------------------------------------------


async def test_mqtt_publishes_with_status(broker: Broker, subscriber: Subscriber) -> None:
    sink = MqttSink("m", host="127.0.0.1", port=broker.port, topic_prefix=subscriber.prefix)
    await sink.start()
    await asyncio.wait_for(sink.ready.wait(), 10)
    await sink.send(delivery(categories=["offer", "departure"]))
    await sink.stop()
    alerts = await subscriber.wait_alerts(1)
    assert [a["id"] for a in alerts] == ["alrt_1"]
    assert any(t == f"{subscriber.prefix}/alerts/offer" for t, _, _ in subscriber.messages)
    deadline = time.monotonic() + 5
    while subscriber.statuses()[-1:] != [b"offline"] and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert subscriber.statuses() == [b"online", b"offline"]


async def test_mqtt_reconnects_after_broker_restart(own_broker: Broker) -> None:
    own_broker.start()
    sink = MqttSink("m", host="127.0.0.1", port=own_broker.port, topic_prefix="r", max_backoff=0.5)
    await sink.start()
    try:
        await asyncio.wait_for(sink.ready.wait(), 10)
        own_broker.stop()
        deadline = time.monotonic() + 10
        while sink.ready.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert not sink.ready.is_set()
        with pytest.raises(SinkError):
            await sink.send(delivery())
        own_broker.start()
        await asyncio.wait_for(sink.ready.wait(), 15)
        await sink.send(delivery())
        assert sink.connects == 2
    finally:
        await sink.stop()


async def test_mqtt_will_says_offline_when_killed(broker: Broker, subscriber: Subscriber) -> None:
    """kill -9 of a process holding the sink: the broker publishes the retained `offline` will."""
    code = (
        "import asyncio, sys\n"
        "from watcher.sinks.mqtt import MqttSink\n"
        "async def main():\n"
        f"    s = MqttSink('m', host='127.0.0.1', port={broker.port}, topic_prefix='{subscriber.prefix}', keepalive=5)\n"
        "    await s.start(); await s.ready.wait(); print('up', flush=True); await asyncio.sleep(60)\n"
        "asyncio.run(main())\n"
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE
    )
    assert proc.stdout is not None
    assert await asyncio.wait_for(proc.stdout.readline(), 20) == b"up\n"
    proc.kill()
    await proc.wait()
    deadline = time.monotonic() + 10  # keepalive 5 s x 1.5, plus slack
    while subscriber.statuses()[-1:] != [b"offline"] and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    assert subscriber.statuses() == [b"online", b"offline"]


async def test_webhook_digest_is_signed_with_a_stable_id(hooks: HookReceiver) -> None:
    secret = whsec()
    sink = WebhookSink("h", url=hooks.url, secrets=(secret,))
    rows = [delivery(f"alrt_{i}") for i in range(3)]
    await sink.start()
    try:
        await sink.send_digest(rows)
        await sink.send_digest(list(reversed(rows)))
    finally:
        await sink.stop()
    first, second = hooks.received
    doc = Webhook(secret).verify(first.body, first.headers)
    assert doc["schema"] == "watcher.digest/v1" and doc["count"] == 3
    assert [a["id"] for a in doc["alerts"]] == ["alrt_0", "alrt_1", "alrt_2"]
    assert first.headers["webhook-id"] == second.headers["webhook-id"] == doc["id"]


def test_slack_digest_lists_titles_escaped() -> None:
    alerts = [
        {"title": f"<!here> move {i}", "url": f"https://n.example/{i}", "categories": ["departure"]}
        for i in range(60)
    ]
    msg = slack.render_digest({"alerts": alerts})
    text = json.dumps(msg)
    assert msg["text"] == "60 new alerts" and "<!here>" not in text
    assert len(msg["blocks"]) <= 50 and "15 more" in text
