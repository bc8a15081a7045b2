"""Benchmark the classifier: articles per second, against a naive regex baseline.

    python bench/bench_classify.py [--seconds 3]

(a) a realistic mix: entries of the real feeds in ../shared/feeds/real/*.xml, read by
    the daemon's parser (headline and summary or full content, as the worker gets them),
    plus the labelled corpus (tests/corpus/*.jsonl) and the seeds;
(b) all-matching texts: the corpus positives as feeds carry them (title + lead) plus
    the seeds;
(c) the five long seed articles alone (the worst case: every sentence is evidence).
The baseline is one case-insensitive regex alternation per category over the same
texts (no language detection, no scoring). Runs within a bounded time. Also lists the
real-feed entries the classifier flags (there should be almost none).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from watcher.classify import analyse, default_rules, matches_from  # noqa: E402
from watcher.errors import ParseError  # noqa: E402
from watcher.tools.feed_eval import read_feed  # noqa: E402

SHARED = ROOT.parent / "shared"
Text = tuple[str, str, str | None]  # title, text, the language its feed declares


def feed_entries(folder: Path) -> list[Text]:
    """(title, text, language) of every entry of the feeds in `folder`, parsed as the
    daemon's worker parses them (`feed_eval.read_feed`)."""
    texts = []
    for path in sorted(folder.glob("*.xml")):
        try:
            parsed = read_feed(path)
        except ParseError:
            continue
        texts += [(e.title, e.text, e.lang) for e in parsed.entries]
    return texts


def corpus_items() -> list[dict[str, object]]:
    items = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        items += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return items


def summary(text: str, chars: int = 600) -> str:
    """The part of an article a feed's summary carries: its first paragraph or so."""
    return text[:chars]


def seed_texts() -> list[Text]:
    texts: list[Text] = []
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        lines = path.read_text().splitlines()
        texts.append((lines[0], "\n".join(lines[1:]), None))
    return texts


BASELINE = {
    "offer": r"compensation package|pay package|signing bonus|\$\d+ million|offer|salary|nine-figure",
    "departure": r"\bleaves?\b|\bleft\b|\bjoin(?:s|ed)?\b|\bpoach\w*|\bhired?\b|\bquits?\b|departure",
    "lab_formation": r"\b(?:launch|form|found|creat)\w*\b.{0,40}\blabs?\b|superintelligence labs?",
    "acquihire": r"acqui-?hire|\bacqui\w+ .{0,40}\b(?:founders|team)\b",
}
BASELINE_RES = [re.compile(p, re.IGNORECASE) for p in BASELINE.values()]


def baseline(title: str, text: str, lang: str | None = None) -> list[bool]:
    full = f"{title}\n{text}"
    return [r.search(full) is not None for r in BASELINE_RES]


def rate(
    fn: Callable[[str, str, str | None], object], texts: Sequence[Text], seconds: float
) -> float:
    """Articles per second, running over `texts` repeatedly for about `seconds`."""
    done = 0
    start = time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        for title, text, lang in texts:
            fn(title, text, lang)
        done += len(texts)
    return done / (time.perf_counter() - start)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    args = parser.parse_args(argv)
    rules = default_rules()
    items = corpus_items()
    feeds = feed_entries(SHARED / "feeds" / "real")
    corpus: list[Text] = [(str(i.get("title", "")), str(i.get("text", "")), None) for i in items]
    mix = feeds + corpus + seed_texts()
    positives: list[Text] = [
        (str(i.get("title", "")), summary(str(i.get("text", ""))), None)
        for i in items
        if i.get("labels")
    ]
    matching = positives + seed_texts()

    def ours(title: str, text: str, lang: str | None) -> object:
        return analyse(title, text, rules=rules, lang_hint=lang)

    ours(*mix[0])  # load the language model outside the timing
    # what the daemon would alert on (`worker.classify_job` keeps the same matches)
    flagged = [
        (t, [m.category for m in matches_from(analyse(t, x, rules=rules, lang_hint=g))])
        for t, x, g in feeds
    ]
    flagged = [(t, cats) for t, cats in flagged if cats]
    print(f"real feeds: {len(flagged)} of {len(feeds)} entries flagged")
    for title, cats in flagged:
        print(f"  {cats} {title}")
    print(
        f"texts: realistic mix {len(mix)} ({len(feeds)} feed entries), all-matching"
        f" {len(matching)} ({len(positives)} corpus positives + seeds), seeds {len(seed_texts())}"
    )
    print(f"{'set':<16}{'classifier/s':>14}{'baseline/s':>14}")
    sets = (("realistic mix", mix), ("all-matching", matching), ("seeds only", seed_texts()))
    for name, texts in sets:
        print(
            f"{name:<16}{rate(ours, texts, args.seconds):>14,.0f}"
            f"{rate(baseline, texts, args.seconds):>14,.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
