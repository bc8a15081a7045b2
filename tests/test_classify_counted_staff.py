"""Staff counted by the thousand ("thousands of engineers left X for Y") is a flow, a
statistic of the market, not a named move; in every language, as the dozens and the
hundreds already were. A named person told the same way is still a move."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

FLOWS = [
    ("fr", "Des milliers d’ingénieurs ont quitté Google l’an dernier pour rejoindre OpenAI."),
    ("fr", "Des milliers de chercheurs ont quitté Google l’an dernier pour rejoindre OpenAI."),
    ("de", "Tausende Ingenieure haben Google verlassen und sind zu OpenAI gewechselt."),
    ("es", "Miles de ingenieros dejaron Google el año pasado para unirse a OpenAI."),
    ("it", "Migliaia di ingegneri hanno lasciato Google l'anno scorso per passare a OpenAI."),
    ("pt", "Milhares de engenheiros deixaram o Google no ano passado para se juntar à OpenAI."),
    ("ru", "Тысячи инженеров в прошлом году ушли из Google в OpenAI."),
    ("uk", "Тисячі інженерів торік пішли з Google до OpenAI."),
    ("pl", "Tysiące inżynierów odeszło w zeszłym roku z Google do OpenAI."),
    ("tr", "Geçen yıl binlerce mühendis Google'dan ayrılıp OpenAI'ye katıldı."),
    ("id", "Ribuan insinyur keluar dari Google tahun lalu dan bergabung dengan OpenAI."),
    ("vi", "Hàng nghìn kỹ sư đã rời Google để gia nhập OpenAI trong năm qua."),
    ("zh", "去年有数千名工程师离开谷歌加入OpenAI。"),
    ("ko", "지난해 수천 명의 엔지니어가 구글을 떠나 오픈AI로 이직했다."),
    ("hi", "पिछले साल हजारों इंजीनियरों ने Google छोड़कर OpenAI जॉइन किया।"),
    ("ar", "غادر آلاف المهندسين غوغل العام الماضي للانضمام إلى OpenAI."),
]


@pytest.mark.parametrize(
    ("lang", "text"), FLOWS, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(FLOWS)]
)
def test_a_flow_counted_by_the_thousand_is_no_move(lang: str, text: str) -> None:
    assert analyse(text, "", lang_hint=lang).categories == ()


def test_a_named_person_told_the_same_way_is_a_move() -> None:
    text = "Claire Fontaine a quitté Google l’an dernier pour rejoindre OpenAI."
    assert "departure" in analyse(text, "", lang_hint="fr").categories
