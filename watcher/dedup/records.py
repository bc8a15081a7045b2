"""The records of event linking: what an entry says happened, a recent event, a decision.

Plain frozen dataclasses (stdlib and `names.slug` only), so the storage side and the
decision can use them without loading the classifier.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from watcher.dedup.names import slug
from watcher.models import Match

WINDOW = timedelta(days=14)
Kind = Literal["new", "update", "duplicate", "none"]


@dataclass(frozen=True, slots=True)
class EventSignature:
    """What an entry says happened: the inputs of the merge rules (see module docstring)."""

    category: str
    categories: frozenset[str]
    people: tuple[str, ...] = ()  # person keys of the subject, sorted
    orgs: tuple[str, ...] = ()  # org keys, sorted
    from_org: str | None = None
    to_org: str | None = None
    amount_usd: int | None = None
    amount_floor: bool = False  # the amount is a magnitude's floor ("nine-figure"), no sum
    targets: tuple[str, ...] = ()  # startups: acqui-hire targets, newly formed labs
    strong: bool = False
    names: tuple[str, ...] = ()  # capitalised Latin words of title+text, as name tokens
    title_names: tuple[str, ...] = ()  # the same, of the title only
    written: tuple[str, ...] = ()  # consonant skeletons of names written in kana/hangul
    spoken: tuple[str, ...] = ()  # loose skeletons of possible names in any alphabet
    han: str = ""  # the Chinese characters of title and lead, in pinyin (names.han_reading)
    others: tuple[str, ...] = ()  # person keys of the other people its clauses name
    background: tuple[str, ...] = ()  # ... and of those named in relative clauses only
    leaders: tuple[str, ...] = ()  # person keys of the organisations' voices it names

    @property
    def key(self) -> str:
        """`departure:jason-wei:openai>meta`: a readable key (not unique by itself)."""
        who = "+".join(slug(p) for p in self.people) or "+".join(self.targets)
        where = f"{self.from_org or '?'}>{self.to_org or '?'}"
        return ":".join(p for p in (self.category, who, where) if p and p != "?>?")

    def to_json(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["categories"] = sorted(self.categories)
        return doc

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> EventSignature:
        fields = dict(doc)
        fields["categories"] = frozenset(fields["categories"])
        for name in (
            "people",
            "orgs",
            "targets",
            "names",
            "title_names",
            "written",
            "spoken",
            "others",
            "background",
            "leaders",
        ):
            fields[name] = tuple(fields.get(name) or ())
        return cls(**fields)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A recent event: its merged signature, when it was seen, its sources' fingerprints."""

    id: str
    signature: EventSignature
    first_seen: datetime
    last_seen: datetime
    fingerprints: tuple[bytes, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with an entry: open an event, update one, or add a silent source."""

    kind: Kind
    event_id: str | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Classified:
    """What the worker found in one entry: its matches and, if any, its event identity."""

    matches: list[Match]
    signature: EventSignature | None = None
    fingerprint: bytes = b""
