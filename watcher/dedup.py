"""Decide whether a classified entry is a new event, or another source of a known one.

Pure functions: no I/O, `now` comes in as an argument. The SQLite side is `events.py`.

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

import hashlib
import itertools
import random
import re
import struct
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from anyascii import anyascii

from watcher.alerts import slug
from watcher.classify.entities import (
    find_orgs,
    find_people,
    is_leader,
    lowercase_words,
    surname,
    unknown_names,
)
from watcher.classify.rules import Rules
from watcher.dedup_names import comparable, person_key, same_person, script, skeleton
from watcher.models import Analysis

__all__ = [
    "STORY_THRESHOLD",
    "WINDOW",
    "Candidate",
    "Decision",
    "EventSignature",
    "decide",
    "event_signature",
    "org_key",
    "person_key",
    "story_fingerprint",
    "story_similarity",
]

WINDOW = timedelta(days=14)
STORY_THRESHOLD = 0.5
Kind = Literal["new", "update", "duplicate", "none"]

# -- story fingerprints ------------------------------------------------------------------

_PERMUTATIONS = 64
_PRIME = (1 << 61) - 1
_rng = random.Random(20250716)  # fixed seed: fingerprints must be stable across runs
_COEFFS = tuple((_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(64))
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|\w+")
_EMPTY = struct.pack(f"<{_PERMUTATIONS}Q", *([_PRIME] * _PERMUTATIONS))


def _shingles(title: str, text: str, size: int = 2) -> set[str]:
    folded = unicodedata.normalize("NFKC", f"{title}\n{text}").casefold()
    words = _WORD.findall(folded)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def story_fingerprint(title: str, text: str) -> bytes:
    """MinHash (64 × 64-bit) of the word bigrams of the case-folded title and text."""
    hashes = [
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
        for s in _shingles(title, text)
    ]
    if not hashes:
        return _EMPTY
    mins = [min((a * h + b) % _PRIME for h in hashes) for a, b in _COEFFS]
    return struct.pack(f"<{_PERMUTATIONS}Q", *mins)


def story_similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two fingerprints (0.0 when either text was empty)."""
    if a == _EMPTY or b == _EMPTY or len(a) != len(b):
        return 0.0
    va = struct.unpack(f"<{_PERMUTATIONS}Q", a)
    vb = struct.unpack(f"<{_PERMUTATIONS}Q", b)
    return sum(x == y for x, y in zip(va, vb, strict=True)) / _PERMUTATIONS


# -- keys --------------------------------------------------------------------------------


def org_key(name: str, rules: Rules) -> str:
    """`Facebook` -> `meta`, `DeepMind` -> `google-deepmind`: canonical name, slugged."""
    for variant in (name, name.title()):
        found = find_orgs(rules, variant)
        if found:
            return slug(max(found, key=lambda m: m.end - m.start).name)
    return slug(name)


def _compatible_org(a: str, b: str) -> bool:
    """Same organisation, or one names a unit of the other (`google` / `google-deepmind`)."""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


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
    targets: tuple[str, ...] = ()  # startups: acqui-hire targets, newly formed labs
    strong: bool = False
    names: tuple[str, ...] = ()  # capitalised Latin words of title+text, as name tokens
    title_names: tuple[str, ...] = ()  # the same, of the title only
    written: tuple[str, ...] = ()  # consonant skeletons of names written in kana/hangul

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
        for name in ("people", "orgs", "targets", "names", "title_names", "written"):
            fields[name] = tuple(fields.get(name) or ())
        return cls(**fields)


