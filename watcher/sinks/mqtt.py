"""MQTT sink (aiomqtt 2.5): alerts on `<prefix>/alerts/<category>`, status on `<prefix>/status`.

A background task keeps one connection up and reconnects with jittered exponential
backoff when the broker goes away. On connect it publishes a retained `online`; the
broker publishes the retained `offline` will if we vanish, and `stop()` publishes
`offline` itself. `send` returns only after the broker's PUBACK (QoS 1) / PUBCOMP
(QoS 2). A publish that failed may still reach the broker after a reconnect: the
alert id in the payload lets consumers drop the duplicate. A message no broker could
take (a category that makes a wildcard topic, a payload over MQTT's size limit) is a
PermanentSinkError.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import ssl
import uuid

import aiomqtt

from ..errors import PermanentSinkError, SinkError
from ..models import Delivery
from .base import Sink

log = logging.getLogger(__name__)

# paho's CONNACK codes for refused credentials (MQTT 3.1.1: 4, 5; MQTT 5: 134, 135)
_AUTH_CODES = {4, 5, 134, 135}


class MqttSink(Sink):
    def __init__(
        self,
        name: str,
        *,
        host: str,
        port: int,
        topic_prefix: str,
        qos: int = 1,
        client_id: str | None = None,
        username: str | None = None,
        password: str | None = None,
        tls: bool = False,
        ca_file: str | None = None,
        keepalive: int = 30,
        publish_timeout: float = 10.0,
        max_backoff: float = 5.0,
    ) -> None:
        super().__init__(name)
        self.host, self.port = host, port
        self.prefix = topic_prefix.rstrip("/")
        self.qos = qos
        self.client_id = client_id or f"watcher-{uuid.uuid4().hex[:10]}"
        self._username, self._password = username, password
        self._tls, self._ca_file = tls, ca_file
        self.keepalive = keepalive
        self.publish_timeout = publish_timeout
        self.max_backoff = max_backoff
        self._client: aiomqtt.Client | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self.connects = 0
        self.attempts = 0
        self.last_error: str | None = None

    @property
    def status_topic(self) -> str:
        return f"{self.prefix}/status"

    def topic_for(self, category: str) -> str:
        return f"{self.prefix}/alerts/{category}"

    def _make_client(self) -> aiomqtt.Client:
        tls_context = None
        if self._tls:
            tls_context = ssl.create_default_context(cafile=self._ca_file)
        return aiomqtt.Client(
            self.host,
            self.port,
            username=self._username,
            password=self._password,
            identifier=self.client_id,
            keepalive=self.keepalive,
            timeout=self.publish_timeout,
            tls_context=tls_context,
            will=aiomqtt.Will(self.status_topic, b"offline", qos=1, retain=True),
        )

    async def start(self) -> None:
        self._task = asyncio.create_task(self._connection_loop(), name=f"mqtt-{self.name}")

    async def _connection_loop(self) -> None:
        failures = 0
        while not self._stopping:
            client = self._make_client()
            self.attempts += 1
            error: aiomqtt.MqttError | None = None
            try:
                async with client:
                    await client.publish(self.status_topic, b"online", qos=1, retain=True)
                    self._client = client
                    self.connects += 1
                    if failures:
                        log.warning("sink %s: connected to the broker again", self.name)
                    else:
                        log.info("sink %s: connected to %s:%d", self.name, self.host, self.port)
                    failures = 0
                    self.last_error = None
                    self.ready.set()
                    # The message iterator ends with MqttError when the connection drops.
                    async for _ in client.messages:
                        pass
            except aiomqtt.MqttError as e:
                error = e
                self.last_error = _describe(e)
            finally:
                self.ready.clear()
                self._client = None
            if self._stopping:
                break
            failures += 1
            auth = isinstance(error, aiomqtt.MqttCodeError) and _code(error) in _AUTH_CODES
            if failures == 1:  # once per outage; the health endpoint shows the rest
                log.log(
                    logging.ERROR if auth else logging.WARNING,
                    "sink %s: broker %s:%d unavailable (%s); retrying with backoff",
                    self.name,
                    self.host,
                    self.port,
                    "credentials rejected, check username/password" if auth else self.last_error,
                )
            # Rejected credentials won't fix themselves in a second: back off from 5 s.
            base, cap = (2.5, 300.0) if auth else (0.5, self.max_backoff)
            delay = min(cap, base * 2 ** min(failures, 10)) * random.uniform(0.5, 1.0)
            await asyncio.sleep(delay)

    async def send(self, delivery: Delivery) -> None:
        client = self._client
        if client is None or not self.ready.is_set():
            raise SinkError("broker not connected")
        category = delivery.categories[0] if delivery.categories else "unknown"
        body = json.dumps(delivery.payload, ensure_ascii=False).encode()
        try:
            await client.publish(self.topic_for(category), body, qos=self.qos)
        except aiomqtt.MqttError as e:
            raise SinkError(f"publish failed: {_describe(e)}") from e
        except ValueError as e:  # paho refuses what no broker could take: a wildcard topic…
            raise PermanentSinkError(f"message refused: {e}") from e

    async def stop(self) -> None:
        self._stopping = True
        client = self._client
        if client is not None and self.ready.is_set():
            try:
                await client.publish(self.status_topic, b"offline", qos=1, retain=True, timeout=2.0)
            except aiomqtt.MqttError as e:
                log.warning("sink %s: could not publish offline: %s", self.name, _describe(e))
        self.ready.clear()
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def health(self) -> dict[str, object]:
        return {
            "ready": self.ready.is_set(),
            "connects": self.connects,
            "attempts": self.attempts,
            "error": self.last_error,
        }


def _code(e: aiomqtt.MqttCodeError) -> int:
    rc = e.rc
    return int(rc.value if hasattr(rc, "value") else rc) if rc is not None else -1


def _describe(e: aiomqtt.MqttError) -> str:
    return str(e) or type(e).__name__
