"""The command as an operator meets it: one-line errors, honest exit codes, read-only
commands that never create a database, JSON log lines, Ctrl-C without a traceback."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.broker import free_port
from tests.configs import write_config
from watcher.store import Store
from watcher.web import serve

ROOT = Path(__file__).resolve().parents[1]


def watcher(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    return subprocess.run(
        [sys.executable, "-m", "watcher", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=clean | env,
    )


def one_line_error(proc: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert proc.returncode == code, proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert words in proc.stderr


def test_read_only_commands_never_create_a_database(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    db = tmp_path / "w.db"
    for args in (["events"], ["deliveries"], ["replay", "--list"], ["replay", "3"]):
        proc = watcher(*args, "-c", str(cfg))
        one_line_error(proc, 1, f"no database at {db}")
    assert not db.exists()


def test_replay_refuses_no_ops(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    Store(tmp_path / "w.db").close()  # a database with no dead delivery
    one_line_error(watcher("replay", "-c", str(cfg)), 1, "give delivery ids, or --all")
    one_line_error(watcher("replay", "-c", str(cfg), "7", "9"), 1, "not a dead delivery: 7, 9")
    one_line_error(watcher("replay", "-c", str(cfg), "--all"), 1, "no dead deliveries")
    listed = watcher("replay", "--list", "-c", str(cfg))
    assert listed.returncode == 0 and listed.stdout == ""


def test_watcher_config_is_the_default_for_c(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, sinks=[{"type": "mqtt", "name": "bus"}])
    proc = watcher("check", WATCHER_CONFIG=str(cfg))
    assert proc.returncode == 0 and "OK (0 feeds, 1 sinks)" in proc.stdout
    one_line_error(watcher("check"), 1, "give -c FILE or set WATCHER_CONFIG")


def test_help_has_examples() -> None:
    proc = watcher("replay", "--help")
    assert "examples:" in proc.stdout and "watcher replay -c watcher.toml --list" in proc.stdout


def test_web_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        cfg = write_config(
            tmp_path,
            sinks=[{"type": "mqtt", "name": "bus", "url": f"mqtt://127.0.0.1:{free_port()}"}],
            web={"enabled": True, "port": port},
        )
        proc = watcher("run", "-c", str(cfg))
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("watcher: error")]
    assert errors == [errors[0]] and f"cannot listen on 127.0.0.1:{port}" in errors[0]
    assert "Traceback" not in proc.stderr


class _Idle:
    def __init__(self) -> None:
        self.sinks: list[Any] = []
        self.deliverer = None
        self.polls = 0
        self.poll_errors = 0


@pytest.mark.parametrize("limit", ["abc", "-1", "0", "1.5"])
async def test_bad_query_values_are_400(tmp_path: Path, limit: str) -> None:
    Store(tmp_path / "w.db").close()
    port = free_port()
    async with serve(_Idle(), tmp_path / "w.db", "127.0.0.1", port):
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{port}/api/alerts?limit={limit}"
            async with http.get(url) as resp:
                assert resp.status == 400
                assert "limit" in (await resp.json())["error"]
            async with http.get(f"http://127.0.0.1:{port}/api/alerts?limit=5") as resp:
                assert resp.status == 200


def test_json_logs_first_hour_and_ctrl_c(tmp_path: Path) -> None:
    """The daemon as `make run` starts it, sent SIGHUP (systemd's reload), then stopped by
    Ctrl-C (SIGINT to the whole process group, workers included): JSON lines only, the
    start-up lines, no traceback."""
    feed_port, broker_port, web_port = free_port(), free_port(), free_port()
    cfg = write_config(
        tmp_path,
        [{"id": "feed0", "url": f"http://127.0.0.1:{feed_port}/feed.xml", "title": "Local news"}],
        [{"type": "mqtt", "name": "bus", "url": f"mqtt://127.0.0.1:{broker_port}"}],
        polling={"interval": 60, "min_interval": 60, "startup_spread": 0},
        web={"enabled": True, "port": web_port},
    )
    log = tmp_path / "log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "watcher", "run", "-c", str(cfg), "--log-format", "json"],
            cwd=ROOT,
            stderr=out,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 60
            while "not reachable" not in log.read_text() and time.monotonic() < deadline:
                assert proc.poll() is None, log.read_text()
                time.sleep(0.2)
            os.kill(proc.pid, signal.SIGHUP)  # what `systemctl reload` sends: logged, not fatal
            while "SIGHUP received" not in log.read_text() and time.monotonic() < deadline:
                time.sleep(0.1)
            assert proc.poll() is None
            os.killpg(proc.pid, signal.SIGINT)
            assert proc.wait(timeout=30) == 0
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    time.sleep(0.5)  # the workers' last words, if any
    text = log.read_text()
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
    lines = [json.loads(line) for line in text.splitlines()]
    messages = [line["msg"] for line in lines]
    assert f"web page: http://127.0.0.1:{web_port}/" in messages
    assert any(
        m.startswith("first poll of 1 new feed(s) records what they hold now") for m in messages
    )
    assert any("next poll: feed0 (Local news, http://127.0.0.1:" in m for m in messages)
    assert any(
        f"MQTT broker 127.0.0.1:{broker_port}" in m and "start one with" in m for m in messages
    )
    assert any("feed feed0 (Local news, http://127.0.0.1:" in m for m in messages)  # the failure
    assert any(m.startswith("SIGHUP received") for m in messages)
    assert messages[-1] == "watcher stopped"
