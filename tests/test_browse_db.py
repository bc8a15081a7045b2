"""README "Browsing the database": its commands run as written against a copy of the
file a running daemon writes, with the sqlite-utils command line installed with watcher."""

from __future__ import annotations

import asyncio
import json
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.configs import build_config, webhook_sink
from tests.conftest import FeedServer, HookReceiver, db_counts, moves
from tests.test_daemon import running, until

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_commands() -> list[list[str]]:
    section = README.read_text().split("### Browsing the database", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None
    return [shlex.split(line) for line in block.group(1).splitlines() if line.strip()]


def backup(live: Path, copy: Path, argv: list[str]) -> None:
    """The README's `sqlite3 … ".backup …"`; the same online backup through Python's
    sqlite3 where the sqlite3 shell is not installed."""
    if shutil.which("sqlite3"):
        subprocess.run(argv, check=True, capture_output=True, timeout=30)
        return
    with sqlite3.connect(f"file:{live}?mode=ro", uri=True) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)


async def test_readme_commands_browse_a_copy_of_a_running_daemons_database(
    tmp_path: Path, feed_server: FeedServer, hooks: HookReceiver
) -> None:
    feed_server.feeds["a"] = moves(3)
    config = build_config(
        tmp_path,
        [feed_server.url("a")],
        [webhook_sink(hooks.url)],
        polling={"alert_on_first_poll": True},
    )
    live = Path(config.database.path)
    copy = live.with_name("watcher-copy.db")
    commands = readme_commands()
    assert [c[0] for c in commands] == ["sqlite3", *["sqlite-utils"] * 4]
    tool = str(Path(sys.executable).parent / "sqlite-utils")
    outputs = []
    async with running(config):
        await hooks.wait_for(3, timeout=20)
        await until(lambda: db_counts(live).get("deliveries_delivered") == 3)
        for argv in commands:
            argv = [a.replace("var/watcher.db", str(live)) for a in argv]
            argv = [a.replace("var/watcher-copy.db", str(copy)) for a in argv]
            if argv[0] == "sqlite3":
                await asyncio.to_thread(backup, live, copy, argv)
                continue
            done = await asyncio.to_thread(
                subprocess.run, [tool, *argv[1:]], capture_output=True, text=True, timeout=60
            )
            assert done.returncode == 0, done.stderr
            outputs.append(done.stdout)
    tables, rows, states, alerts = outputs
    counts = {t["table"]: t["count"] for t in json.loads(tables)}
    assert counts["entries"] == 3 and counts["alerts"] == 3 and counts["events"] == 3
    assert len(rows.splitlines()) == 3 and json.loads(rows)[0]["id"].startswith("evt_")
    assert {r["state"]: r["n"] for r in json.loads(states)} == {"delivered": 3}
    ids = json.loads(alerts)
    assert len(ids) == 3 and all(a["id"].startswith("alrt_") for a in ids)
    assert all(a["event_id"].startswith("evt_") for a in ids)
