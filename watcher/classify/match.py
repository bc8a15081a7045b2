"""One pass of the Aho-Corasick automaton: every lexicon term in the folded text.

A literal counts when its word boundaries hold (CJK terms have none), when its language
is among those tried, and when no mask term ("talent acquisition", "open source", …)
overlaps it.
"""

from __future__ import annotations

from dataclasses import dataclass

from watcher.classify.rules import MASKABLE, Rules


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon term found at folded[start:end]; `pattern` indexes Rules.patterns."""

    pattern: int
    start: int
    end: int


def _wordish(ch: str) -> bool:
    # CJK characters border Latin words without a space, so they count as boundaries.
    return ch.isalnum() and ch < "\u2e80"


def find_hits(rules: Rules, folded: str, langs: frozenset[str]) -> list[Hit]:
    """All term hits in `folded` for patterns of the languages in `langs`, masks applied."""
    n = len(folded)
    hits: list[Hit] = []
    masks: list[tuple[int, int]] = []
    patterns = rules.patterns
    for lit, start, end in rules.automaton.find_matches_as_indexes(folded, overlapping=True):
        left_ok = start == 0 or not _wordish(folded[start - 1])
        right_ok = end == n or not _wordish(folded[end])
        for index, need_left, need_right in rules.entries[lit]:
            if (need_left and not left_ok) or (need_right and not right_ok):
                continue
            pattern = patterns[index]
            if pattern.lang not in langs:
                continue
            if pattern.kind == "mask":
                masks.append((start, end))
            else:
                hits.append(Hit(index, start, end))
    if masks:
        hits = [
            h
            for h in hits
            if patterns[h.pattern].kind not in MASKABLE
            or not any(s < h.end and h.start < e for s, e in masks)
        ]
    return hits
