"""Spans of text the classifier names: a person, an organisation, found at start..end."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing at text[start:end]."""

    name: str
    start: int
    end: int
