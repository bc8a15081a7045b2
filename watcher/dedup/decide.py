"""Decide whether a classified entry is a new event, or another source of a known one.

Pure functions: no I/O, `now` comes in as an argument. The entry's signature is built in
the worker (`signature.py`); the unit of work (`watcher.ingest`) reads the candidates from
the store, calls `decide` inside its write transaction and records the outcome.

An entry is reduced to an `EventSignature` (categories, the people it is about, the
organisations through the alias table, the direction of the move, the amount, the
startups involved, the names written anywhere in it) and a `story_fingerprint` (MinHash
over word shingles). `decide` weighs it against each candidate event seen within the
window (default 14 days). One extraction slip (a direction misread, a name glued to a
word, two of three people named) must not turn one event into two alerts, so evidence
is added up rather than any single fact vetoing a merge.

Precedence:

1. No category -> "none" (nothing to alert on, nothing recorded).
2. A candidate outside the window (by its first and last source) is never matched.
3. Every other candidate gets a score: the sum of the weights of the evidence below,
   read from `seeds/dedup.toml` (each weight is commented there).
   - People (strongest). Person keys are compared exactly, across scripts (kana, hangul,
     pinyin: `names.same_person`) and through a loose consonant reading that survives
     transliteration (anyascii), declension, suffixes and glued words
     (`readings.same_reading`: "илья суцкевер" / "ilya sutskevr", "geofrey hinton
     pionir" / "geofrey hinton"), and, when a key is not in Latin letters, through the
     consonant classes every transcription keeps (`readings.same_sound`: "דניאל רוזן" /
     "ダニエル ローゼン", a person the people table does not know; also a key in Latin letters
     its report does not spell so, read from Cyrillic or Greek, with r and l kept:
     "deniel rozen" / "daniel rosen"). `same`: every person each side names is named on
     the other side (extracted, or written out in the headline or a text that extracted
     nobody); `overlap`: they share two people or more but one side names more (two of a
     group of three), and those shared are half of each side's people or more
     (fewer: a roundup naming an earlier group beside its own, `partial`); `group`:
     they share one person, one side's people are all among the other's (four at
     most), and both read the move from one origin to one destination (a group that
     moved together, told through one member); `partial`: they share one person and
     one side names more (one move of a roundup, often an event of its own:
     supporting evidence, not a key); `mentioned`: one side extracted nobody,
     but writes the other's person out in full in any alphabet, or in Chinese characters
     read in pinyin, or names them among the people it did not take for the subject;
     `cowritten`: neither side extracted anybody, but both name one person in full (the
     founder of the lab formed, the head of the unit), and they do not name two
     different labs or startups (keys ending in the same two words or more are one);
     `cowritten_group`: the same, with two people or more named in full on both sides
     (the founders, the people a unit brings together: a famous name is written in many
     reports, two together in few), not counting the organisations' leaders
     (`EventSignature.leaders`), named beside many; `named`: the people one side is
     about are exactly the other people the other side names in its clauses (not in a
     relative clause or the possessive), which took someone else for its subject (the
     one who announced the move, a misread name); `named_group`: the same, with two
     people or more (the one who leaves and the successor, named by the one who
     announced them); `crossed`: each side's people are
     among the other people the other side names (both name the same people and took
     different ones for the subject: the one who leaves, the successor); `surname`: only
     a surname is shared or written (supporting evidence, not a key); `different`: both
     name people in full in Latin letters (known people are reported so; a name left in
     hangul, kana or Chinese characters is a guess from a script without capitals), and
     neither side's people appear anywhere on the other side (outweighs even a
     near-duplicate text), unless one side is about organisations' leaders only (the
     one who hired or announced, taken for the subject: then `unknown`); `apart`: both
     name people, in alphabets that cannot be compared, and neither writes the other's
     person anywhere (enough that a weak key never joins them). Two acqui-hires of the
     same startup are not "different" by people: reports name different members of the
     team bought. A person in a script the
     other side's people cannot be compared with (`names.comparable`) does not stand in
     the way of `same`. The first relation that holds is taken, in this order: `same`,
     `overlap`, `group`, `partial`; then, when both sides extracted people, `crossed`,
     `named` (`named_group`), `different`, `surname`, `apart`; when neither did,
     `cowritten_group`, `cowritten`; else (one side did) `mentioned`, then `surname` by
     a written surname.
   - Target: both acqui-hires of the same startup, or both formations of the same lab
     (from the headline, or the lead sentence of a report that has none: startups and
     labs of the organisation table, quoted names,
     lab-shaped names, a company an acqui-hire names twice), compared with hyphens
     aside, with words read in front ("nasce-black-forest-labs"), or read alike across
     alphabets. Or, weighed less (`target.written`), one side names a target and the
     other, of the same main category, has none of its own but writes that name out
     (a headline without the startup, a lead that names it).
   - Categories: the main category of one side among the other's; else a shared one;
     else a pair one move can be told as (departure / lab formation...), weighed down;
     else incompatible, weighed down more.
   - Direction and organisations: the same destination, origin, organisation set. A
     contradiction (destinations differ; origins differ and one side never mentions the
     other's; one side leaves the organisation the other joins) counts only between two
     departures (not two acqui-hires, whose direction is often reversed), and at full
     weight only when both sides read the move at both ends; a one-ended read weighs
     less (an origin read as a destination is a common slip). Origins that differ but
     are both mentioned on both sides are no contradiction at all.
   - Amount: both state one, within 5 % (agrees) or more than twice apart.
   - Time: published the same day as a source of the event, or days apart.
   - Story text: MinHash similarity at or above `STORY_THRESHOLD` (a syndicated or
     lightly edited copy) outweighs anything short of different people; a lower
     similarity adds in proportion. It is compared last, and only while the sum so far
     plus `story.near_duplicate` could still reach a threshold (the costly part).
4. A candidate with a key (a person relation above, a shared target or a near-duplicate
   story) matches at `thresholds.merge`. Without one (organisations, direction, amount
   only) it needs `thresholds.weak` and must be the only candidate that reaches it: a
   weak key never absorbs reports of other events.

A candidate is skipped unscored when it provably reaches neither threshold: people and
story text are the costly evidence, and together they add at most the largest people
weight (`people.same`, 4.0) plus the larger story weight (`story.near_duplicate`, 6.0,
above `story.similar` times a similarity of at most 1), both read from the weights; so
when the rest (target, categories, direction, amount, time: cheap to compute) sums below
min(`thresholds.merge`, `thresholds.weak`) minus that ceiling (4.0 - 10.0 = -6.0 today,
less a rounding margin), the total cannot reach either threshold, and the candidate
would be neither a keyed nor a weak match. Each signature's people and word lists are
read once (`profile.py`), and two keys in Latin letters that cannot read alike (no
shared first three letters of a token, one letter per sound) are told apart without
reading them; neither shortcut changes a score.

A source that joins an event adds its people to the event's, except a person the
event names beside its subject (`merge`): a report that took the successor for its
subject leaves the event about the one who left.

Among matching candidates the highest score wins, then the higher story similarity,
then the older event. The decision's rule names its strongest key ("story", "people",
"target", else "corroborated"). A match is an "update" when the entry adds a fact the
event lacked (an amount, an origin or destination, another category), else a
"duplicate" (recorded silently). No match -> "new".
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from watcher.dedup.fingerprint import STORY_THRESHOLD, story_similarity
from watcher.dedup.names import person_key, same_person
from watcher.dedup.profile import READABLE, Person, Profile, comparable, may_read_alike, profile
from watcher.dedup.readings import han_mentions, loose, same_reading, same_sound
from watcher.dedup.records import WINDOW, Candidate, Decision, EventSignature
from watcher.dedup.weights import Weights, default_weights


def _compatible_org(a: str, b: str) -> bool:
    """Same organisation, or one names a unit of the other (`google` / `google-deepmind`)."""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


@lru_cache(maxsize=65536)
def _same(p: str, q: str, endings: frozenset[str]) -> bool:
    """Two person keys for one person: exactly, across scripts, or read alike; or, when
    one is not in Latin letters, transcribed from one name (`readings.same_sound`)."""
    return (
        same_person(p, q)
        or same_reading(p, q, endings)
        or (not (p + q).isascii() and same_sound(p, q))
    )


def _alike(p: Person, q: Person, endings: frozenset[str]) -> bool:
    """`_same` on read keys: two keys in Latin letters that cannot read alike are told
    apart without reading them (`profile.may_read_alike`); a key its report read from
    another alphabet ("deniel rozen" from "Деніел Розен") is also compared by sound."""
    if may_read_alike(p, q) and _same(p.key, q.key, endings):
        return True
    if not (p.read or q.read) or p.key == q.key:
        return False
    # two keys in Latin letters keep r and l as their reports wrote them
    return same_sound(p.key, q.key, liquids=(p.key + q.key).isascii())


def _covered(person: Person, other: Profile, endings: frozenset[str]) -> bool:
    """The other side names this person: extracted, or written out in full in its title
    (or anywhere in its text when it found nobody: the extractor missed the names)."""
    if any(_alike(person, p, endings) for p in other.people):
        return True
    if len(person.tokens) < 2:
        return False
    if other.listed.issuperset(person.tokens):
        return True
    if not other.written or not person.pair:
        return False
    return person.pair in other.written


def _heard(a: Profile, b: Profile, strict: bool = False) -> str:
    """The best mention of one side's people in the other side's text: "full",
    "surname" or "" (`readings.mention`)."""
    pairs = ((a, b), (b, a))
    surname = False
    for side, other in pairs:
        for p in side.people:
            found = other.mention(p, strict)
            if found == "full":
                return "full"
            surname = surname or found == "surname"
    if any(
        han_mentions(p.key, other.sig.han)
        for side, other in pairs
        if other.sig.han
        for p in side.people
    ):
        return "full"
    return "surname" if surname else ""


def _among_others(a: Profile, b: Profile, endings: frozenset[str]) -> int:
    """How many people one side is about when they are the other people the other side
    names, which chose someone else as its subject (the one who announced the move, or a
    misread name); not one of several others (a roundup naming one move among more);
    else 0. Both sides name people."""
    return max(
        (
            len(side.people)
            for side, other in ((a, b), (b, a))
            if other.others
            and all(any(_alike(p, q, endings) for q in other.others) for p in side.people)
            and all(any(_alike(q, p, endings) for p in side.people) for q in other.others)
        ),
        default=0,
    )


_GROUP = 4  # the most people a group move names; more is a roundup of moves


def _group_move(
    a: Profile, b: Profile, ours: list[tuple[Person, bool]], theirs: list[tuple[Person, bool]]
) -> bool:
    """One side's people are all among the other's, a small group (`_GROUP`), and both
    read the move from the same origin to the same destination: one member of a group
    that moved together (the team of three / the one a report is about). A roundup of
    exits rarely has one origin and one destination. Origins that differ but that each
    side names (an earlier employer read as the origin) are the same origin."""
    small, large = (ours, theirs) if len(ours) <= len(theirs) else (theirs, ours)
    x, y, p, q = a.sig.from_org, b.sig.from_org, a.sig.to_org, b.sig.to_org
    if not (x and y and p and q) or not _compatible_org(p, q):
        return False
    same_origin = _compatible_org(x, y) or not (
        _unmentioned(x, b.sig.orgs) or _unmentioned(y, a.sig.orgs)
    )
    return same_origin and all(c for _, c in small) and len(large) <= _GROUP


def _crossed(a: Profile, b: Profile, endings: frozenset[str]) -> bool:
    """Each side's people are among the other people the other side names: both name
    the same people and took different ones for the subject (the one who leaves, the
    one who takes over)."""
    return all(
        other.named and all(any(_alike(p, q, endings) for q in other.named) for p in side.people)
        for side, other in ((a, b), (b, a))
    )


def _share_surname(a: Profile, b: Profile) -> bool:
    """A name token of three consonants or more read alike in a person of each side."""
    return any(len(x) >= 3 for x in a.loose & b.loose)


def _people(a: EventSignature, b: EventSignature, endings: frozenset[str] = frozenset()) -> str:
    """same, overlap, partial, mentioned, cowritten, cowritten_group, named, surname,
    different or unknown (docstring)."""
    return _relation(profile(a), profile(b), endings)


def _relation(a: Profile, b: Profile, endings: frozenset[str]) -> str:
    """`_people` on the signatures' profiles."""
    if (
        not a.people
        and not b.people
        and not ((a.sig.others or a.sig.background) and (b.sig.others or b.sig.background))
    ):
        return "unknown"
    ours = [(p, _covered(p, b, endings)) for p in a.people]
    theirs = [(p, _covered(p, a, endings)) for p in b.people]
    if any(c for _, c in ours + theirs):
        if all(
            c or not any(comparable(p, q) for q in other.people)
            for side, other in ((ours, b), (theirs, a))
            for p, c in side
        ):
            return "same"
        shared = {p.key for p in a.people if any(_alike(p, q, endings) for q in b.people)}
        most = max(len(a.people), len(b.people))
        if len(shared) >= 2 and 2 * len(shared) >= most:
            return "overlap"  # two of a group of three
        if len(shared) >= 2:
            # a roundup naming an earlier group beside the one it reports ("four more
            # join, after the three of last week"): the few it shares are another move
            return "partial"
        if shared:
            if _group_move(a, b, ours, theirs):
                return "group"  # one member of a small group moving to one place
            return "partial"  # one of a roundup: often a move of its own
    if a.people and b.people:
        if _crossed(a, b, endings):
            return "crossed"
        named = _among_others(a, b, endings)
        if named:
            # two people or more named together: the pair a report is about, however
            # the other took its subject (the one who announced them)
            return "named_group" if named >= 2 else "named"
        # a full name in Latin letters: known people are reported so, and a Latin name
        # is read from its capitals; a name left in hangul, kana or Chinese characters
        # is a guess from a script without capitals, too unsure to keep events apart
        full = a.full_latin and b.full_latin
        # `names.comparable` of some person of each side: one script, or two of Latin,
        # kana and hangul
        readable = bool(a.scripts & b.scripts) or bool(
            a.scripts & READABLE and b.scripts & READABLE
        )
        # a surname alone, two alphabets, or one side writing the other's person out:
        # not sure enough that they differ
        if full and readable and not _heard(a, b, strict=True):
            if any(set(side.sig.people) <= set(side.sig.leaders) for side in (a, b)):
                # one side is about an organisation's leader only: often the one who
                # hired or announced, taken for the subject
                return "unknown"
            return "different"
        # "hinton pionir" / "hinton": one name token in common (only people have tokens)
        if _share_surname(a, b):
            return "surname"
        # two alphabets that cannot be compared, and neither side writes the other's
        # person anywhere: not sure they differ, but no weak key joins them either
        return "unknown" if _heard(a, b) else "apart"
    if not a.people and not b.people:
        # neither found whom the move is about, but both name one person in full (the
        # founder of the lab formed, the head of the unit): unless they name two
        # different labs or startups
        apart = a.sig.targets and b.sig.targets and not _alike_targets(a.sig.targets, b.sig.targets)
        if not apart:
            shared = {
                p.key for p in a.named if p.spaced and any(_alike(p, q, endings) for q in b.named)
            }
            # two people or more: the founders, the team (not the organisations' voices,
            # named beside many events)
            if len(shared - set(a.sig.leaders) - set(b.sig.leaders)) >= 2:
                return "cowritten_group"
            if shared:
                return "cowritten"
        return "unknown"
    subject, other = (a, b) if a.people else (b, a)
    if any(_alike(p, q, endings) for p in subject.people for q in other.others if p.spaced):
        return "mentioned"  # the side that extracted no subject named the person anyway
    heard = _heard(a, b)
    return {"full": "mentioned", "surname": "surname"}.get(heard, "unknown")


