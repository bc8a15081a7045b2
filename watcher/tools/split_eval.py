"""`watcher eval --split story:SEED`: the figures of two halves that share no event.

An item's story is its `story` field, else its `event`, else its `id`. It is in half A
when int(sha256(f"{SEED}:{story}").hexdigest(), 16) is even, else in half B, so every
report of one event lands in the same half, and a seed fixes the split for good
(tune on A, watch B). Each half is reported on its own: the classifier's categories,
languages and entities (see `entity_eval`), or, with `--events`, merge precision and
recall of event dedup run over that half alone.

For `--events` each item's event key is its `event`, else its `story`; a half is run
in order of `published` when every line carries it, else in file order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from watcher.classify.rules import Rules
from watcher.errors import WatcherError
from watcher.tools.classify_eval import LanguageStats, analyse_items, per_language, summarise
from watcher.tools.dedup_eval import EventReport, evaluate_events
from watcher.tools.entity_eval import Ratio, evaluate_entities

HALVES = ("A", "B")


def parse_split(spec: str) -> int:
    """The seed of a `story:SEED` split spec; ValueError for anything else."""
    key, sep, seed = spec.partition(":")
    if key != "story" or not sep or not seed.strip().lstrip("-").isdigit():
        raise ValueError(f"expected story:SEED (an integer seed), got {spec!r}")
    return int(seed)


def story_key(item: dict[str, Any]) -> str:
    """The key that keeps an event's reports together: `story`, `event`, then `id`."""
    return str(item.get("story") or item.get("event") or item.get("id"))


def half_of(item: dict[str, Any], seed: int) -> str:
    """ "A" or "B" (see the module docstring)."""
    digest = hashlib.sha256(f"{seed}:{story_key(item)}".encode()).hexdigest()
    return "A" if int(digest, 16) % 2 == 0 else "B"


def split_items(items: Iterable[dict[str, Any]], seed: int) -> dict[str, list[dict[str, Any]]]:
    """The items of each half, in input order."""
    halves: dict[str, list[dict[str, Any]]] = {h: [] for h in HALVES}
    for item in items:
        halves[half_of(item, seed)].append(item)
    return halves


def classification_figures(items: Sequence[dict[str, Any]], rules: Rules) -> dict[str, Any]:
    """Categories, languages and entities of one set of items, JSON-ready."""
    analyses = analyse_items(items, rules)
    report = summarise(items, analyses)
    entities = evaluate_entities(items, analyses, rules)
    return {
        "items": report.items,
        "stories": len({story_key(i) for i in items}),
        "categories": {
            c: {"precision": s.precision, "recall": s.recall, "f1": s.f1}
            | {"tp": s.tp, "fp": s.fp, "fn": s.fn}
            for c, s in report.per_category.items()
        },
        "macro_f1": report.macro_f1,
        "none_fpr": report.fp_rate,
        "negatives": report.negatives,
        "negatives_flagged": report.negatives_flagged,
        "languages": {lang: _language(s) for lang, s in per_language(items, analyses).items()},
        "entities": {
            name: _ratio(getattr(entities, name))
            for name in ("people_recall", "people_precision", "from_org", "to_org", "amount")
        },
        "misclassified": [
            {"id": i, "expected": list(want), "got": list(got)} for i, want, got in report.errors
        ],
    }


def _language(s: LanguageStats) -> dict[str, Any]:
    return {"items": s.items, "positives": s.positives, "found": s.found} | {
        "flagged": s.flagged,
        "f1": s.f1,
    }


def _ratio(r: Ratio) -> dict[str, Any]:
    return {"value": r.value, "hits": r.hits, "total": r.total}


