"""An organisation's leader who makes an offer speaks for the organisation: "Zuckerberg
offers researchers packages of up to $100m" is an offer as much as "Meta offers …",
in every language; a leader's own pay, earned or approved, is no offer to anyone."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

LEADER_OFFERS = [
    ("en", "Mark Zuckerberg offers AI researchers packages worth up to $100 million"),
    ("de", "Mark Zuckerberg bietet KI-Forschern Pakete von bis zu 100 Millionen Dollar"),
    ("ru", "Марк Цукерберг предлагает исследователям ИИ пакеты до 100 миллионов долларов"),
    ("pl", "Mark Zuckerberg oferuje badaczom AI pakiety warte do 100 mln dolarów"),
    (
        "fr",
        "Mark Zuckerberg propose aux chercheurs en IA des rémunérations de 100 millions de dollars",
    ),
    (
        "es",
        "Mark Zuckerberg ofrece a investigadores de IA paquetes de hasta 100 millones de dólares",
    ),
]

LEADERS_OWN_PAY = [
    ("en", "Sundar Pichai earned $226 million in 2022, mostly in stock awards"),
    ("en", "Tesla shareholders approve Elon Musk's $56 billion pay package"),
    ("en", "Jensen Huang's pay rose 60% to $34 million last year"),
    ("de", "Elon Musk erhält ein Vergütungspaket von 56 Milliarden Dollar"),
]


@pytest.mark.parametrize(("lang", "title"), LEADER_OFFERS, ids=[lang for lang, _ in LEADER_OFFERS])
def test_a_leader_offering_pay_for_the_company_is_an_offer(lang: str, title: str) -> None:
    assert "offer" in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title"), LEADERS_OWN_PAY, ids=[t[:40] for _, t in LEADERS_OWN_PAY]
)
def test_a_leaders_own_pay_is_no_offer(lang: str, title: str) -> None:
    assert analyse(title, "", lang_hint=lang).categories == ()
