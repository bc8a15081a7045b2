"""`watcher eval --split`: the split rule, the entity scoring rules, and the command."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from watcher.classify import analyse, default_rules
from watcher.cli import main
from watcher.tools.entity_eval import evaluate_entities, org_key, surname
from watcher.tools.split_eval import event_lines, half_of, parse_split, split_items, story_key

ITEMS = [
    {
        "id": "m1",
        "story": "wei-meta",
        "lang": "en",
        "title": "Jason Wei leaves OpenAI",
        "text": "Jason Wei has left OpenAI to join Meta.",
        "labels": ["departure"],
        "people": ["Jason Wei"],
        "orgs_from": ["OpenAI"],
        "orgs_to": ["Facebook"],
        "amount_usd": None,
    },
    {
        "id": "m2",
        "story": "wei-meta",
        "lang": "de",
        "title": "Jason Wei verlässt OpenAI und wechselt zu Meta",
        "text": "Der Forscher Jason Wei verlässt OpenAI und wechselt zu Meta.",
        "labels": ["departure"],
        "people": ["Jason Wei"],
        "orgs_from": ["OpenAI"],
        "orgs_to": ["Meta"],
        "amount_usd": None,
    },
    {
        "id": "w1",
        "story": "weather",
        "lang": "en",
        "title": "Weather",
        "text": "It will rain in Oslo tomorrow.",
        "labels": [],
        "people": [],
        "orgs_from": [],
        "orgs_to": [],
        "amount_usd": None,
    },
]


def test_split_rule_is_sha256_of_seed_and_story() -> None:
    for seed in (1, 7):
        for story in ("wei-meta", "weather", "x"):
            digest = int(hashlib.sha256(f"{seed}:{story}".encode()).hexdigest(), 16)
            assert half_of({"story": story}, seed) == ("A" if digest % 2 == 0 else "B")


def test_story_key_falls_back_to_event_then_id() -> None:
    assert story_key({"story": "s", "event": "e", "id": "i"}) == "s"
    assert story_key({"event": "e", "id": "i"}) == "e"
    assert story_key({"id": "i"}) == "i"


def test_reports_of_one_story_stay_in_one_half() -> None:
    items = [{"id": f"{s}-{n}", "story": f"s{s}"} for s in range(40) for n in range(3)]
    halves = split_items(items, 1)
    assert halves["A"] and halves["B"]
    for half in halves.values():
        assert all(len([i for i in half if i["story"] == it["story"]]) == 3 for it in half)


@pytest.mark.parametrize("spec", ["story", "event:1", "story:x", "story:", ":1"])
def test_bad_split_spec(spec: str) -> None:
    with pytest.raises(ValueError, match="story:SEED"):
        parse_split(spec)


def test_event_lines_key_by_story_and_order_by_published() -> None:
    lines = event_lines(
        [
            {"id": "b", "story": "s", "labels": ["departure"], "published": "2025-03-02T00:00:00Z"},
            {"id": "a", "story": "s", "event": "e", "published": "2025-03-01T00:00:00+00:00"},
        ]
    )
    assert [(x["id"], x["event"]) for x in lines] == [("a", "e"), ("b", "s")]
    undated = event_lines([{"id": "b"}, {"id": "a", "published": "2025-01-01T00:00:00Z"}])
    assert [x["id"] for x in undated] == ["b", "a"]  # not every line dated: file order


def test_unlabelled_reports_of_one_story_are_no_pair() -> None:
    lines = event_lines(
        [
            {"id": "a", "story": "layoffs", "labels": []},
            {"id": "b", "story": "layoffs", "labels": []},
            {"id": "c", "story": "move", "labels": ["departure"]},
        ]
    )
    assert [x.get("event") for x in lines] == [None, None, "move"]


def test_surname_and_org_keys_fold() -> None:
    assert surname("Fei-Fei Li") == "li"
    assert surname("Łukasz Kaiser") == "kaiser"
    assert surname("José Hernández") == "hernandez"
    rules = default_rules()
    assert org_key("Facebook", rules) == org_key("Meta", rules) == org_key("Meta's", rules)
    assert org_key("Google DeepMind", rules) != org_key("Google", rules)
    assert org_key("Some Unknown Lab", rules) == "some unknown lab"


def test_entity_rules() -> None:
    rules = default_rules()
    items = [
        ITEMS[0] | {"people": ["Jason Wei", "Hyung Won Chung"], "amount_usd": 100_000_000},
        ITEMS[2] | {"people": ["Someone Else"]},  # no labels: not counted
    ]
    analyses = [analyse(i["title"], i["text"], rules=rules) for i in items]
    report = evaluate_entities(items, analyses, rules)
    assert (report.people_recall.hits, report.people_recall.total) == (1, 2)
    assert report.people_precision.value == 1.0
    assert (report.from_org.hits, report.from_org.total) == (1, 1)
    assert (report.to_org.hits, report.to_org.total) == (1, 1)  # Meta is Facebook's org
    assert (report.amount.hits, report.amount.total) == (0, 1)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_eval_split_json_and_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in ITEMS), encoding="utf-8")
    report = json.loads(_run(capsys, "eval", "--split", "story:1", "--json", str(path)))
    assert report["split"] == {"key": "story", "seed": 1}
    halves = report["halves"]
    want = split_items(ITEMS, 1)
    assert {h: halves[h]["items"] for h in "AB"} == {h: len(want[h]) for h in "AB"}
    wei = next(h for h in "AB" if any(i["id"] == "m1" for i in want[h]))
    assert halves[wei]["categories"]["departure"]["tp"] == 2
    assert halves[wei]["languages"]["de"] == {
        "items": 1,
        "positives": 1,
        "found": 1,
        "flagged": 0,
        "f1": 1.0,
    }
    assert halves[wei]["entities"]["people_recall"] == {"value": 1.0, "hits": 2, "total": 2}
    text = _run(capsys, "eval", "--split", "story:1", str(path))
    assert "half A" in text and "macro-F1" in text and "people recall" in text

    events = json.loads(_run(capsys, "eval", "--events", "--split", "story:1", "--json", str(path)))
    assert events["halves"][wei]["true_pairs"] == 1  # keyed by story: m1 and m2
    assert events["halves"][wei]["recall"] == 1.0
    assert "merge recall" in _run(capsys, "eval", "--events", "--split", "story:1", str(path))


def test_eval_without_split_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in ITEMS), encoding="utf-8")
    text = _run(capsys, "eval", str(path))
    assert text.startswith("category") and "half" not in text
    events = _run(capsys, "eval", "--events", str(path))
    assert events.startswith("articles: 3  same-event pairs: 0")  # no `event` key: unkeyed


def test_bad_split_spec_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["eval", "--split", "id:1", "x.jsonl"])
    assert exc.value.code == 2
    assert "story:SEED" in capsys.readouterr().err
