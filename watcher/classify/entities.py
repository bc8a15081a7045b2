"""Entities in evidence sentences: organisations (canonical names), people, direction.

Organisations come from the alias table (case-sensitive, an optional genitive "s");
people are runs of two or more capitalised words that are neither common words nor
parts of organisation names (plus katakana names written with "・"); the direction of
a move (from_org -> to_org) is read from the cue words around each organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from watcher.classify.rules import Rules
from watcher.classify.text import fold

if TYPE_CHECKING:
    from watcher.classify.score import Sentence


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing at text[start:end]."""

    name: str
    start: int
    end: int


def _wordish(ch: str) -> bool:
    return ch.isalnum() and ch < "\u2e80"


def find_orgs(rules: Rules, text: str) -> list[Mention]:
    """Organisation mentions in the original text, longest alias first, no overlaps."""
    if rules.org_automaton is None:
        return []
    n = len(text)
    found: list[Mention] = []
    for idx, start, end in rules.org_automaton.find_matches_as_indexes(text, overlapping=True):
        if not rules.org_alias_cjk[idx]:
            if start > 0 and _wordish(text[start - 1]):
                continue
            if end < n and _wordish(text[end]):
                genitive = text[end] == "s" and (end + 1 == n or not _wordish(text[end + 1]))
                if not genitive:
                    continue
        found.append(Mention(rules.org_names[idx], start, end))
    found.sort(key=lambda m: (m.start, m.start - m.end))
    kept: list[Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_TOKEN = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?(?:['’]s)?"
_PARTICLE = r"(?:van|von|der|den|de|da|di|del|dos|du|le|la|bin|al|ter)"
_NAME = re.compile(rf"(?<![\w@#])({_TOKEN}(?:[ \xa0]+(?:{_PARTICLE}[ \xa0]+)?{_TOKEN})+)(?![\w])")
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}[・=＝][\u30a1-\u30fa\u30fc]{2,}")
_SURNAME_TOKEN = re.compile(rf"(?<![\w])({_TOKEN})(?![\w])")


def _clean(token: str) -> str:
    for suffix in ("'s", "’s"):
        if token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def written_lowercase(word: str, text: str) -> bool:
    """True when `word` also appears in lower case in `text`: a common word, not a name."""
    low = word.lower()
    return any(f" {low}{end}" in text for end in (" ", ",", ".", ";", ":"))


def find_people(
    rules: Rules,
    text: str,
    start: int = 0,
    end: int | None = None,
    context: str = "",
) -> list[Mention]:
    """People named in text[start:end]: two or more capitalised words that are not common
    words (`nonname`, words of organisation names, words written in lower case in
    `context`, usually the whole text)."""
    segment = text[start:end]
    people: list[Mention] = []
    for m in _NAME.finditer(segment):
        run: list[tuple[str, int, int]] = []
        offset = m.start(1)
        tokens = [(t.group(0), offset + t.start()) for t in re.finditer(r"\S+", m.group(1))]
        for token, pos in [*tokens, ("", -1)]:
            word = _clean(token)
            key = word.lower()
            if not key.isascii():
                key = fold(key)
            bad = (
                not word
                or key in rules.nonname
                or key in rules.org_words
                or (bool(context) and written_lowercase(word, context))
            )
            if not bad:
                run.append((word, pos, pos + len(word)))
                continue
            capitals = [w for w, _, _ in run if w[0].isupper()]
            if len(capitals) >= 2:
                name = " ".join(w for w, _, _ in run)
                people.append(Mention(name, start + run[0][1], start + run[-1][2]))
            run = []
    for m in _KATAKANA_NAME.finditer(segment):
        people.append(Mention(m.group(0), start + m.start(), start + m.end()))
    return people


def find_surnames(text: str, start: int, end: int, known: dict[str, str]) -> list[Mention]:
    """Single surnames in text[start:end] of people named in full elsewhere in the text."""
    if not known:
        return []
    found = []
    for m in _SURNAME_TOKEN.finditer(text, start, end):
        full = known.get(_clean(m.group(1)))
        if full:
            found.append(Mention(full, m.start(1), m.end(1)))
    return found


def is_leader(rules: Rules, name: str) -> bool:
    """True for people who speak or hire for an organisation (its CEO, founder…)."""
    folded = fold(name)
    return folded in rules.leaders or folded.split()[-1] in rules.leaders


def direction(
    rules: Rules, folded: str, sentence: Sentence, langs: Iterable[str]
) -> tuple[str | None, str | None]:
    """(from_org, to_org) of a move described in one sentence.

    Cue words right before/after an organisation decide first ("from X", "to Y",
    "X에서", "Yに移籍"); otherwise the verb decides: the organisation after "leaves" is
    the origin, after "joins" the destination, before "hires"/"poaches" the destination,
    before "loses" the origin.
    """
    cue_sets = [rules.cues[lang] for lang in langs if lang in rules.cues]
    origin: str | None = None
    target: str | None = None
    for org in sentence.orgs:
        before = folded[max(sentence.start, org.start - 40) : org.start]
        after = folded[org.end : org.end + 12]
        for cues in cue_sets:
            if origin is None and (
                (cues.from_before and cues.from_before.search(before))
                or (cues.from_after and cues.from_after.match(after))
            ):
                origin = org.name
                break
            if target is None and (
                (cues.to_before and cues.to_before.search(before))
                or (cues.to_after and cues.to_after.match(after))
            ):
                target = org.name
                break
    for kind, side, is_origin in _VERB_SIDES:
        for _, start, end in sentence.hits.get(kind, []):
            if side == "after":
                near = next((o for o in sentence.orgs if o.start >= end), None)
            else:
                near = next((o for o in reversed(sentence.orgs) if o.end <= start), None)
            if near is None:
                continue
            if is_origin and origin is None and near.name != target:
                origin = near.name
            elif not is_origin and target is None and near.name != origin:
                target = near.name
    if origin == target:
        target = None
    return origin, target


_VERB_SIDES = (
    ("leave", "after", True),
    ("lose", "before", True),
    ("join", "after", False),
    ("recruit", "before", False),
)