def _unmentioned(org: str, orgs: Sequence[str]) -> bool:
    return not any(_compatible_org(org, o) for o in orgs)


def _two_ended(sig: EventSignature) -> bool:
    return bool(sig.from_org and sig.to_org)


def _direction(a: EventSignature, b: EventSignature, w: Weights) -> float:
    """Agreement of destination, origin and organisations; contradictions (between two
    departures) weighed by how sure both readings are (see the module docstring)."""
    score = 0.0
    if a.to_org and b.to_org and _compatible_org(a.to_org, b.to_org):
        score += w.values["direction.to_agrees"]
    if a.from_org and b.from_org and _compatible_org(a.from_org, b.from_org):
        score += w.values["direction.from_agrees"]
    if a.orgs and (a.orgs == b.orgs or set(a.orgs) == set(b.orgs)):
        score += w.values["direction.orgs_agree"]
    moves = "departure" in a.categories and "departure" in b.categories
    if not moves or ("acquihire" in a.categories and "acquihire" in b.categories):
        return score
    sure = 1.0 if _two_ended(a) and _two_ended(b) else w.values["direction.one_ended"]
    if a.to_org and b.to_org and not _compatible_org(a.to_org, b.to_org):
        score += sure * w.values["direction.to_differs"]
    if a.from_org and b.from_org and not _compatible_org(a.from_org, b.from_org):
        if _unmentioned(a.from_org, b.orgs) or _unmentioned(b.from_org, a.orgs):
            score += w.values["direction.from_differs"]
    # one leaves the place the other joins: "removed by OpenAI" / "returns to OpenAI"
    for origin, target in ((a.from_org, b.to_org), (b.from_org, a.to_org)):
        if origin and target and _compatible_org(origin, target):
            score += sure * w.values["direction.reversed"]
            break
    return score


