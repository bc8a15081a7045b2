"""Probes, /health and /metrics (issue 12, items 4 and 5) on a running daemon.

/livez answers while the process lives, whatever the sinks do; /readyz once the
database is open and the scheduler runs; /health explains, component by component,
why the daemon is ok, degraded or failing; /metrics is prometheus-client's exposition
of the daemon's own registry.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp

from tests.broker import free_port
from tests.configs import build_config, webhook_sink
from tests.conftest import FeedServer, HookReceiver, moves
from tests.test_daemon import running, until
from watcher.config import Config
from watcher.daemon import Daemon
from watcher.health import Limits, SinkView, assess
from watcher.models import Alert, Entry
from watcher.sinks.base import MemorySink
from watcher.store import NewEntry, Store


def with_web(config: Config, **web: Any) -> tuple[Config, str]:
    port = free_port()
    config = config.model_copy(
        update={"web": config.web.model_copy(update={"enabled": True, "port": port, **web})}
    )
    return config, f"http://127.0.0.1:{port}"


async def get(base: str, path: str) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as http, http.get(base + path) as resp:
        if resp.content_type == "application/json":
            return resp.status, await resp.json()
        return resp.status, await resp.text()


def removed_feed(path: Path) -> None:
    """A feed the configuration no longer lists, failing since long ago."""
    store = Store(path)
    store.ensure_feed("gone", "http://127.0.0.1:9/gone", "Removed")
    store.record_failure("gone", now=1.0, error="HTTP 500", next_poll_at=2.0)
    store.close()


async def test_healthy_daemon_is_ok_live_and_ready(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    feed_server.feeds["a"] = moves(2)
    config, base = with_web(
        build_config(
            tmp_path,
            [feed_server.url("a")],
            [webhook_sink(hooks.url)],
            polling={"alert_on_first_poll": True},
        )
    )
    removed_feed(config.database.path)
    async with running(config):
        await hooks.wait_for(2, timeout=15)
        await until(lambda: len(_delivered(config)) == 2)
        assert (await get(base, "/livez"))[0] == 200
        status, ready = await get(base, "/readyz")
        assert status == 200 and ready["database"] and ready["scheduler"]
        status, health = await get(base, "/health")
        status_metrics, metrics = await get(base, "/metrics")
    assert status == 200 and health["status"] == "ok", health["reasons"]
    desk = health["sinks"]["desk"]
    assert desk["state"] == "ok" and desk["pending"] == 0 and desk["dead"] == 0
    assert desk["last_success"] is not None and desk["last_error"] is None
    assert health["feeds"]["configured"] == 1 and health["feeds"]["failing"] == []
    assert health["feeds"]["last_successful_poll"] is not None

    assert status_metrics == 200
    for line in (
        "# HELP watcher_polls_total Feed polls by outcome",
        'watcher_polls_total{outcome="ok"}',
        "watcher_fetch_duration_seconds_bucket{",
        "watcher_parse_duration_seconds_count",
        "watcher_classify_duration_seconds_count",
        "watcher_entries_new_total 2.0",
        'watcher_alerts_total{category="departure"} 2.0',
        'watcher_deliveries_total{outcome="delivered",sink="desk"} 2.0',
        'watcher_outbox_pending{sink="desk"} 0.0',
        'watcher_dead_letters{sink="desk"} 0.0',
        "watcher_feeds 1.0",
        "watcher_feeds_failing 0.0",  # the removed, failing feed is not counted
        'watcher_feed_last_success_timestamp_seconds{feed="feed0"}',
        "process_cpu_seconds_total",
    ):
        assert line in metrics, line
    assert 'feed="gone"' not in metrics


def _delivered(config: Config) -> list[Any]:
    store = Store(config.database.path, readonly=True)
    try:
        return store.list_deliveries(state="delivered")
    finally:
        store.close()


async def test_failing_sinks_and_feeds_degrade_but_never_kill_liveness(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    """Issue 12: /health was 200 with every feed failing and 503 with the broker down."""
    feed_server.feeds["a"] = moves(1)
    hooks.script = [500] * 1000
    absent_broker = {"type": "mqtt", "name": "bus", "url": f"mqtt://127.0.0.1:{free_port()}"}
    config, base = with_web(
        build_config(
            tmp_path,
            [feed_server.url("a"), feed_server.url("missing")],  # the second one is a 404
            [webhook_sink(hooks.url), absent_broker],
            polling={"alert_on_first_poll": True},
            delivery={"base_delay": 0.1, "max_delay": 0.2},
        ),
        sink_failing_after=0.5,
    )
    async with running(config):
        await hooks.wait_for(3, timeout=15)
        await asyncio.sleep(0.6)  # longer than sink_failing_after
        assert (await get(base, "/livez"))[0] == 200
        assert (await get(base, "/readyz"))[0] == 200
        status, health = await get(base, "/health")
        _, metrics = await get(base, "/metrics")
    assert status == 200 and health["status"] == "degraded"
    desk, bus = health["sinks"]["desk"], health["sinks"]["bus"]
    assert desk["state"] == "degraded" and desk["pending"] == 1
    assert desk["oldest_pending_age"] is not None and desk["last_error"].startswith("HTTP 500")
    assert desk["failing_for"] >= 0.5
    assert bus["state"] == "degraded" and bus["ready"] is False
    assert [f["id"] for f in health["feeds"]["failing"]] == ["feed1"]
    reasons = " | ".join(health["reasons"])
    assert "sink desk: failing for" in reasons and "sink bus: not connected" in reasons
    assert "1 of 2 feeds failing" in reasons
    assert 'watcher_outbox_pending{sink="desk"} 1.0' in metrics
    assert 'watcher_deliveries_total{outcome="failed",sink="desk"}' in metrics
    assert 'watcher_sink_ready{sink="bus"} 0.0' in metrics
    assert "watcher_feeds_failing 1.0" in metrics
    assert 'watcher_polls_total{outcome="error"}' in metrics


async def test_a_dead_letter_degrades(tmp_path: Path) -> None:
    config, base = with_web(build_config(tmp_path))
    store = Store(config.database.path)
    store.ensure_feed("f", "http://x/f", None)
    alert = Alert("alrt_x", "k", ("departure",), 0.9, {"id": "alrt_x", "title": "t"})
    store.record_poll(
        "f",
        now=1.0,
        next_poll_at=2.0,
        etag=None,
        last_modified=None,
        entries=[NewEntry(Entry("f", "g", None, "t", ""), alert, ("mem",))],
    )
    store.mark_failed(
        store.list_deliveries()[0].id, error="HTTP 400", next_attempt_at=1.0, dead=True
    )
    store.close()
    daemon = Daemon(config, extra_sinks=[MemorySink("mem")])
    stop = asyncio.Event()
    task = asyncio.create_task(daemon.run(stop))
    await asyncio.wait_for(daemon.started.wait(), 20)
    try:
        status, health = await get(base, "/health")
        _, metrics = await get(base, "/metrics")
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)
    assert status == 200 and health["status"] == "degraded"
    assert health["sinks"]["mem"]["dead"] == 1 and health["sinks"]["mem"]["state"] == "degraded"
    assert health["reasons"] == ["sink mem: 1 dead letters"]
    assert 'watcher_dead_letters{sink="mem"} 1.0' in metrics


def test_assess_stale_polls_and_failing_states() -> None:
    """The verdict's rules, table-driven (pure: `now` is given)."""
    feeds = [{"id": "a", "title": None, "failures": 0, "last_error": None, "last_ok_at": 1000.0}]
    base: dict[str, Any] = dict(
        started_at=0.0, sinks=[SinkView("s", True)], sink_stats={}, feeds=feeds,
        configured={"a": 100.0}, limits=Limits(sink_failing_after=60, stale_after_polls=3),
    )  # fmt: skip
    ok = assess(now=1299.0, database_ok=True, scheduling=True, **base)
    assert ok["status"] == "ok" and ok["reasons"] == []
    stale = assess(now=1301.0, database_ok=True, scheduling=True, **base)
    assert stale["status"] == "degraded"
    assert stale["reasons"] == ["no successful poll for more than 300s"]
    never = assess(now=301.0, database_ok=True, scheduling=True, **{**base, "feeds": []})
    assert never["reasons"] == ["no successful poll for more than 300s"]
    young = {**base, "sinks": [SinkView("s", True, failing_since=1250.0, last_error="HTTP 502")]}
    assert assess(now=1299.0, database_ok=True, scheduling=True, **young)["status"] == "ok"
    old = {**base, "sinks": [SinkView("s", True, failing_since=1200.0, last_error="HTTP 502")]}
    assert assess(now=1299.0, database_ok=True, scheduling=True, **old)["reasons"] == [
        "sink s: failing for 99s"
    ]
    assert assess(now=1299.0, database_ok=False, scheduling=True, **base)["status"] == "failing"
    assert assess(now=1299.0, database_ok=True, scheduling=False, **base)["status"] == "failing"


def test_grafana_dashboard_reads_only_series_the_daemon_exports() -> None:
    import json
    import re

    from watcher.metrics import Metrics

    root = Path(__file__).resolve().parents[1]
    board = json.loads((root / "config" / "grafana-watcher.json").read_text())
    exprs = [t["expr"] for p in board["panels"] for t in p["targets"]]
    used = {n for e in exprs for n in re.findall(r"\b((?:watcher|process)_[a-z_]+)", e)}
    m = Metrics()
    m.poll("ok")
    m.delivery("s", "delivered")
    m.alerted(["offer"])
    m.refresh(
        now=1.0,
        sinks={"s": True},
        sink_stats={
            "s": {"pending": 1, "dead": 0, "oldest_pending_at": 0.5, "last_delivered_at": 0.9}
        },
        feeds=[{"id": "f", "failures": 0, "last_ok_at": 0.5}],
        configured=["f"],
    )
    exported = {
        line.split("{")[0].split(" ")[0]
        for line in m.render().decode().splitlines()
        if line and not line.startswith("#")
    }
    assert used and used <= exported, sorted(used - exported)
