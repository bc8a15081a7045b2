"""One's own leaving announced ("announces his departure", "anuncia su salida", "kündigt
seinen Abschied an") is a move even when only a title names who leaves; the same verb
announcing a company's exit from a market, a listing or a product's retirement is not."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

ANNOUNCED = [
    ("en", "Anthropic's chief scientist announces his departure"),
    ("en", "Anthropic chief technology officer announces resignation"),
    ("es", "La directora técnica de Anthropic anuncia su salida de la empresa"),
    ("pt", "Diretora técnica da Anthropic anuncia saída da empresa"),
    ("it", "Il capo scienziato di Anthropic annuncia le dimissioni"),
    ("de", "Chefwissenschaftler von Anthropic gibt Rücktritt bekannt"),
    ("nl", "Technisch directeur van Anthropic kondigt vertrek aan"),
    ("pl", "Dyrektor techniczna Anthropic ogłosiła odejście z firmy"),
    ("cs", "Technická ředitelka Anthropicu oznámila odchod z firmy"),
    ("he", "המדענית הראשית של אנתרופיק הודיעה על עזיבתה"),
]

NOT_A_MOVE = [
    ("es", "La startup de IA anuncia su salida a bolsa en Nueva York"),
    ("en", "OpenAI announces the retirement of GPT-4o from ChatGPT"),
    ("de", "Google kündigt den Ausstieg aus dem Projekt an"),
    ("en", "Anthropic announces departure from the Paris office lease"),
    ("es", "La empresa anunció la puesta en marcha de su nuevo centro de datos"),
    # a person announcing a listing, a release or a product withdrawn is no leaver either
    ("es", "Elon Musk anuncia la salida a bolsa de su empresa de IA"),
    ("pt", "Elon Musk anuncia a saída da bolsa da sua empresa de IA"),
    ("it", "Zuckerberg annuncia il ritiro del vecchio assistente IA"),
    ("it", "Sam Altman annuncia l'uscita del nuovo modello"),
    ("es", "Sundar Pichai anuncia el retiro de su antiguo asistente"),
]


@pytest.mark.parametrize(("lang", "title"), ANNOUNCED, ids=[t[:40] for _, t in ANNOUNCED])
def test_a_leaving_announced_by_its_title_holder_is_a_departure(lang: str, title: str) -> None:
    assert "departure" in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title"), NOT_A_MOVE, ids=[t[:40] for _, t in NOT_A_MOVE])
def test_a_company_announcing_an_exit_is_no_departure(lang: str, title: str) -> None:
    assert analyse(title, "", lang_hint=lang).categories == ()
