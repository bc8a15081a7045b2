"""One alert per event, end to end: three feeds report the same move in three languages."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.broker import Broker
from tests.configs import build_config, mqtt_sink, webhook_sink, write_config
from tests.conftest import FeedItem, FeedServer, HookReceiver, Subscriber, db_counts
from tests.test_daemon import OLD, running, until
from tests.test_faults_delivery import SLOW_RETRY

EN = FeedItem(
    "en-1",
    "OpenAI researcher Jason Wei leaves for Meta",
    "Jason Wei, who worked on OpenAI's reasoning models, is joining Meta's new superintelligence lab, people familiar with the move said.",
    "https://wire.example/wei",
)
DA = FeedItem(
    "da-1",
    "Jason Wei forlader OpenAI og skifter til Meta",
    "Forskeren Jason Wei forlader OpenAI for at slutte sig til Meta, oplyser kilder med kendskab til sagen.",
    "https://avis.example/wei",
)
IT = FeedItem(
    "it-1",
    "Jason Wei lascia OpenAI per Meta con un pacchetto da 300 milioni di dollari",
    "Il ricercatore Jason Wei passa da OpenAI a Meta: secondo fonti vicine all'operazione, l'offerta vale fino a 300 milioni di dollari in quattro anni.",
    "https://giornale.example/wei",
)
OTHER = FeedItem(
    "en-2",
    "OpenAI researcher Hyung Won Chung leaves for Meta",
    "Hyung Won Chung, who worked on OpenAI's reasoning models, is joining Meta's new superintelligence lab, people familiar with the move said.",
    "https://wire.example/chung",
)


async def test_same_event_in_three_languages_is_one_alert_and_one_update(
    tmp_path: Path,
    feed_server: FeedServer,
    hooks: HookReceiver,
    broker: Broker,
    subscriber: Subscriber,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    now = time.time()
    for name in ("en", "da", "it"):
        feed_server.feeds[name] = [OLD]
    sinks = [mqtt_sink(broker, subscriber.prefix), webhook_sink(hooks.url)]
    config = build_config(
        tmp_path, [feed_server.url(n) for n in ("en", "da", "it")], sinks, delivery=SLOW_RETRY
    )
    async with running(config) as daemon:
        await until(lambda: daemon.polls >= 3 and not daemon._inflight)
        # minutes apart by their dates; one after the other by arrival
        feed_server.feeds["en"] = [FeedItem(EN.guid, EN.title, EN.text, EN.link, now - 600), OLD]
        await hooks.wait_for(1)
        feed_server.feeds["da"] = [FeedItem(DA.guid, DA.title, DA.text, DA.link, now - 420), OLD]
        # entries: the shared old story once, EN, DA
        await until(lambda: db_counts(config.database.path).get("entries") == 3)
        feed_server.feeds["it"] = [FeedItem(IT.guid, IT.title, IT.text, IT.link, now - 240), OLD]
        await hooks.wait_for(2)
        feed_server.feeds["en"] = [
            OTHER,
            FeedItem(EN.guid, EN.title, EN.text, EN.link, now - 600),
            OLD,
        ]
        await hooks.wait_for(3)
        await subscriber.wait_alerts(3)
        polls = daemon.polls
        await until(lambda: daemon.polls >= polls + 3)
    messages = subscriber.alerts()
    posts = [h.json for h in hooks.received]
    for got in (messages, posts):
        wei = [m for m in got if "Jason Wei" in m["entities"]["people"]]
        assert [m["kind"] for m in wei] == ["alert", "update"]
        assert len({m["event_id"] for m in wei}) == 1
        assert wei[1]["changes"].get("amount_usd") == 300_000_000
        assert [s["url"] for s in wei[1]["sources"]] == [EN.link, DA.link, IT.link]
        assert len({m["id"] for m in got}) == len(got) == 3  # the colleague's move is its own event
    # the log names each alert and its event where it is written and where it is delivered
    lines = [r.getMessage() for r in caplog.records]
    first, update = [m for m in messages if "Jason Wei" in m["entities"]["people"]]
    ids = f"{first['id']} (event {first['event_id']})"
    assert any(f": alert {ids} for entry {EN.guid}" in line for line in lines)
    assert any(f": update {update['id']} (event {first['event_id']})" in line for line in lines)
    for sink in ("bus", "desk"):
        assert any(
            re.fullmatch(rf"sink {sink}: delivered alert {re.escape(ids)}", x) for x in lines
        )
    cfg = write_config(tmp_path)  # the same database, for the CLI
    listed = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "watcher", "events", "-c", str(cfg)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.returncode == 0
    events = {e["key"]: e for e in map(json.loads, listed.stdout.splitlines())}
    wei = events["departure:jason-wei:openai>meta"]
    assert wei["sources"] == 3 and wei["amount_usd"] == 300_000_000
    assert wei["categories"] == ["departure", "offer"]
    assert events["departure:chung-hyung-won:openai>meta"]["sources"] == 1