def _categories(a: EventSignature, b: EventSignature, w: Weights) -> float:
    if a.category in b.categories or b.category in a.categories:
        return w.values["categories.main"]
    if a.categories & b.categories:
        return w.values["categories.overlap"]
    pairs = {frozenset((x, y)) for x in a.categories for y in b.categories}
    if pairs & w.compatible:
        return w.values["categories.compatible"]
    return w.values["categories.incompatible"]


def _amount(sig: EventSignature, ev: EventSignature, w: Weights) -> float:
    a, b = sig.amount_usd, ev.amount_usd
    if a is None or b is None or not a or not b:
        return 0.0
    if sig.amount_floor != ev.amount_floor:
        return 0.0  # "a nine-figure package" neither agrees nor clashes with "$100 million"
    if abs(a - b) <= w.values["amount.tolerance"] * max(a, b):
        return w.values["amount.close"]
    return w.values["amount.far"] if max(a, b) > 2 * min(a, b) else 0.0


_NO_GAP = timedelta(0)


@lru_cache(maxsize=16)
def _spans(close_hours: float, apart_days: float) -> tuple[timedelta, timedelta]:
    return timedelta(hours=close_hours), timedelta(days=apart_days)


def _time(cand: Candidate, now: datetime, w: Weights) -> float:
    v = w.values
    close, apart = _spans(v["time.close_hours"], v["time.apart_days"])
    gap = max(cand.first_seen - now, now - cand.last_seen, _NO_GAP)
    if gap <= close:
        return v["time.same_day"]
    if gap >= apart:
        return v["time.apart"]
    return 0.0


