"""Pay raised for a company's AI staff in the war for talent ("lifting pay for its AI
engineers as the talent war heats up"), with no amount, in each language's own words:
the competition for people is the motive of the pay, as "to retain" or "to stop poaching" is. The talent war
told with no pay raised, or with a survey's average, stays negative."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

RAISES = [
    ("en", "Amazon is lifting pay for its AI engineers as the talent war heats up"),
    (
        "en",
        "Amazon is increasing the compensation packages of its AI engineers as rivals poach them",
    ),
    ("de", "Amazon erhöht im Kampf um KI-Talente die Gehälter seiner Ingenieure"),
    ("fr", "Amazon augmente la rémunération de ses ingénieurs IA dans la guerre des talents"),
    ("es", "Amazon sube los salarios de sus ingenieros de IA en plena guerra por el talento"),
    ("it", "Amazon aumenta gli stipendi degli ingegneri IA nella guerra dei talenti"),
    ("pt", "Amazon aumenta os salários dos engenheiros de IA em meio à guerra por talentos"),
    ("nl", "Amazon verhoogt de salarissen van zijn AI-ingenieurs in de strijd om talent"),
    ("sv", "Amazon höjer lönerna för sina AI-ingenjörer i kampen om talangerna"),
    ("da", "Amazon hæver lønnen til sine AI-ingeniører i kampen om talenterne"),
    ("no", "Amazon øker lønningene til sine KI-ingeniører i kampen om talentene"),
    ("fi", "Amazon nostaa tekoälyinsinöörien palkkoja kiihtyvässä kilpailussa osaajista"),
    ("ru", "Amazon повышает зарплаты инженерам ИИ на фоне войны за таланты"),
    ("uk", "Amazon підвищує зарплати інженерам ШІ на тлі війни за таланти"),
    ("pl", "Amazon podnosi pensje inżynierom AI w wojnie o talenty"),
    ("cs", "Amazon zvyšuje platy inženýrům AI v boji o talenty"),
    ("sk", "Amazon zvyšuje platy inžinierom AI v boji o talenty"),
    ("tr", "Amazon, yetenek savaşında yapay zeka mühendislerinin maaşlarını artırıyor"),
    ("ar", "أمازون ترفع رواتب مهندسي الذكاء الاصطناعي في ظل حرب المواهب"),
    ("he", "אמזון מעלה את שכר מהנדסי הבינה המלאכותית במלחמת הכישרונות"),
    ("fa", "أمازون در جنگ استعدادها حقوق مهندسان هوش مصنوعی خود را افزایش می\u200cدهد"),
    ("hi", "अमेज़न एआई प्रतिभा की जंग में अपने इंजीनियरों का वेतन बढ़ा रही है"),
    ("id", "Amazon menaikkan gaji insinyur AI di tengah perang talenta"),
    ("vi", "Amazon tăng lương cho kỹ sư AI giữa cuộc chiến giành nhân tài"),
]


@pytest.mark.parametrize(("lang", "text"), RAISES, ids=[r[0] for r in RAISES])
def test_pay_raised_in_the_talent_war_is_an_offer(lang: str, text: str) -> None:
    assert "offer" in analyse(text, "").categories


NOT_OFFERS = [
    (
        "en",
        "AI salaries rose 12% on average amid the talent war, a survey by a recruiting firm found",
    ),
    ("en", "Jane Doe left Google for Meta amid the AI talent war"),
    ("en", "The talent war has pushed pay for AI researchers ever higher, analysts say"),
    (
        "de",
        "KI-Ingenieure verdienen im Schnitt 90.000 Euro, der Kampf um Talente hält an, zeigt eine Umfrage",
    ),
    ("fr", "Lena Brandt quitte Google pour Meta en pleine guerre des talents"),
    (
        "es",
        "Los salarios medios de la IA suben un 10% en plena guerra por el talento, según una encuesta",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_OFFERS, ids=[r[0] for r in NOT_OFFERS])
def test_the_talent_war_without_a_raise_is_no_offer(lang: str, text: str) -> None:
    assert "offer" not in analyse(text, "").categories
