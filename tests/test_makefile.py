"""The Makefile's first step: a .venv made by a missing or too old Python is not reused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_a_venv_of_a_wrong_python_is_made_again(tmp_path: Path) -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to("/nonexistent/python3.9")
    old = tmp_path / "python3.9"  # stands for an interpreter older than 3.11
    old.write_text("#!/bin/sh\nexit 1\n")
    old.chmod(0o755)
    proc = subprocess.run(
        [make, "-s", "venv", f"VENV={venv}", f"PYTHON={old}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    assert "was made by a missing or too old Python: making it again" in proc.stdout
    assert f"watcher needs Python 3.11 or newer; {old} is not" in proc.stdout
    assert not venv.exists()
