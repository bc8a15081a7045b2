"""The one owner of the wire payload: a classified entry and its event -> an alert.

Pure functions over typed records; everything they need (including `now`) comes in as
arguments. The payload is a versioned wire schema (`watcher.alert/v1`, described by
`watcher/schema/alert.v1.json`), not the internal model; changing it means a new schema
version. Routing (`wants`) reads the typed record, never the payload.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

from .models import Alert, Entry, EventRef, Feed, Match
from .redact import redact_url

SCHEMA = "watcher.alert/v1"


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def public_url(feed: Feed) -> str:
    """The feed's URL as alerts show it: `public_url` when set, else credentials blanked
    (a paid feed's `?apikey=` must not travel to every sink)."""
    return feed.public_url or redact_url(feed.url)


def alert_id(entry: Entry) -> str:
    """The alert's stable id: the same entry always yields the same id (the idempotency key)."""
    digest = hashlib.sha256(f"{entry.feed_id}\x00{entry.guid}".encode()).hexdigest()
    return f"alrt_{digest[:32]}"


def build_alert(
    entry: Entry,
    matches: Sequence[Match],
    feed: Feed,
    *,
    now: datetime,
    key: str,
    event: EventRef | None = None,
) -> Alert:
    """The alert for an entry that matched at least one category.

    `key` is the readable event key; `event` (when the entry was linked to one) adds
    `event_id`, `kind`, `changes` and all the event's `sources`.
    """
    if not matches:
        raise ValueError("an alert needs at least one match")
    ranked = sorted(matches, key=lambda m: -m.score)
    top = ranked[0]
    ents = top.entities
    published = entry.published if entry.published and entry.published <= now else now
    aid = alert_id(entry)
    payload: dict[str, object] = {
        "schema": SCHEMA,
        "id": aid,
        "event_key": key,
        "categories": [m.category for m in ranked],
        "score": round(top.score, 3),
        "scores": {m.category: round(m.score, 3) for m in ranked},
        "title": entry.title,
        "url": entry.url,
        "lang": top.lang or entry.lang,
        "published": iso(published),
        "detected_at": iso(now),
        "feed": {"id": feed.id, "title": feed.title, "url": public_url(feed)},
        "entities": {
            "people": list(ents.people),
            "movers": list(ents.movers),
            "orgs": list(ents.orgs),
            "from_org": ents.from_org,
            "to_org": ents.to_org,
            "amount_usd": ents.amount_usd,
            "amount_is_lower_bound": ents.amount_is_lower_bound,
        },
        "evidence": [
            {"category": ev.category, "pattern": ev.pattern, "text": ev.text[:500]}
            for m in ranked
            for ev in m.evidence[:3]
        ],
        "sources": [{"url": entry.url, "feed": feed.id}],
    }
    if event is not None:
        payload["event_id"] = event.id
        payload["kind"] = event.kind
        if event.kind == "update":
            payload["changes"] = event.changes
        payload["sources"] = [
            {"url": s.url, "feed": s.feed_id, "lang": s.lang, "title": s.title}
            for s in event.sources
        ]
    return Alert(
        id=aid,
        event_key=key,
        categories=tuple(m.category for m in ranked),
        score=top.score,
        payload=payload,
        scores={m.category: round(m.score, 3) for m in ranked},
    )


def wants(categories: Sequence[str], min_score: float, alert: Alert) -> bool:
    """Whether a sink with these filters takes this alert."""
    return any(c in categories and alert.scores.get(c, 0.0) >= min_score for c in alert.categories)
