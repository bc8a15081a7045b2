"""Plain words for configuration problems, and durations written the way people write them.

`parse_duration` reads 90, "90s", "15m", "2h", "1d" and "1h30m" as seconds.
`plain_problem` turns one pydantic error into a sentence a user can act on: no
validator wording, no regular expressions, the nearest known key for a typo.
`location` names where (with the feed's URL), and `raw_problems` finds on the raw
document what needs more than one value to see (repeated feeds, files that are missing),
so that every problem is reported in the same pass.
Pure functions; no business logic.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .redact import redact_url

_UNIT = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])")
_DURATION_HINT = 'a number of seconds or a duration such as "90s", "15m", "2h"'


def parse_duration(value: Any) -> Any:
    """Seconds for a duration string; anything else is returned as is (for the number check)."""
    if not isinstance(value, str):
        return value
    text = value.strip().lower().replace(" ", "")
    try:
        return float(text)
    except ValueError:
        pass
    parts = _DURATION.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise ValueError(f"must be {_DURATION_HINT} (got {value!r})")
    return sum(float(n) * _UNIT[u] for n, u in parts)


def format_duration(seconds: float) -> str:
    """90 -> "90s", 900 -> "15m", 7200 -> "2h"."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


# Names whose pattern is a shape a person can read.
_PATTERN_WORDS = {
    "id": "may hold only letters, digits, '_', '.' and '-' (1 to 64 characters)",
    "name": "may hold only letters, digits, '_', '.' and '-' (1 to 64 characters)",
    "topic_prefix": "must not contain '#', '+' or a NUL character",
}
_TYPE_WORDS = {
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_parsing": "must be true or false",
    "bool_type": "must be true or false",
    "string_type": 'must be a text in quotes ("…")',
    "tuple_type": "must be a list: [ … ]",
    "list_type": "must be a list: [ … ]",
    "model_type": "must be a table: [section] or { key = value }",
    "model_attributes_type": "must be a table: [section] or { key = value }",
    "missing": "is required",
    "union_tag_not_found": 'needs a type: "mqtt" or "webhook"',
    "union_tag_invalid": 'type must be "mqtt" or "webhook"',
}
_DURATION_FIELDS = frozenset(
    {
        "interval",
        "min_interval",
        "max_interval",
        "startup_spread",
        "timeout",
        "parse_timeout",
        "base_delay",
        "max_delay",
        "request_timeout",
        "drain_timeout",
    }
)


def is_duration_field(name: str) -> bool:
    return name in _DURATION_FIELDS


def _shown(value: Any) -> str:
    if isinstance(value, dict | list):
        return ""
    text = repr(value)
    return f" (got {text if len(text) <= 60 else text[:57] + '…'})"


def plain_problem(err: Mapping[str, Any], known_keys: Iterable[str] = ()) -> str:
    """One pydantic error (from `ValidationError.errors()`) as a sentence."""
    kind = str(err.get("type", ""))
    loc = tuple(err.get("loc", ()))
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    ctx = err.get("ctx") or {}
    value = err.get("input")
    if kind == "extra_forbidden":
        near = difflib.get_close_matches(str(field), list(known_keys), n=1, cutoff=0.6)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        return f"unknown key{hint}"
    if kind == "value_error":
        return str(ctx.get("error") or err.get("msg", "")).removeprefix("Value error, ")
    if kind == "string_pattern_mismatch":
        return _PATTERN_WORDS.get(field, "has characters that are not allowed") + _shown(value)
    if kind in ("float_parsing", "float_type") and is_duration_field(field):
        return f"must be {_DURATION_HINT}" + _shown(value)
    if kind in _TYPE_WORDS:
        return _TYPE_WORDS[kind] + ("" if kind == "missing" else _shown(value))
    bounds = {
        "greater_than": "must be more than {gt}",
        "greater_than_equal": "must be at least {ge}",
        "less_than": "must be less than {lt}",
        "less_than_equal": "must be at most {le}",
    }
    if kind in bounds:
        numbers = {k: f"{v:g}" if isinstance(v, int | float) else v for k, v in ctx.items()}
        return bounds[kind].format(**numbers) + _shown(value)
    msg = str(err.get("msg", "is not valid"))
    msg = re.sub(r"^Input should be", "must be", msg)
    return msg + _shown(value)


