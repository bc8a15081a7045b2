"""The shortcuts that keep a decision cheap (watcher/dedup/profile.py, the floor in
decide.py) answer exactly what the full comparisons answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.dedup.decide import _people, _same, decide, in_window, score
from watcher.dedup.fingerprint import story_fingerprint
from watcher.dedup.profile import may_read_alike, person, profile
from watcher.dedup.readings import mention, spoken
from watcher.dedup.records import WINDOW, Candidate, EventSignature
from watcher.dedup.weights import default_weights

NOW = datetime(2025, 7, 16, 10, 0, tzinfo=UTC)
ENDINGS = default_weights().endings

# name tokens that meet one another in many ways: a case ending ("jasona"), one letter
# of one sound ("ilja" / "ilya", "wiktor" / "viktor"), the first three letters only
# ("jas" / "jason"), and other alphabets ("илья", "ジェイソン", "제이슨")
_TOKENS = [
    "jason", "jasona", "jasonem", "jas", "jayson", "wei", "weie", "wey", "ilya", "ilja",
    "ilia", "sutskever", "sutskevera", "sutskevr", "viktor", "wiktor", "cikor", "kim",
    "zoph", "soph", "barret", "barreta", "mira", "murati", "muratin", "ben", "berg",
    "илья", "суцкевер", "ジェイソン", "ウェイ", "제이슨", "웨이", "姚顺雨", "yao", "shunyu",
]  # fmt: skip
_KEY = st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=3).map(" ".join)


@given(_KEY, _KEY)
@settings(max_examples=2000, deadline=None)
def test_keys_told_apart_cheaply_are_never_read_alike(a: str, b: str) -> None:
    if not may_read_alike(person(a), person(b)):
        assert not _same(a, b, ENDINGS)


_WORDS = ["Jason", "Wei", "Weie", "Sutskever", "Sutskevera", "Ilya", "Илья", "Суцкевер",
          "Mira", "Murati", "Muratinin", "Meta", "OpenAI", "Ben", "Berg", "Zoph"]  # fmt: skip


@given(_KEY, st.lists(st.sampled_from(_WORDS), max_size=6), st.booleans())
@settings(max_examples=2000, deadline=None)
def test_mention_read_from_a_profile_is_mention(key: str, words: list[str], strict: bool) -> None:
    heard = spoken(" ".join(words), "")
    sig = EventSignature("departure", frozenset({"departure"}), spoken=heard)
    assert profile(sig).mention(person(key), strict) == mention(key, heard, strict)


_ORG = st.sampled_from(["openai", "meta", "google", "google-deepmind"])
_ORGS = st.none() | _ORG
_CATEGORIES = ["offer", "departure", "lab_formation", "acquihire"]


@st.composite
def _signature(draw: st.DrawFn) -> EventSignature:
    categories = draw(st.sets(st.sampled_from(_CATEGORIES), min_size=1))
    people = draw(st.lists(_KEY, max_size=2))
    return EventSignature(
        category=draw(st.sampled_from(sorted(categories))),
        categories=frozenset(categories),
        people=tuple(sorted(set(people))),
        orgs=tuple(sorted(set(draw(st.lists(_ORG, max_size=2))))),
        from_org=draw(_ORGS),
        to_org=draw(_ORGS),
        amount_usd=draw(st.sampled_from([None, 0, 10**8, 2 * 10**8, 10**9])),
        targets=tuple(draw(st.lists(st.sampled_from(["sakana-ai", "adept", "inflection"]))))[:1],
        title_names=tuple(draw(st.lists(st.sampled_from(_TOKENS[:12]), max_size=3))),
        spoken=spoken(" ".join(draw(st.lists(st.sampled_from(_WORDS), max_size=4))), ""),
        others=tuple(draw(st.lists(_KEY, max_size=1))),
    )


@given(_signature(), st.lists(st.tuples(_signature(), st.integers(0, 20)), max_size=6))
@settings(max_examples=500, deadline=None)
def test_the_floor_skips_only_candidates_that_match_nothing(
    entry: EventSignature, events: list[tuple[EventSignature, int]]
) -> None:
    w = default_weights()
    fp = story_fingerprint("Jason Wei leaves OpenAI for Meta", "")
    cands = [
        Candidate(str(n), sig, NOW - timedelta(days=days), NOW - timedelta(days=days), (fp,))
        for n, (sig, days) in enumerate(events)
    ]
    scored = [(score(entry, fp, c, NOW, w), c) for c in cands if in_window(c, NOW, WINDOW)]
    keyed = [s for s in scored if s[0].key and s[0].value >= w["thresholds.merge"]]
    weak = [s for s in scored if not s[0].key and s[0].value >= w["thresholds.weak"]]
    got = decide(entry, fp, cands, now=NOW)
    if not keyed and len(weak) > 1:
        assert got.rule == "ambiguous weak key"
    elif not (keyed or weak):
        assert got.kind == "new"
    else:
        best = sorted(keyed or weak, key=lambda s: (-s[0].value, -s[0].similarity, s[1].first_seen))
        assert got.event_id == best[0][1].id


def test_people_of_a_signature_read_once() -> None:
    a = EventSignature("departure", frozenset({"departure"}), people=("jason wei",))
    b = EventSignature("departure", frozenset({"departure"}), people=("jasona weie",))
    assert profile(a) is profile(a)
    assert _people(a, b, ENDINGS) == "same"
