"""False alerts on real streams: the feeds in ../shared/feeds/real, classified the way
the daemon's worker classifies them (`watcher eval --feeds`).

The documents are third-party text, read here at run time. Forty outlets' feeds, many
with full article bodies, hold very few moves of the talent market: an alert on them is
almost always a false one, so the number of alerts stays small.

WATCHER_REAL_FEEDS=PATH reads them from elsewhere; WATCHER_REAL_FEEDS=off skips these
tests on a machine without them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from watcher.classify import default_rules
from watcher.cli import main
from watcher.tools.feed_eval import alerts_of

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "feeds" / "real"
MOST_ALERTS = 3


def _folder() -> Path:
    setting = os.environ.get("WATCHER_REAL_FEEDS", "")
    if setting == "off":
        pytest.skip("WATCHER_REAL_FEEDS=off")
    path = Path(setting) if setting else DEFAULT
    if not path.is_dir():
        pytest.fail(f"the real feeds are missing: {path}", pytrace=False)
    return path


def test_the_real_feeds_raise_at_most_a_few_alerts() -> None:
    folder = _folder()
    entries, alerts, failed = alerts_of([folder], default_rules())
    feeds = [p for p in folder.iterdir() if p.suffix == ".xml"]
    assert entries >= 1000, f"{entries} entries read from {len(feeds)} feeds"
    assert not [f for f in failed if f.partition(":")[0].endswith(".xml")], failed
    titles = [f"{a.feed}: {a.title}" for a in alerts]
    assert len(alerts) <= MOST_ALERTS, titles


def test_eval_feeds_reads_a_folder_and_names_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "one.xml").write_text(
        "<rss version='2.0'><channel><title>t</title><item><title>Quarterly results"
        "</title><link>http://127.0.0.1/a</link><description>Sales rose.</description>"
        "</item></channel></rss>"
    )
    (folder / "notes.txt").write_text("not a feed")
    assert main(["eval", "--feeds", str(folder), str(tmp_path / "gone.xml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("entries: 1  alerts: 0  feeds alerting: 0")
    assert "notes.txt: not a feed" in out
    assert "gone.xml: No such file or directory" in out
