"""`watcher.tools` is for the command only: the daemon and the CLI module never load it."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after(statement: str) -> list[str]:
    code = f"{statement}\nimport sys\nprint(' '.join(m for m in sys.modules if m.startswith('watcher.')))"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return proc.stdout.split()


def test_daemon_never_imports_tools() -> None:
    loaded = _loaded_after("import watcher.daemon")
    assert "watcher.daemon" in loaded
    assert not [m for m in loaded if m.startswith("watcher.tools")]


def test_cli_imports_tools_only_inside_commands() -> None:
    loaded = _loaded_after("import watcher.cli; watcher.cli.build_parser()")
    assert not [m for m in loaded if m.startswith("watcher.tools")]