def _published(item: dict[str, Any]) -> datetime:
    try:
        when = datetime.fromisoformat(str(item["published"]).replace("Z", "+00:00"))
    except ValueError as e:
        raise WatcherError(f"{item.get('id')}: published is not an ISO 8601 time") from e
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def event_lines(items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items as `evaluate_events` reads them: keyed by event, in publication order.

    A line without `event` takes its `story` as the key when it carries labels. Two
    unlabelled reports of one story (the same layoffs, the same funding round) make no
    alert at all, so they are no pair the linker could join: each stays on its own."""
    lines = [
        item
        if item.get("event") or not (item.get("story") and item.get("labels"))
        else item | {"event": item["story"]}
        for item in items
    ]
    if lines and all(line.get("published") for line in lines):
        lines.sort(key=_published)
    return lines


def event_figures(items: Sequence[dict[str, Any]], rules: Rules) -> dict[str, Any]:
    """Merge precision and recall of event dedup over the items as given, JSON-ready."""
    report: EventReport = evaluate_events(items, rules=rules)
    return {
        "articles": report.articles,
        "stories": len({story_key(i) for i in items}),
        "true_pairs": report.true_pairs,
        "tp": report.tp,
        "fp": report.fp,
        "fn": report.fn,
        "precision": report.precision,
        "recall": report.recall,
        "wrongly_merged": [list(p) for p in report.wrongly_merged],
        "wrongly_split": [list(p) for p in report.wrongly_split],
    }


def split_figures(
    items: Iterable[dict[str, Any]], rules: Rules, seed: int, *, events: bool = False
) -> dict[str, Any]:
    """Each half's figures: {"split": {"key", "seed"}, "halves": {"A": …, "B": …}}.

    The classification figures, or with `events` the merge figures over `event_lines`.
    """
    halves = split_items(items, seed)

    def figures(half: Sequence[dict[str, Any]]) -> dict[str, Any]:
        if events:
            return event_figures(event_lines(half), rules)
        return classification_figures(half, rules)

    return {
        "split": {"key": "story", "seed": seed},
        "halves": {h: figures(halves[h]) for h in HALVES},
    }


def _row(label: str, cells: Iterable[str]) -> str:
    return f"{label:<18}" + "".join(f"{c:>26}" for c in cells)


def _frac(r: dict[str, Any]) -> str:
    return f"{r['value']:.3f} ({r['hits']}/{r['total']})"


def _header(report: dict[str, Any], count: str) -> list[str]:
    halves = report["halves"]
    return [
        f"split by story, seed {report['split']['seed']} (no story in both halves)",
        _row("", (f"half {h}" for h in HALVES)),
        _row(
            f"{count} (stories)", (f"{halves[h][count]} ({halves[h]['stories']})" for h in HALVES)
        ),
    ]


def format_split(report: dict[str, Any]) -> str:
    """The text `watcher eval --split` prints: half A and half B side by side."""
    halves = [report["halves"][h] for h in HALVES]
    lines = _header(report, "items")
    lines.append(_row("category", ["P      R     F1"] * 2))
    for c in halves[0]["categories"]:
        cells = [half["categories"][c] for half in halves]
        lines.append(
            _row(c, (f"{s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}" for s in cells))
        )
    lines.append(_row("macro-F1", (f"{half['macro_f1']:.3f}" for half in halves)))
    lines.append(
        _row(
            "none-FPR",
            (f"{h['none_fpr']:.3f} ({h['negatives_flagged']}/{h['negatives']})" for h in halves),
        )
    )
    lines.append(_row("language", ["items  pos found     F1"] * 2))
    for lang in sorted({lang for half in halves for lang in half["languages"]}):
        cells = [half["languages"].get(lang) for half in halves]
        lines.append(
            _row(
                lang,
                (
                    f"{s['items']:>5} {s['positives']:>4} {s['found']:>5}  {s['f1']:.3f}"
                    if s
                    else "-"
                    for s in cells
                ),
            )
        )
    lines.append("entities (labelled items)")
    for name, label in (
        ("people_recall", "people recall"),
        ("people_precision", "people precision"),
        ("from_org", "from accuracy"),
        ("to_org", "to accuracy"),
        ("amount", "amount within 5%"),
    ):
        lines.append(_row(label, (_frac(half["entities"][name]) for half in halves)))
    return "\n".join(lines)


def format_event_split(report: dict[str, Any]) -> str:
    """The text `watcher eval --events --split` prints: half A and half B side by side."""
    halves = [report["halves"][h] for h in HALVES]
    lines = _header(report, "articles")
    lines.append(_row("same-event pairs", (str(h["true_pairs"]) for h in halves)))
    lines.append(
        _row(
            "merge precision",
            (f"{h['precision']:.3f} ({h['tp']}/{h['tp'] + h['fp']})" for h in halves),
        )
    )
    lines.append(
        _row("merge recall", (f"{h['recall']:.3f} ({h['tp']}/{h['true_pairs']})" for h in halves))
    )
    return "\n".join(lines)
