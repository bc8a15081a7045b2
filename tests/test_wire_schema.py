"""Every kind of alert payload validates against the JSON Schema the project ships
(watcher/schema/alert.v1.json), built the one way the daemon builds it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from watcher import alerts
from watcher.models import Entities, Entry, EventRef, EventSource, Evidence, Feed, Match

SCHEMA = json.loads(
    (Path(alerts.__file__).parent / "schema" / "alert.v1.json").read_text(encoding="utf-8")
)
NOW = datetime(2025, 7, 16, 10, 0, tzinfo=UTC)
ENTRY = Entry("f-1", "g-1", "https://news.example/wei", "Jason Wei leaves OpenAI for Meta", "…")
FEED = Feed("f-1", "https://news.example/feed", "Tech news")
ENTS = Entities(("Jason Wei",), ("OpenAI", "Meta"), "OpenAI", "Meta", 300_000_000, False)
MATCHES = [
    Match("departure", 0.93, (Evidence("departure", "departure.en.leave", "x" * 900),), ENTS, "en"),
    Match("offer", 0.71, (Evidence("offer", "offer.en.package", "a package"),), ENTS, "en"),
]
SOURCES = (
    EventSource("wire", "g0", "https://wire.example/wei", "en", "Jason Wei leaves OpenAI"),
    EventSource("f-1", "g-1", "https://news.example/wei", "it", None),
)
KINDS = {
    "alert without an event": None,
    "first report of an event": EventRef(
        "evt_" + "a" * 32, "departure:jason-wei", "alert", sources=SOURCES[1:]
    ),
    "update": EventRef(
        "evt_" + "a" * 32,
        "departure:jason-wei:openai>meta",
        "update",
        {"amount_usd": 300_000_000, "categories": ["offer"]},
        SOURCES,
    ),
}


def test_the_schema_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_payload_kind_validates(kind: str) -> None:
    alert = alerts.build_alert(ENTRY, MATCHES, FEED, now=NOW, key="k", event=KINDS[kind])
    errors = [e.message for e in Draft202012Validator(SCHEMA).iter_errors(alert.payload)]
    assert errors == []
    assert alert.payload["categories"] == ["departure", "offer"]


def test_the_schema_refuses_what_consumers_must_not_receive() -> None:
    alert = alerts.build_alert(ENTRY, MATCHES, FEED, now=NOW, key="k", event=KINDS["update"])
    validator = Draft202012Validator(SCHEMA)
    bad = dict(alert.payload, categories=["gossip"])
    assert not validator.is_valid(bad)
    no_changes = {k: v for k, v in alert.payload.items() if k != "changes"}
    assert not validator.is_valid(no_changes)  # an update always says what is new
    extra = dict(alert.payload, internal={"signature": "…"})
    assert not validator.is_valid(extra)  # the internal model never leaks onto the wire
