"""One pass of the Aho-Corasick automaton: every lexicon term in the folded text.

A literal counts when its word boundaries hold (CJK terms have none), when its language
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


def find_hits(rules: Rules, folded: str, langs: frozenset[str]) -> list[Hit]:
    """All term hits in `folded` for patterns of the languages in `langs`, masks applied."""
    n = len(folded)
    hits: list[Hit] = []
    masks: list[tuple[int, int]] = []
    patterns = rules.patterns
    entries = rules.entries
    for lit, start, end in rules.automaton.find_matches_as_indexes(folded, overlapping=True):
        # CJK characters border Latin words without a space, so they count as boundaries.
        prev = folded[start - 1] if start else " "
        left_ok = not (is_word_char(prev) and prev < "\u2e80")
        nxt = folded[end] if end < n else " "
        right_ok = not (is_word_char(nxt) and nxt < "\u2e80")
        for index, need_left, need_right, tail in entries[lit]:
            if (need_left and not left_ok) or (need_right and not right_ok):
                continue
            if tail >= 0 and not rules.tails[tail].match(folded, end):
                continue
            pattern = patterns[index]
            if pattern.lang not in langs:
                continue
            if pattern.kind == "mask":
                masks.append((start, end))
            else:
                hits.append(Hit(index, start, end))
    if masks:
        # a mask hides the words inside the phrase ("start" in "start-up"), not a term
        # that is the phrase itself or holds it ("sa start-up")
        def hidden(h: Hit) -> bool:
            return any(a <= h.start and h.end <= b and (a, b) != (h.start, h.end) for a, b in masks)

        hits = [h for h in hits if patterns[h.pattern].kind not in MASKABLE or not hidden(h)]
    return hits
