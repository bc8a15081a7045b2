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


# prefix -> (first people, people never reported, from_org, to_org, amount)
ENTITIES = [
    ("000", ("Matt Deitke", "Ruoming Pang"), (), None, "Meta", 250_000_000),
    ("001", ("Jason Wei", "Hyung Won Chung"), (), "OpenAI", "Meta", 300_000_000),
    # the main subjects leave Meta; Rob Fergus's 2020 move is the last paragraph
    ("002", ("Devi Parikh", "Erik Meijer"), (), "Meta", None, None),
    ("003", ("Michal Balko",), (), "Google DeepMind", "Meta", None),
    # the range of the compensation sentence, not the "nine-figure" lower bound;
    # "The Info's Lessin" is a publication and a surname, not a person
    ("004", ("Alexandr Wang",), ("Info Lessin",), None, "Meta", 200_000_000),
]


@pytest.mark.parametrize(("prefix", "first", "never", "origin", "target", "amount"), ENTITIES)
def test_seed_entities(
    prefix: str,
    first: tuple[str, ...],
    never: tuple[str, ...],
    origin: str | None,
    target: str | None,
    amount: int | None,
) -> None:
    e = analyse(*_read(prefix)).entities
    assert e.people[: len(first)] == first
    assert not set(never) & set(e.people)
    assert (e.from_org, e.to_org) == (origin, target)
    assert e.amount_usd == amount
    moved = tuple(o for o in (origin, target) if o)
    assert e.orgs[: len(moved)] == moved  # the main move's organisations come first
