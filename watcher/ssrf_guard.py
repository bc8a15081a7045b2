"""The SSRF guard: which URLs and addresses watcher may connect to.

    check_url(url, allow)        # pure: http(s), a host, no credentials, no private literal
    GuardedResolver(policy)     # at connect time: drops refused addresses from every lookup

Loopback, private, link-local, multicast and reserved addresses (odd IPv4 spellings
included) are refused unless the policy allows all, or lists the host or network.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence
from urllib.parse import urlsplit

from aiohttp.abc import ResolveResult
from aiohttp.resolver import ThreadedResolver

from .errors import FetchError

__all__ = [
    "AllowPrivate",
    "GuardedResolver",
    "Policy",
    "check_resolved",
    "check_url",
    "checked_host",
    "guarded_resolver",
    "ip_literal",
]

AllowPrivate = bool | Sequence[str]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


# -- the SSRF guard (pure) ---------------------------------------------------------------


class Policy:
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
        plain = unmapped(addr)
        return any(addr in n or plain in n for n in self.networks)


def unmapped(addr: IPAddress) -> IPAddress:
    """::ffff:10.0.0.1 → 10.0.0.1 (the address the kernel will actually connect to)."""
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def _is_public(addr: IPAddress) -> bool:
    a = unmapped(addr)
    return a.is_global and not (
        a.is_multicast or a.is_private or a.is_loopback or a.is_link_local or a.is_reserved
    )


def ip_literal(host: str) -> IPAddress | None:
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


def checked_host(url: str, policy: Policy) -> str:
    host = _host_of(url)
    if policy.all:
        return host
    if policy.allows_host(host):
        return host
    name = host.rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        raise FetchError(f"refused private host {host}")
    addr = ip_literal(host)
    if addr is not None and not policy.allows_address(addr):
        raise FetchError(f"refused private address {unmapped(addr)}")
    return host


def check_url(url: str, allow_private: AllowPrivate = False) -> None:
    """Raise FetchError unless `url` may be fetched: http(s), a host, no credentials and,
    unless `allow_private` allows it, no loopback/private/link-local/multicast/reserved
    IP literal (odd forms included) and no `localhost`. Pure: hostnames are not resolved
    here; `Fetcher` checks what they resolve to before connecting."""
    checked_host(url, Policy(allow_private))


class GuardedResolver(ThreadedResolver):
    """Drops refused addresses from every lookup, so that a DNS answer changing between
    our check and aiohttp's connect (rebinding) cannot reach a private address."""

    def __init__(self, policy: Policy) -> None:
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
    policy = Policy(allow_private)
    return None if policy.all else GuardedResolver(policy)


def check_resolved(url: str, allow_private: AllowPrivate = False) -> None:
    """`check_url`, then the addresses the host resolves to now (blocking: for
    `watcher check`, not for the event loop). Raises FetchError naming the address;
    a name that does not resolve now passes (the guard checks again at connect time)."""
    policy = Policy(allow_private)
    host = checked_host(url, policy)
    if policy.all or policy.allows_host(host) or ip_literal(host) is not None:
        return
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError:
        return  # unknown today (offline, not yet in DNS): the connect-time guard decides
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not policy.allows_address(addr):
            raise FetchError(f"{host} resolves to the private address {unmapped(addr)}")
