"""Evaluate the classifier on labelled items: precision, recall, F1, false positives.

Items are dicts as in tests/corpus/*.jsonl: {"id", "lang", "title", "text", "labels"}.
Each item is classified once (`analyse_items`); the category figures (`summarise`) and
the per-language figures (`per_language`) are counted from the same analyses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from watcher.classify.pipeline import analyse_text
from watcher.classify.rules import Rules
from watcher.models import CATEGORIES, Analysis


@dataclass(frozen=True, slots=True)
class CategoryStats:
    """Counts and rates for one category."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class EvalReport:
    """The result of `evaluate`: per-category stats, negatives, and the mistakes."""

    per_category: dict[str, CategoryStats]
    items: int
    negatives: int
    negatives_flagged: int
    errors: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.per_category.values()) / len(self.per_category)

    @property
    def fp_rate(self) -> float:
        """Share of items labelled none ([]) that got at least one category."""
        return self.negatives_flagged / self.negatives if self.negatives else 0.0


def labels_of(item: dict[str, Any]) -> tuple[str, ...]:
    """The item's gold categories, in CATEGORIES order."""
    return tuple(c for c in CATEGORIES if c in set(item.get("labels") or []))


def analyse_items(items: Iterable[dict[str, Any]], rules: Rules) -> list[Analysis]:
    """Classify every item (title, text, and its `lang` as the hint)."""
    return [
        analyse_text(
            str(item.get("title") or ""), str(item.get("text") or ""), rules, item.get("lang")
        )
        for item in items
    ]


def summarise(items: Sequence[dict[str, Any]], analyses: Sequence[Analysis]) -> EvalReport:
    """Compare each item's analysis with its labels."""
    counts = {c: [0, 0, 0] for c in CATEGORIES}
    negatives = flagged = 0
    errors = []
    for n, (item, analysis) in enumerate(zip(items, analyses, strict=True), start=1):
        expected = labels_of(item)
        got = analysis.categories
        for c in CATEGORIES:
            if c in got and c in expected:
                counts[c][0] += 1
            elif c in got:
                counts[c][1] += 1
            elif c in expected:
                counts[c][2] += 1
        if not expected:
            negatives += 1
            flagged += bool(got)
        if set(got) != set(expected):
            errors.append((str(item.get("id", n)), expected, got))
    stats = {c: CategoryStats(*v) for c, v in counts.items()}
    return EvalReport(stats, len(items), negatives, flagged, errors)


def evaluate(items: Iterable[dict[str, Any]], rules: Rules) -> EvalReport:
    """Classify every item and compare with its labels."""
    listed = list(items)
    return summarise(listed, analyse_items(listed, rules))


@dataclass(frozen=True, slots=True)
class LanguageStats:
    """Detection in one language: did an item with labels get any category at all?

    `found` counts positives (items with labels) that got at least one category, right
    or wrong; `flagged` counts negatives that got one. `f1` is the F1 of that any-label
    detection: per-category F1 over the handful of items most languages have would say
    more about the sample than about the language.
    """

    items: int
    positives: int
    found: int
    flagged: int

    @property
    def detection(self) -> CategoryStats:
        return CategoryStats(self.found, self.flagged, self.positives - self.found)

    @property
    def f1(self) -> float:
        return self.detection.f1


def per_language(
    items: Sequence[dict[str, Any]], analyses: Sequence[Analysis]
) -> dict[str, LanguageStats]:
    """Detection figures per language (the item's `lang`, else the detected one), by code."""
    counts: dict[str, list[int]] = {}
    for item, analysis in zip(items, analyses, strict=True):
        row = counts.setdefault(str(item.get("lang") or analysis.lang), [0, 0, 0, 0])
        positive, got = bool(labels_of(item)), bool(analysis.categories)
        row[0] += 1
        row[1] += positive
        row[2] += positive and got
        row[3] += not positive and got
    return {lang: LanguageStats(*counts[lang]) for lang in sorted(counts)}


def format_report(report: EvalReport) -> str:
    """A plain-text table of the report, followed by the misclassified ids."""
    lines = [f"{'category':<15}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for c, s in report.per_category.items():
        lines.append(
            f"{c:<15}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
        )
    lines.append(f"macro-F1 {report.macro_f1:.3f} over {report.items} items")
    lines.append(
        f"false-positive rate on negatives {report.fp_rate:.3f} "
        f"({report.negatives_flagged}/{report.negatives})"
    )
    if report.errors:
        lines.append("misclassified:")
        for item_id, expected, got in report.errors:
            lines.append(f"  {item_id}: expected {list(expected)} got {list(got)}")
    return "\n".join(lines)