def _joined(keys: Iterable[str]) -> set[str]:
    """`sakana-ai` and `sakanaai` (transliterated from サカナAI) compare equal."""
    return {k.replace("-", "") for k in keys}


def _same_target(a: Sequence[str], b: Sequence[str]) -> bool:
    """One startup or lab: the same key (hyphens aside); or one key is the other with
    words in front ("nasce-black-forest-labs": a verb read into a lab-shaped name); or,
    across alphabets, the same loose reading of four consonants or more ("multi" /
    "meolti" from hangul)."""
    ours, theirs = _joined(a), _joined(b)
    if ours & theirs:
        return True
    for x in ours:
        for y in theirs:
            short, long_ = sorted((x, y), key=len)
            if len(short) >= 6 and long_.endswith(short):
                return True
            lx, ly = loose(x), loose(y)
            if len(lx) >= 3 and lx == ly:
                return True
    return False


_TARGET_LETTERS = 3  # a target written out must be this long: "ai" alone says nothing


def _target_written(a: EventSignature, b: EventSignature) -> bool:
    """One side names a startup or lab as the target of its acqui-hire or formation, the
    other has none of its own but writes that name out ("Merge Labs" further down the
    lead, "the French startup Moodstocks" after a headline without it)."""
    for has, lacks in ((a, b), (b, a)):
        if has.targets and not lacks.targets:
            kind = has.category == lacks.category in ("acquihire", "lab_formation")
            if kind and any(_writes(t, lacks.names) for t in has.targets):
                return True
    return False


