"""A company's own leader back at its head: the post may stand between the return and the
company ("returns as CEO of", "kehrt als Chef zu … zurück", "вернулся на пост гендиректора"),
or the return is told as being the leader again ("wird wieder Firmenchef", "redevient
PDG", "is back as CEO"). A return to a stage or an event is no move. Sam Altman is the
people table's leader of OpenAI; a Turkish board "azletti" (dismissed) its chief."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

RETURNS = [
    ("en", "Sam Altman returns as CEO of OpenAI days after his ouster."),
    ("de", "Sam Altman kehrt als Chef zu OpenAI zurück."),
    ("ru", "Сэм Альтман вернулся на пост гендиректора OpenAI."),
    ("de", "Sam Altman wird wieder Firmenchef von OpenAI."),
    ("fr", "Sam Altman va redevenir le dirigeant d'OpenAI."),
    ("it", "Sam Altman torna a essere amministratore delegato di OpenAI."),
    ("en", "Sam Altman is back as CEO of OpenAI."),
]


@pytest.mark.parametrize(("lang", "text"), RETURNS)
def test_a_leader_back_at_the_head_of_his_company(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert found.entities.people == ("Sam Altman",)
    assert found.entities.to_org == "OpenAI"


@pytest.mark.parametrize(
    "text",
    [
        "Sam Altman returns to the stage at OpenAI DevDay to unveil new models.",
        "Die Firma wird wieder profitabel, sagte Sam Altman von OpenAI.",
    ],
)
def test_a_return_to_a_stage_or_to_profit_is_no_move(text: str) -> None:
    assert not analyse("", text).categories


def test_a_turkish_board_dismissing_its_chief() -> None:
    text = "Yönetim kurulu, OpenAI CEO'su Sam Altman'ı cuma günü görevinden azletti."
    found = analyse("", text, lang_hint="tr")
    assert found.categories == ("departure",)
    assert found.entities.people == ("Sam Altman",)
