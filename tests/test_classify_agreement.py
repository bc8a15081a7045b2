"""Participles agree with what they tell of: a startup (feminine in French, Spanish,
Portuguese and Italian), a woman, a team. The lexicons write a participle once, in its
plain form; `[grammar] agreement` gives the forms it takes ("rachetée", "comprada",
"adquiridas"). Invented startups and buyers."""

from __future__ import annotations

import pytest

from watcher.classify import analyse
from watcher.classify.rules import _agreeing

BOUGHT = [
    (
        "fr",
        "La jeune pousse lyonnaise Ombrelle a été rachetée par Google, qui récupère ses neuf chercheurs.",
    ),
    (
        "es",
        "La startup valenciana Ondina fue comprada por Meta para incorporar a su equipo de ingenieros.",
    ),
    ("pt", "A startup mineira Lumara foi adquirida pela Nvidia, que contratou os seus fundadores."),
]


@pytest.mark.parametrize(("lang", "text"), BOUGHT)
def test_a_startup_bought_in_the_feminine_is_an_acquihire(lang: str, text: str) -> None:
    assert "acquihire" in analyse("", text, lang_hint=lang).categories


def test_agreeing_forms_of_a_term() -> None:
    table = [("é", ("ée", "és", "ées"))]
    assert _agreeing("a racheté", table) == ["a racheté", "a rachetée", "a rachetés", "a rachetées"]
    # a stem and a tail are left as written; a short word is no participle
    assert _agreeing("rachet* ~ équipe", table) == ["rachet* ~ équipe"]
    assert _agreeing("été", table) == ["été"]
    assert _agreeing("acquis", []) == ["acquis"]