def _writes(target: str, names: Sequence[str]) -> bool:
    words = person_key(target.replace("-", " ")).split()
    return sum(map(len, words)) >= _TARGET_LETTERS and set(words) <= set(names)


def _alike_targets(a: Sequence[str], b: Sequence[str]) -> bool:
    """The same target, or two keys ending in the same two words or more ("nasce-black-
    forest-labs" / "ki-start-up-black-forest-labs": words read in front of one name)."""
    if _same_target(a, b):
        return True
    for x in a:
        for y in b:
            ends = zip(reversed(x.split("-")), reversed(y.split("-")), strict=False)
            common = [w for w, _ in itertools.takewhile(lambda p: p[0] == p[1], ends)]
            if len(common) >= 2 and sum(map(len, common)) >= 6:
                return True
    return False


@dataclass(frozen=True, slots=True)
class Score:
    """A candidate's score, the strongest key it has ("" for none) and its story similarity."""

    value: float
    key: str
    similarity: float


_HAN_KEPT = 2400  # characters of pinyin an event keeps from its sources

_PEOPLE_KEYS = (
    "same",
    "overlap",
    "group",
    "crossed",
    "mentioned",
    "cowritten",
    "cowritten_group",
    "named",
    "named_group",
)  # people relations that key a merge
_PEOPLE_SCORED = (*_PEOPLE_KEYS, "partial", "surname", "apart")
_PEOPLE_WEIGHTS = (*_PEOPLE_SCORED, "different", "acquihire_team")
# how far below the floor a sum of the same weights added in another order may round
_ROUNDING = 1e-9


