"""`watcher demo`: the real pipeline, offline, on sample feeds served from 127.0.0.1.

The sample articles (seeds/samples/demo.jsonl) were written for this project from
the facts of the seed documents, plus decoys that must not alert. They are served
as three RSS feeds by a local aiohttp server; a daemon with a temporary SQLite file
polls them once, and every alert is printed as its delivery is acknowledged.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from aiohttp import web

from watcher.classify import seeds_dir
from watcher.config_load import parse_config
from watcher.daemon import Daemon
from watcher.models import Delivery
from watcher.sinks.base import MemorySink
from watcher.store import Store

FEEDS = ("wire", "europe", "asia")


def samples_path() -> Path:
    """The demo's sample articles, shipped with the default patterns."""
    return seeds_dir() / "samples" / "demo.jsonl"


def load_samples(path: Path | None = None) -> list[dict[str, Any]]:
    with (path or samples_path()).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def render_rss(title: str, items: list[dict[str, Any]], now: datetime) -> bytes:
    """A small RSS 2.0 document; items are dated a few minutes before `now`."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<rss version="2.0"><channel><title>{escape(title)}</title>',
        "<link>http://127.0.0.1/</link><description>watcher demo feed</description>",
    ]
    for i, item in enumerate(items):
        when = format_datetime(now - timedelta(minutes=5 * (i + 1)))
        parts.append(
            f"<item><title>{escape(item['title'])}</title><link>{escape(item['url'])}</link>"
            f"<guid>{escape(item['id'])}</guid><pubDate>{when}</pubDate>"
            f"<description>{escape(item.get('text', ''))}</description></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode()


def describe(payload: dict[str, Any]) -> str:
    ents = payload.get("entities") or {}
    bits = []
    if ents.get("people"):
        bits.append("who: " + ", ".join(ents["people"]))
    if ents.get("from_org"):
        bits.append("from: " + ents["from_org"])
    if ents.get("to_org"):
        bits.append("to: " + ents["to_org"])
    if ents.get("amount_usd"):
        bound = "≥ " if ents.get("amount_is_lower_bound") else ""
        bits.append(f"amount: {bound}${ents['amount_usd']:,}")
    cats = ", ".join(payload.get("categories", []))
    line = f"ALERT [{cats}] {payload.get('score')}  {payload.get('title')}"
    return line + ("\n      " + " | ".join(bits) if bits else "")


async def _demo(mqtt_url: str | None, out: Any) -> int:
    samples = load_samples()
    now = datetime.now(UTC)
    feeds = {name: samples[i :: len(FEEDS)] for i, name in enumerate(FEEDS)}
    app = web.Application()
    for name, items in feeds.items():
        body = render_rss(f"Demo {name}", items, now)

        async def handler(request: web.Request, body: bytes = body) -> web.Response:
            return web.Response(body=body, content_type="application/rss+xml")

        app.router.add_get(f"/{name}.xml", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    with tempfile.TemporaryDirectory(prefix="watcher-demo-") as tmp:
        sinks: list[dict[str, Any]] = []
        if mqtt_url:
            sinks.append(
                {"type": "mqtt", "name": "mqtt", "url": mqtt_url, "topic_prefix": "watcher-demo"}
            )
        config = parse_config(
            {
                "database": {"path": str(Path(tmp) / "demo.db")},
                "polling": {
                    "interval": 3600,
                    "startup_spread": 0.2,
                    "alert_on_first_poll": True,
                    "allow_private_networks": True,
                },
                "web": {"enabled": False},
                "feeds": [
                    {
                        "id": name,
                        "title": f"Demo {name}",
                        "url": f"http://127.0.0.1:{port}/{name}.xml",
                    }
                    for name in FEEDS
                ],
                "sinks": sinks,
            }
        )
        alerted: set[str] = set()

        def on_send(delivery: Delivery) -> None:
            alerted.add(str(delivery.payload.get("url")))
            print(describe(delivery.payload), file=out, flush=True)

        console = MemorySink("console", on_send=on_send)
        daemon = Daemon(config, extra_sinks=[console])
        stop = asyncio.Event()
        task = asyncio.create_task(daemon.run(stop))
        print(
            f"demo: serving {len(samples)} sample articles in {len(FEEDS)} feeds on "
            f"127.0.0.1:{port}; polling…",
            file=out,
            flush=True,
        )
        deadline = time.monotonic() + 60
        reader = None
        while time.monotonic() < deadline and not task.done():
            await asyncio.sleep(0.2)
            if daemon.polls < len(FEEDS) or daemon._inflight:
                continue
            reader = reader or Store(config.database.path, readonly=True)
            if reader.counts()["deliveries_pending"] == 0:
                break
        stop.set()
        await task
        pending = reader.counts()["deliveries_pending"] if reader else -1
        if reader:
            reader.close()
    await runner.cleanup()

    expected = {s["url"] for s in samples if s.get("labels")}
    decoys = {s["url"] for s in samples if not s.get("labels")}
    print(
        f"demo: {len(alerted & expected)} of {len(expected)} event articles alerted; "
        f"{len(alerted & decoys)} of {len(decoys)} decoys alerted"
        + (f"; {pending} deliveries still pending (is the broker up?)" if pending else ""),
        file=out,
    )
    return 0 if alerted & expected == expected and not alerted & decoys else 1


def run_demo(*, mqtt_url: str | None = None, verbose: bool = False) -> int:
    import logging

    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, stream=sys.stderr)
    return asyncio.run(_demo(mqtt_url, sys.stdout))
