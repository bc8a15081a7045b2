"""Leaving told as a noun in the plural for several people ("les départs de X et de Y"),
as a Turkish noun with its case endings ("Meta'dan ayrılışının"), or in Polish with the
object first ("Współpracę z OpenAI zakończył X"). Travel statistics in the plural are
none. Invented people."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

LEAVING = [
    ("fr", "Les départs de Jean Marchal et de Paul Girard ont affaibli Mistral AI.", "Mistral AI"),
    (
        "tr",
        "Yapay zekanın efsane ismi Ahmet Yılmaz, Meta'dan ayrılışının perde arkasını anlattı.",
        "Meta",
    ),
    ("pl", "Współpracę z OpenAI zakończył Jan Nowak, jeden z głównych inżynierów firmy.", "OpenAI"),
]


@pytest.mark.parametrize(("lang", "text", "origin"), LEAVING)
def test_leaving_told_as_a_noun_or_object_first(lang: str, text: str, origin: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert "departure" in found.categories
    assert found.entities.from_org == origin


def test_departures_of_travellers_are_none() -> None:
    text = "Las salidas de España en verano aumentaron un 5%, según el INE."
    assert not analyse("", text, lang_hint="es").categories
