"""OPML import: feeds extracted safely, and importing 500 feeds floods nobody."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.configs import webhook_sink, write_config
from tests.conftest import FeedServer, HookReceiver, db_counts, moves
from tests.test_daemon import running, until
from watcher.config_load import load_config
from watcher.errors import ParseError
from watcher.opml import feeds_from_opml, to_toml

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>subs</title></head><body>
  <outline text="AI">
    <outline text="Wire &amp; Co" type="rss" xmlUrl="https://wire.example/feed"/>
    <outline text="Same, tracked" type="rss" xmlUrl="https://WIRE.example/feed?utm_source=x"/>
    <outline title="Blog \xc3\xa6\xc3\xb8" xmlUrl="http://blog.example/rss.xml"/>
    <outline text="Not http" xmlUrl="file:///etc/passwd"/>
    <outline text="Folder only"/>
  </outline>
</body></opml>"""


def test_feeds_from_opml() -> None:
    assert feeds_from_opml(OPML) == [
        ("https://wire.example/feed", "Wire & Co"),
        ("http://blog.example/rss.xml", "Blog æø"),
    ]


@pytest.mark.parametrize(
    "body, why",
    [
        (b'<?xml version="1.0"?><!DOCTYPE o [<!ENTITY a "aaaa">]><opml><body/></opml>', "DTD"),
        (b"<rss><channel/></rss>", "not an OPML"),
        (b"<opml><body><outline", "not a valid OPML"),
    ],
)
def test_hostile_or_wrong_files_are_refused(body: bytes, why: str) -> None:
    with pytest.raises(ParseError, match=why):
        feeds_from_opml(body)


def test_toml_round_trip(tmp_path: Path) -> None:
    cfg = tmp_path / "w.toml"
    cfg.write_text(to_toml(feeds_from_opml(OPML)))
    config = load_config(cfg)
    assert [f.url for f in config.feeds] == [
        "https://wire.example/feed",
        "http://blog.example/rss.xml",
    ]
    assert config.feeds[0].title == "Wire & Co"


async def test_importing_500_feeds_floods_nobody(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    n = 500
    outlines = []
    for i in range(n):
        feed_server.feeds[f"f{i}"] = moves(2, start=2 * i)
        outlines.append(f'<outline text="feed {i}" xmlUrl="{feed_server.url(f"f{i}")}"/>')
    opml = tmp_path / "subs.opml"
    opml.write_text(
        f'<?xml version="1.0"?><opml version="2.0"><body>{"".join(outlines)}</body></opml>'
    )
    out = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "watcher", "opml", str(opml)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0 and f"{n} feeds" in out.stderr
    cfg = write_config(
        tmp_path,
        tomllib.loads(out.stdout)["feeds"],  # the command's output, as written
        [webhook_sink(hooks.url)],
        polling={"interval": 3600, "startup_spread": 3},
    )
    config = load_config(cfg)
    assert len(config.feeds) == n
    async with running(config) as daemon:
        await until(lambda: daemon.polls >= n and not daemon._inflight, timeout=60)
        await asyncio.sleep(0.5)
    first = min(t for _, _, t in feed_server.requests)
    in_first_second = sum(1 for _, _, t in feed_server.requests if t - first < 1.0)
    assert in_first_second < n / 2  # first polls are spread, not a stampede
    counts = db_counts(tmp_path / "w.db")
    assert counts["entries"] == 2 * n and counts["alerts"] == 0
    assert hooks.received == []
