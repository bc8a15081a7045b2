"""Hires told by a gerund ("en débauchant trois chercheurs", "fichando a", "contratando")
or as a welcome ("welcomed three leaders from Windsurf"): a move of the people named. The
same words about no one hired stay negative. The sentences are invented."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

HIRES = [
    (
        "fr",
        "Nordwell marque un point en débauchant deux chercheurs de chez OpenAI : "
        "Jeanne Dupont et Marc Petit.",
    ),
    ("es", "Nordwell se refuerza fichando a dos investigadoras de OpenAI, Ana Ruiz y Eva Sanz."),
    (
        "pt",
        "A Nordwell reforçou a equipe contratando dois pesquisadores da OpenAI, Rui Costa e "
        "Eva Lima.",
    ),
    (
        "en",
        "Google has welcomed two leaders from Windsurf, its chief executive Jane Doe among them.",
    ),
]

# a hire of someone described, named in apposition to the same role in the next sentence
DESCRIBED = [
    (
        "en",
        "Nordwell has lured a senior AI executive from Apple. The executive, Jane Doe, led "
        "its speech team for six years.",
        "Jane Doe",
    ),
    (
        "de",
        "Nordwell hat einen führenden KI-Forscher von Google abgeworben. Der Forscher, Ivo "
        "Marek, leitete dort sechs Jahre lang ein Team.",
        "Ivo Marek",
    ),
]

NOT_HIRES = [
    ("en", "The minister welcomed the decision from the board on Monday."),
    ("fr", "Nordwell gagne du temps en recrutant davantage de clients en Europe."),
]


@pytest.mark.parametrize(("lang", "text"), HIRES)
def test_a_hire_told_by_a_gerund_or_a_welcome_is_a_move(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), NOT_HIRES)
def test_the_same_words_without_a_hire_are_no_move(lang: str, text: str) -> None:
    assert analyse("", text, lang_hint=lang).categories == ()


@pytest.mark.parametrize(("lang", "text", "person"), DESCRIBED)
def test_one_described_then_named_by_the_same_role_is_the_one_hired(
    lang: str, text: str, person: str
) -> None:
    result = analyse("", text, lang_hint=lang)
    assert "departure" in result.categories
    assert person in result.entities.movers
