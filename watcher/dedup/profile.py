"""The readings of a signature that `decide` compares, computed once per signature.

A decision compares the entry with every recent event, and an event meets every entry
of its window: reading each person key (its tokens, loose skeletons, script) and each
word list (as sets) once per signature, rather than once per comparison, is what keeps
a decision cheap when hundreds of events are open. Nothing here decides anything: each
helper answers exactly what the function it stands for in `decide.py`, `names.py` or
`readings.py` answers, only sooner.

Signatures are frozen, and the store side hands out one object per stored signature
(`ingest._signature`), so the profiles are kept by object identity (hashing a whole
signature costs more than reading it).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from watcher.dedup.names import script, skeleton
from watcher.dedup.readings import loose
from watcher.dedup.records import EventSignature

# Letters `readings._one_letter` takes for one sound (j/y, i/y, k/c, v/w, s/z), each
# class written with one letter: two tokens spelled alike up to a case ending, or one
# such letter apart, then begin with the same three letters after this mapping.
_ONE_SOUND = str.maketrans("ijcwz", "yykvs")
READABLE = frozenset({"latin", "kana", "hangul"})  # `names.comparable` across scripts


@dataclass(frozen=True, slots=True)
class Person:
    """One person key, read once."""

    key: str
    tokens: tuple[str, ...]
    script: str
    spaced: bool  # two tokens or more: a name in full
    heads: frozenset[str]  # each token's first three letters, one letter per sound
    pair: str  # the two consonant skeletons `_covered` looks up in kana/hangul, or ""
    spoken: tuple[str, ...]  # the loose tokens `readings.mention` looks for
    every: bool  # every token has a loose skeleton of three consonants or more
    loose: frozenset[str]  # the loose skeleton of each token
    # a key in Latin letters that its report does not spell so (a name read from
    # Cyrillic, Greek, hangul or Chinese characters): compared by sound too
    read: bool = False


@lru_cache(maxsize=65536)
def person(key: str, read: bool = False) -> Person:
    tokens = tuple(key.split())
    kind = script(key)
    pair = skeleton(key)
    found = sorted({loose(t) for t in tokens} - {""}, key=len, reverse=True)
    return Person(
        key=key,
        tokens=tokens,
        script=kind,
        spaced=" " in key,
        heads=frozenset(t.translate(_ONE_SOUND)[:3] for t in tokens),
        pair=" ".join(pair) if kind == "latin" and len(pair) == 2 and all(pair) else "",
        spoken=tuple(t for t in found if len(t) >= 2),
        every=all(len(loose(t)) >= 3 for t in tokens),
        loose=frozenset(loose(t) for t in tokens),
        read=read,
    )


def may_read_alike(p: Person, q: Person) -> bool:
    """False only when two different keys in Latin letters cannot be one person: then
    `names.same_person` is false (one script, two keys) and so is
    `readings.same_reading`, which needs every token of the key with fewer tokens to
    be spelled like a token of the other up to a case ending (the same first three
    letters) or one letter of one sound apart (the same first three letters once each
    sound is written with one letter); its reading through loose skeletons is for
    keys in two alphabets only."""
    if p.key == q.key or p.script != "latin" or q.script != "latin":
        return True
    short, long_ = (p, q) if len(p.tokens) <= len(q.tokens) else (q, p)
    return len(short.tokens) >= 2 and short.heads <= long_.heads


def comparable(p: Person, q: Person) -> bool:
    """`names.comparable` on read keys."""
    return p.script == q.script or (p.script in READABLE and q.script in READABLE)


@dataclass(frozen=True, slots=True)
class Profile:
    """A signature with its people and word lists read (see the module docstring)."""

    sig: EventSignature
    people: tuple[Person, ...]
    others: tuple[Person, ...]
    named: tuple[Person, ...]  # others, then background
    listed: frozenset[str]  # title names when it found people, else all its names
    written: frozenset[str]
    spoken: frozenset[str]
    spoken_cut: frozenset[str]  # spoken skeletons of four or more, less the last consonant
    loose: frozenset[str]  # the loose skeletons of its people's tokens
    full_latin: bool  # it names someone in full in Latin letters
    scripts: frozenset[str]  # the scripts of its people
    # what `decide` reads besides people, time and text: categories, organisations,
    # direction, amount, targets
    facts: tuple[Any, ...]

    @classmethod
    def of(cls, sig: EventSignature) -> Profile:
        spelled = frozenset(sig.names)

        def read(key: str) -> Person:
            found = person(key)
            if found.script == "latin" and not spelled.issuperset(found.tokens):
                return person(key, read=True)
            return found

        people = tuple(read(p) for p in sig.people)
        others = tuple(read(p) for p in sig.others)
        return cls(
            sig=sig,
            people=people,
            others=others,
            named=others + tuple(read(p) for p in sig.background),
            listed=frozenset(sig.title_names if sig.people else sig.names),
            written=frozenset(sig.written),
            spoken=frozenset(sig.spoken),
            spoken_cut=frozenset(w[:-1] for w in sig.spoken if len(w) >= 4),
            loose=frozenset(t for p in people for t in p.loose),
            full_latin=any(p.spaced and p.script == "latin" for p in people),
            scripts=frozenset(p.script for p in people),
            facts=(
                sig.category,
                sig.categories,
                sig.from_org,
                sig.to_org,
                sig.orgs,
                sig.amount_usd,
                sig.targets,
            ),
        )

    def mention(self, who: Person, strict: bool = False) -> str:
        """`readings.mention(who.key, self.sig.spoken, strict)`: a token is heard when
        a spoken word reads the same, or is the token with one more consonant at the
        end, or the token is the word with one more (three consonants or more)."""
        tokens = who.spoken
        if not tokens or not self.spoken or (strict and not who.every):
            return ""
        words, cut = self.spoken, self.spoken_cut
        heard = [t in words or t in cut or (len(t) >= 4 and t[:-1] in words) for t in tokens]
        full = len(tokens) >= 2 and all(heard) and sum(len(t) for t in tokens) >= 5
        if strict:
            return "full" if full and who.every else ""
        if full:
            return "full"
        if any(h and len(t) >= 3 for t, h in zip(tokens, heard, strict=True)):
            return "surname"
        return ""


_KEPT = 8192  # profiles kept: more than the events of a window, plus the entries met
_profiles: dict[int, tuple[EventSignature, Profile]] = {}
_lock = threading.Lock()


def profile(sig: EventSignature) -> Profile:
    """The signature's profile, read once per signature object (kept by identity: the
    signature is held with it, so its id is not reused while it is kept)."""
    kept = _profiles.get(id(sig))
    if kept is not None and kept[0] is sig:
        return kept[1]
    found = Profile.of(sig)
    with _lock:
        if len(_profiles) >= _KEPT:
            for old in list(_profiles)[: _KEPT // 4]:  # the oldest quarter
                del _profiles[old]
        _profiles[id(sig)] = (sig, found)
    return found
