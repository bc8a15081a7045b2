"""Classify news text into AI-talent-market events: offer, departure, lab_formation, acquihire.

Public API (everything is pure; rules are compiled once and immutable):

    rules = load_rules([Path("my-patterns.toml")], watch_people=["Jason Wei"])
    analysis = analyse(title, text, rules=rules)          # -> Analysis
    matches = classify(entry, rules)                      # -> list[Match]

Patterns are data: seeds/patterns.toml (weights, language groups, lab-name shapes),
seeds/lexicon/<lang>.toml (words per category and language, and how the language
names people and builds clauses: [names], [grammar]; see seeds/README.md), seeds/orgs.toml
(organisation aliases) and seeds/amounts.toml (amount words, FX rates).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from watcher.classify.load import Spec, check_categories, merge_file, merge_grammar
from watcher.classify.pipeline import analyse_text
from watcher.classify.rules import Rules, compile_rules
from watcher.classify.view import lead
from watcher.errors import ConfigError
from watcher.models import Analysis, Entry, Match

__all__ = ["Rules", "analyse", "classify", "default_rules", "load_rules", "seeds_dir"]

_ENGINE_FILES = ("patterns.toml", "amounts.toml")
_DEFAULT_PATTERN_FILES = ("orgs.toml", "people.toml")


def seeds_dir() -> Path:
    """The folder of default pattern files (and the demo's sample articles).

    Looked up in order: $WATCHER_SEEDS; the package data `watcher/seeds` through
    importlib.resources (an installed wheel); the repository's top-level `seeds/` beside
    the `watcher/` package (a source checkout or an editable install).
    """
    candidates = [Path(p) for p in (os.environ.get("WATCHER_SEEDS"),) if p]
    packaged = resources.files("watcher") / "seeds"
    if isinstance(packaged, Path):  # a zip import has no folder to hand to the loader
        candidates.append(packaged)
    candidates.append(Path(__file__).resolve().parents[2] / "seeds")
    for folder in candidates:
        if (folder / "patterns.toml").is_file():
            return folder
    raise ConfigError(
        "default patterns not found: looked for patterns.toml in "
        + ", ".join(str(c) for c in candidates)
    )


def load_rules(
    extra_files: Sequence[Path] = (),
    *,
    watch_people: Sequence[str] = (),
    watch_orgs: Sequence[str] = (),
    min_score: float = 0.5,
    categories: Sequence[str] | None = None,
    replace_defaults: bool = False,
) -> Rules:
    """Load the default patterns, merge `extra_files` into them, and compile.

    With `replace_defaults` the default lexicons' terms and organisations are not loaded
    (the engine weights, amount words and the lexicons' [names] and [grammar] tables
    still are; the extra files add to them).
    `watch_people`/`watch_orgs` raise the score of texts naming them; `categories`
    restricts which categories are scored. Raises ConfigError on a malformed file.
    """
    if not 0.0 <= min_score <= 1.0:
        raise ConfigError(f"min_score must be within [0, 1], got {min_score}")
    if categories is not None:
        check_categories(list(categories))
    folder = seeds_dir()
    spec = Spec()
    files = [folder / name for name in _ENGINE_FILES]
    lexicons = sorted((folder / "lexicon").glob("*.toml"))
    if replace_defaults:
        for path in lexicons:
            merge_grammar(spec, path)
    else:
        files += [folder / name for name in _DEFAULT_PATTERN_FILES]
        files += lexicons
    for path in [*files, *(Path(p) for p in extra_files)]:
        merge_file(spec, path)
    return compile_rules(
        spec,
        watch_people=watch_people,
        watch_orgs=watch_orgs,
        min_score=min_score,
        categories=tuple(categories) if categories is not None else (),
    )


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The default rules, compiled once per process."""
    return load_rules()


def analyse(
    title: str, text: str, *, rules: Rules | None = None, lang_hint: str | None = None
) -> Analysis:
    """Analyse one article: scores for all categories, those above threshold, entities.

    The headline and lead (`view.lead`) decide whether the article reports an event at
    all; only when they do is the whole body read, for the details and the further
    categories of that event. A long body alone never raises an alert.
    """
    rules = rules or default_rules()
    head = lead(text, abbreviation=rules.grammar.abbreviation)
    analysis = analyse_text(title, head, rules, lang_hint)
    if not analysis.categories or len(head) == len(text):
        return analysis
    return analyse_text(title, text, rules, lang_hint)


def classify(entry: Entry, rules: Rules | None = None) -> list[Match]:
    """One Match per category at or above the threshold, for a feed entry."""
    return matches_from(analyse(entry.title, entry.text, rules=rules, lang_hint=entry.lang))


def matches_from(analysis: Analysis) -> list[Match]:
    """The Matches of an analysis: one per category at or above the threshold."""
    return [
        Match(
            category=cat,
            score=analysis.scores[cat],
            evidence=tuple(e for e in analysis.evidence if e.category == cat),
            entities=analysis.entities,
            lang=analysis.lang,
        )
        for cat in analysis.categories
    ]
