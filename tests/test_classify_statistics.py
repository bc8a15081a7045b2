"""Statistics of the talent market are no event, by language: moves told as odds
("engineers are eight times more likely to move from X to Y") name no one who moves, and
startups counted by the dozen ("expatriates launched 150 startups") are a statistic of the
field, not one lab formed. The same words beside a named mover or one startup founded still
leave the event found."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

STATISTICS = [
    (
        "en",
        "",
        "Report: where AI engineers go",
        "Engineers are eight times more likely to move from OpenAI to Anthropic than the other way round, a report by a recruiting firm found.",
    ),
    (
        "zh",
        "",
        "报告:AI工程师流向",
        "一份招聘机构的报告显示,工程师从OpenAI跳槽到Anthropic的可能性是反方向的8倍。",
    ),
    (
        "ja",
        "",
        "報告書:AIエンジニアの移籍",
        "採用会社の報告書によると、エンジニアがOpenAIからAnthropicへ移籍する可能性は逆方向の8倍だという。",
    ),
    (
        "ko",
        "",
        "보고서: AI 엔지니어 이동",
        "채용업체 보고서에 따르면 엔지니어가 오픈AI에서 앤트로픽으로 이직할 가능성은 반대 방향보다 8배 높다.",
    ),
    (
        "de",
        "",
        "Studie: Wohin KI-Ingenieure wechseln",
        "Ingenieure wechseln laut einer Studie achtmal häufiger von OpenAI zu Anthropic als umgekehrt.",
    ),
    (
        "fr",
        "",
        "Étude : où vont les ingénieurs de l'IA",
        "Selon une étude, les ingénieurs ont huit fois plus de chances de passer d'OpenAI à Anthropic que l'inverse.",
    ),
    (
        "es",
        "",
        "Estudio: adónde van los ingenieros de IA",
        "Según un estudio, los ingenieros tienen ocho veces más probabilidades de pasar de OpenAI a Anthropic que al revés.",
    ),
    (
        "ru",
        "",
        "Исследование: куда уходят инженеры ИИ",
        "По данным исследования, инженеры в восемь раз чаще переходят из OpenAI в Anthropic, чем наоборот.",
    ),
    (
        "fa",
        "",
        "گزارش: مهاجرت مهندسان هوش مصنوعی",
        "طبق یک گزارش، احتمال پیوستن مهندسان از OpenAI به Anthropic هشت برابر حالت عکس است.",
    ),
    (
        "fa",
        "",
        "راه\u200cاندازی ۱۵۰ استارتاپ توسط متخصصان مهاجر",
        "به گفته یک گزارش تازه، ۱۵۰ استارتاپ هوش مصنوعی در سال گذشته به دست مهاجران راه\u200cاندازی شد.",
    ),
    (
        "en",
        "",
        "Diaspora engineers launched 150 startups",
        "The science ministry said expatriate engineers have launched 150 startups and created 4,000 jobs.",
    ),
    (
        "de",
        "",
        "Auslandsforscher gründeten 150 Start-ups",
        "Laut Ministerium haben Forscher im Ausland 150 Start-ups gegründet und 4000 Arbeitsplätze geschaffen.",
    ),
    (
        "zh",
        "",
        "海外人才创办150家初创公司",
        "科技部表示,海外华人专家已创办150家初创公司,创造4000个就业岗位。",
    ),
    (
        "ru",
        "",
        "Эмигранты основали 150 стартапов",
        "По данным министерства, специалисты-эмигранты основали 150 стартапов и создали 4000 рабочих мест.",
    ),
    (
        "tr",
        "",
        "Yurt dışındaki uzmanlar 150 girişim kurdu",
        "Bakanlık, yurt dışındaki uzmanların 150 girişim kurduğunu ve 4000 iş yarattığını açıkladı.",
    ),
    (
        "ko",
        "",
        "해외 인재, 스타트업 150곳 창업",
        "과기부는 해외 한인 전문가들이 스타트업 150곳을 창업해 일자리 4000개를 만들었다고 밝혔다.",
    ),
]

EVENTS = [
    (
        "en",
        "departure",
        "Jane Doe leaves OpenAI for Anthropic",
        "Jane Doe joined Anthropic from OpenAI; engineers are eight times more likely to make that move, a report found.",
    ),
    (
        "zh",
        "departure",
        "张伟从OpenAI跳槽至Anthropic",
        "张伟已从OpenAI跳槽到Anthropic。报告称,工程师从OpenAI跳槽到Anthropic的可能性是反方向的8倍。",
    ),
    (
        "de",
        "departure",
        "Jane Doe wechselt von OpenAI zu Anthropic",
        "Jane Doe wechselt von OpenAI zu Anthropic; Ingenieure wechseln laut einer Studie achtmal häufiger in diese Richtung.",
    ),
    (
        "ru",
        "departure",
        "Иван Петров перешёл из OpenAI в Anthropic",
        "Иван Петров перешёл из OpenAI в Anthropic; по данным исследования, инженеры в восемь раз чаще переходят в эту сторону.",
    ),
    (
        "en",
        "lab_formation",
        "Jane Doe launches AI startup Lumio with 12 researchers",
        "Former OpenAI researcher Jane Doe has launched a new AI startup, Lumio, with 12 researchers.",
    ),
    (
        "fa",
        "lab_formation",
        "مریم احمدی استارتاپ هوش مصنوعی لومیو را راه\u200cاندازی کرد",
        "مریم احمدی، پژوهشگر سابق گوگل، استارتاپ هوش مصنوعی جدیدی با ۱۲ پژوهشگر راه\u200cاندازی کرد.",
    ),
    (
        "zh",
        "lab_formation",
        "张伟创办AI初创公司",
        "前谷歌研究员张伟创办了一家人工智能初创公司,团队有12名研究人员。",
    ),
    (
        "tr",
        "lab_formation",
        "Ayşe Yılmaz yapay zeka girişimi kurdu",
        "Eski Google araştırmacısı Ayşe Yılmaz, 12 araştırmacıyla yeni bir yapay zeka girişimi kurdu.",
    ),
    (
        "ko",
        "lab_formation",
        "김민수, AI 스타트업 창업",
        "전 구글 연구원 김민수가 연구원 12명과 함께 AI 스타트업을 창업했다.",
    ),
]


@pytest.mark.parametrize(("lang", "category", "title", "text"), STATISTICS)
def test_statistic_is_none(lang: str, category: str, title: str, text: str) -> None:
    assert analyse(title, text, lang_hint=lang).categories == ()


@pytest.mark.parametrize(("lang", "category", "title", "text"), EVENTS)
def test_event_beside_a_statistic_is_found(lang: str, category: str, title: str, text: str) -> None:
    assert category in analyse(title, text, lang_hint=lang).categories
