"""One pass of the Aho-Corasick automaton: every lexicon term in the folded text.

A literal counts when its word boundaries hold (terms in scripts written without
spaces, Thai or CJK, have none), when its language
is among those tried, and when no mask term ("talent acquisition", "open source", …)
overlaps it.
"""

from __future__ import annotations

from dataclasses import dataclass

from watcher.classify.rules import MASKABLE, Rules
from watcher.classify.text import is_word_char


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon term found at folded[start:end]; `pattern` indexes Rules.patterns."""

    pattern: int
    start: int
    end: int


Term = tuple[int, int, int, int]  # (pattern index, start, end, end of its particle)


def find_terms(rules: Rules, folded: str) -> list[Term]:
    """(pattern index, start, end, end of its separated particle or `end`) of every
    lexicon term in `folded` whose word boundaries and separated particle hold, in any
    language, masks not applied: the one automaton pass that `any_term_of` and
    `find_hits` can share."""
    n = len(folded)
    entries, tails = rules.entries, rules.tails
    found: list[Term] = []
    for lit, start, end in rules.automaton.find_matches_as_indexes(folded, overlapping=True):
        # Thai, CJK, … characters border Latin words without a space: they are boundaries.
        left_ok = not start or not is_word_char(folded[start - 1])
        right_ok = end >= n or not is_word_char(folded[end])
        for need_left, need_right, tail, indexes in entries[lit]:
            if (need_left and not left_ok) or (need_right and not right_ok):
                continue
            whole = end
            if tail >= 0:
                particle = tails[tail].match(folded, end)
                if particle is None:
                    continue
                whole = particle.end()
            for index in indexes:
                found.append((index, start, end, whole))
    return found


def any_term_of(
    rules: Rules, folded: str, kinds: frozenset[str], terms: list[Term] | None = None
) -> bool:
    """Whether a term of one of `kinds`, in any language, stands in `folded` (masks
    aside: they only ever hide terms). A cheap first look: a text with none cannot
    report a move, and needs neither its language identified nor a second pass.
    `terms`: those `find_terms` found in `folded`, when the caller has them."""
    patterns = rules.patterns
    found = find_terms(rules, folded) if terms is None else terms
    return any(patterns[index].kind in kinds for index, _, _, _ in found)


def term_spans(rules: Rules, folded: str) -> list[tuple[int, int]]:
    """Where a lexicon term of any language stands in `folded` (masks and cues aside):
    words a language uses to tell the news, no names."""
    patterns = rules.patterns
    return [(a, b) for i, a, b, _ in find_terms(rules, folded) if patterns[i].kind != "mask"]


def find_hits(
    rules: Rules, folded: str, langs: frozenset[str], terms: list[Term] | None = None
) -> list[Hit]:
    """All term hits in `folded` for patterns of the languages in `langs`, masks applied
    (`terms`: those `find_terms` found in `folded`, when the caller has them).

    A deal word inside a deal told as attempted, failed, refused or only possible (`unmade`:
    "failed to acquire", "die Übernahme ~ scheiterte", "買収に失敗") is no deal; nor is a light deal
    word (an agreement, a licence) inside a contract that runs for a term (`term`: "a
    four-year deal", "为期四年的协议"): a purchase has no term, a job or a licence has. An
    explicit acqui-hire word that starts inside a team named by its leader's job (`led`:
    "head of ~ team", "قائد فريق") is no team moving: the leader moves; nor is one a unit
    of a company follows (`inward`: "to the ~ division", "إلى قسم"): a team moved inside
    its company."""
    hits: list[Hit] = []
    masks: list[tuple[int, int]] = []
    unmade: list[tuple[int, int]] = []
    termed: list[tuple[int, int]] = []
    led: list[tuple[int, int]] = []
    inward: list[int] = []
    patterns = rules.patterns
    for index, start, end, whole in find_terms(rules, folded) if terms is None else terms:
        pattern = patterns[index]
        if pattern.lang not in langs:
            continue
        if pattern.kind == "mask":
            masks.append((start, end))
        else:
            hits.append(Hit(index, start, end))
            if pattern.kind == "unmade":
                unmade.append((start, whole))
            elif pattern.kind == "term":
                termed.append((start, whole))
            elif pattern.kind == "led":
                led.append((start, whole))
            elif pattern.kind == "inward":
                inward.append(start)
    if unmade or termed:
        light = rules.scoring["acquihire"]["light_deal"]
        both = unmade + termed

        def no_deal(h: Hit) -> bool:
            p = patterns[h.pattern]
            spans = both if p.weight < light else unmade
            return p.kind == "deal" and any(a <= h.start < b for a, b in spans)

        hits = [h for h in hits if not no_deal(h)]
    if led or inward:
        reach = rules.scoring["acquihire"]["inward_chars"]

        def no_team(h: Hit) -> bool:
            return patterns[h.pattern].kind == "explicit" and (
                any(a < h.start < b for a, b in led)
                or any(h.start < a <= h.start + reach for a in inward)
            )

        hits = [h for h in hits if not no_team(h)]
    if masks:
        # a mask hides the words inside the phrase ("start" in "start-up") and a term that
        # begins inside it ("ก่อตั้งบริษัท", found a company, in "ผู้ร่วมก่อตั้งบริษัท",
        # the company's co-founder), not a term that is the phrase itself or holds it
        # ("sa start-up")
        def hidden(h: Hit) -> bool:
            return any(
                (a <= h.start and h.end <= b and (a, b) != (h.start, h.end)) or a < h.start < b
                for a, b in masks
            )

        hits = [h for h in hits if patterns[h.pattern].kind not in MASKABLE or not hidden(h)]
    return hits
