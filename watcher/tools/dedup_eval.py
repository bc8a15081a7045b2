"""Check event dedup on JSON lines: `watcher dedup --jsonl` and `watcher eval --events`.

Each article goes through the real stages, in file order, against a temporary SQLite
database: classify (`watcher.classify.analyse`) -> signature and fingerprint ->
`ingest.link` (`dedup.decide` against the recent events, then the record), the same
step the daemon runs inside its write transaction.

Input lines: {"id", "title", "text", "url"?, "published"? (ISO 8601), "lang"?}.
For the evaluation they also carry `event` (items sharing it report the same event);
an item without `event` is an event of its own.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

from watcher.classify import analyse
from watcher.classify.rules import Rules
from watcher.dedup.fingerprint import story_fingerprint
from watcher.dedup.records import WINDOW
from watcher.dedup.signature import event_signature
from watcher.errors import WatcherError
from watcher.ingest import link
from watcher.models import EventSource
from watcher.store import Transaction, schema

# Articles without a date are taken as published together, at this instant.
_UNDATED = datetime(2025, 1, 1, tzinfo=UTC)


def _published(line: dict[str, Any], default: datetime) -> datetime:
    """The line's `published` time (ISO 8601, UTC when it names no zone): the instant
    the decision is taken at, so the window and the time evidence see real dates."""
    raw = line.get("published")
    if not raw:
        return default
    try:
        when = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    except ValueError as e:
        raise WatcherError(
            f"{line.get('id', '?')}: published is not an ISO 8601 time: {raw!r}"
        ) from e
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def run_dedup(
    lines: Iterable[dict[str, Any]], *, rules: Rules, window: timedelta = WINDOW
) -> Iterator[dict[str, Any]]:
    """One {"id", "event_id", "kind"} per article, in input order (see module docstring)."""
    with tempfile.TemporaryDirectory(prefix="watcher-dedup-") as tmp:
        conn = sqlite3.connect(Path(tmp) / "events.db", isolation_level=None)
        try:
            schema.migrate(conn)
            for number, line in enumerate(lines):
                title, text = str(line.get("title") or ""), str(line.get("text") or "")
                now = _published(line, _UNDATED)
                analysis = analyse(title, text, rules=rules, lang_hint=line.get("lang"))
                signature = event_signature(analysis, title=title, text=text, rules=rules)
                fingerprint = story_fingerprint(title, text)
                source = EventSource(
                    feed_id="jsonl",
                    guid=str(line.get("id", number)),
                    url=line.get("url"),
                    lang=analysis.lang,
                    title=title,
                )
                conn.execute("BEGIN IMMEDIATE")
                try:
                    decision, event_id = link(
                        Transaction(conn), signature, fingerprint, source, now=now, window=window
                    )
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                yield {"id": line.get("id"), "event_id": event_id, "kind": decision.kind}
        finally:
            conn.close()


@dataclass(frozen=True, slots=True)
class EventReport:
    """Pairwise merge quality: a pair of articles is merged when they share an event id."""

    articles: int
    true_pairs: int  # pairs of articles reporting the same event
    tp: int
    fp: int
    fn: int
    wrongly_merged: list[tuple[str, str]] = field(default_factory=list)
    wrongly_split: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate_events(
    lines: Iterable[dict[str, Any]], *, rules: Rules, window: timedelta = WINDOW
) -> EventReport:
    """Run `run_dedup` over labelled lines and count merged/split pairs."""
    items = list(lines)
    results = list(run_dedup(items, rules=rules, window=window))
    truth = [str(i.get("event") or f"\x00{i.get('id')}") for i in items]
    found = [r["event_id"] or f"\x00{n}" for n, r in enumerate(results)]
    ids = [str(i.get("id")) for i in items]
    tp = fp = fn = 0
    merged_wrong: list[tuple[str, str]] = []
    split_wrong: list[tuple[str, str]] = []
    for a, b in combinations(range(len(items)), 2):
        same_truth, same_found = truth[a] == truth[b], found[a] == found[b]
        if same_truth and same_found:
            tp += 1
        elif same_found:
            fp += 1
            merged_wrong.append((ids[a], ids[b]))
        elif same_truth:
            fn += 1
            split_wrong.append((ids[a], ids[b]))
    return EventReport(len(items), tp + fn, tp, fp, fn, merged_wrong, split_wrong)


def format_event_report(report: EventReport) -> str:
    """The text `watcher eval --events` prints."""
    lines = [
        f"articles: {report.articles}  same-event pairs: {report.true_pairs}",
        f"merge precision: {report.precision:.3f}  (tp {report.tp}, fp {report.fp})",
        f"merge recall:    {report.recall:.3f}  (tp {report.tp}, fn {report.fn})",
    ]
    if report.wrongly_merged:
        lines.append("wrongly merged (different events, one event id):")
        lines += [f"  {a} + {b}" for a, b in report.wrongly_merged]
    if report.wrongly_split:
        lines.append("wrongly split (same event, different event ids):")
        lines += [f"  {a} / {b}" for a, b in report.wrongly_split]
    return "\n".join(lines)


def eval_events(
    lines: Iterable[dict[str, Any]], *, rules: Rules, window: timedelta = WINDOW
) -> str:
    """The pairwise precision/recall report of event dedup over labelled lines."""
    return format_event_report(evaluate_events(lines, rules=rules, window=window))
