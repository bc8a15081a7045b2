"""Prometheus metrics of one daemon, on a registry of its own (never the global one).

Counters and histograms are updated where things happen (polls, parses, deliveries);
gauges that describe the database (outbox backlog, dead letters, feeds failing) are
refreshed from it when `/metrics` is scraped, so they are right after a restart too.
Labels are sink names and feed ids: never a URL, never a secret. Feeds removed from
the configuration disappear from the per-feed series.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    gc_collector,
    generate_latest,
    platform_collector,
    process_collector,
)

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_SECONDS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    """Every series watcher exports; `render()` gives the exposition text."""

    def __init__(self) -> None:
        r = self.registry = CollectorRegistry(auto_describe=True)
        process_collector.ProcessCollector(registry=r)
        platform_collector.PlatformCollector(registry=r)
        gc_collector.GCCollector(registry=r)
        self.polls = Counter(
            "watcher_polls", "Feed polls by outcome (ok, not_modified, error)", ["outcome"],
            registry=r,
        )  # fmt: skip
        self.fetch_seconds = Histogram(
            "watcher_fetch_duration_seconds", "Time to fetch a feed", buckets=_SECONDS, registry=r
        )
        self.parse_seconds = Histogram(
            "watcher_parse_duration_seconds", "Time to parse a feed", buckets=_SECONDS, registry=r
        )
        self.classify_seconds = Histogram(
            "watcher_classify_duration_seconds",
            "Time to classify the new entries of one poll",
            buckets=_SECONDS,
            registry=r,
        )
        self.entries_new = Counter(
            "watcher_entries_new", "Entries seen for the first time", registry=r
        )
        self.alerts = Counter(
            "watcher_alerts", "Alerts written, by category", ["category"], registry=r
        )
        self.deliveries = Counter(
            "watcher_deliveries",
            "Delivery outcomes by sink (delivered, failed, dead)",
            ["sink", "outcome"],
            registry=r,
        )
        self.backlog = Gauge(
            "watcher_outbox_pending", "Deliveries waiting, by sink", ["sink"], registry=r
        )
        self.oldest = Gauge(
            "watcher_outbox_oldest_pending_age_seconds",
            "Age of the oldest waiting delivery, by sink (0 when none)",
            ["sink"],
            registry=r,
        )
        self.dead = Gauge("watcher_dead_letters", "Dead deliveries, by sink", ["sink"], registry=r)
        self.sink_ready = Gauge(
            "watcher_sink_ready", "1 while the sink can send (connected)", ["sink"], registry=r
        )
        self.sink_last_success = Gauge(
            "watcher_sink_last_success_timestamp_seconds",
            "When the sink last acknowledged a delivery",
            ["sink"],
            registry=r,
        )
        self.feeds = Gauge("watcher_feeds", "Configured feeds", registry=r)
        self.feeds_failing = Gauge(
            "watcher_feeds_failing", "Configured feeds whose last poll failed", registry=r
        )
        self.feed_last_success = Gauge(
            "watcher_feed_last_success_timestamp_seconds",
            "When each configured feed was last polled successfully",
            ["feed"],
            registry=r,
        )

    # -- called where things happen ----------------------------------------------------

    def poll(self, outcome: str) -> None:
        self.polls.labels(outcome).inc()

    def delivery(self, sink: str, outcome: str, count: int = 1) -> None:
        self.deliveries.labels(sink, outcome).inc(count)

    def alerted(self, categories: Iterable[str]) -> None:
        for category in categories:
            self.alerts.labels(category).inc()

    # -- refreshed from the database at scrape time ----------------------------------

    def refresh(
        self,
        *,
        now: float,
        sinks: Mapping[str, bool],
        sink_stats: Mapping[str, Mapping[str, Any]],
        feeds: Iterable[Mapping[str, Any]],
        configured: Iterable[str],
    ) -> None:
        """Set the gauges: `sinks` maps each configured sink to whether it is ready."""
        for name, ready in sinks.items():
            stats = sink_stats.get(name, {})
            self.sink_ready.labels(name).set(int(ready))
            self.backlog.labels(name).set(stats.get("pending") or 0)
            self.dead.labels(name).set(stats.get("dead") or 0)
            oldest = stats.get("oldest_pending_at")
            self.oldest.labels(name).set(max(0.0, now - oldest) if oldest else 0.0)
            if stats.get("last_delivered_at"):
                self.sink_last_success.labels(name).set(stats["last_delivered_at"])
        wanted = set(configured)
        mine = [f for f in feeds if f["id"] in wanted]
        self.feeds.set(len(wanted))
        self.feeds_failing.set(sum(1 for f in mine if f["failures"]))
        self.feed_last_success.clear()
        for f in mine:
            if f["last_ok_at"]:
                self.feed_last_success.labels(f["id"]).set(f["last_ok_at"])

    def render(self) -> bytes:
        return generate_latest(self.registry)