def score(
    sig: EventSignature, fp: bytes, cand: Candidate, now: datetime, w: Weights | None = None
) -> Score:
    """The evidence that the entry reports the candidate's event (module docstring)."""
    w = w or default_weights()
    found = _score(profile(sig), fp, cand, now, w)
    assert found is not None, "without a floor every candidate is scored"
    return found


def _ceiling(w: Weights) -> float:
    """The most the people and the story text can add to a score (module docstring)."""
    people = max(0.0, *(w[f"people.{name}"] for name in _PEOPLE_WEIGHTS))
    return people + max(0.0, w.values["story.near_duplicate"], w.values["story.similar"])


def _score(
    entry: Profile,
    fp: bytes,
    cand: Candidate,
    now: datetime,
    w: Weights,
    floor: float | None = None,
    facts: dict[tuple[Any, ...], tuple[bool, bool, float, float, float, float]] | None = None,
) -> Score | None:
    """`score`, or None when the evidence other than people and story text stays below
    `floor` (the candidate cannot reach a threshold: module docstring). `facts` keeps,
    for one entry, the evidence read from an event's categories, organisations, amount
    and targets (`Profile.facts`): many open events share them."""
    sig, ev = entry.sig, cand.signature
    event = profile(ev)
    v = w.values
    known = facts.get(event.facts) if facts is not None else None
    if known is None:
        both_acq = "acquihire" in sig.categories and "acquihire" in ev.categories
        both_lab = "lab_formation" in sig.categories and "lab_formation" in ev.categories
        same_target = (both_acq or both_lab) and _same_target(sig.targets, ev.targets)
        known = (
            both_acq,
            same_target,
            v["target.same"] if same_target else 0.0,
            _categories(sig, ev, w),
            _direction(sig, ev, w),
            _amount(sig, ev, w),
        )
        if facts is not None:
            facts[event.facts] = known
    both_acq, same_target, target, categories, direction, amount = known
    if not same_target and _target_written(sig, ev):
        same_target, target = True, v["target.written"]
    time = _time(cand, now, w)
    if floor is not None and target + categories + direction + amount + time < floor:
        return None
    people = _relation(entry, event, w.endings)
    total = 0.0  # added up in the order of the evidence in the module docstring
    if people == "different":
        total += v["people.acquihire_team"] if both_acq and same_target else v["people.different"]
    elif people in _PEOPLE_SCORED:
        total += v[f"people.{people}"]
    total += target
    total += categories
    total += direction
    total += amount
    total += time
    sim = 0.0
    if total + v["story.near_duplicate"] >= min(v["thresholds.merge"], v["thresholds.weak"]):
        # the text is compared only when it could still decide (it is the costly part)
        sim = max((story_similarity(fp, f) for f in cand.fingerprints), default=0.0)
    if sim >= STORY_THRESHOLD:
        total += v["story.near_duplicate"]
    elif sim >= v["story.similar_floor"]:
        total += v["story.similar"] * sim
    key = (
        "story"
        if sim >= STORY_THRESHOLD
        else "people"
        if people in _PEOPLE_KEYS
        else "target"
        if same_target
        else ""
    )
    return Score(total, key, sim)


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
    weights: Weights | None = None,
) -> Decision:
    """Weigh one entry against the recent events (module docstring)."""
    if signature is None:
        return Decision("none")
    w = weights or default_weights()
    entry = profile(signature)
    # below this, the evidence other than people and text cannot reach either threshold
    floor = min(w.values["thresholds.merge"], w.values["thresholds.weak"]) - _ceiling(w) - _ROUNDING
    facts: dict[tuple[Any, ...], tuple[bool, bool, float, float, float, float]] = {}
    keyed: list[tuple[Score, Candidate]] = []
    weak: list[tuple[Score, Candidate]] = []
    for cand in candidates:
        if not in_window(cand, now, window):
            continue
        found = _score(entry, fingerprint, cand, now, w, floor, facts)
        if found is None:
            continue
        if found.key and found.value >= w.values["thresholds.merge"]:
            keyed.append((found, cand))
        elif not found.key and found.value >= w.values["thresholds.weak"]:
            weak.append((found, cand))
    if not keyed and len(weak) > 1:
        return Decision("new", rule="ambiguous weak key")
    scored = keyed or weak
    if not scored:
        return Decision("new", rule="no match")
    scored.sort(key=lambda s: (-s[0].value, -s[0].similarity, s[1].first_seen))
    best_score, best = scored[0]
    changes = _changes(signature, best.signature)
    rule = best_score.key or "corroborated"
    return Decision("update" if changes else "duplicate", best.id, changes, rule)


