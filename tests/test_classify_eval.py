"""Quality gate on the labelled corpus (tests/corpus/*.jsonl) and the report format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher.classify import analyse, default_rules
from watcher.tools.classify_eval import evaluate, format_report
from watcher.tools.jsonl import analysis_to_json

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.jsonl"))


@pytest.mark.skipif(not CORPUS, reason="tests/corpus/*.jsonl not present")
def test_corpus_quality() -> None:
    items = [
        json.loads(line)
        for path in CORPUS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    report = evaluate(items, default_rules())
    assert report.macro_f1 >= 0.95, format_report(report)
    assert report.fp_rate <= 0.03, format_report(report)


def test_report_counts_and_format() -> None:
    items = [
        {
            "id": "a",
            "title": "Jason Wei leaves OpenAI",
            "text": "Jason Wei has left OpenAI to join Meta.",
            "labels": ["departure"],
        },
        {"id": "b", "title": "Weather", "text": "It will rain in Oslo tomorrow.", "labels": []},
        {"id": "c", "title": "Weather", "text": "Sunny in Rome.", "labels": ["offer"]},
    ]
    report = evaluate(items, default_rules())
    assert report.per_category["departure"].tp == 1
    assert report.per_category["offer"].fn == 1
    assert report.negatives == 1 and report.fp_rate == 0.0
    text = format_report(report)
    assert "macro-F1" in text and "c: expected ['offer'] got []" in text


def test_analysis_to_json_shape() -> None:
    doc = analysis_to_json(
        "x1", analyse("Jason Wei leaves OpenAI", "Jason Wei has left OpenAI to join Meta.")
    )
    assert set(doc) == {"id", "lang", "categories", "scores", "entities", "evidence"}
    assert set(doc["entities"]) == {"people", "orgs", "from_org", "to_org", "amount_usd"}
    assert doc["categories"] == ["departure"]
    assert all(set(e) == {"category", "pattern", "text"} for e in doc["evidence"])
    json.dumps(doc)
