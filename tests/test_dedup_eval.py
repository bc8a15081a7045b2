"""Event dedup measured on the labelled corpus (tests/corpus/*.jsonl, `event` keys)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher.classify import default_rules
from watcher.tools.dedup_eval import evaluate_events, format_event_report, run_dedup

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.jsonl"))


EVENT_SETS = Path(__file__).parent / "corpus_events"


def _items(paths: list[Path] = CORPUS) -> list[dict[str, object]]:
    return [
        json.loads(line)
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_corpus_merge_quality() -> None:
    report = evaluate_events(_items(), rules=default_rules())
    text = format_event_report(report)
    assert report.true_pairs >= 400, text
    assert report.precision >= 0.98, text
    # 0.924 measured: the pairs include the reports that name the mover only in another
    # alphabet or declension (ar, fa, he, hi, cs, pl, ru, sk, tr, uk), linked since
    # names are read across alphabets
    assert report.recall >= 0.88, text


@pytest.mark.parametrize(
    ("name", "precision", "recall"),
    # Regression floors of the event sets (see corpus_events/README.md), below the
    # targets: their figures are reported in the README, not tuned to a target.
    [("set-a.jsonl", 0.98, 0.58), ("set-b.jsonl", 0.98, 0.32)],
)
def test_event_sets_merge_quality(name: str, precision: float, recall: float) -> None:
    report = evaluate_events(_items([EVENT_SETS / name]), rules=default_rules())
    text = format_event_report(report)
    assert report.true_pairs >= 50, text
    assert report.precision >= precision, text
    assert report.recall >= recall, text


def test_lookalike_researchers_same_lab_same_week_stay_separate() -> None:
    lines = [
        {
            "id": "a1",
            "title": "Google DeepMind researcher Lena Brandt joins Anthropic",
            "text": "Lena Brandt, who led reinforcement learning work at Google DeepMind, "
            "has left the lab to join Anthropic, she said on Monday.",
            "published": "2025-03-03T09:00:00Z",
        },
        {
            "id": "b1",
            "title": "Google DeepMind researcher Tomas Ruiz joins Anthropic",
            "text": "Tomas Ruiz, who led reinforcement learning work at Google DeepMind, "
            "has left the lab to join Anthropic, he said on Wednesday.",
            "published": "2025-03-05T09:00:00Z",
        },
        {
            "id": "a2",
            "title": "Lena Brandt verlässt Google DeepMind und wechselt zu Anthropic",
            "text": "Die Forscherin Lena Brandt verlässt Google DeepMind und wechselt zu "
            "Anthropic, wie sie am Montag mitteilte.",
            "published": "2025-03-03T15:00:00Z",
        },
    ]
    out = {r["id"]: r for r in run_dedup(lines, rules=default_rules())}
    assert out["a1"]["kind"] == "new" and out["b1"]["kind"] == "new"
    assert out["a1"]["event_id"] != out["b1"]["event_id"]
    assert out["a2"]["event_id"] == out["a1"]["event_id"]


def test_same_person_two_moves_years_apart_stay_separate() -> None:
    lines = [
        {
            "id": "x1",
            "title": "John Schulman leaves OpenAI for Anthropic",
            "text": "OpenAI co-founder John Schulman has left the company to join Anthropic.",
            "published": "2024-08-06T08:00:00Z",
        },
        {
            "id": "x2",
            "title": "John Schulman leaves Anthropic for Thinking Machines Lab",
            "text": "John Schulman has left Anthropic to join Thinking Machines Lab.",
            "published": "2025-02-06T08:00:00Z",
        },
    ]
    out = list(run_dedup(lines, rules=default_rules()))
    assert [r["kind"] for r in out] == ["new", "new"]
    assert out[0]["event_id"] != out[1]["event_id"]
