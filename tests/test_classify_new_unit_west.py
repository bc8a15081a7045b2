"""A new unit someone is hired to lead, as the press of German, Dutch, French, Italian,
Spanish, Portuguese, Swedish, Danish and Norwegian writes it: the move and the unit formed
for the one who joins are both news. Joining a team that exists, or leading a new product,
stays a move at most."""

from __future__ import annotations

import pytest

from watcher.classify import analyse


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Jana Winkler wechselt von Siemens zu Voltaris, um dort ein neues Team für Sprachmodelle zu leiten.",
        ),
        (
            "de",
            "Jana Winkler wechselt zu Voltaris und soll dort eine neu gegründete Forschungsgruppe für KI leiten.",
        ),
        (
            "de",
            "Jana Winkler und Tom Berger wechseln zu Voltaris, wo sie einen neuen Bereich für Sprachmodelle anführen werden.",
        ),
        ("nl", "Pieter Smit stapt over naar Brantel om een nieuw AI-team te leiden."),
        ("nl", "Pieter Smit stapt over naar Brantel en gaat een nieuw AI-team leiden."),
        (
            "fr",
            "Claire Dumont rejoint Veltora pour diriger une nouvelle équipe de recherche en robotique.",
        ),
        ("fr", "Claire Dumont rejoint Veltora pour piloter un nouveau pôle consacré à l'IA."),
        (
            "it",
            "Marco Bellini passa a Stellaria per guidare un nuovo team sull'intelligenza artificiale generativa.",
        ),
        (
            "it",
            "Marco Bellini lascia Enel e passa a Stellaria per dirigere la neonata unità di intelligenza artificiale.",
        ),
        (
            "es",
            "Lucía Ferrer se incorpora a Norvanta para liderar un nuevo equipo de inteligencia artificial.",
        ),
        (
            "es",
            "Lucía Ferrer ficha por Norvanta, donde estará al frente de un nuevo grupo de inteligencia artificial.",
        ),
        (
            "pt",
            "Rafael Tavares é contratado pela Quintara para liderar uma nova equipe de robótica.",
        ),
        (
            "pt",
            "Rafael Tavares deixa a Vale e vai para a Quintara para comandar um novo time de inteligência artificial.",
        ),
        ("sv", "Erik Lindqvist går till Nordvik för att leda ett nytt AI-team."),
        (
            "sv",
            "Erik Lindqvist lämnar Spotify för Nordvik, där han ska leda ett nyinrättat AI-labb.",
        ),
        (
            "da",
            "Mette Holm skifter til Solvang for at lede en ny afdeling for kunstig intelligens.",
        ),
        (
            "da",
            "Mette Holm skifter til Solvang, hvor hun skal stå i spidsen for en nyoprettet enhed for kunstig intelligens.",
        ),
        ("da", "Mette Holm skifter til Solvang, hvor hun skal drive en ny AI-division."),
        ("no", "Ola Nordby går til Fjellstad for å lede et nytt team for kunstig intelligens."),
        ("no", "Ola Nordby går til Fjellstad og blir sjef for den nyopprettede KI-avdelingen."),
    ],
)
def test_hired_to_lead_a_new_unit_is_a_move_and_a_formation(lang: str, text: str) -> None:
    assert set(analyse("", text, lang_hint=lang).categories) >= {"departure", "lab_formation"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Jana Winkler wechselt zu Voltaris und übernimmt dort das bestehende Robotik-Team."),
        (
            "de",
            "Jana Winkler wechselt zu Voltaris, wo sie ein neues Produkt für Lagerroboter verantworten soll.",
        ),
        (
            "nl",
            "Pieter Smit stapt over naar Brantel en gaat werken bij het robotteam dat vorig jaar werd opgericht.",
        ),
        (
            "fr",
            "Claire Dumont rejoint Veltora, où elle intègre l'équipe de robotique créée l'an dernier.",
        ),
        ("it", "Marco Bellini passa a Stellaria nel team di robotica nato lo scorso anno."),
        (
            "es",
            "Lucía Ferrer ficha por Norvanta para sumarse al equipo de robótica creado el año pasado.",
        ),
        (
            "pt",
            "Rafael Tavares é contratado pela Quintara para liderar um novo produto de pagamentos.",
        ),
        (
            "sv",
            "Erik Lindqvist går till Nordvik och ansluter till robotteamet som bildades förra året.",
        ),
        ("da", "Mette Holm skifter til Solvang for at lede en ny app til betalinger."),
        ("no", "Ola Nordby går til Fjellstad og blir med i robotteamet som ble opprettet i fjor."),
    ],
)
def test_joining_an_existing_team_or_a_new_product_is_no_formation(lang: str, text: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories
