"""The weights of event linking, read once from `seeds/dedup.toml` (see decide.py).

Every weight is required and numeric: a missing or mistyped entry is a ConfigError
naming the file and the entry, not a silent default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from watcher.errors import ConfigError

_SECTIONS: dict[str, tuple[str, ...]] = {
    "thresholds": ("merge", "weak"),
    "people": (
        "same",
        "overlap",
        "group",
        "crossed",
        "partial",
        "mentioned",
        "cowritten",
        "cowritten_group",
        "named",
        "named_group",
        "surname",
        "different",
        "apart",
        "acquihire_team",
    ),
    "target": ("same", "written"),
    "categories": ("main", "overlap", "compatible", "incompatible"),
    "direction": (
        "to_agrees",
        "from_agrees",
        "orgs_agree",
        "to_differs",
        "from_differs",
        "reversed",
        "one_ended",
    ),
    "amount": ("close", "far", "tolerance"),
    "story": ("near_duplicate", "similar", "similar_floor"),
    "time": ("same_day", "apart", "close_hours", "apart_days"),
}


@dataclass(frozen=True, slots=True)
class Weights:
    """`w["people.same"]`-style access to the numbers, plus the compatible category pairs."""

    values: dict[str, float]
    compatible: frozenset[frozenset[str]]
    endings: frozenset[str] = frozenset()  # case endings a name may carry ("Jasona")

    def __getitem__(self, name: str) -> float:
        return self.values[name]


def parse_weights(doc: dict[str, Any], where: str = "dedup.toml") -> Weights:
    """Check and flatten a parsed dedup.toml."""
    values: dict[str, float] = {}
    for section, names in _SECTIONS.items():
        table = doc.get(section)
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: missing table [{section}]")
        for name in names:
            value = table.get(name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigError(f"{where}: [{section}] {name} must be a number")
            values[f"{section}.{name}"] = float(value)
    pairs = doc["categories"].get("compatible_pairs", [])
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(c, str) for c in p) for p in pairs
    ):
        raise ConfigError(f"{where}: [categories] compatible_pairs must be pairs of names")
    names = doc.get("names", {})
    endings = names.get("case_endings", []) if isinstance(names, dict) else None
    if not isinstance(endings, list) or not all(isinstance(e, str) and e for e in endings):
        raise ConfigError(f"{where}: [names] case_endings must be a list of non-empty strings")
    return Weights(
        values, frozenset(frozenset(p) for p in pairs), frozenset(e.lower() for e in endings)
    )


def read_weights(path: Path) -> Weights:
    try:
        with path.open("rb") as fh:
            doc = tomllib.load(fh)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read linking weights: {e.strerror}") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from e
    return parse_weights(doc, str(path))


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    """The weights of `seeds/dedup.toml` beside the patterns (read once per process)."""
    from watcher.classify import seeds_dir

    return read_weights(seeds_dir() / "dedup.toml")
