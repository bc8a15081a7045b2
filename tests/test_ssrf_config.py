"""Scenario 27: SSRF in the config. `watcher check` names each refused URL; `run` won't use them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from watcher.config import parse_config
from watcher.daemon import Daemon, unsafe_urls
from watcher.errors import ConfigError

PRIVATE = [
    "http://127.0.0.2/feed",
    "http://[::1]/feed",
    "http://0x7f000002/feed",
    "http://10.1.2.3/feed",
    "http://169.254.169.254/latest/meta-data",
    "http://localhost:8080/feed",
]


def test_each_private_url_is_reported_with_its_location() -> None:
    config = parse_config(
        {
            "feeds": [{"url": "https://public.example/feed"}] + [{"url": u} for u in PRIVATE],
            "sinks": [{"type": "webhook", "name": "h", "url": "http://192.168.1.5/hook"}],
        }
    )
    found = dict(unsafe_urls(config))
    assert sorted(found) == sorted(
        [f"feeds[{i}].url" for i in range(1, len(PRIVATE) + 1)] + ["sinks[0].url"]
    )
    allowed = parse_config(
        {"polling": {"allow_private_networks": True}, "feeds": [{"url": u} for u in PRIVATE]}
    )
    assert unsafe_urls(allowed) == []


def test_credentials_and_other_schemes_are_config_errors() -> None:
    for url in ("http://user:pass@news.example/feed", "file:///etc/passwd", "gopher://x/"):
        with pytest.raises(ConfigError) as info:
            parse_config({"feeds": [{"url": url}]})
        assert "feeds[0].url" in info.value.problems[0]
        assert "pass@" not in info.value.problems[0] or "credentials" in info.value.problems[0]


def test_check_command_lists_them(tmp_path: Path) -> None:
    cfg = tmp_path / "w.toml"
    cfg.write_text(
        '[[feeds]]\nurl = "http://127.0.0.2/feed"\n[[feeds]]\nurl = "https://ok.example/f"\n'
        '[[sinks]]\ntype = "webhook"\nname = "h"\nurl = "http://[::1]/hook"\n'
    )
    proc = subprocess.run(
        [sys.executable, "-m", "watcher", "check", "-c", str(cfg)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert (
        "feeds[0].url" in proc.stderr
        and "sinks[0].url" in proc.stderr
        and "feeds[1]" not in proc.stderr
    )


async def test_run_refuses_a_private_webhook(tmp_path: Path) -> None:
    import asyncio

    config = parse_config(
        {
            "database": {"path": str(tmp_path / "w.db")},
            "web": {"enabled": False},
            "sinks": [{"type": "webhook", "name": "h", "url": "http://127.0.0.1:9/hook"}],
        }
    )
    with pytest.raises(ConfigError, match="webhook URL refused"):
        await Daemon(config).run(asyncio.Event())
