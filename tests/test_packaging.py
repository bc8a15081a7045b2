"""The wheel is complete: built from a copy of the source, installed into a fresh virtualenv,
the `watcher` command works from an unrelated folder (the Docker image's layout included).

The fresh virtualenv gets the wheel with --no-deps; the dependencies come from the
interpreter running the tests, added behind the virtualenv's own site-packages by a .pth
line (so the watcher package found is the installed one, never the source tree).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "watcher", "seeds")


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 300):
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(path, src / name)
    dist = tmp_path_factory.mktemp("dist")
    proc = _run(
        [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", str(dist), "."], src
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    build_log = proc.stdout + proc.stderr
    for word in ("Deprecat", "BuildBackendWarning", "SetuptoolsWarning", "Package would be"):
        assert word not in build_log, f"build warning: {word}"
    (found,) = dist.glob("watcher_alerts-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / "bin" / "python"
    proc = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", str(wheel)],
        root,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    purelib = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], root
    ).stdout.strip()
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(purelib, "zz_test_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")
    return root


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WATCHER_", "PYTHON"))}
    return env | extra


def test_wheel_holds_the_seeds(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "watcher/seeds/patterns.toml" in names
    assert "watcher/seeds/lexicon/en.toml" in names
    assert "watcher/seeds/samples/demo.jsonl" in names
    assert "watcher/schema/alert.v1.json" in names
    assert not [n for n in names if "__pycache__" in n or n.startswith("seeds/")]


def test_installed_command_works_from_elsewhere(venv: Path, tmp_path: Path) -> None:
    watcher = str(venv / "bin" / "watcher")
    where = _run(
        [str(venv / "bin" / "python"), "-c", "import watcher, sys; print(watcher.__file__)"],
        tmp_path,
        _env(),
    )
    assert where.stdout.startswith(str(venv)), where.stdout + where.stderr

    config = tmp_path / "watcher.toml"
    config.write_text(
        '[[feeds]]\nurl = "https://example.org/feed.xml"\n\n'
        '[[sinks]]\ntype = "mqtt"\nname = "bus"\n'
    )
    check = _run([watcher, "check", "-c", str(config)], tmp_path, _env())
    assert check.returncode == 0, check.stderr
    assert "OK (1 feeds, 1 sinks)" in check.stdout

    article = tmp_path / "article.txt"
    article.write_text(
        "Meta hires OpenAI researcher Jason Wei\n"
        "Jason Wei, a researcher at OpenAI, is leaving the company to join Meta's "
        "superintelligence lab, people familiar with the matter said.\n"
    )
    classify = _run([watcher, "classify", str(article)], tmp_path, _env())
    assert classify.returncode == 0, classify.stderr
    assert '"departure"' in classify.stdout

    demo = _run([watcher, "demo"], tmp_path, _env())
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
    assert "ALERT [" in demo.stdout
    assert "Traceback" not in demo.stderr


def test_docker_layout(venv: Path, tmp_path: Path) -> None:
    """What the image does: the wheel in a clean environment, run from /, the config on a
    mounted volume, secrets from *_FILE files, `watcher check` on the Docker config."""
    config = tmp_path / "config"
    config.mkdir()
    docker_toml = (ROOT / "config" / "watcher.docker.toml").read_text()
    (config / "watcher.toml").write_text(
        docker_toml + '\n[[sinks]]\ntype = "webhook"\nname = "desk"\n'
        'url = "https://hooks.example/watcher"\nsecret = "${WATCHER_WEBHOOK_SECRET}"\n'
    )
    secret = tmp_path / "webhook_secret"
    secret.write_text("whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY" + "\n")
    env = _env(
        WATCHER_CONFIG=str(config / "watcher.toml"),
        WATCHER_WEBHOOK_SECRET_FILE=str(secret),
        WATCHER_WEB_TOKEN="a-token-for-the-api",
    )
    check = _run([str(venv / "bin" / "watcher"), "check"], Path("/"), env)
    assert check.returncode == 0, check.stderr
    assert "OK (2 feeds, 2 sinks)" in check.stdout
    missing = _run(
        [str(venv / "bin" / "watcher"), "check"],
        Path("/"),
        env | {"WATCHER_WEBHOOK_SECRET_FILE": str(tmp_path / "absent")},
    )
    assert missing.returncode == 1 and "WATCHER_WEBHOOK_SECRET_FILE" in missing.stderr
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "HEALTHCHECK" in dockerfile and "/livez" in dockerfile
    assert "WORKDIR /" in dockerfile
