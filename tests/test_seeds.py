"""The five seed documents classify as labelled (skipped when ../shared/seeds is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.classify import analyse

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

EXPECTED = [
    ("000", {"offer", "departure"}, 250_000_000),
    ("001", {"departure", "offer"}, 300_000_000),
    ("002", {"departure"}, None),
    ("003", {"departure", "acquihire"}, None),
    ("004", {"lab_formation", "acquihire", "offer"}, None),
]

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"{SEEDS} not present")


def _read(prefix: str) -> tuple[str, str]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    return lines[first].strip(), "\n".join(lines[first + 1 :])


@pytest.mark.parametrize(("prefix", "categories", "amount"), EXPECTED)
def test_seed(prefix: str, categories: set[str], amount: int | None) -> None:
    title, text = _read(prefix)
    result = analyse(title, text)
    assert set(result.categories) == categories
    if amount is not None:
        assert result.entities.amount_usd == amount
