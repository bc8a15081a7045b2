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
`check_url` and `next_interval` are pure; `Retry-After` is read by `retry_after`.
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
from aiohttp.abc import ResolveResult
from aiohttp.compression_utils import HAS_BROTLI
from aiohttp.resolver import ThreadedResolver

from .errors import FetchError
from .models import FetchResult
from .retry_after import parse_retry_after

__all__ = ["Fetcher", "check_resolved", "check_url", "guarded_resolver", "next_interval"]

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
ACCEPT_ENCODING = "gzip, deflate, br" if HAS_BROTLI else "gzip, deflate"
MAX_RETRY_AFTER = 86_400.0  # a server may not park a feed for more than a day
CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})

AllowPrivate = bool | Sequence[str]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


# -- the SSRF guard (pure) ---------------------------------------------------------------


class _Policy:
    """Which non-public destinations are allowed: all, none, or listed hosts/networks."""

    def __init__(self, allow: AllowPrivate) -> None:
        self.all = allow is True
        self.hosts: frozenset[str] = frozenset()
        self.networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
        if isinstance(allow, bool):
            return
        if isinstance(allow, str):  # a lone string is not a list of one-letter hosts
            allow = [allow]
        hosts, networks = set(), []
        for item in allow:
            try:
                networks.append(ipaddress.ip_network(item.strip().strip("[]"), strict=False))
            except ValueError:
                hosts.add(item.strip().lower().rstrip("."))
        self.hosts, self.networks = frozenset(hosts), tuple(networks)

    def allows_host(self, host: str) -> bool:
        return self.all or host.lower().rstrip(".") in self.hosts

    def allows_address(self, addr: IPAddress) -> bool:
        if self.all or _is_public(addr):
            return True
        plain = _unmapped(addr)
        return any(addr in n or plain in n for n in self.networks)


def _unmapped(addr: IPAddress) -> IPAddress:
    """::ffff:10.0.0.1 → 10.0.0.1 (the address the kernel will actually connect to)."""
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def _is_public(addr: IPAddress) -> bool:
    a = _unmapped(addr)
    return a.is_global and not (
        a.is_multicast or a.is_private or a.is_loopback or a.is_link_local or a.is_reserved
    )


def _ip_literal(host: str) -> IPAddress | None:
    """The address a host string denotes by itself, including the odd IPv4 forms that
    the C resolver accepts (0x7f000001, 2130706433, 0177.0.0.1, 127.1)."""
    host = host.rstrip(".")  # "127.0.0.1." resolves like "127.0.0.1"
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefxABCDEFX." for c in host) and host[0].isdigit():
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))  # pure parsing, no DNS
        except OSError:
            return None
    return None


def _host_of(url: str) -> str:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - validates the port
    except ValueError as e:
        raise FetchError(f"invalid URL: {e}") from e
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme {parts.scheme or '(none)'!r}")
    if parts.username is not None or parts.password is not None:
        raise FetchError("credentials in URL refused")
    host = parts.hostname
    if not host:
        raise FetchError("URL without a host")
    return host


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port


def _check(url: str, policy: _Policy) -> str:
    host = _host_of(url)
    if policy.all:
        return host
    if policy.allows_host(host):
        return host
    name = host.rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        raise FetchError(f"refused private host {host}")
    addr = _ip_literal(host)
    if addr is not None and not policy.allows_address(addr):
        raise FetchError(f"refused private address {_unmapped(addr)}")
    return host


def check_url(url: str, allow_private: AllowPrivate = False) -> None:
    """Raise FetchError unless `url` may be fetched: http(s), a host, no credentials and,
    unless `allow_private` allows it, no loopback/private/link-local/multicast/reserved
    IP literal (odd forms included) and no `localhost`. Pure: hostnames are not resolved
    here; `Fetcher` checks what they resolve to before connecting."""
    _check(url, _Policy(allow_private))


class _GuardedResolver(ThreadedResolver):
    """Drops refused addresses from every lookup, so that a DNS answer changing between
    our check and aiohttp's connect (rebinding) cannot reach a private address."""

    def __init__(self, policy: _Policy) -> None:
        super().__init__()
        self._policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await super().resolve(host, port, family)
        if self._policy.allows_host(host):
            return results
        allowed = [
            r for r in results if self._policy.allows_address(ipaddress.ip_address(r["host"]))
        ]
        if not allowed:
            raise OSError(f"refused private address for {host}")
        return allowed


def guarded_resolver(allow_private: AllowPrivate) -> ThreadedResolver | None:
    """The connect-time half of the guard, for any aiohttp connector (feeds and sinks):
    None when everything is allowed."""
    policy = _Policy(allow_private)
    return None if policy.all else _GuardedResolver(policy)


def check_resolved(url: str, allow_private: AllowPrivate = False) -> None:
    """`check_url`, then the addresses the host resolves to now (blocking: for
    `watcher check`, not for the event loop). Raises FetchError naming the address;
    a name that does not resolve now passes (the guard checks again at connect time)."""
    policy = _Policy(allow_private)
    host = _check(url, policy)
    if policy.all or policy.allows_host(host) or _ip_literal(host) is not None:
        return
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError:
        return  # unknown today (offline, not yet in DNS): the connect-time guard decides
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not policy.allows_address(addr):
            raise FetchError(f"{host} resolves to the private address {_unmapped(addr)}")


# -- pure helpers for the scheduler ------------------------------------------------------


def next_interval(base: float, failures: int, *, cap: float, retry_after: float | None) -> float:
    """Seconds until the next poll of a feed after `failures` failures in a row:
    `base` × 2**failures, at most `cap`, but never sooner than `retry_after`."""
    delay = min(cap, base * 2.0 ** min(max(failures, 0), 64))
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


# -- the fetcher -----------------------------------------------------------------------


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
        self._policy = _Policy(allow_private)
        self._slots = asyncio.Semaphore(concurrency)
        self._host_slots: dict[str, asyncio.Semaphore] = {}
        self._session: aiohttp.ClientSession | None = None
        self._concurrency = concurrency

    async def __aenter__(self) -> Self:
        connector = aiohttp.TCPConnector(
            limit=self._concurrency,
            limit_per_host=self.per_host,
            resolver=None if self._policy.all else _GuardedResolver(self._policy),
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
        _check(url, self._policy)
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
        host = _check(url, self._policy)
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
        if self._policy.all or self._policy.allows_host(host) or _ip_literal(host) is not None:
            return  # IP literals were checked by _check
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise FetchError(f"DNS lookup failed for {host}") from e
        for info in infos:
            addr = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if not self._policy.allows_address(addr):
                raise FetchError(f"refused private address {_unmapped(addr)}")

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
