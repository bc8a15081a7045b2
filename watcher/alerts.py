"""Turn a classified entry into an alert: stable id, event key, the v1 wire payload.

Pure functions: everything they need (including `now`) comes in as arguments.
The payload is a versioned wire schema (`watcher.alert/v1`), not the internal model;
changing it means a new schema version.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime

from .models import Alert, Entry, Feed, Match

SCHEMA = "watcher.alert/v1"


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def alert_id(entry: Entry) -> str:
    """The alert's stable id: the same entry always yields the same id (the idempotency key)."""
    digest = hashlib.sha256(f"{entry.feed_id}\x00{entry.guid}".encode()).hexdigest()
    return f"alrt_{digest[:32]}"


def slug(text: str) -> str:
    """`Karén Simonyan` → `karen-simonyan`: case- and accent-insensitive, for keys."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return out or hashlib.sha256(text.encode()).hexdigest()[:12]


def event_key(category: str, match: Match) -> str:
    """`departure:jason-wei:openai>meta` — what happened, to whom, from where to where."""
    ents = match.entities
    who = slug(ents.people[0]) if ents.people else (slug(ents.orgs[0]) if ents.orgs else "")
    direction = ""
    if ents.from_org or ents.to_org:
        direction = f"{slug(ents.from_org or '?')}>{slug(ents.to_org or '?')}"
    return ":".join(p for p in (category, who, direction) if p)


def build_alert(entry: Entry, matches: Sequence[Match], feed: Feed, *, now: datetime) -> Alert:
    """The alert for an entry that matched at least one category."""
    if not matches:
        raise ValueError("an alert needs at least one match")
    ranked = sorted(matches, key=lambda m: -m.score)
    top = ranked[0]
    ents = top.entities
    published = entry.published if entry.published and entry.published <= now else now
    aid = alert_id(entry)
    key = event_key(top.category, top)
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
        "feed": {"id": feed.id, "title": feed.title, "url": feed.url},
        "entities": {
            "people": list(ents.people),
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
    return Alert(
        id=aid,
        event_key=key,
        categories=tuple(m.category for m in ranked),
        score=top.score,
        payload=payload,
    )


def wants(categories: Sequence[str], min_score: float, alert: Alert) -> bool:
    """Whether a sink with these filters takes this alert."""
    scores = alert.payload.get("scores", {})
    assert isinstance(scores, dict)
    return any(c in categories and scores.get(c, 0.0) >= min_score for c in alert.categories)
