"""`watcher check` and `watcher init`: every problem in one pass, in plain words."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from watcher.config_load import load_config, parse_config
from watcher.config_words import format_duration, parse_duration
from watcher.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def watcher(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    clean["PYTHONPATH"] = str(ROOT)  # this tree's package, from any folder
    return subprocess.run(
        [sys.executable, "-m", "watcher", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=clean | env,
    )


@pytest.mark.parametrize(
    ("text", "seconds"),
    [(90, 90), ("90", 90), ("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400), ("1h30m", 5400)],
)
def test_durations(text: object, seconds: float) -> None:
    assert parse_duration(text) == seconds
    assert parse_config({"polling": {"interval": text}}).polling.interval == seconds


@pytest.mark.parametrize("text", ["soon", "15 minutes", "2x", "m15", ""])
def test_bad_durations_say_what_is_expected(text: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"polling": {"interval": text}})
    (problem,) = info.value.problems
    assert problem.startswith("polling.interval: must be a number of seconds or a duration")
    assert '"15m"' in problem


def test_format_duration() -> None:
    assert [format_duration(s) for s in (90, 900, 7200, 45.5)] == ["90s", "15m", "2h", "45.5s"]


def test_every_problem_in_one_pass_in_plain_words(tmp_path: Path) -> None:
    cfg = tmp_path / "w.toml"  # written by hand: this text is what is being checked
    cfg.write_text(
        '[polling]\nintervall = "15m"\n'
        '[classification]\npattern_files = ["mine.toml"]\n'
        '[[feeds]]\nurl = "https://news.example/feed"\ninterval = "soon"\n'
        '[[feeds]]\nurl = "https://news.example/feed"\n'
        '[[feeds]]\nurl = "http://10.0.0.7/feed"\nid = "bad id!"\n'
        '[[sinks]]\ntype = "mqtt"\nname = "bus"\nca_file = "certs/ca.pem"\nqos = 7\n'
    )
    proc = watcher("check", "-c", str(cfg))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    text = proc.stderr
    assert all(line.startswith(f"watcher: config error: {cfg}: ") for line in lines)
    assert "polling.intervall: unknown key; did you mean 'interval'?" in text
    assert "feeds[0].interval (https://news.example/feed): must be a number of seconds" in text
    assert (
        "feeds[1] (https://news.example/feed): feeds must be unique: same URL as feeds[0]" in text
    )
    assert "feeds[2].id (http://10.0.0.7/feed): may hold only letters" in text
    assert "feeds[2].url (http://10.0.0.7/feed): refused private address" in text
    assert f"classification.pattern_files[0]: no such file: {tmp_path / 'mine.toml'}" in text
    assert f"sinks[0].ca_file: no such file: {tmp_path / 'certs' / 'ca.pem'}" in text
    assert "sinks[0].qos: must be 0, 1 or 2 (got 7)" in text
    assert len(lines) == 8
    for pydantic_words in ("Value error", "Input should", "^[", "validation error"):
        assert pydantic_words not in text
    assert not re.search(r"f-[0-9a-f]{12}", text)  # feeds are named by URL, not by hash


def test_warnings_for_values_it_will_change(tmp_path: Path) -> None:
    cfg = tmp_path / "w.toml"
    cfg.write_text(
        '[polling]\ninterval = "30s"\nmin_interval = "1m"\n'
        '[[feeds]]\nurl = "https://news.example/feed"\ninterval = 10\n'
        '[[sinks]]\ntype = "mqtt"\nname = "bus"\n'
    )
    proc = watcher("check", "-c", str(cfg))
    assert proc.returncode == 0, proc.stderr
    assert "polling.interval 30s is below polling.min_interval 1m" in proc.stderr
    assert "feeds[0].interval (https://news.example/feed) 10s is below" in proc.stderr
    assert "OK (1 feeds, 1 sinks)" in proc.stdout


def test_refuses_an_empty_file_and_zero_sinks(tmp_path: Path) -> None:
    empty = tmp_path / "empty.toml"
    empty.write_text("# nothing yet\n")
    proc = watcher("check", "-c", str(empty))
    assert proc.returncode == 2 and "the file is empty" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    no_sinks = tmp_path / "w.toml"
    no_sinks.write_text('[[feeds]]\nurl = "https://news.example/feed"\n')
    proc = watcher("check", "-c", str(no_sinks))
    assert proc.returncode == 2 and "no [[sinks]]: alerts would go nowhere" in proc.stderr


def test_ca_file_is_resolved_next_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "ca.pem").write_text("not checked here\n")
    cfg = tmp_path / "w.toml"
    cfg.write_text(
        '[[sinks]]\ntype = "mqtt"\nname = "b"\nurl = "mqtts://h.example"\nca_file = "ca.pem"\n'
    )
    sink = load_config(cfg).sinks[0]
    assert sink.ca_file == tmp_path / "ca.pem"  # type: ignore[union-attr]


def test_secrets_from_files(tmp_path: Path) -> None:
    (tmp_path / "hook").write_text("https://hooks.example/T/B/X\n")
    config = parse_config(
        {"sinks": [{"type": "webhook", "name": "h", "url": "${HOOK}"}]},
        env={"HOOK_FILE": str(tmp_path / "hook")},
    )
    assert config.sinks[0].url.get_secret_value() == "https://hooks.example/T/B/X"  # type: ignore[union-attr]
    with pytest.raises(ConfigError) as info:
        parse_config(
            {"sinks": [{"type": "webhook", "name": "h", "url": "${HOOK}"}]},
            env={"HOOK_FILE": str(tmp_path / "absent")},
        )
    assert "sinks[0].url: HOOK_FILE=" in info.value.problems[0]


def test_init_writes_a_starter_that_checks(tmp_path: Path) -> None:
    proc = watcher("init", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "watcher.toml").read_text()
    assert text.count("[[feeds]]") >= 5 and "# " in text
    check = watcher("check", cwd=tmp_path, WATCHER_CONFIG="watcher.toml")
    assert check.returncode == 0, check.stderr
    assert "sinks)" in check.stdout and check.stderr == ""
    again = watcher("init", cwd=tmp_path)
    assert again.returncode == 1 and "exists; use --force" in again.stderr


def test_nearest_key_and_bounds_in_every_section() -> None:
    data = {
        "feed": [],
        "polling": {"interval": 0, "jitter": 0.9},
        "feeds": [{"url": "https://a.example/f", "intervl": 5}],
        "sinks": [
            {"type": "webhook", "name": "h", "url": "https://e.example/x", "secert": "x"},
            {"type": "mqtt", "name": "m", "topic_prefx": "a"},
        ],
    }
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert sorted(info.value.problems) == [
        "feed: unknown key; did you mean 'feeds'?",
        "feeds[0].intervl (https://a.example/f): unknown key; did you mean 'interval'?",
        "polling.interval: must be more than 0 (got 0)",
        "polling.jitter: must be at most 0.5 (got 0.9)",
        "sinks[0].secert: unknown key; did you mean 'secret'?",
        "sinks[1].topic_prefx: unknown key; did you mean 'topic_prefix'?",
    ]


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://a.example/feed", "https://a.example/feed"),
        (
            "https://a.example/f?lang=en&token=s3cr3t&api_key=k",
            "https://a.example/f?lang=en&token=REDACTED&api_key=REDACTED",
        ),
        ("http://user:pw@a.example:8080/f", "http://REDACTED@a.example:8080/f"),
    ],
)
def test_urls_in_messages_and_logs_are_redacted(url: str, shown: str) -> None:
    from watcher.redact import redact_url

    assert redact_url(url) == shown
