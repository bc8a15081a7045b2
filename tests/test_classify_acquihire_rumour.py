"""A purchase told as only possible ("may acquire", "pourrait racheter", "可能收购",
"買収する可能性") is a rumour: nothing bought, and founders named beside it are no team
moving. A purchase made in the month of May stays one."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, lead): a buyer that may buy a startup whose founders are named
RUMOURS = [
    (
        "en",
        "Apple may acquire Lumen Labs",
        "Apple may acquire the AI startup Lumen Labs, whose founders have been talking to several buyers, people familiar with the matter said.",
    ),
    (
        "en",
        "",
        "Apple could buy the startup Lumen Labs, whose founders are said to be open to a sale.",
    ),
    (
        "fr",
        "",
        "Apple pourrait racheter la start-up d'IA Lumen Labs, dont les fondateurs discutent avec plusieurs acheteurs.",
    ),
    (
        "es",
        "",
        "Apple podría comprar la startup de IA Lumen Labs, cuyos fundadores hablan con varios compradores.",
    ),
    (
        "it",
        "",
        "Apple potrebbe acquisire la startup di IA Lumen Labs, i cui fondatori parlano con diversi acquirenti.",
    ),
    (
        "pt",
        "",
        "A Apple pode comprar a startup de IA Lumen Labs, cujos fundadores conversam com vários compradores.",
    ),
    (
        "fi",
        "",
        "Apple saattaa ostaa tekoälystartup Lumen Labsin, jonka perustajat neuvottelevat useiden ostajien kanssa.",
    ),
    (
        "fa",
        "",
        "اپل ممکن است استارتاپ لومن لبز را خریداری کند؛ بنیان‌گذاران آن با چند خریدار در حال مذاکره‌اند.",
    ),
    (
        "hi",
        "",
        "एप्पल एआई स्टार्टअप लुमेन लैब्स का अधिग्रहण कर सकती है, जिसके संस्थापक कई खरीदारों से बात कर रहे हैं।",
    ),
    (
        "id",
        "",
        "Apple mungkin mengakuisisi startup AI Lumen Labs, yang para pendirinya sedang berbicara dengan beberapa pembeli.",
    ),
    (
        "vi",
        "",
        "Apple có thể mua lại startup AI Lumen Labs, các nhà sáng lập của công ty đang đàm phán với nhiều bên mua.",
    ),
    ("th", "", "แอปเปิลอาจเข้าซื้อสตาร์ทอัพเอไอลูเมนแล็บส์ ซึ่งผู้ก่อตั้งกำลังเจรจากับผู้ซื้อหลายราย"),
    ("zh", "", "苹果可能收购人工智能初创公司Lumen Labs，其创始人正与多家买家洽谈。"),
    (
        "ja",
        "",
        "アップルがAIスタートアップのルーメン・ラボを買収する可能性があり、創業者は複数の買い手と協議している。",
    ),
    (
        "ko",
        "",
        "애플이 AI 스타트업 루멘랩스를 인수할 가능성이 있으며 창업자들은 여러 인수자와 협상 중이다.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), RUMOURS)
def test_a_purchase_only_possible_is_no_acquihire(lang: str, title: str, text: str) -> None:
    result = analyse(title, text, lang_hint=lang)
    assert result.lang == lang
    assert "acquihire" not in result.categories


def test_a_purchase_made_in_may_is_an_acquihire() -> None:
    text = (
        "Google in May acquired the startup Lumen Labs; its founders and engineers joined Google."
    )
    assert "acquihire" in analyse("", text).categories
