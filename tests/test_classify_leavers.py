"""A noun for the one who leaves with the person named right after it ("the most notable
leaver is X", "de opvallendste vertrekker is X", "avhopparen är X"). Negatives share the
noun: leavers counted or spoken of, the person named past a clause as the speaker."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

NAMED_LEAVER = [
    ("en", "Half of the founding team has left Mistral AI. The most notable leaver is Ivo Marek."),
    (
        "nl",
        "De helft van het oprichtingsteam van Mistral AI is vertrokken. De opvallendste "
        "vertrekker is Ivo Marek.",
    ),
    (
        "de",
        "Die Hälfte des Gründerteams hat Mistral AI verlassen. Der prominenteste Abgänger ist "
        "Ivo Marek.",
    ),
    (
        "sv",
        "Halva grundarteamet har lämnat Mistral AI. Den mest uppmärksammade avhopparen är Ivo "
        "Marek.",
    ),
    (
        "da",
        "Halvdelen af stifterholdet har forladt Mistral AI. Den mest opsigtsvækkende afhopper "
        "er Ivo Marek.",
    ),
    (
        "no",
        "Halvparten av grunnleggerteamet har forlatt Mistral AI. Den mest profilerte "
        "avhopperen er Ivo Marek.",
    ),
    (
        "fr",
        "La moitié de l'équipe fondatrice a quitté Mistral AI. Le démissionnaire le plus en vue "
        "est Ivo Marek.",
    ),
    (
        "it",
        "Metà del team fondatore ha lasciato Mistral AI. Il dimissionario più noto è Ivo Marek.",
    ),
]

LEAVERS_SPOKEN_OF = [
    ("en", "School leavers are turning to AI courses, says Ivo Marek of Mistral AI."),
    ("de", "Schulabgänger interessieren sich für KI, sagt Ivo Marek von Mistral AI."),
    ("sv", "Antalet avhoppare från AI-utbildningar ökar, säger Ivo Marek på Mistral AI."),
    (
        "nl",
        "Het aantal vertrekkers bij techbedrijven steeg vorig jaar met tien procent, zegt Ivo "
        "Marek van Mistral AI.",
    ),
    ("en", "The number of leavers at tech companies rose by ten percent last year."),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_LEAVER)
def test_a_leaver_named_right_after_the_noun_departs(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), LEAVERS_SPOKEN_OF)
def test_leavers_counted_or_spoken_of_are_no_departure(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories
