"""Language detection: offline, scripts first, 'nb'/'nn' reported as 'no'."""

from __future__ import annotations

import pytest

from watcher.classify.lang import detect_language

SAMPLES = [
    ("en", "OpenAI researcher Jason Wei is leaving the company to join Meta's new lab."),
    ("de", "Der Forscher verlässt das Unternehmen und wechselt zu einem Konkurrenten in Berlin."),
    ("fr", "Le chercheur quitte l'entreprise pour rejoindre un concurrent à Paris."),
    ("es", "El investigador deja la empresa para unirse a un competidor en Madrid."),
    ("it", "Il ricercatore lascia l'azienda per unirsi a un concorrente a Milano."),
    ("pt", "O pesquisador deixou a empresa para se juntar a um concorrente em São Paulo."),
    ("nl", "De onderzoeker verlaat het bedrijf en stapt over naar een concurrent."),
    ("da", "Forskeren forlader virksomheden for at slutte sig til en konkurrent i København."),
    ("sv", "Forskaren lämnar företaget och går till en konkurrent i Stockholm."),
    ("no", "Forskeren forlater selskapet og begynner hos en konkurrent i Oslo, sa hun i går."),
    ("ja", "OpenAIの研究者がメタに移籍した。"),
    ("zh", "OpenAI研究员跳槽Meta超级智能实验室。"),
    ("ko", "오픈AI 연구원이 메타로 이직했다."),
]


@pytest.mark.parametrize(("lang", "text"), SAMPLES)
def test_detect_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_empty_text_uses_hint() -> None:
    assert detect_language("", "de") == "de"
    assert detect_language("") == "und"


def test_hint_normalised() -> None:
    assert detect_language("   ", "nb-NO") == "no"
