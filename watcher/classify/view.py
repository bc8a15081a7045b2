"""What the classifier judges: the headline and the lead, not the whole body.

An alert reports the event that a headline and its first sentences are about. Feeds
that carry full articles bring thousands of words of background (an essay mentions a
departure, a history of a lab's founding), and judging all of it raises false alerts.
So every caller — the daemon's worker, `watcher classify`, `watcher eval`, the
benchmarks — goes through `lead()`: the categories come from the headline and lead;
the rest of the body may only add details (an amount, an origin or destination, names)
to an event the lead already reports (see `classify.analyse`).
"""

from __future__ import annotations

import re

from watcher.classify.text import sentence_starts

LEAD_CHARS = 600  # the lead: what a news summary carries after its headline
_SHORT_LINE = 60  # a shorter line without a full stop is a heading, a byline or a menu


def _prose(text: str) -> str:
    """The text without the short lines around an article's prose (page chrome, bylines,
    tables of contents), when it has lines at all."""
    if "\n" not in text:
        return text
    lines = [line.strip() for line in text.splitlines()]
    kept = [
        line
        for line in lines
        if len(line) >= _SHORT_LINE or (line and line[-1] in ".!?。！？\"”'’")
    ]
    return "\n".join(kept) if kept else text


def lead(text: str, limit: int = LEAD_CHARS, abbreviation: re.Pattern[str] | None = None) -> str:
    """The first sentences of the article's prose that fit in `limit` characters (at
    least the first sentence, cut at a word boundary if it alone runs past twice the
    limit). A text within the limit is its own lead."""
    if len(text) <= limit:
        return text
    text = _prose(text)
    if len(text) <= limit:
        return text
    starts = sentence_starts(text, abbreviation, until=limit)
    fitting = [s for s in starts[1:] if s <= limit]
    if fitting:
        return text[: fitting[-1]].rstrip()
    end = starts[1] if len(starts) > 1 else len(text)
    if end <= 2 * limit:
        return text[:end].rstrip()
    cut = text.rfind(" ", 0, 2 * limit)
    return text[: cut if cut > limit else 2 * limit]
