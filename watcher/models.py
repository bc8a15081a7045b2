"""Plain typed records passed between the pipeline stages (stdlib only).

One record type per concept: stages exchange these, never dicts with ad-hoc keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

CATEGORIES: tuple[str, ...] = ("offer", "departure", "lab_formation", "acquihire")


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed as the scheduler knows it."""

    id: str
    url: str
    title: str | None = None
    interval: float = 600.0
    tags: tuple[str, ...] = ()
    public_url: str | None = None  # what alerts show; else `url` with credentials redacted
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)  # may hold secrets


@dataclass(frozen=True, slots=True)
class FeedState:
    """What we remember about a feed between polls (conditional GET and backoff)."""

    feed_id: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    first_polled_at: datetime | None = None
    last_polled_at: datetime | None = None
    failures: int = 0
    last_error: str | None = None
    next_poll_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of one successful HTTP poll (errors are raised as FetchError)."""

    url: str
    status: int
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    permanent_url: str | None = None  # set when a 301/308 moved the feed

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True, slots=True)
class Entry:
    """One normalised feed entry.

    `guid` is the entry's stable identity within its feed: the feed's GUID, else the
    canonical link, else a hash of title and text (prefixed "sha256:").
    """

    feed_id: str
    guid: str
    url: str | None
    title: str
    text: str
    published: datetime | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    lang: str | None
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    category: str
    pattern: str
    text: str


@dataclass(frozen=True, slots=True)
class Entities:
    """Who and what an article names. `movers` are the people whose move it reports
    (subject first); `people` are all the people its headline and lead name, movers
    first, the others (who hired them, who announced it) after."""

    people: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    from_org: str | None = None
    to_org: str | None = None
    amount_usd: int | None = None
    amount_is_lower_bound: bool = False
    movers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the classifier found in one text, above threshold or not."""

    lang: str
    scores: dict[str, float]
    categories: tuple[str, ...]  # those at or above the threshold, in CATEGORIES order
    entities: Entities
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """One category an entry was classified into."""

    category: str
    score: float
    evidence: tuple[Evidence, ...]
    entities: Entities
    lang: str


@dataclass(frozen=True, slots=True)
class EventSource:
    """An entry that reported an event: its identity within watcher and its outlet."""

    feed_id: str
    guid: str
    url: str | None = None
    lang: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class EventRef:
    """The event an alert belongs to, as the wire payload tells it.

    `kind` is "alert" for an event's first report, "update" for a later one adding facts
    (`changes`); `sources` are all reports so far, oldest first.
    """

    id: str
    key: str
    kind: str
    changes: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
    sources: tuple[EventSource, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A recent event as stored: its signature (JSON text, decoded by the caller), when
    it was first and last seen, and the story fingerprints of its sources."""

    id: str
    signature: str
    first_seen: datetime
    last_seen: datetime
    fingerprints: tuple[bytes, ...] = ()


@dataclass(frozen=True, slots=True)
class EventRow:
    """The columns of an event row (a new event, or an event after a source joined it)."""

    id: str
    key: str
    category: str
    categories: tuple[str, ...]
    people: tuple[str, ...]
    from_org: str | None
    to_org: str | None
    amount_usd: int | None
    signature: str  # JSON text


@dataclass(frozen=True, slots=True)
class Alert:
    """An alert as stored and delivered; `payload` is the v1 wire document."""

    id: str
    event_key: str
    categories: tuple[str, ...]
    score: float
    payload: dict[str, object] = field(hash=False, compare=False)
    scores: dict[str, float] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to record, with the alert it caused (if any) and the sinks it goes to."""

    entry: Entry
    alert: Alert | None = None
    sinks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Delivery:
    """One row of the outbox: an alert due for one sink."""

    id: int
    alert_id: str
    sink: str
    state: str  # pending | delivered | dead
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    payload: dict[str, object] = field(hash=False, compare=False)
    categories: tuple[str, ...] = ()  # the alert's categories, highest score first
    retry_from: datetime | None = None  # first failure since queued: the retry horizon's start
