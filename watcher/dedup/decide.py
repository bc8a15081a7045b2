"""Decide whether a classified entry is a new event, or another source of a known one.

Pure functions: no I/O, `now` comes in as an argument. The entry's signature is built in
the worker (`signature.py`); the unit of work (`watcher.ingest`) reads the candidates from
the store, calls `decide` inside its write transaction and records the outcome.

An entry is reduced to an `EventSignature` (categories, the people it is about, the
organisations through the alias table, the direction of the move, the amount, the
startups involved) and a `story_fingerprint` (MinHash over word shingles). `decide`
compares it with the candidate events seen within the window (default 14 days).

Merge rules, in order of precedence (the first rule that applies wins):

1. No category -> "none" (nothing to alert on, nothing recorded).
2. A candidate outside the window (by its first and last source) is never matched.
3. Different people never merge: when both sides name people that can be compared
   (same script, Latin against kana/hangul through a consonant skeleton, Chinese
   names in pinyin) and the sets differ, the candidate is rejected. The people
   compared are the subject (see `_subject`: the headline's people, else a roundup's,
   else the lead sentence's, background left out). A person counts as named on the
   other side when extracted there (in any script), or written out in its headline
   (anywhere in its text when it extracted nobody). The only exception: two
   acqui-hires of the same startup (rule 7).
4. A contradicting direction never merges (except between two acqui-hires, whose
   direction the extractor often reverses): both name a destination and the two
   differ; both name an origin, the two differ and one side never mentions the
   other's; or one side leaves the organisation the other joins ("ousted by OpenAI" /
   "returns to OpenAI"). (Same person, two moves -> two events.)
5. Story near-duplicate: MinHash similarity with any source of the candidate at or
   above `STORY_THRESHOLD` -> match, even when the signature is weak (syndicated or
   lightly edited copies attach to the first entry's event).
6. Same people (rule 3 says "same") and the main category of one side among the
   other's categories -> match.
7. Same target: both are acqui-hires of the same startup, or both lab formations of
   the same lab. Targets are read from the headline: startups and labs of the
   organisation table, quoted names (transliterated), and for acqui-hires a company
   the table does not know but the article names twice.
8. Corroborated weak key (no comparable people): categories overlap, the same set of
   organisations, and the same amount (within 5 %) -> match, but only when exactly
   one candidate qualifies. Organisations alone (no person, no amount) never merge:
   such entries rely on rule 5, and two alerts are preferred to a wrong merge.

Among matching candidates the highest rule wins (5 > 6 > 7 > 8), then the higher
story similarity, then the older event. A match is an "update" when the entry adds a
fact the event lacked (an amount, an origin or destination, another category), else a
"duplicate" (recorded silently). No match -> "new".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from watcher.dedup.fingerprint import STORY_THRESHOLD, story_similarity
from watcher.dedup.names import comparable, same_person, script, skeleton
from watcher.dedup.records import WINDOW, Candidate, Decision, EventSignature


def _compatible_org(a: str, b: str) -> bool:
    """Same organisation, or one names a unit of the other (`google` / `google-deepmind`)."""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def _covered(person: str, other: EventSignature) -> bool:
    """The other side names this person: extracted, or written out in full in its title
    (or anywhere in its text when it found nobody: the extractor missed the names)."""
    if any(same_person(person, p) for p in other.people):
        return True
    tokens = person.split()
    if len(tokens) < 2:
        return False
    if set(tokens) <= set(other.title_names if other.people else other.names):
        return True
    if not other.written or script(person) != "latin":
        return False
    pair = skeleton(person)
    return len(pair) == 2 and all(pair) and " ".join(pair) in other.written


def _people(a: EventSignature, b: EventSignature) -> str:
    """ "same", "different" or "unknown" (nothing comparable) for two signatures."""
    if not a.people and not b.people:
        return "unknown"
    ours = [(p, _covered(p, b)) for p in a.people]
    theirs = [(p, _covered(p, a)) for p in b.people]
    if any(c for _, c in ours + theirs) and all(
        c or not any(comparable(p, q) for q in other.people)
        for side, other in ((ours, b), (theirs, a))
        for p, c in side
    ):
        return "same"
    if not a.people or not b.people:
        return "unknown"
    if not any(comparable(x, y) for x in a.people for y in b.people):
        return "unknown"
    return "different"


def _unmentioned(org: str, orgs: Sequence[str]) -> bool:
    return not any(_compatible_org(org, o) for o in orgs)


def _conflict(a: EventSignature, b: EventSignature) -> bool:
    """Rule 4: the two sides describe moves in different directions.

    Both name a destination and the two differ; or both name an origin, the two differ
    and one side never mentions the other's at all (origins are often misread: "the
    ChatGPT maker", a former employer in passing); or one side leaves the organisation
    the other joins. A fact only one side has is news (an update), not a contradiction.
    """
    if a.to_org and b.to_org and not _compatible_org(a.to_org, b.to_org):
        return True
    if a.from_org and b.from_org and not _compatible_org(a.from_org, b.from_org):
        if _unmentioned(a.from_org, b.orgs) or _unmentioned(b.from_org, a.orgs):
            return True
    # one leaves the place the other joins: "removed by OpenAI" / "returns to OpenAI"
    for origin, target in ((a.from_org, b.to_org), (b.from_org, a.to_org)):
        if origin and target and _compatible_org(origin, target):
            return True
    return False


def _close(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.05 * max(a, b)


def _joined(keys: Iterable[str]) -> set[str]:
    """`sakana-ai` and `sakanaai` (transliterated from サカナAI) compare equal."""
    return {k.replace("-", "") for k in keys}


def _rule(sig: EventSignature, fp: bytes, cand: Candidate) -> tuple[int, float]:
    """(rule strength 0–4, story similarity); 0 = no match. See the module docstring."""
    ev = cand.signature
    people = _people(sig, ev)
    both_acq = "acquihire" in sig.categories and "acquihire" in ev.categories
    both_lab = "lab_formation" in sig.categories and "lab_formation" in ev.categories
    same_target = (both_acq or both_lab) and bool(_joined(sig.targets) & _joined(ev.targets))
    if people == "different" and not (both_acq and same_target):
        return 0, 0.0
    moves = "departure" in sig.categories and "departure" in ev.categories
    if moves and not both_acq and _conflict(sig, ev):
        return 0, 0.0
    sim = max((story_similarity(fp, f) for f in cand.fingerprints), default=0.0)
    if sim >= STORY_THRESHOLD:
        return 4, sim
    if not sig.categories & ev.categories:
        return 0, sim
    if people == "same" and (sig.category in ev.categories or ev.category in sig.categories):
        return 3, sim
    if same_target:
        return 2, sim
    if people == "unknown" and sig.orgs and sig.orgs == ev.orgs:
        if _close(sig.amount_usd, ev.amount_usd):
            return 1, sim
    return 0, sim


def _changes(sig: EventSignature, ev: EventSignature) -> dict[str, Any]:
    """The facts this entry adds to the event."""
    out: dict[str, Any] = {}
    if sig.amount_usd is not None and ev.amount_usd is None:
        out["amount_usd"] = sig.amount_usd
    if sig.from_org and not ev.from_org:
        out["from_org"] = sig.from_org
    if sig.to_org and not ev.to_org:
        out["to_org"] = sig.to_org
    added = sorted(sig.categories - ev.categories)
    if added:
        out["categories"] = added
    return out


def in_window(cand: Candidate, now: datetime, window: timedelta) -> bool:
    """Rule 2: the entry falls within `window` of the event's first..last source."""
    return cand.first_seen - window <= now <= cand.last_seen + window


