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
from watcher.config_load import parse_config
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


# -- credentials in feed URLs, feed headers, the web token (issue 11) ----------------------

WEB_TOKEN = "SENTINEL-web-token-0123456789"
URL_SECRETS = ("SENTINELapikey", "SENTINELtoken2", "SENTINELsig", "SENTINEL-header-token")


async def test_feed_url_credentials_never_leave_the_process(
    tmp_path: Path,
    feed_server: FeedServer,
    hooks: HookReceiver,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("FEED_TOKEN", "SENTINEL-header-token")
    port = free_port()
    feed_server.feeds["a"] = moves(1)
    feed_server.feeds["b"] = moves(1, start=5)
    feed_server.feeds["c"] = moves(1, start=7)
    elsewhere = feed_server.url("c").replace("127.0.0.1", "localhost")  # another origin
    feed_server.raw["moved"] = (301, b"", {"Location": elsewhere + "?sig=SENTINELsig"})
    feeds = [
        {
            "id": "paid",
            "url": feed_server.url("a") + "?apikey=SENTINELapikey&page=2",
            "headers": {"Authorization": "Bearer ${FEED_TOKEN}"},
        },
        {
            "id": "shown",
            "url": feed_server.url("b") + "?token=SENTINELtoken2",
            "public_url": "https://news.example/b",
        },
        {
            "id": "moving",
            "url": feed_server.url("moved"),
            "headers": {"Authorization": "Bearer ${FEED_TOKEN}"},
        },
    ]
    config = build_config(
        tmp_path,
        feeds,
        [webhook_sink(hooks.url)],
        polling={"alert_on_first_poll": True},
        web={"enabled": True, "port": port, "token": WEB_TOKEN},
    )
    base = f"http://127.0.0.1:{port}"
    seen: list[str] = []
    async with running(config), aiohttp.ClientSession() as http:
        await hooks.wait_for(3, timeout=15)
        for path in ("/health", "/metrics", "/api/alerts", "/api/deliveries", "/"):
            async with http.get(base + path) as resp:
                assert resp.status == 401, path  # a token is set: nothing without it
            auth = {"Authorization": f"Bearer {WEB_TOKEN}"}
            async with http.get(base + path, headers=auth) as resp:
                assert resp.status == 200, path
                seen.append(await resp.text())
        for path in ("/livez", "/readyz"):  # probes need no token and say nothing secret
            async with http.get(base + path) as resp:
                assert resp.status == 200
                seen.append(await resp.text())
    sent = {h.json["feed"]["id"]: h.json["feed"]["url"] for h in hooks.received}
    assert sent["paid"] == feed_server.url("a") + "?apikey=REDACTED&page=2"
    assert sent["shown"] == "https://news.example/b"
    assert sent["moving"] == feed_server.url("moved")
    paid = [h for name, h, _ in feed_server.requests if name == "a"]
    assert paid and all(h["Authorization"] == "Bearer SENTINEL-header-token" for h in paid)
    asked = [h for name, h, _ in feed_server.requests if name == "moved"]
    assert asked and all(h["Authorization"] == "Bearer SENTINEL-header-token" for h in asked)
    moved = [h for name, h, _ in feed_server.requests if name == "c"]
    assert moved and all("Authorization" not in h for h in moved)  # not across origins
    assert "moved permanently to" in caplog.text and "sig=REDACTED" in caplog.text
    store = Store(tmp_path / "w.db")
    seen += [json.dumps(a) for a in store.alerts()]
    store.close()
    seen += [caplog.text] + [h.body.decode() for h in hooks.received]
    everything = "\n".join(seen)
    for sentinel in (*URL_SECRETS, WEB_TOKEN):
        where = everything.find(sentinel)
        assert where < 0, everything[max(0, where - 300) : where + 50]


async def test_web_beyond_loopback_refuses_to_start_without_a_token(tmp_path: Path) -> None:
    cfg = tmp_path / "w.toml"
    cfg.write_text(f'[database]\npath = "{tmp_path / "w.db"}"\n[web]\nhost = "0.0.0.0"\n')
    proc = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "watcher", "run", "-c", str(cfg)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "web.token" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "w.db").exists()  # refused before anything was opened
    ok = parse_config({"web": {"host": "0.0.0.0", "token": WEB_TOKEN}})
    assert ok.web.token is not None and WEB_TOKEN not in repr(ok)
    assert parse_config({"web": {"host": "::1"}}).web.token is None  # loopback needs none
