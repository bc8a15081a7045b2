"""Acqui-hires as each language's press words them, and the news that shares their words.

A startup's team told as moving over to the buyer with a genitive or in the future ("Sonaras
team går över till OpenAI", "A equipe da X vai se juntar à Y", "команда X переходит в Y",
verb-final "X की टीम Y में शामिल होगी", "X团队加入Y", "XのチームがYに合流"); a licence of the
startup's models paired with hiring its chief in one clause; a startup bought for its talent
("för dess talanger", "demi talentanya", "人材獲得を目的に", "인재 확보 위해"). An outright
purchase of a large company, a funding round, a licensing partnership with no hires, the
practice told with no deal, a startup hiring staff and one person joining a team are not.
Invented people and startups; the buyer is the organisation the team goes to.
"""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, the buyer)
ACQUIHIRES = [
    ("pt", "A equipe da Sonara vai se juntar à OpenAI", "OpenAI"),
    (
        "de",
        "Amazon zahlt 400 Millionen Dollar, um die Modelle von Vireo zu lizenzieren und dessen "
        "Chef einzustellen",
        "Amazon",
    ),
    ("sv", "Microsoft förvärvar startupen Tessel för dess talanger", "Microsoft"),
    ("sv", "Sonaras team går över till OpenAI", "OpenAI"),
    (
        "sv",
        "Amazon betalar 400 miljoner dollar för att licensiera Vireos modeller och anställa dess vd",
        "Amazon",
    ),
    ("da", "Sonaras team skifter til OpenAI", "OpenAI"),
    (
        "da",
        "Amazon betaler 400 millioner dollar for at licensere Vireos modeller og ansætte dens direktør",
        "Amazon",
    ),
    ("no", "Sonaras team går over til OpenAI", "OpenAI"),
    (
        "no",
        "Amazon betaler 400 millioner dollar for å lisensiere Vireos modeller og ansette sjefen",
        "Amazon",
    ),
    ("ru", "Команда Sonara переходит в OpenAI", "OpenAI"),
    ("uk", "Команда Sonara переходить до OpenAI", "OpenAI"),
    ("ar", "ميتا تستحوذ على شركة كويلون الناشئة لتعزيز فريق الذكاء الاصطناعي لديها", "Meta"),
    ("ar", "مايكروسوفت تشتري شركة تيسل الناشئة من أجل مواهبها", "Microsoft"),
    ("hi", "सोनारा की टीम ओपनएआई में शामिल होगी", "OpenAI"),
    ("id", "Microsoft membeli startup Tessel demi talentanya", "Microsoft"),
    ("th", "ทีมของโซนาราจะเข้าร่วมกับ OpenAI", "OpenAI"),
    ("zh", "Sonara团队加入OpenAI", "OpenAI"),
    ("zh", "亚马逊斥资4亿美元获得Vireo模型授权并聘请其首席执行官", "Amazon"),
    ("ja", "Sonaraのチームが OpenAIに合流", "OpenAI"),
    ("ja", "マイクロソフトが人材獲得を目的にスタートアップTesselを買収", "Microsoft"),
    ("ko", "소나라 팀, 오픈AI에 합류", "OpenAI"),
    ("ko", "마이크로소프트, 인재 확보 위해 스타트업 테셀 인수", "Microsoft"),
    ("ko", "아마존, 비레오 모델 라이선스와 CEO 영입에 4억 달러 지불", "Amazon"),
    ("es", "Meta ficha al equipo de la startup Quillon", "Meta"),
    ("it", "Il team di Quillon si unirà a Meta", "Meta"),
    ("ru", "Google переманил основателей стартапа Lumora", "Google"),
    ("he", "גוגל שוכרת את מייסדי לומורה", "Google"),
    ("fa", "گوگل بنیانگذاران لومورا را استخدام کرد", "Google"),
]

NOT_ACQUIHIRES = [
    ("en", "Microsoft agrees to buy Activision for $69 billion, taking on its 10,000 employees"),
    ("en", "AI startup Quillon raises $50 million in a funding round led by Sequoia"),
    ("en", "Acqui-hires are on the rise across the tech industry"),
    ("en", "Startup Lumora hires 20 engineers for its new office"),
    ("en", "Google and Lumora sign a licensing partnership"),
    ("es", "Microsoft compra Activision por 69.000 millones de dólares"),
    ("es", "La startup Quillon levanta 50 millones en una ronda de financiación"),
    ("pt", "A startup Quillon capta US$ 50 milhões em rodada de investimento"),
    ("pt", "A equipe do Flamengo vai se juntar à seleção"),
    ("fr", "La start-up Quillon lève 50 millions d'euros"),
    ("fr", "Google et Lumora signent un partenariat de licence"),
    ("it", "Microsoft compra Activision per 69 miliardi di dollari"),
    ("de", "Start-up Lumora stellt 20 Ingenieure ein"),
    (
        "de",
        "Google und Vireo vereinbaren, Modelle zu lizenzieren und gemeinsam Forscher einzustellen",
    ),
    ("nl", "Start-up Quillon haalt 50 miljoen euro op"),
    ("sv", "Microsoft köper Activision för 69 miljarder dollar"),
    ("da", "Holdets team skifter til ny træner"),
    ("no", "Rosenborgs team går over til ny trener"),
    ("pl", "Startup Quillon pozyskał 50 mln zł od inwestorów"),
    ("cs", "Microsoft kupuje Activision za 69 miliard dolarů"),
    ("sk", "Microsoft kupuje Activision za 69 miliárd dolárov"),
    ("ru", "Команда «Спартак» переходит в новую лигу"),
    ("uk", "Команда «Динамо» переходить до нового тренера"),
    ("tr", "Quillon girişimi 50 milyon dolar yatırım aldı"),
    ("ar", "مايكروسوفت تستحوذ على أكتيفيجن مقابل 69 مليار دولار"),
    ("he", "מיקרוסופט רוכשת את אקטיוויז'ן תמורת 69 מיליארד דולר"),
    ("fa", "مایکروسافت اکتیویژن را به قیمت ۶۹ میلیارد دلار خرید"),
    ("hi", "भारत की टीम फाइनल में शामिल होगी"),
    ("id", "Startup Tessel merekrut 20 insinyur demi timnya"),
    ("vi", "Microsoft mua lại Activision với giá 69 tỷ USD"),
    ("th", "ทีมของเชลซีจะเข้าร่วมการแข่งขัน"),
    ("zh", "张伟加入谷歌AI团队"),
    ("zh", "初创公司Quillon完成5000万美元融资"),
    ("ja", "山田太郎氏がグーグルのチームに合流"),
    ("ja", "スタートアップQuillon、5000万ドルを調達"),
    ("ko", "김민수, 삼성전자 팀에 합류"),
    ("ko", "스타트업 퀼론, 개발자 20명 채용"),
    ("es", "El Real Madrid ficha al portero del equipo rival"),
    ("it", "Il team di Ferrari si unirà a Monza per i test"),
    ("he", "גוגל שוכרת את מייסד הסטארט-אפ לומורה"),
]


@pytest.mark.parametrize(("lang", "title", "buyer"), ACQUIHIRES)
def test_acquihire(lang: str, title: str, buyer: str) -> None:
    result = analyse(title, "", lang_hint=lang)
    assert "acquihire" in result.categories
    assert result.entities.to_org == buyer


@pytest.mark.parametrize(("lang", "title"), NOT_ACQUIHIRES)
def test_not_acquihire(lang: str, title: str) -> None:
    assert "acquihire" not in analyse(title, "", lang_hint=lang).categories
