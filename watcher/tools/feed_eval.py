"""Alerts a set of feed documents would raise: `watcher eval --feeds FILE...`.

Each file is parsed and each entry classified exactly as the daemon's worker does it
(`watcher.worker.parse_job` and `classify_job`: headline, summary or full content,
whatever the feed carries), as if `alert_on_first_poll` were on. The report lists the
entries that would alert, by feed, so false alerts on real streams can be read and
counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from watcher.classify.rules import Rules
from watcher.errors import ParseError
from watcher.models import ParsedFeed

_MOST_ENTRIES = 10_000  # entries read from one document


@dataclass(frozen=True, slots=True)
class FeedAlert:
    feed: str
    title: str
    categories: tuple[str, ...]
    score: float


def feed_files(paths: Sequence[Path]) -> list[Path]:
    """The files to read: each path as given, a folder as the files in it (sorted)."""
    files: list[Path] = []
    for path in paths:
        files += sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    return files


def read_feed(path: Path) -> ParsedFeed:
    """A feed document on disk, parsed as the daemon's worker parses a fetched one
    (OSError when it cannot be read, ParseError when it is no feed)."""
    from watcher import worker

    return worker.parse_job(path.read_bytes(), path.stem, f"file:{path}", None, _MOST_ENTRIES)


def alerts_of(paths: Sequence[Path], rules: Rules) -> tuple[int, list[FeedAlert], list[str]]:
    """(entries read, alerts, files that could not be read or parsed) over the feed
    files; a folder stands for the files in it."""
    from watcher import worker

    worker.use_rules(rules)
    entries = 0
    found: list[FeedAlert] = []
    failed: list[str] = []
    for path in feed_files(paths):
        try:
            parsed = read_feed(path)
        except OSError as e:
            failed.append(f"{path.name}: {e.strerror or e}")
            continue
        except ParseError as e:
            failed.append(f"{path.name}: {e}")
            continue
        entries += len(parsed.entries)
        for entry, result in zip(parsed.entries, worker.classify_job(parsed.entries), strict=True):
            if result.matches:
                top = max(result.matches, key=lambda m: m.score)
                cats = tuple(m.category for m in sorted(result.matches, key=lambda m: -m.score))
                found.append(FeedAlert(path.stem, entry.title, cats, top.score))
    return entries, found, failed


def format_feed_report(entries: int, found: list[FeedAlert], failed: list[str]) -> str:
    by_feed: dict[str, list[FeedAlert]] = {}
    for a in found:
        by_feed.setdefault(a.feed, []).append(a)
    lines = [f"entries: {entries}  alerts: {len(found)}  feeds alerting: {len(by_feed)}"]
    for feed, alerts in sorted(by_feed.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"{feed}: {len(alerts)}")
        lines += [f"  [{', '.join(a.categories)}] {a.score:.2f} {a.title[:90]}" for a in alerts]
    lines += [f"parse failed: {f}" for f in failed]
    return "\n".join(lines)
