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


PASSIVE = [
    ("ru", "Стартап Вектория был куплен компанией Meta, которая наняла всех его исследователей."),
    ("uk", "Стартап Лумена був придбаний компанією Google, яка найняла його засновників."),
    ("pl", "Start-up Lumena został przejęty przez Google, który zatrudnił jego założycieli."),
    ("cs", "Startup Lumena byl koupen společností Google, která zaměstnala jeho zakladatele."),
]


@pytest.mark.parametrize(("lang", "text"), PASSIVE)
def test_a_startup_bought_in_a_slavic_passive_is_an_acquihire(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert "acquihire" in found.categories
    # the company noun that opens the sentence is no first name
    assert not found.entities.people


def test_a_post_for_matters_of_a_field_is_one_sentence() -> None:
    found = analyse(
        "", "Anna Nowak została mianowana dyrektorką ds. AI w OpenAI po odejściu z Google."
    )
    assert found.categories == ("departure",)
    assert (found.entities.from_org, found.entities.to_org) == ("Google", "OpenAI")
