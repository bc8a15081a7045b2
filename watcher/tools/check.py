"""`watcher check`: every problem of a config file in one pass, and the values it will change.

Problems come from validation (every field, with its location and the feed's URL), from
the SSRF guard (feed and webhook URLs on private addresses), from the pattern files, and
from what a running daemon needs (at least one sink). Warnings are values the daemon
will change rather than refuse (an interval below the minimum).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from watcher.config import Config
from watcher.config_load import load_config
from watcher.config_words import format_duration
from watcher.errors import ConfigError, FetchError
from watcher.fetch import check_url
from watcher.redact import redact_url


@dataclass
class Report:
    config: Config | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _raw(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _raw_unsafe_feeds(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """The SSRF guard over the feeds of a document that did not validate as a whole."""
    polling = raw.get("polling") if isinstance(raw.get("polling"), dict) else {}
    assert isinstance(polling, dict)
    allow: bool | tuple[str, ...] = bool(polling.get("allow_private_networks")) or tuple(
        n for n in polling.get("allowed_networks", ()) if isinstance(n, str)
    )
    found = []
    feeds = raw.get("feeds")
    for i, feed in enumerate(feeds if isinstance(feeds, list) else []):
        url = feed.get("url") if isinstance(feed, dict) else None
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            continue  # validation already named it
        try:
            check_url(url, allow)
        except FetchError as e:
            found.append((f"feeds[{i}].url ({redact_url(url)})", e.reason))
        except ValueError:
            continue
    return found


def config_warnings(config: Config) -> list[str]:
    """Values the daemon will change rather than refuse, in plain words."""
    polling = config.polling
    least = format_duration(polling.min_interval)
    found = []
    if polling.interval < polling.min_interval:
        found.append(
            f"polling.interval {format_duration(polling.interval)} is below polling.min_interval"
            f" {least}: feeds will be polled every {least}"
        )
    for i, feed in enumerate(config.feeds):
        if feed.interval is not None and feed.interval < polling.min_interval:
            found.append(
                f"feeds[{i}].interval ({redact_url(feed.url)}) {format_duration(feed.interval)}"
                f" is below polling.min_interval {least}: it will be polled every {least}"
            )
    return found


def check_file(path: Path) -> Report:
    """Everything wrong with the config file at `path`."""
    from watcher.wiring import unsafe_urls

    report = Report()
    try:
        report.config = load_config(path)
    except ConfigError as e:
        report.problems.extend(e.problems)
    raw = _raw(path)
    if not raw:
        return report  # unreadable, not TOML, empty: nothing more to look at
    if report.config is not None:
        unsafe = unsafe_urls(report.config, resolve=True)
        feeds = report.config.feeds
        for where, why in unsafe:
            if where.startswith("feeds["):
                index = int(where[6 : where.index("]")])
                where = f"{where} ({redact_url(feeds[index].url)})"
            report.problems.append(f"{path}: {where}: {why}")
    else:
        report.problems += [f"{path}: {w}: {why}" for w, why in _raw_unsafe_feeds(raw)]
    if not raw.get("sinks"):
        report.problems.append(
            f"{path}: no [[sinks]]: alerts would go nowhere; add an mqtt or webhook sink"
            " (`watcher init` writes an example)"
        )
    if report.config is not None:
        from watcher.worker import RulesSpec

        try:
            RulesSpec.from_config(report.config.classification).build()
        except ConfigError as e:
            report.problems.extend(e.problems or [str(e)])
        report.warnings += [f"{path}: {w}" for w in config_warnings(report.config)]
    return report