def feed_url_at(data: Mapping[str, Any], index: int) -> str | None:
    feeds = data.get("feeds")
    if isinstance(feeds, list) and 0 <= index < len(feeds) and isinstance(feeds[index], dict):
        url = feeds[index].get("url")
        return redact_url(url) if isinstance(url, str) else None
    return None


def location(loc: tuple[int | str, ...], data: Mapping[str, Any]) -> str:
    """`feeds[3].interval`, with the feed's URL after it when the problem is in a feed."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("mqtt", "webhook") and out.endswith("]"):
            continue  # the discriminated union adds the tag to the path; users don't write it
        else:
            out += f".{part}" if out else str(part)
    if len(loc) >= 2 and loc[0] == "feeds" and isinstance(loc[1], int):
        url = feed_url_at(data, loc[1])
        if url and loc[2:] != ("url",):
            out += f" ({url})"
    return out or "(top level)"


def raw_problems(data: Mapping[str, Any], base: Path | None) -> list[str]:
    """Problems that need more than one value to see, found on the raw document so that
    they are reported in the same pass as everything else."""
    problems: list[str] = []
    feeds = data.get("feeds")
    seen: dict[str, int] = {}
    for i, feed in enumerate(feeds if isinstance(feeds, list) else []):
        if not isinstance(feed, dict) or not isinstance(feed.get("url"), str):
            continue
        fid = feed.get("id") or "f-" + hashlib.sha256(feed["url"].encode()).hexdigest()[:12]
        url = redact_url(feed["url"])
        for key in (f"url:{feed['url']}", f"id:{fid}"):
            if key in seen:
                first = seen[key]
                what = "URL" if key.startswith("url:") else "id"
                problems.append(
                    f"feeds[{i}] ({url}): feeds must be unique: same {what} as feeds[{first}]"
                )
                break
            seen[key] = i
    sinks = data.get("sinks")
    names: dict[str, int] = {}
    for i, sink in enumerate(sinks if isinstance(sinks, list) else []):
        name = sink.get("name") if isinstance(sink, dict) else None
        if isinstance(name, str):
            if name in names:
                first = names[name]
                problems.append(
                    f"sinks[{i}].name: sink names must be unique: {name!r} is also sinks[{first}]"
                )
            names.setdefault(name, i)
    if base is not None:
        problems += missing_files(data, base)
    return problems


def missing_files(data: Mapping[str, Any], base: Path) -> list[str]:
    found: list[str] = []
    classification = data.get("classification")
    files = classification.get("pattern_files") if isinstance(classification, dict) else None
    for i, name in enumerate(files if isinstance(files, list) else []):
        if isinstance(name, str) and not (base / name).is_file():
            found.append(f"classification.pattern_files[{i}]: no such file: {base / name}")
    sinks = data.get("sinks")
    for i, sink in enumerate(sinks if isinstance(sinks, list) else []):
        ca = sink.get("ca_file") if isinstance(sink, dict) else None
        if isinstance(ca, str) and not (base / ca).is_file():
            found.append(f"sinks[{i}].ca_file: no such file: {base / ca}")
    return found


def secret_value(name: str, env: Mapping[str, str]) -> str | None:
    """The value of NAME, or the content of the file named by NAME_FILE (Docker and systemd
    secrets), without its final newline. None when neither is set."""
    if name in env:
        return env[name]
    file = env.get(f"{name}_FILE")
    if not file:
        return None
    try:
        return Path(file).read_text(encoding="utf-8").removesuffix("\n").removesuffix("\r")
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else "not UTF-8 text"
        raise ValueError(f"{name}_FILE={file}: cannot read: {reason}") from e
