"""The one way tests build a watcher config: a document, as a `Config` or as a TOML file.

    build_config(tmp_path, feeds, sinks, polling=…, delivery=…, web=…)  → Config   (in-process daemon)
    write_config(tmp_path, feeds, sinks, polling=…, delivery=…, web=…)  → w.toml   (`watcher` subprocess, CLI)

Both start from the same document: a database in `tmp_path`, a fast daemon on loopback
(short intervals, no jitter, one worker, private networks allowed, no web server), feeds given by
URL (ids `feed0`, `feed1`, …) or as whole tables, and sinks as tables (`mqtt_sink`,
`webhook_sink`). Each section a test passes is merged over the defaults. Tests of
configuration parsing itself write their TOML by hand: that text is what they test.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tests.broker import Broker
from watcher.config import Config
from watcher.config_load import parse_config

FAST_POLLING: dict[str, Any] = {
    "interval": 0.5,
    "min_interval": 0.2,
    "startup_spread": 0.1,
    "jitter": 0.0,
    "timeout": 2,
    "allow_private_networks": True,
    "workers": 1,  # tests run side by side on a small machine; isolation tests ask for more
}
FAST_DELIVERY: dict[str, Any] = {"base_delay": 0.1, "max_delay": 0.5, "drain_timeout": 3}

Feed = str | Mapping[str, Any]


def config_doc(
    tmp_path: Path,
    feeds: Sequence[Feed] = (),
    sinks: Sequence[Mapping[str, Any]] = (),
    *,
    polling: Mapping[str, Any] | None = None,
    delivery: Mapping[str, Any] | None = None,
    web: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The config document both builders start from."""
    return {
        "database": {"path": str(tmp_path / "w.db")},
        "polling": {**FAST_POLLING, **(polling or {})},
        "delivery": {**FAST_DELIVERY, **(delivery or {})},
        "web": {"enabled": False, **(web or {})},
        "feeds": [
            {"id": f"feed{i}", "url": f} if isinstance(f, str) else dict(f)
            for i, f in enumerate(feeds)
        ],
        "sinks": [dict(s) for s in sinks],
    }


def build_config(
    tmp_path: Path,
    feeds: Sequence[Feed] = (),
    sinks: Sequence[Mapping[str, Any]] = (),
    *,
    polling: Mapping[str, Any] | None = None,
    delivery: Mapping[str, Any] | None = None,
    web: Mapping[str, Any] | None = None,
) -> Config:
    """A validated config for a daemon run in this process."""
    doc = config_doc(tmp_path, feeds, sinks, polling=polling, delivery=delivery, web=web)
    return parse_config(doc)


def write_config(
    tmp_path: Path,
    feeds: Sequence[Feed] = (),
    sinks: Sequence[Mapping[str, Any]] = (),
    *,
    polling: Mapping[str, Any] | None = None,
    delivery: Mapping[str, Any] | None = None,
    web: Mapping[str, Any] | None = None,
) -> Path:
    """The same document as `tmp_path/w.toml`, for a `watcher` subprocess or CLI command."""
    doc = config_doc(tmp_path, feeds, sinks, polling=polling, delivery=delivery, web=web)
    path = tmp_path / "w.toml"
    path.write_text(to_toml(doc))
    return path


def to_toml(doc: Mapping[str, Any]) -> str:
    """TOML for a document of tables and arrays of tables holding scalars."""
    out: list[str] = []
    for name, section in doc.items():
        tables = [section] if isinstance(section, Mapping) else section
        header = f"[{name}]" if isinstance(section, Mapping) else f"[[{name}]]"
        for table in tables:
            out.append(header)
            out.extend(f"{key} = {_value(value)}" for key, value in table.items())
            out.append("")
    return "\n".join(out)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"no TOML for {type(value).__name__}")


def mqtt_sink(broker: Broker, prefix: str, name: str = "bus", **extra: Any) -> dict[str, Any]:
    """An `mqtt` sink table for a test broker."""
    return {"type": "mqtt", "name": name, "url": broker.url, "topic_prefix": prefix, **extra}


def webhook_sink(url: str, name: str = "desk", **extra: Any) -> dict[str, Any]:
    """A `webhook` sink table (`format`, `secret`, limits… as keyword arguments)."""
    return {"type": "webhook", "name": name, "url": url, **extra}
