"""Pipeline stage 1 — fetch: one polite HTTP GET per feed, as data.

    check_url(url)                          # http(s) only, no credentials, no private IP literal
    for each hop (at most `max_redirects` redirects):
        async with per-host slot, global slot:           # `per_host` / `concurrency` at once
            within `timeout`:
                check the addresses the host resolves to # SSRF guard, before connecting
                GET with If-None-Match / If-Modified-Since, no automatic redirects
                304          → FetchResult(status=304, body=None)   # not modified, not an error
                3xx+Location → next hop (permanent_url only if every hop was 301/308)
                2xx          → body streamed, counting decompressed bytes, up to `max_body`
                else         → FetchError("HTTP 503", status=503, retry_after=…)

This is the only module doing HTTP for feeds. Every aiohttp, asyncio or OS error is
translated into FetchError (`raise … from e`), so callers catch exactly one type.
The SSRF guard is `ssrf_guard`; `next_interval` is pure; `retry_after` reads Retry-After.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections.abc import Sequence
from dataclasses import replace
from types import TracebackType
from typing import Any, Self
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.compression_utils import HAS_BROTLI

from .errors import FetchError
from .models import FetchResult
from .retry_after import parse_retry_after
from .ssrf_guard import (
    AllowPrivate,
    GuardedResolver,
    Policy,
    check_url,
    checked_host,
    ip_literal,
    unmapped,
)

__all__ = ["Fetcher", "check_url", "next_interval"]

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
ACCEPT_ENCODING = "gzip, deflate, br" if HAS_BROTLI else "gzip, deflate"
MAX_RETRY_AFTER = 86_400.0  # a server may not park a feed for more than a day
CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})

# -- pure helpers for the scheduler ------------------------------------------------------


def next_interval(base: float, failures: int, *, cap: float, retry_after: float | None) -> float:
    """Seconds until the next poll of a feed after `failures` failures in a row:
    `base` × 2**failures, at most `cap`, but never sooner than `retry_after`."""
    delay = min(cap, base * 2.0 ** min(max(failures, 0), 64))
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


# -- the fetcher -----------------------------------------------------------------------


def _origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port): where a feed's own headers may be sent."""
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port


