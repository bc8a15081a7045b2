"""Pay guides are no offer, by language: "AI engineers are paid extremely high salaries, a
challenge for many companies" tells the pay of a kind of worker across the field, with no one
who offers or gets it named. An offer named beside the same words is still found."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

PAY_GUIDE = [
    (
        "en",
        "",
        "In the US and China, AI engineers are paid extremely high annual salaries, and securing them is a challenge for many companies.",
    ),
    (
        "ja",
        "",
        "米国や中国では、AIエンジニアにきわめて高額の年収が支払われており、人材確保が多くの企業の課題となっている。",
    ),
    ("zh", "", "在美国和中国,AI工程师的年薪极高,如何招到人才成为许多企业的难题。"),
    (
        "ko",
        "",
        "미국과 중국에서는 AI 엔지니어에게 매우 높은 연봉이 지급되고 있어 많은 기업이 인재 확보에 어려움을 겪고 있다.",
    ),
    (
        "de",
        "",
        "In den USA und China werden KI-Ingenieuren extrem hohe Jahresgehälter gezahlt; viele Firmen tun sich schwer, sie zu gewinnen.",
    ),
    (
        "fr",
        "",
        "Aux États-Unis et en Chine, les ingénieurs en IA touchent des salaires annuels extrêmement élevés.",
    ),
    (
        "es",
        "",
        "En Estados Unidos y China, a los ingenieros de IA se les pagan salarios anuales altísimos.",
    ),
    ("ru", "", "В США и Китае инженерам ИИ платят чрезвычайно высокие годовые зарплаты."),
    ("hi", "", "अमेरिका और चीन में एआई इंजीनियरों को बेहद ऊंचा सालाना वेतन दिया जाता है।"),
    ("vi", "", "Ở Mỹ và Trung Quốc, kỹ sư AI được trả mức lương năm cực kỳ cao."),
]

NAMED_OFFER = [
    (
        "ja",
        "メタ、山田太郎氏に1億ドルの報酬を提示",
        "メタは研究者の山田太郎氏に1億ドルの報酬パッケージを提示した。多くの企業にとって人材確保は課題だ。",
    ),
    (
        "zh",
        "Meta向张伟开出1亿美元薪酬",
        "Meta向研究员张伟开出1亿美元的薪酬方案。对许多企业来说,留住人才是难题。",
    ),
    (
        "ko",
        "메타, 김민수에 1억 달러 보상 제시",
        "메타는 연구원 김민수에게 1억 달러의 보상 패키지를 제시했다. 많은 기업이 인재 확보에 어려움을 겪고 있다.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), PAY_GUIDE)
def test_pay_guide_is_none(lang: str, title: str, text: str) -> None:
    assert analyse(title, text, lang_hint=lang).categories == ()


@pytest.mark.parametrize(("lang", "title", "text"), NAMED_OFFER)
def test_named_offer_still_found(lang: str, title: str, text: str) -> None:
    assert "offer" in analyse(title, text, lang_hint=lang).categories
