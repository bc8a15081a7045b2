"""Scenario 34 and the HTML half of 32: secrets never leak; the dashboard escapes feed text."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from tests.broker import free_port
from tests.configs import build_config, webhook_sink
from tests.conftest import FeedServer, HookReceiver, moves, whsec
from tests.test_daemon import OLD, running, until
from watcher.config import parse_config
from watcher.store import Store

SLACK_TOKEN = "SENTINELslackTOKEN"
MQTT_PASSWORD = "SENTINEL-mqtt-password"


async def test_secrets_never_leak(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = whsec()
    port = free_port()
    hooks.script = [500, 500]  # errors get logged: they must not carry the URL or the secret
    feed_server.feeds["a"] = [OLD]
    sinks = [
        webhook_sink(f"{hooks.url}?token={SLACK_TOKEN}", "slack", format="slack", digest_after=0),
        webhook_sink(f"http://127.0.0.1:{free_port()}/{SLACK_TOKEN}", "desk", secret=secret),
        {
            "type": "mqtt",
            "name": "bus",
            "url": f"mqtt://127.0.0.1:{free_port()}",
            "username": "u",
            "password": MQTT_PASSWORD,
        },
    ]
    config = build_config(
        tmp_path,
        [feed_server.url("a")],
        sinks,
        delivery={"max_delay": 0.3},
        web={"enabled": True, "port": port},
    )
    seen: list[str] = [repr(config), str(config)]
    async with running(config) as daemon:
        await until(lambda: daemon.polls >= 1 and not daemon._inflight)
        feed_server.feeds["a"] = [*moves(1), OLD]
        await hooks.wait_for(3, timeout=15)
        await asyncio.sleep(1)  # the unreachable 'desk' sink fails a few times meanwhile
        async with aiohttp.ClientSession() as http:
            for path in ("/health", "/metrics", "/api/alerts", "/api/deliveries", "/"):
                async with http.get(f"http://127.0.0.1:{port}{path}") as resp:
                    seen.append(await resp.text())
    store = Store(tmp_path / "w.db")
    seen += [json.dumps(a) for a in store.alerts()]
    seen += [str(d.last_error) for d in store.list_deliveries()]
    store.close()
    seen.append(caplog.text)
    seen += [h.body.decode() for h in hooks.received]
    bad = tmp_path / "bad.toml"
    bad.write_text(
        f'[polling]\ninterval = -1\n[[sinks]]\ntype = "webhook"\nname = "s"\nurl = "https://hooks.example/{SLACK_TOKEN}"\n'
        f'secret = "{secret}"\n[[sinks]]\ntype = "mqtt"\nname = "m"\npassword = "{MQTT_PASSWORD}"\nqos = 7\n'
    )
    check = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "watcher", "check", "-c", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 2
    seen += [check.stdout, check.stderr]
    everything = "\n".join(seen)
    for sentinel in (SLACK_TOKEN, MQTT_PASSWORD, secret, secret.removeprefix("whsec_")):
        assert sentinel not in everything
    assert "desk" in caplog.text  # the failures were logged, by sink name


async def test_database_is_private_and_web_binds_loopback(tmp_path: Path) -> None:
    config = parse_config({"database": {"path": str(tmp_path / "sub" / "w.db")}})
    assert config.web.host == "127.0.0.1"
    Store(config.database.path).close()
    assert stat.S_IMODE(os.stat(config.database.path).st_mode) == 0o600


async def test_dashboard_escapes_feed_text(tmp_path: Path) -> None:
    """Whatever reaches the store (the parser strips markup, but never rely on it) is escaped."""
    from watcher.models import Alert, Entry
    from watcher.store import NewEntry

    title = "<script>alert(1)</script> & <b>move</b>"
    store = Store(tmp_path / "w.db")
    store.ensure_feed("f", "http://x/f", None)
    alert = Alert(
        "alrt_x",
        "k",
        ("departure",),
        0.9,
        {"id": "alrt_x", "title": title, "categories": ["departure<i>"]},
    )
    store.record_poll(
        "f",
        now=1.0,
        next_poll_at=2.0,
        etag=None,
        last_modified=None,
        entries=[NewEntry(Entry("f", "g", None, title, ""), alert, ())],
    )
    store.close()
    port = free_port()
    config = parse_config({"database": {"path": str(tmp_path / "w.db")}, "web": {"port": port}})
    async with running(config), aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/") as resp:
            page = await resp.text()
        async with http.get(f"http://127.0.0.1:{port}/api/alerts") as resp:
            api = await resp.json()
    assert "<script>" not in page and "<i>" not in page and "<b>move" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;move&lt;/b&gt;" in page
    assert api[0]["title"] == title  # JSON carries the text exactly
