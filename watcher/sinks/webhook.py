"""Webhook sink: POST each alert as signed JSON (Standard Webhooks), or rendered for Slack
or Discord (`render/`); this module is the transport, the renderers are pure.

Acknowledged means a 2xx answer. Redirects are not followed (a 3xx is a permanent
failure: a moved endpoint must be reconfigured, not guessed). 429/503 carry their
Retry-After to the delivery worker; 410 tells it to disable the sink; other 4xx
are permanent for this message; 5xx and network errors are retried.

Every request goes through the feeds' SSRF guard (`fetch.check_url` and the guarded
resolver at connect time): a host name that resolves to a private address is refused
unless `allow_private` allows it, as for feeds. A refusal is retried like any network
error, so fixing DNS or the allow-list needs no restart.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping

import aiohttp

from ..errors import FetchError, PermanentSinkError, SinkError
from ..models import Delivery
from ..retry_after import parse_retry_after
from ..ssrf_guard import AllowPrivate, check_url, guarded_resolver
from . import signing
from .base import Sink, digest_payload
from .render import discord, slack

RETRY_AFTER_CAP = 3600.0  # an endpoint may hold a sink for an hour at most
ANSWER_WAIT_MAX = 120.0  # the longest a request waits for its answer after timeouts


class WebhookSink(Sink):
    def __init__(
        self,
        name: str,
        *,
        url: str,
        format: str = "json",
        secrets: tuple[str, ...] = (),
        timeout: float = 10.0,
        rate: float | None = None,
        burst: int = 1,
        digest_after: int | None = None,
        user_agent: str = "watcher",
        allow_private: AllowPrivate = True,  # as `Fetcher`: the daemon passes the config's
    ) -> None:
        super().__init__(name)
        self._url = url  # may be a credential (Slack): never logged
        self.format = format
        self._secrets = secrets
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        # A receiver that does the work and answers late would get the same alert again
        # and again: after a timeout the next request waits twice as long for its answer
        # (up to ANSWER_WAIT_MAX), and after an answer the wait goes back toward `timeout`.
        self._base_wait = timeout
        self.answer_wait = timeout
        self.rate, self.burst = rate, burst
        self.digest_after = digest_after
        self._user_agent = user_agent
        self._session: aiohttp.ClientSession | None = None
        self._allow_private = allow_private

    async def start(self) -> None:
        connector = aiohttp.TCPConnector(resolver=guarded_resolver(self._allow_private))
        self._session = aiohttp.ClientSession(
            timeout=self._timeout, connector=connector, trust_env=False
        )
        self.ready.set()

    async def stop(self) -> None:
        self.ready.clear()
        if self._session is not None:
            await self._session.close()

    def body_for(self, delivery: Delivery) -> bytes:
        if self.format == "slack":
            return _dumps(slack.render(delivery.payload))
        if self.format == "discord":
            return _dumps(discord.render(delivery.payload))
        return _dumps(delivery.payload)

    def headers_for(self, msg_id: str, body: bytes, *, now: float) -> dict[str, str]:
        timestamp = int(now)
        headers = {
            "content-type": "application/json",
            "user-agent": self._user_agent,
            "webhook-id": msg_id,
            "webhook-timestamp": str(timestamp),
        }
        if self._secrets:
            headers["webhook-signature"] = signing.sign(msg_id, timestamp, body, self._secrets)
        return headers

    async def send(self, delivery: Delivery) -> None:
        await self._post(delivery.alert_id, self.body_for(delivery))

    async def send_digest(self, deliveries: list[Delivery]) -> None:
        if self.format == "discord":  # Discord has no digest layout: one message each
            for delivery in deliveries:
                await self.send(delivery)
            return
        doc = digest_payload(deliveries)
        body = slack.render_digest(doc) if self.format == "slack" else doc
        await self._post(str(doc["id"]), _dumps(body))

    async def _post(self, msg_id: str, body: bytes) -> None:
        assert self._session is not None, "sink not started"
        headers = self.headers_for(msg_id, body, now=time.time())
        try:
            check_url(self._url, self._allow_private)
        except FetchError as e:
            raise SinkError(f"URL refused: {e.reason}") from None
        try:
            async with self._session.post(
                self._url,
                data=body,
                headers=headers,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(total=self.answer_wait),
            ) as resp:
                status = resp.status
                retry_after = parse_retry_after(
                    resp.headers.get("Retry-After"), now=time.time(), cap=RETRY_AFTER_CAP
                )
                self._note_rate_limit(resp.headers)
                detail = (await resp.content.read(200)).decode("utf-8", "replace").strip()
        except TimeoutError as e:
            waited = self.answer_wait
            self.answer_wait = min(waited * 2, max(ANSWER_WAIT_MAX, self._base_wait))
            raise SinkError(
                f"no answer within {waited:g}s (the next attempt waits {self.answer_wait:g}s)"
            ) from e
        except aiohttp.ClientConnectorError as e:
            if "refused private address" in str(e.os_error):
                raise SinkError("refused: the host resolves to a private address") from None
            raise SinkError(f"request failed: {type(e).__name__}") from e
        except (aiohttp.ClientError, OSError, asyncio.IncompleteReadError) as e:
            raise SinkError(f"request failed: {type(e).__name__}") from e
        self.answer_wait = max(self._base_wait, self.answer_wait / 2)
        _check_status(status, retry_after, detail)

    def _note_rate_limit(self, headers: Mapping[str, str]) -> None:
        """Discord-style bucket headers: when none are left, hold until the reset."""
        if headers.get("X-RateLimit-Remaining") != "0":
            return
        try:
            reset_after = float(headers.get("X-RateLimit-Reset-After", ""))
        except ValueError:
            return
        self.hold_until = time.monotonic() + min(max(reset_after, 0.0), RETRY_AFTER_CAP)


def _dumps(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def _check_status(status: int, retry_after: float | None, detail: str) -> None:
    if 200 <= status < 300:
        return
    why = f"HTTP {status}" + (f" {detail[:80]}" if detail else "")
    if status in (429, 503):
        raise SinkError(why, retry_after=retry_after)
    if status == 410:
        raise PermanentSinkError(why, disable_sink=True)
    if 300 <= status < 400:
        raise PermanentSinkError(f"{why} (redirects are not followed)")
    if 400 <= status < 500 and status not in (408, 425):
        raise PermanentSinkError(why)
    raise SinkError(why, retry_after=retry_after)
