"""Scenario 27: SSRF in the config. `watcher check` names each refused URL; `run` won't use them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from watcher.config_load import parse_config
from watcher.daemon import Daemon, unsafe_urls
from watcher.errors import ConfigError

PRIVATE = [
    "http://127.0.0.2/feed",
    "http://[::1]/feed",
    "http://0x7f000002/feed",
    "http://10.1.2.3/feed",
    "http://169.254.169.254/latest/meta-data",
    "http://localhost:8080/feed",
]


def test_each_private_url_is_reported_with_its_location() -> None:
    config = parse_config(
        {
            "feeds": [{"url": "https://public.example/feed"}] + [{"url": u} for u in PRIVATE],
            "sinks": [{"type": "webhook", "name": "h", "url": "http://192.168.1.5/hook"}],
        }
    )
    found = dict(unsafe_urls(config))
    assert sorted(found) == sorted(
        [f"feeds[{i}].url" for i in range(1, len(PRIVATE) + 1)] + ["sinks[0].url"]
    )
    allowed = parse_config(
        {"polling": {"allow_private_networks": True}, "feeds": [{"url": u} for u in PRIVATE]}
    )
    assert unsafe_urls(allowed) == []


def test_credentials_and_other_schemes_are_config_errors() -> None:
    for url in ("http://user:pass@news.example/feed", "file:///etc/passwd", "gopher://x/"):
        with pytest.raises(ConfigError) as info:
            parse_config({"feeds": [{"url": url}]})
        assert "feeds[0].url" in info.value.problems[0]
        assert "pass@" not in info.value.problems[0] or "credentials" in info.value.problems[0]


def test_check_command_lists_them(tmp_path: Path) -> None:
    cfg = tmp_path / "w.toml"
    cfg.write_text(
        '[[feeds]]\nurl = "http://127.0.0.2/feed"\n[[feeds]]\nurl = "https://ok.example/f"\n'
        '[[sinks]]\ntype = "webhook"\nname = "h"\nurl = "http://[::1]/hook"\n'
    )
    proc = subprocess.run(
        [sys.executable, "-m", "watcher", "check", "-c", str(cfg)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert (
        "feeds[0].url" in proc.stderr
        and "sinks[0].url" in proc.stderr
        and "feeds[1]" not in proc.stderr
    )


async def test_run_refuses_a_private_webhook(tmp_path: Path) -> None:
    import asyncio

    config = parse_config(
        {
            "database": {"path": str(tmp_path / "w.db")},
            "web": {"enabled": False},
            "sinks": [{"type": "webhook", "name": "h", "url": "http://127.0.0.1:9/hook"}],
        }
    )
    with pytest.raises(ConfigError, match="webhook URL refused"):
        await Daemon(config).run(asyncio.Event())


# -- sinks go through the same guard when they connect (issue 11) --------------------------


def loopback_name() -> str:
    """A host name (not `localhost`, not an IP) that resolves to a loopback address here:
    what a webhook URL looks like when DNS points it inside."""
    import ipaddress
    import socket

    names = []
    try:
        for line in Path("/etc/hosts").read_text().splitlines():
            fields = line.split("#", 1)[0].split()
            if len(fields) >= 2:
                names += fields[1:]
    except OSError:
        pass
    names.append(socket.gethostname())
    for name in names:
        if name.startswith("localhost") or name.endswith(".localhost"):
            continue
        try:
            infos = socket.getaddrinfo(name, None, type=socket.SOCK_STREAM)
        except OSError:
            continue
        if infos and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos):
            return name
    pytest.fail("no host name resolving to a loopback address on this machine (/etc/hosts)")


async def test_a_webhook_name_resolving_inside_is_refused_at_connect_and_by_check(
    tmp_path: Path,
) -> None:
    import asyncio

    from aiohttp import web

    from tests.conftest import serve_app
    from tests.test_daemon import running, until
    from watcher.models import Alert, Entry
    from watcher.store import NewEntry, Store

    posts: list[bytes] = []

    async def receive(request: web.Request) -> web.Response:
        posts.append(await request.read())
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner, base = await serve_app(app)
    port = base.rsplit(":", 1)[1]
    url = f"http://{loopback_name()}:{port}/hook"
    db = tmp_path / "w.db"
    store = Store(db)
    store.ensure_feed("f", "https://news.example/f", None)
    alert = Alert("alrt_x", "k", ("departure",), 0.9, {"id": "alrt_x", "title": "t"})
    store.record_poll(
        "f",
        now=1.0,
        next_poll_at=2.0,
        etag=None,
        last_modified=None,
        entries=[NewEntry(Entry("f", "g", None, "t", ""), alert, ("h",))],
    )
    store.close()
    doc = {
        "database": {"path": str(db)},
        "web": {"enabled": False},
        "delivery": {"base_delay": 0.1, "max_delay": 0.2},
        "sinks": [{"type": "webhook", "name": "h", "url": url}],
    }
    config = parse_config(doc)
    assert unsafe_urls(config) == []  # a name: nothing to see without resolving it
    try:
        async with running(config):

            def refused() -> bool:
                s = Store(db, readonly=True)
                try:
                    return any(
                        "private address" in (d.last_error or "") for d in s.list_deliveries()
                    )
                finally:
                    s.close()

            await until(refused, timeout=10)
            await asyncio.sleep(0.5)
        assert posts == []  # never connected
        allowed = parse_config({**doc, "polling": {"allowed_networks": ["127.0.0.0/8"]}})
        async with running(allowed):
            await until(lambda: len(posts) == 1, timeout=10)
    finally:
        await runner.cleanup()
    cfg = tmp_path / "w.toml"
    cfg.write_text(f'[[sinks]]\ntype = "webhook"\nname = "h"\nurl = "{url}"\n')
    proc = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "watcher", "check", "-c", str(cfg)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "sinks[0].url" in proc.stderr and "resolves to the private address 127." in proc.stderr
