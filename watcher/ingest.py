"""One unit of work per poll: record what is new, link it to events, write its alerts.

It runs inside the store's write transaction (`Store.run`), so two reports in one poll
see each other, and an entry, its event, its alert and the alert's delivery rows are
written together or not at all:

    tx.record_poll_ok(feed)
    rows = tx.add_entries(entries)                # one batched insert; None: seen already
    for each new entry (with what the worker found in it), row not None:
        no match → done (recorded, not alerted)
        decision, event = link(tx, signature)     # dedup.decide over recent events
        duplicate → done (one more silent source of a known event)
        alert = alerts.build_alert(entry, matches, feed, event)
        tx.add_alert(alert, row, sinks that want it; updates only to update sinks)

The decision is `watcher.dedup.decide` (pure); the store only applies the outcome.
Event sources are written one by one: the next entry's decision reads the ones before.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from watcher import alerts
from watcher.dedup.decide import decide, merge
from watcher.dedup.names import match_key
from watcher.dedup.records import WINDOW, Candidate, Classified, Decision, EventSignature
from watcher.models import Alert, Entry, EventRef, EventRow, EventSource, Feed, StoredEvent
from watcher.redact import feed_name
from watcher.store.sqlite import Transaction

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Route:
    """Which alerts a sink takes: its categories, a score floor, and whether it wants
    updates (later reports of an event that add a fact)."""

    sink: str
    categories: Sequence[str]
    min_score: float = 0.0
    updates: bool = True


@dataclass(frozen=True, slots=True)
class Poll:
    """A successful poll of one feed, as it is to be recorded."""

    feed: Feed
    now: float
    next_poll_at: float
    etag: str | None
    last_modified: str | None
    new_url: str | None = None


def event_id_for(source: EventSource) -> str:
    """A new event's stable id: derived from its first source, like alert ids."""
    digest = hashlib.sha256(f"{source.feed_id}\x00{source.guid}".encode()).hexdigest()
    return f"evt_{digest[:32]}"


@lru_cache(maxsize=4096)
def _signature(text: str) -> EventSignature:
    """Decoded once per distinct stored text: a poll compares each entry with every
    recent event, and the signatures are frozen, so they can be shared."""
    return EventSignature.from_json(json.loads(text))


def _candidate(stored: StoredEvent) -> Candidate:
    return Candidate(
        stored.id,
        _signature(stored.signature),
        stored.first_seen,
        stored.last_seen,
        stored.fingerprints,
    )


def _row(event_id: str, sig: EventSignature) -> EventRow:
    return EventRow(
        id=event_id,
        key=sig.key,
        category=sig.category,
        categories=tuple(sorted(sig.categories)),
        people=sig.people,
        from_org=sig.from_org,
        to_org=sig.to_org,
        amount_usd=sig.amount_usd,
        signature=json.dumps(sig.to_json()),
    )


def link(
    tx: Transaction,
    signature: EventSignature | None,
    fingerprint: bytes,
    source: EventSource,
    *,
    now: datetime,
    window: timedelta = WINDOW,
) -> tuple[Decision, str | None]:
    """Decide an entry against the recent events and record the decision: a new event,
    or one more source of a known one. Returns the decision and the event id (None for
    an entry with no signature, which records nothing)."""
    lo, hi = (now - window).timestamp(), (now + window).timestamp()
    candidates = {e.id: _candidate(e) for e in tx.recent_events(lo=lo, hi=hi)}
    decision = decide(signature, fingerprint, candidates.values(), now=now, window=window)
    if signature is None or decision.kind == "none":
        return decision, None
    ts = now.timestamp()
    if decision.kind == "new":
        event_id = event_id_for(source)
        tx.open_event(_row(event_id, signature), now=ts)
    else:
        assert decision.event_id is not None, "update/duplicate decisions carry an event id"
        event_id = decision.event_id
        # decide only picks among the candidates: their signature is the stored one
        merged = merge(candidates[event_id].signature, signature)
        tx.update_event(_row(event_id, merged), now=ts)
    tx.add_event_source(
        event_id,
        source,
        kind=decision.kind,
        changes=decision.changes,
        fingerprint=fingerprint,
        now=ts,
    )
    return decision, event_id


def record_poll(
    tx: Transaction,
    poll: Poll,
    items: Sequence[tuple[Entry, Classified | None]],
    routes: Sequence[Route],
    *,
    window: timedelta = WINDOW,
) -> list[Alert]:
    """The unit of work of one poll (see the module docstring); returns the alerts written."""
    tx.record_poll_ok(
        poll.feed.id,
        now=poll.now,
        next_poll_at=poll.next_poll_at,
        etag=poll.etag,
        last_modified=poll.last_modified,
        new_url=poll.new_url,
    )
    when = datetime.fromtimestamp(poll.now, UTC)
    written: list[Alert] = []
    rows = tx.add_entries([entry for entry, _ in items], now=poll.now)
    for (entry, found), row in zip(items, rows, strict=True):
        if row is None or found is None or not found.matches:
            continue
        event = None
        sig = found.signature
        if sig is not None:
            source = EventSource(entry.feed_id, entry.guid, entry.url, entry.lang, entry.title)
            decision, event_id = link(tx, sig, found.fingerprint, source, now=when, window=window)
            if decision.kind == "duplicate" or event_id is None:
                log.info("entry %s: one more source of event %s", entry.guid, decision.event_id)
                continue
            kind = "update" if decision.kind == "update" else "alert"
            event = EventRef(
                event_id, sig.key, kind, decision.changes, tuple(tx.event_sources(event_id))
            )
        top = max(found.matches, key=lambda m: m.score)
        key = sig.key if sig is not None else match_key(top.category, top)
        alert = alerts.build_alert(entry, found.matches, poll.feed, now=when, key=key, event=event)
        sinks = [
            r.sink
            for r in routes
            if alerts.wants(r.categories, r.min_score, alert)
            and (event is None or event.kind != "update" or r.updates)
        ]
        tx.add_alert(alert, row, sinks, now=poll.now)
        log.info(
            "feed %s: %s %s (event %s) for entry %s, to %s",
            feed_name(poll.feed),
            "update" if event is not None and event.kind == "update" else "alert",
            alert.id,
            event.id if event is not None else "-",
            entry.guid,
            ", ".join(sinks) or "no sink",
        )
        written.append(alert)
    return written
