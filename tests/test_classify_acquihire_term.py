"""A contract that runs for a term ("a four-year deal worth $250 million", "un acuerdo de
cuatro años", "为期四年的协议") is someone's pay or a licence: a purchase has no term, so the
agreement signed by a startup's founder buys no startup. A purchase told beside a term
still is one."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, lead): a founder signs a term contract with a large company
TERM_DEALS = [
    (
        "en",
        "Meta signs Jane Doe to a four-year deal",
        "Meta signed Jane Doe, a co-founder of the startup Lumen Labs, to a four-year deal worth $250 million.",
    ),
    (
        "en",
        "",
        "Jane Doe, co-founder of Lumen Labs, agreed a multi-year deal with Meta worth $250 million.",
    ),
    (
        "es",
        "",
        "Meta ha fichado a Jane Doe, cofundadora de la startup Lumen Labs, con un acuerdo de cuatro años valorado en 250 millones de dólares.",
    ),
    (
        "pt",
        "",
        "Jane Doe, cofundadora da startup Lumen Labs, assinou com a Meta um acordo de quatro anos no valor de US$ 250 milhões.",
    ),
    (
        "fi",
        "",
        "Lumen Labsin perustaja Mikko Virtanen teki Metan kanssa nelivuotisen sopimuksen, jonka arvo on 250 miljoonaa dollaria.",
    ),
    (
        "he",
        "",
        "דני לוי, מייסד שותף בסטארט-אפ לומן לאבס, חתם עם מטא על עסקה לארבע שנים בשווי 250 מיליון דולר.",
    ),
    (
        "id",
        "",
        "Budi Santoso, salah satu pendiri startup Lumen Labs, meneken kesepakatan empat tahun dengan Meta senilai 250 juta dolar AS.",
    ),
    (
        "vi",
        "",
        "Nguyễn Văn An, nhà đồng sáng lập startup Lumen Labs, đã ký thỏa thuận bốn năm với Meta trị giá 250 triệu USD.",
    ),
    ("zh", "", "初创公司Lumen Labs联合创始人张伟与Meta签下一份为期四年、价值2.5亿美元的协议。"),
]

# (language, headline, lead): an acqui-hire told beside a term
BOUGHT_BESIDE_A_TERM = [
    (
        "en",
        "",
        "Google signed a two-year licensing deal with Character.AI and hired its founders and engineers.",
    ),
    ("zh", "", "经过为期三个月的谈判，Meta收购了初创公司Lumen Labs，其创始人和工程师将加入Meta。"),
    (
        "es",
        "",
        "Meta ha comprado la startup Lumen Labs, con la que tenía un acuerdo de dos años, y sus fundadores se unen a Meta.",
    ),
    (
        "fi",
        "",
        "Meta osti startup-yhtiö Lumen Labsin, jonka kanssa sillä oli kaksivuotinen sopimus, ja sen perustajat siirtyvät Metalle.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), TERM_DEALS)
def test_a_term_contract_of_a_founder_is_no_acquihire(lang: str, title: str, text: str) -> None:
    result = analyse(title, text, lang_hint=lang)
    assert result.lang == lang
    assert "acquihire" not in result.categories


@pytest.mark.parametrize(("lang", "title", "text"), BOUGHT_BESIDE_A_TERM)
def test_a_purchase_told_beside_a_term_is_an_acquihire(lang: str, title: str, text: str) -> None:
    result = analyse(title, text, lang_hint=lang)
    assert "acquihire" in result.categories