def merge(ev: EventSignature, sig: EventSignature) -> EventSignature:
    """The event's signature after a source joined it: missing facts filled in. A person
    the event names beside its subject (the successor, the one who announced it) stays
    beside it when a report took them for its subject: the event is still about whom
    its first reports were about."""
    beside = set(ev.others) | set(ev.background) if ev.people else set()
    return EventSignature(
        category=ev.category,
        categories=ev.categories | sig.categories,
        people=tuple(sorted(set(ev.people) | (set(sig.people) - beside))),
        orgs=tuple(sorted(set(ev.orgs) | set(sig.orgs))),
        from_org=ev.from_org or sig.from_org,
        to_org=ev.to_org or sig.to_org,
        amount_usd=ev.amount_usd if ev.amount_usd is not None else sig.amount_usd,
        amount_floor=ev.amount_floor if ev.amount_usd is not None else sig.amount_floor,
        targets=tuple(sorted(set(ev.targets) | set(sig.targets))),
        strong=ev.strong or sig.strong,
        names=tuple(sorted(set(ev.names) | set(sig.names))),
        title_names=tuple(sorted(set(ev.title_names) | set(sig.title_names))),
        written=tuple(sorted(set(ev.written) | set(sig.written))),
        spoken=tuple(sorted(set(ev.spoken) | set(sig.spoken))),
        others=tuple(sorted(set(ev.others) | set(sig.others))),
        background=tuple(sorted(set(ev.background) | set(sig.background))),
        leaders=tuple(sorted(set(ev.leaders) | set(sig.leaders))),
        han=ev.han if sig.han in ev.han else f"{ev.han} {sig.han}".strip()[:_HAN_KEPT],
    )
