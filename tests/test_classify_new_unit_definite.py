"""A new unit someone is hired to lead, told with the definite article or a possessive
("to lead the new AI team", "guiderà il nuovo team", "leiding geven aan een nieuw team"):
a lexicon term whose tail names the unit nouns as alternatives. The same words about a
sales team, a sports team or a product stay no formation."""

from __future__ import annotations

import pytest

from watcher.classify import analyse
from watcher.classify.rules import _tail_regex


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lena Brandt joins Acme to lead the new AI team."),
        ("en", "Lena Brandt joins Acme and will lead its new robotics division for AI."),
        ("en", "Lena Brandt joins Acme to lead a newly established AI department."),
        ("en", "Lena Brandt joins Acme, where she will head a new AI centre."),
        (
            "it",
            "Marco Bellini passa a Stellaria, dove guiderà il nuovo gruppo di ricerca sull'IA.",
        ),
        ("it", "Marco Bellini passa a Stellaria, dove dirigerà la nuova divisione di IA."),
        ("it", "Marco Bellini entra in Stellaria per guidare il nuovo dipartimento di IA."),
        ("nl", "Pieter Smit stapt over naar Brantel en gaat leiding geven aan een nieuw AI-team."),
        ("nl", "Pieter Smit stapt over naar Brantel om er de nieuwe AI-divisie te leiden."),
        ("de", "Jana Winkler wechselt zu Voltaris und wird dort das neue KI-Team leiten."),
        ("de", "Jana Winkler wechselt zu Voltaris, wo sie den neuen Bereich für KI leiten soll."),
        ("fr", "Claire Dumont rejoint Veltora pour diriger la nouvelle équipe d'IA."),
        ("fr", "Claire Dumont rejoint Veltora pour diriger une équipe d'IA nouvellement créée."),
        ("es", "Lucía Ferrer ficha por Norvanta y dirigirá la nueva división de IA."),
        ("es", "Lucía Ferrer ficha por Norvanta para liderar una unidad de IA recién creada."),
        ("pt", "Rafael Tavares é contratado pela Quintara para liderar a nova equipe de IA."),
        ("pt", "Rafael Tavares vai para a Quintara para chefiar o novo departamento de IA."),
    ],
)
def test_hired_to_lead_the_new_unit_is_a_formation(lang: str, text: str) -> None:
    analysis = analyse("", text, lang_hint=lang)
    assert "lab_formation" in analysis.categories
    assert any(e.pattern.endswith(".new_unit") for e in analysis.evidence)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lena Brandt joins Acme to lead the new sales team."),
        ("en", "The striker joins Rovers to lead the new team in the cup."),
        ("en", "Lena Brandt leads the team that built the new AI chatbot."),
        ("it", "Marco Bellini passa a Stellaria e guiderà il nuovo team commerciale."),
        ("fr", "Claire Dumont rejoint Veltora pour diriger la nouvelle équipe marketing."),
        ("es", "Lucía Ferrer ficha por Norvanta y dirigirá el nuevo equipo de ventas."),
        ("de", "Jana Winkler leitet das Team, das den neuen KI-Assistenten gebaut hat."),
    ],
)
def test_the_same_words_about_no_new_research_unit_are_no_formation(lang: str, text: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories


def test_a_tail_names_alternatives_and_stems() -> None:
    tail = _tail_regex("lead the new ~ team|lab|zespo*")
    assert tail is not None
    assert tail.match(" ai lab")
    assert tail.match(" badawczy zespolem")
    assert not tail.match(" ai labour")
    assert not tail.match(" ai. lab")
