"""A known person whose surname a report spells another way (a transliteration through
another language, a letter lost or doubled) is still that person, named as the
gazetteer names them; a different surname with the same first name is someone else."""

from __future__ import annotations

import pytest

from watcher.classify import analyse, default_rules
from watcher.classify.known_people import misspelled_person

READ = [
    ("John Shulman", "John Schulman"),
    ("Igor Babushkin", "Igor Babuschkin"),
    ("Demis Hasabis", "Demis Hassabis"),
    ("Andrej Karpaty", "Andrej Karpathy"),
    ("Noam Shazer", "Noam Shazeer"),
]

SOMEONE_ELSE = [
    "John Smith",  # the first name alone is no reason
    "Mira Murati",  # the known spelling itself
    "Sam Altar",  # two letters off a short surname
    "Noam Brownstein",  # a longer name, not a slip
]


@pytest.mark.parametrize(("written", "known"), READ)
def test_a_surname_spelled_another_way_is_the_known_person(written: str, known: str) -> None:
    assert misspelled_person(default_rules().known_people, written) == known


@pytest.mark.parametrize("written", SOMEONE_ELSE)
def test_a_different_surname_is_someone_else(written: str) -> None:
    assert misspelled_person(default_rules().known_people, written) is None


@pytest.mark.parametrize(
    ("lang", "text", "known"),
    [
        (
            "en",
            "OpenAI co-founder John Shulman leaves Anthropic for a new startup",
            "John Schulman",
        ),
        ("pl", "Igor Babushkin odchodzi z xAI i zakłada własny fundusz", "Igor Babuschkin"),
    ],
    ids=["en", "pl"],
)
def test_the_mover_is_named_as_the_gazetteer_names_them(lang: str, text: str, known: str) -> None:
    a = analyse("", text, lang_hint=lang)
    assert "departure" in a.categories
    assert known in a.entities.movers