class Fetcher:
    """Polls feeds over one aiohttp session; use as `async with Fetcher(...) as f`."""

    def __init__(
        self,
        *,
        user_agent: str,
        timeout: float = 20.0,
        max_body: int = 10 * 2**20,
        concurrency: int = 20,
        per_host: int = 4,
        max_redirects: int = 5,
        allow_private: AllowPrivate = True,
    ) -> None:
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_body = max_body
        self.per_host = per_host
        self.max_redirects = max_redirects
        self._policy = Policy(allow_private)
        self._slots = asyncio.Semaphore(concurrency)
        self._host_slots: dict[str, asyncio.Semaphore] = {}
        self._session: aiohttp.ClientSession | None = None
        self._concurrency = concurrency

    async def __aenter__(self) -> Self:
        connector = aiohttp.TCPConnector(
            limit=self._concurrency,
            limit_per_host=self.per_host,
            resolver=None if self._policy.all else GuardedResolver(self._policy),
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            # `total` is what stops a server trickling one byte at a time: sock_read
            # restarts with every byte.
            timeout=aiohttp.ClientTimeout(
                total=self.timeout,
                connect=min(10.0, self.timeout),
                sock_read=min(15.0, self.timeout),
            ),
            headers={
                "User-Agent": self.user_agent,
                "Accept": ACCEPT,
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            cookie_jar=aiohttp.DummyCookieJar(),  # no state shared between feeds
            trust_env=False,
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _host_slot(self, host: str) -> asyncio.Semaphore:
        slot = self._host_slots.get(host)
        if slot is None:
            slot = self._host_slots[host] = asyncio.Semaphore(self.per_host)
        return slot

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        extra_headers: Sequence[tuple[str, str]] = (),
    ) -> FetchResult:
        """GET `url` (conditionally) and return the result; raise FetchError otherwise.

        `extra_headers` (a feed's Authorization…) go only to the feed's own origin,
        never to where a redirect points elsewhere."""
        if self._session is None:
            raise RuntimeError("Fetcher used outside `async with`")
        checked_host(url, self._policy)
        headers = dict(extra_headers)
        origin = _origin(url)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        permanent = True
        current = url
        for _hop in range(self.max_redirects + 1):
            outcome = await self._hop(current, headers)
            if isinstance(outcome, FetchResult):
                if permanent and current != url:
                    return replace(outcome, permanent_url=current)
                return outcome
            status, target = outcome
            permanent = permanent and status in _PERMANENT
            if target in seen:
                raise FetchError("redirect loop", status=status)
            seen.add(target)
            current = target
            if extra_headers and _origin(target) != origin:
                for name, _ in extra_headers:
                    headers.pop(name, None)
        raise FetchError("too many redirects")

    async def _hop(self, url: str, headers: dict[str, str]) -> FetchResult | tuple[int, str]:
        """One request: a final result, or (status, next URL) for a redirect."""
        host = checked_host(url, self._policy)
        # Host slot first, then a global one, both per hop: a poll waiting for a busy
        # host holds no global slot, and the timeout starts only once we may send.
        async with self._host_slot(host.lower()), self._slots:
            return await self._timed_hop(url, host, headers)

    async def _timed_hop(
        self, url: str, host: str, headers: dict[str, str]
    ) -> FetchResult | tuple[int, str]:
        try:
            async with asyncio.timeout(self.timeout):
                await self._check_resolved(host)
                return await self._request(url, headers)
        except FetchError:
            raise
        except TimeoutError as e:
            raise FetchError(f"timeout after {self.timeout:g}s") from e
        except aiohttp.ClientConnectorDNSError as e:
            raise FetchError(f"DNS lookup failed for {host}") from e
        except aiohttp.ClientConnectorCertificateError as e:
            raise FetchError("TLS certificate error") from e
        except aiohttp.ClientSSLError as e:
            raise FetchError("TLS error") from e
        except aiohttp.ClientConnectorError as e:
            if isinstance(e.os_error, ConnectionRefusedError):
                raise FetchError("connection refused") from e
            raise FetchError(f"connection failed: {e.os_error.strerror or e.os_error}") from e
        except aiohttp.ServerDisconnectedError as e:
            raise FetchError("server disconnected") from e
        except aiohttp.ClientPayloadError as e:
            raise FetchError("invalid response body (bad encoding or truncated)") from e
        except aiohttp.ClientResponseError as e:
            # e.g. a server sending `br` although we did not offer it (no brotli here)
            if "content-encoding" in str(e.message).lower():
                raise FetchError("unsupported Content-Encoding") from e
            raise FetchError("invalid HTTP response") from e
        except aiohttp.InvalidURL as e:
            raise FetchError("invalid URL") from e
        except aiohttp.ClientError as e:
            raise FetchError(f"HTTP client error: {type(e).__name__}") from e
        except OSError as e:
            raise FetchError(f"network error: {e.strerror or type(e).__name__}") from e
        except ValueError as e:  # yarl/aiohttp reject some URLs and header values this way
            raise FetchError(f"invalid request: {e}") from e

    async def _check_resolved(self, host: str) -> None:
        """Refuse, before connecting, a host that resolves to a non-allowed address."""
        if self._policy.all or self._policy.allows_host(host) or ip_literal(host) is not None:
            return  # IP literals were checked by _check
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise FetchError(f"DNS lookup failed for {host}") from e
        for info in infos:
            addr = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if not self._policy.allows_address(addr):
                raise FetchError(f"refused private address {unmapped(addr)}")

    async def _request(self, url: str, headers: dict[str, str]) -> FetchResult | tuple[int, str]:
        assert self._session is not None
        async with self._session.get(url, headers=headers, allow_redirects=False) as resp:
            status = resp.status
            if status in _REDIRECTS:
                return status, self._redirect_target(url, resp)
            if status == 304:
                return self._result(url, resp, None)
            if not 200 <= status < 300:
                retry_after = None
                if status in (429, 503):
                    retry_after = parse_retry_after(
                        resp.headers.get("Retry-After"), now=time.time(), cap=MAX_RETRY_AFTER
                    )
                raise FetchError(f"HTTP {status}", status=status, retry_after=retry_after)
            return self._result(url, resp, await self._read_body(resp))

    def _redirect_target(self, url: str, resp: aiohttp.ClientResponse) -> str:
        location = resp.headers.get("Location")
        if not location:
            raise FetchError(f"HTTP {resp.status} without Location", status=resp.status)
        location = location.strip()
        if any(ord(c) < 32 or ord(c) == 127 for c in location):
            raise FetchError("redirect to a malformed Location refused", status=resp.status)
        target = urljoin(url, location)
        scheme = urlsplit(target).scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(
                f"redirect to {scheme or 'a non-http'} URL refused", status=resp.status
            )
        return target

    async def _read_body(self, resp: aiohttp.ClientResponse) -> bytes:
        """Read the body, counting *decompressed* bytes: a Content-Length check alone
        does not stop a gzip bomb."""
        too_large = FetchError(f"body too large (> {self.max_body} bytes)", status=resp.status)
        if resp.content_length is not None and "Content-Encoding" not in resp.headers:
            if resp.content_length > self.max_body:
                raise too_large
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(CHUNK):
            size += len(chunk)
            if size > self.max_body:
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _result(url: str, resp: aiohttp.ClientResponse, body: bytes | None) -> FetchResult:
        h: Any = resp.headers
        return FetchResult(
            url=url,
            status=resp.status,
            body=body,
            etag=h.get("ETag"),
            last_modified=h.get("Last-Modified"),
            content_type=h.get("Content-Type"),
        )
