"""Headlines in German, French, Spanish, Italian, Portuguese and Dutch that name a move
the way these languages commonly do: the new AI post named right after "wird" ("wird
KI-Chefin bei SAP") or "macht ... zur neuen KI-Chefin", a return told with the stay
elsewhere after it ("vuelve a OpenAI tras su paso por Meta", "torna a OpenAI dopo due
anni in Meta"), "gaat terug naar Google", a head's post taken ("assume a chefia de IA
do Google"), a startup's whole team brought aboard ("holt das Team von X an Bord") and
a unit named by what it is dedicated to ("une unité dédiée à l'IA"). The negatives use
the same words for things that are no move.
"""

import pytest

from watcher.classify import analyse

POSITIVES = [
    ("de", "Lena Vogt wird KI-Chefin bei SAP", "departure"),
    ("de", "Lena Vogt wird Chief AI Officer bei SAP", "departure"),
    ("de", "Google macht Lena Vogt zur neuen KI-Chefin", "departure"),
    (
        "de",
        "Microsoft holt das Team von Quillmark an Bord und lizenziert dessen Technologie",
        "acquihire",
    ),
    ("fr", "Thales crée une unité dédiée à l'IA générative", "lab_formation"),
    ("es", "Carlos Ruiz vuelve a OpenAI tras su paso por Meta", "departure"),
    ("it", "Marco Rossi torna a OpenAI dopo due anni in Meta", "departure"),
    ("it", "Marco Rossi torna a Google DeepMind dopo due anni in Meta", "departure"),
    ("nl", "Pieter de Vries gaat terug naar Google", "departure"),
    ("nl", "Pieter de Vries ging terug naar OpenAI na een jaar bij Meta", "departure"),
    ("pt", "Pedro Santos assume a chefia de IA do Google", "departure"),
    ("pt", "Ana Costa assumiu a direção de pesquisa da OpenAI", "departure"),
]

NEGATIVES = [
    ("de", "Der Deal macht Google zur neuen Nummer eins im KI-Markt"),
    ("fr", "Orange devient chef de file de l'IA en Europe"),
    ("fr", "Thales présente un produit dédié à l'IA générative"),
    ("es", "Carlos Ruiz vuelve a criticar a OpenAI"),
    ("it", "Il titolo di Google torna a salire dopo la trimestrale"),
    ("nl", "De koers van ASML gaat terug naar het niveau van vorig jaar"),
    ("pt", "Itaú assume a direção do mercado de crédito"),
]


@pytest.mark.parametrize(("lang", "title", "category"), POSITIVES)
def test_a_common_phrasing_is_found(lang: str, title: str, category: str) -> None:
    assert analyse(title, "", lang_hint=lang).categories == (category,)


@pytest.mark.parametrize(("lang", "title"), NEGATIVES)
def test_the_same_words_in_other_news_are_no_move(lang: str, title: str) -> None:
    assert analyse(title, "", lang_hint=lang).categories == ()