# ", who both reported to Ruoming Pang," / ", der ...,": a relative clause names background
_RELATIVE = re.compile(
    r",\s*(?:who|whom|whose|which|der|die|das|dem|den|som|qui|que|dont|che|cui|quien|"
    r"quienes|welche[rs]?|dat|wie|jossa|joka)\b[^,]*,"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")


def _subject(people: Sequence[str], title: str, text: str = "") -> list[str]:
    """The people the entry is about: those named in the title (by full name or last
    name); else, for a roundup (three people or more), all of them; else those of the
    first sentence naming anyone; else the first one found. A name only ever written in
    the possessive ("Mira Murati's startup") or in a relative clause (", who reported to
    Ruoming Pang,") is background, not a subject."""
    named = [
        p
        for p in people
        if (p in title or surname(p) in title) and not _possessive(surname(p), title)
    ]
    if not named:
        plain = _RELATIVE.sub("", text)
        movers = [p for p in people if not _background(p, text, plain)]
        if len(movers) >= 3:
            named = movers
        for sentence in () if named else _SENTENCE_END.split(text):
            sentence = _RELATIVE.sub("", sentence)
            named = [p for p in people if p in sentence and not _possessive(p, sentence)]
            if any(p in sentence for p in people):
                break
    chosen = named or list(people[:1])
    body = f"{title}\n{text}"
    chosen += [p for p in people if p not in chosen and any(_glossed(c, p, body) for c in chosen)]
    keys = {person_key(p) for p in chosen} - {""}
    # "Wang" next to "Alexandr Wang": keep the full name only
    return sorted(
        k for k in keys if not any(o != k and set(k.split()) < set(o.split()) for o in keys)
    )


def _background(name: str, text: str, plain: str) -> bool:
    """Named in `text` only in relative clauses (`plain` is `text` without them) or in
    the possessive."""
    return name in text and (name not in plain or _possessive(name, plain))


def _glossed(name: str, latin: str, body: str) -> bool:
    """`菲吉·西莫（Fidji Simo）`: a name followed by its Latin spelling in brackets."""
    return re.search(rf"{re.escape(name)}\s*[（(]\s*{re.escape(latin)}\s*[)）]", body) is not None


def _moving_leaders(title: str, cats: frozenset[str], rules: Rules | None) -> list[str]:
    """People the classifier sets aside as an organisation's voice (its CEO, founder…)
    but whom a departure headline names: "OpenAI board removes Sam Altman"."""
    if rules is None or "departure" not in cats:
        return []
    found = [m.name for m in find_people(rules, title)]
    return [name for name in found if is_leader(rules, name)]


_GENITIVE = re.compile(r"['’]s\b|的|の|의")


def _possessive(name: str, sentence: str) -> bool:
    """Every mention of `name` is a possessive: "Murati's", "穆拉蒂的", "ムラティの"."""
    found = _all(name, sentence)
    return bool(found) and all(_GENITIVE.match(sentence, i + len(name)) for i in found)


def _all(needle: str, hay: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(needle), hay)]


_QUOTED = re.compile(r"[「『“‘«„\"'‹]([^「」『』“”‘’«»„\"'‹›]{2,40})[」』”’»“\"'›]")


def _name_like(quoted: str) -> bool:
    """A quoted name, not a quoted remark: Latin words capitalised ("Quill Dynamics"), or a
    short run of another script ("サカナAI", "메타 초지능 연구소")."""
    words = quoted.split()
    if quoted[0].isascii():
        return len(words) <= 5 and all(w[0].isupper() or len(w) <= 3 for w in words)
    return len(words) <= 3 and len(quoted) <= 16


def _quoted_names(title: str, rules: Rules) -> set[str]:
    """Names quoted in a headline ("founds 「Sakana AI」", "launches ‘Meta Superintelligence
    Labs’"), transliterated to Latin letters: the new lab or the startup bought, which the
    organisation table may not know yet. Known organisations among them keep their key."""
    found: set[str] = set()
    for m in _QUOTED.finditer(title):
        name = m.group(1).strip()
        if not _name_like(name):
            continue
        known = find_orgs(rules, name)
        if known and known[0].end - known[0].start == len(name):
            found.add(slug(known[0].name))
        else:
            found.add(slug(anyascii(name)))
    return found


_LAB_NAME = re.compile(r"\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s+(?:Labs?|AI)\b")


def _lab_names(title: str, rules: Rules) -> set[str]:
    """Lab-shaped names in a headline that the organisation table does not know: "Black
    Forest Labs", "Reflection AI" (not "Google AI": a known company's unit)."""
    return {slug(m.group(0)) for m in _LAB_NAME.finditer(title) if not find_orgs(rules, m.group(0))}


def _unknown_startups(title: str, text: str, people: Sequence[str], rules: Rules) -> set[str]:
    """The company an acqui-hire headline names when the organisation table does not know
    it ("Nvidia licenses Groq's technology"): a capitalised word of the headline that is
    no known organisation or person and that the article names again."""
    taken = [(m.start, m.end) for m in find_orgs(rules, title)]
    words = {w for p in people for w in re.split(r"[\s·・-]+", p)}
    body = f"{title}\n{text}"
    lowercase = lowercase_words(body)
    return {
        slug(name)
        for name in unknown_names(rules, title, 0, len(title), taken, lowercase)
        if name not in words and len(re.findall(rf"\b{re.escape(name)}\b", body)) >= 2
    }


def _targets(
    cats: frozenset[str],
    orgs: Sequence[str],
    people: Sequence[str],
    title: str,
    text: str,
    rules: Rules,
) -> list[str]:
    """The startup bought or the lab formed (rule 7), read from the headline: a startup
    of the organisation table (a lab too, for a formation), else a quoted name, else a
    lab-shaped name (formation) or a company the article names twice (acqui-hire)."""
    startups = {slug(s) for s in rules.startups}
    young = startups | {slug(s) for s in rules.labs} if "lab_formation" in cats else startups
    found = {slug(m.name) for m in find_orgs(rules, title)} & young
    if not found and cats & {"lab_formation", "acquihire"}:
        found = _quoted_names(title, rules)
    if not found and "lab_formation" in cats:
        found = _lab_names(title, rules)
    if not found and "acquihire" in cats:
        found = _unknown_startups(title, text, people, rules)
    if not found and ("acquihire" in cats or not title):
        # a startup named only in the text is the one bought; for a new lab it is more
        # often where the founders came from, and a lab there is only the context ("the
        # head of Microsoft AI forms a new team")
        found = set(orgs) & startups
    return sorted(found)


_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w’'-]+")


_LEAD_CHARS = 3000
_KANA_HANGUL_RUN = re.compile(r"[\u30a1-\u30fa\u30fc\uac00-\ud7af]+")


def _names(title: str, text: str) -> tuple[str, ...]:
    """Name tokens (person_key spelling) of the capitalised words, to spot names the
    extractor missed: "Matt Deitke" in a sentence that held no evidence."""
    words = _CAPITALISED.findall(f"{title} {text}")
    return tuple(sorted({t for w in words for t in person_key(w).split()}))


def _written(title: str, text: str) -> tuple[str, ...]:
    """The consonant skeletons of each two neighbouring words in kana or hangul in the
    title and lead ("얀 르쿤", "ヤン・ルカン"), to spot a Latin-lettered name written in
    those scripts."""
    lead = f"{title}\n{text}"[: len(title) + _LEAD_CHARS]  # names are written out early
    found = set()
    for a, b in itertools.pairwise(_KANA_HANGUL_RUN.finditer(lead)):
        if lead[a.end() : b.start()] in (" ", "・", "·"):
            pair = skeleton(person_key(f"{a.group(0)} {b.group(0)}"))
            if all(pair) and sum(len(x) for x in pair) >= 3:
                found.add(" ".join(pair))
    return tuple(sorted(found))


def event_signature(
    analysis: Analysis, *, title: str = "", text: str = "", rules: Rules | None = None
) -> EventSignature | None:
    """The signature of a classified entry; None when it has no category.

    `title` picks the subject among the people found; `text` (with the title) gives the
    names mentioned; `rules` (the classifier's) tells startups apart and finds the
    organisations named in the title.
    """
    if not analysis.categories:
        return None
    cats = frozenset(analysis.categories)
    primary = max(analysis.categories, key=lambda c: analysis.scores.get(c, 0.0))
    ents = analysis.entities
    orgs = sorted(
        {slug(o) for o in ents.orgs} | {slug(o) for o in (ents.from_org, ents.to_org) if o}
    )
    targets = _targets(cats, orgs, ents.people, title, text, rules) if rules else []
    people = _subject([*_moving_leaders(title, cats, rules), *ents.people], title, text)
    buyer = any(o not in targets for o in orgs)
    strong = bool(people) or (
        bool(targets) and ("lab_formation" in cats or ("acquihire" in cats and buyer))
    )
    return EventSignature(
        category=primary,
        categories=cats,
        people=tuple(people),
        orgs=tuple(orgs),
        from_org=slug(ents.from_org) if ents.from_org else None,
        to_org=slug(ents.to_org) if ents.to_org else None,
        amount_usd=ents.amount_usd,
        targets=tuple(targets),
        strong=strong,
        names=_names(title, text),
        title_names=_names(title, ""),
        written=_written(title, text),
    )


# -- the decision ------------------------------------------------------------------------


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
