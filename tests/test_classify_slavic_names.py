"""A person named in the instrumental or dative case in Czech, Slovak and Polish ("s Janem
Novákem", "s Jánom Kováčom", "z Janem Nowakiem") is read by the name itself: the given
name and the surname carry the same ending, and both lose it. Invented people."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

CASES = [
    (
        "cs",
        "Startup Lumena založil Tomáš Kratochvíl společně s Jaroslavem Beckem, který odešel z Googlu.",
        "Jaroslav Beck",
    ),
    ("sk", "Jozef Novák odišiel z Googlu a spolu s Jánom Kováčom založil startup.", "Ján Kováč"),
    (
        "pl",
        "Firma OpenAI zatrudniła naukowca, który odszedł z Google razem z Janem Nowakiem.",
        "Jan Nowak",
    ),
]


@pytest.mark.parametrize(("lang", "text", "person"), CASES)
def test_a_declined_name_is_read_in_its_plain_form(lang: str, text: str, person: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories
    assert person in found.entities.people


def test_a_feminine_surname_keeps_its_ending() -> None:
    found = analyse("", "Anna Nowakowska odeszła z Google i dołączyła do OpenAI.", lang_hint="pl")
    assert "Anna Nowakowska" in found.entities.people
