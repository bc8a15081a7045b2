"""Test-only jobs for the parse worker pool: the parser *without* our prolog guard.

They run inside a `WorkerPool` worker (so under its RLIMIT_AS), to show what the guard
protects us from: given an entity blowup, feedparser's loose parser exhausts the
worker's address space; the daemon must survive that.
"""

from __future__ import annotations

import io

import feedparser


def parse_unguarded(body: bytes) -> int:
    """feedparser on `body` with no prolog guard; the length of the first title."""
    result = feedparser.parse(io.BytesIO(body), response_headers={"content-type": "text/xml"})
    return len(result.get("feed", {}).get("title", ""))


def quadratic_blowup(refs: int, size: int) -> bytes:
    """One `size`-character internal entity referenced `refs` times (expands to refs×size)."""
    return (
        # One declaration per line: that is where feedparser's loose parser looks for them.
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY big "{"x" * size}">\n]>\n'
        f'<rss version="2.0"><channel><title>{"&big;" * refs}</title></channel></rss>'
    ).encode()
