"""What /health says: per-component states and one overall verdict. Pure: `now` is given.

    failing   the database cannot be read, or the scheduler is not running
    degraded  a sink is not ready (broker down), paused (HTTP 410), has dead letters,
              or has been failing for longer than `sink_failing_after`;
              at least half of the configured feeds are failing;
              no feed was polled successfully for `stale_after_polls` × the longest
              interval (counted from start when none ever was)
    ok        otherwise

A broker being down degrades; it never makes the process look dead (/livez).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Limits:
    sink_failing_after: float = 300.0
    stale_after_polls: float = 3.0


@dataclass(frozen=True, slots=True)
class SinkView:
    """A sink as the delivery loop sees it (times in epoch seconds)."""

    name: str
    ready: bool
    paused: str | None = None
    failing_since: float | None = None
    last_error: str | None = None


def _iso(t: float | None) -> str | None:
    return None if t is None else datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _age(now: float, t: float | None) -> float | None:
    return None if t is None else round(max(0.0, now - t), 1)


def assess(
    *,
    now: float,
    started_at: float,
    database_ok: bool,
    scheduling: bool,
    sinks: Iterable[SinkView],
    sink_stats: Mapping[str, Mapping[str, Any]],
    feeds: Iterable[Mapping[str, Any]],
    configured: Mapping[str, float],
    limits: Limits = Limits(),
) -> dict[str, Any]:
    """The /health document. `configured` maps each configured feed id to its interval."""
    reasons: list[str] = []
    sink_docs: dict[str, Any] = {}
    for s in sinks:
        stats = sink_stats.get(s.name, {})
        failing_for = _age(now, s.failing_since)
        why = []
        if not s.ready:
            why.append("not connected")
        if s.paused:
            why.append(f"paused: {s.paused}")
        if stats.get("dead"):
            why.append(f"{stats['dead']} dead letters")
        if failing_for is not None and failing_for >= limits.sink_failing_after:
            why.append(f"failing for {failing_for:.0f}s")
        reasons += [f"sink {s.name}: {w}" for w in why]
        sink_docs[s.name] = {
            "state": "degraded" if why else "ok",
            "ready": s.ready,
            "pending": stats.get("pending", 0),
            "oldest_pending_age": _age(now, stats.get("oldest_pending_at")),
            "dead": stats.get("dead", 0),
            "last_success": _iso(stats.get("last_delivered_at")),
            "last_error": s.last_error,
            "failing_for": failing_for,
            "paused": s.paused,
        }
    mine = [f for f in feeds if f["id"] in configured]
    failing = [
        {"id": f["id"], "title": f["title"], "failures": f["failures"], "error": f["last_error"]}
        for f in mine
        if f["failures"]
    ]
    if configured and 2 * len(failing) >= len(configured):
        reasons.append(f"{len(failing)} of {len(configured)} feeds failing")
    last_ok = max((f["last_ok_at"] for f in mine if f["last_ok_at"]), default=None)
    if configured:
        stale = limits.stale_after_polls * max(configured.values())
        if now - (last_ok if last_ok is not None else started_at) > stale:
            reasons.append(f"no successful poll for more than {stale:.0f}s")
    if not database_ok:
        reasons.insert(0, "database cannot be read")
    if not scheduling:
        reasons.insert(0, "scheduler not running")
    status = "failing" if not (database_ok and scheduling) else "degraded" if reasons else "ok"
    return {
        "status": status,
        "reasons": reasons,
        "sinks": sink_docs,
        "feeds": {
            "configured": len(configured),
            "failing": failing,
            "last_successful_poll": _iso(last_ok),
        },
        "database": "ok" if database_ok else "unreadable",
        "scheduler": "running" if scheduling else "stopped",
    }
