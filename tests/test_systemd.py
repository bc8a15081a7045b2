"""The systemd unit: what it must declare, and `systemd-analyze verify` where it exists."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parents[1] / "config" / "watcher.service"

REQUIRED = [
    "Type=notify",
    "WatchdogSec=",
    "Restart=on-failure",
    "User=watcher",
    "StateDirectory=watcher",
    "NoNewPrivileges=yes",
    "ProtectSystem=strict",
    "ProtectHome=yes",
    "PrivateTmp=yes",
    "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
    "SystemCallFilter=@system-service",
    "ExecReload=/bin/kill -HUP $MAINPID",
]


@pytest.mark.parametrize("line", REQUIRED)
def test_unit_declares(line: str) -> None:
    assert any(row.startswith(line) for row in UNIT.read_text().splitlines())


def test_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed on this machine")
    # verify checks that ExecStart exists: point it at this interpreter's watcher command.
    watcher = Path(sys.executable).parent / "watcher"
    if not watcher.exists():
        watcher = Path(sys.executable)
    unit = tmp_path / "watcher.service"
    unit.write_text(UNIT.read_text().replace("/opt/watcher/bin/watcher", str(watcher)))
    proc = subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert "watcher.service" not in proc.stderr, proc.stderr