def decide(
    signature: EventSignature | None,
    fingerprint: bytes,
    candidates: Iterable[Candidate],
    *,
    now: datetime,
    window: timedelta = WINDOW,
) -> Decision:
    """Apply the merge rules (module docstring) to one entry against recent events."""
    if signature is None:
        return Decision("none")
    scored: list[tuple[int, float, datetime, Candidate]] = []
    for cand in candidates:
        if not in_window(cand, now, window):
            continue
        strength, sim = _rule(signature, fingerprint, cand)
        if strength:
            scored.append((strength, sim, cand.first_seen, cand))
    if not scored:
        return Decision("new", rule="no match")
    scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
    strength, _, _, best = scored[0]
    if strength == 1 and sum(1 for s in scored if s[0] == 1) > 1:
        return Decision("new", rule="ambiguous weak key")
    changes = _changes(signature, best.signature)
    names = {4: "story", 3: "people", 2: "target", 1: "orgs+amount"}
    return Decision("update" if changes else "duplicate", best.id, changes, names[strength])


def merge(ev: EventSignature, sig: EventSignature) -> EventSignature:
    """The event's signature after a source joined it: missing facts filled in."""
    return EventSignature(
        category=ev.category,
        categories=ev.categories | sig.categories,
        people=ev.people or sig.people,
        orgs=tuple(sorted(set(ev.orgs) | set(sig.orgs))),
        from_org=ev.from_org or sig.from_org,
        to_org=ev.to_org or sig.to_org,
        amount_usd=ev.amount_usd if ev.amount_usd is not None else sig.amount_usd,
        targets=tuple(sorted(set(ev.targets) | set(sig.targets))),
        strong=ev.strong or sig.strong,
        names=tuple(sorted(set(ev.names) | set(sig.names))),
        title_names=tuple(sorted(set(ev.title_names) | set(sig.title_names))),
        written=tuple(sorted(set(ev.written) | set(sig.written))),
    )
