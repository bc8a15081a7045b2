"""What the daemon tells its operator right after it starts, and how it names a feed.

web page: http://127.0.0.1:8787/
MQTT broker 127.0.0.1:1883 (sink "bus"): reachable
first poll of 3 feeds records what they hold now; alerts start with what is published after it
next poll: f-1a2b3c (TechCrunch AI, https://techcrunch.com/…) in 42s, at 10:00:42 UTC
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from .config import Config, MqttSinkConfig
from .config_words import format_duration
from .models import Feed
from .redact import feed_name
from .sinks.base import Sink

log = logging.getLogger("watcher.daemon")

BROKER_WAIT = 3.0  # seconds to wait for a first MQTT connection before saying it failed


def web_line(config: Config) -> str:
    web = config.web
    if not web.enabled:
        return "web page: off (web.enabled = false)"
    host = "127.0.0.1" if web.host in ("0.0.0.0", "", "::") else web.host
    host = f"[{host}]" if ":" in host else host
    return f"web page: http://{host}:{web.port}/"


def first_poll_line(config: Config, new_feeds: int, next_feed: Feed | None, at: float) -> str:
    parts = []
    if new_feeds and not config.polling.alert_on_first_poll:
        parts.append(
            f"first poll of {new_feeds} new feed(s) records what they hold now;"
            " alerts start with what is published after it"
        )
    if next_feed is not None:
        wait = max(0.0, at - datetime.now(UTC).timestamp())
        clock = datetime.fromtimestamp(at, UTC).strftime("%H:%M:%S")
        parts.append(
            f"next poll: {feed_name(next_feed)} in {format_duration(round(wait))}, at {clock} UTC"
        )
    return "; ".join(parts) if parts else "no feeds to poll"


def _start_command(port: int) -> str:
    if port == 1883 and Path("config/mosquitto.conf").is_file():
        return "mosquitto -c config/mosquitto.conf"
    return f"mosquitto -p {port}"


async def report_brokers(config: Config, sinks: Sequence[Sink]) -> None:
    """Say, for each MQTT sink, whether its broker answered within a few seconds."""
    by_name = {s.name: s for s in sinks}
    for cfg in config.sinks:
        sink = by_name.get(cfg.name)
        if not isinstance(cfg, MqttSinkConfig) or sink is None:
            continue
        ready = getattr(sink, "ready", None)
        try:
            if isinstance(ready, asyncio.Event):
                await asyncio.wait_for(ready.wait(), BROKER_WAIT)
            log.info("MQTT broker %s:%d (sink %r): reachable", cfg.host, cfg.port, cfg.name)
        except TimeoutError:
            local = cfg.host in ("127.0.0.1", "localhost", "::1")
            hint = f"start one with: {_start_command(cfg.port)}" if local else "is it running?"
            log.warning(
                "MQTT broker %s:%d (sink %r): not reachable; alerts wait in the outbox until it"
                " is; %s",
                cfg.host,
                cfg.port,
                cfg.name,
                hint,
            )
