"""A formation proposed is no formation, by language: "her proposal to set up an AI group was
discussed by the council" puts an idea forward; a proposal told in another sentence than the
lab launched ("the council approved the proposal. The university launched …") still leaves
the formation found."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

PROPOSED = [
    (
        "en",
        "",
        "A proposal by Dr. Jane Doe, a faculty member of the linguistics institute, to set up an artificial intelligence group was discussed by the council members.",
    ),
    (
        "fa",
        "",
        "پیشنهاد دکتر مریم احمدی، عضو هیئت علمی پژوهشکده زبان\u200cشناسی، درباره راه\u200cاندازی گروه هوش مصنوعی در جلسه شورا مورد بحث و بررسی قرار گرفت.",
    ),
    ("fa", "", "پیشنهاد تشکیل کارگروه هوش مصنوعی در شورای دانشگاه بررسی شد."),
    (
        "de",
        "",
        "Der Vorschlag von Dr. Jane Doe, eine KI-Forschungsgruppe einzurichten, wurde im Senat diskutiert.",
    ),
    (
        "fr",
        "",
        "La proposition de Jane Doe de créer un groupe de recherche en IA a été examinée par le conseil.",
    ),
    (
        "es",
        "",
        "La propuesta de Jane Doe de crear un grupo de investigación en IA fue debatida por el consejo.",
    ),
    (
        "it",
        "",
        "La proposta di Jane Doe di avviare un gruppo di ricerca sull'IA è stata discussa dal consiglio.",
    ),
    (
        "ru",
        "",
        "Предложение Ивана Петрова о создании группы по искусственному интеллекту обсудили члены совета.",
    ),
    ("ar", "", "ناقش أعضاء المجلس اقتراح الدكتور أحمد سالم بشأن إنشاء مجموعة للذكاء الاصطناعي."),
    (
        "tr",
        "",
        "Dr. Ayşe Yılmaz'ın yapay zeka grubu kurulmasına ilişkin önerisi kurul üyelerince görüşüldü.",
    ),
    ("hi", "", "डॉ. राहुल शर्मा के एआई समूह शुरू करने के प्रस्ताव पर परिषद के सदस्यों ने चर्चा की।"),
    ("zh", "", "理事会成员讨论了张伟博士关于成立人工智能小组的提议。"),
]

LAUNCHED = [
    (
        "en",
        "University launches new AI research lab",
        "The council approved the proposal last month. On Monday the university launched a new AI research lab led by Jane Doe.",
    ),
    (
        "fa",
        "دانشگاه آزمایشگاه پژوهشی هوش مصنوعی راه\u200cاندازی کرد",
        "شورا ماه گذشته با پیشنهاد موافقت کرد. دانشگاه روز دوشنبه آزمایشگاه پژوهشی هوش مصنوعی جدیدی به ریاست مریم احمدی راه\u200cاندازی کرد.",
    ),
    (
        "es",
        "La universidad crea un nuevo laboratorio de IA",
        "El consejo aprobó la propuesta el mes pasado. El lunes la universidad creó un nuevo laboratorio de investigación en IA dirigido por Jane Doe.",
    ),
    (
        "tr",
        "Üniversite yeni yapay zeka laboratuvarı kurdu",
        "Kurul öneriyi geçen ay onayladı. Üniversite pazartesi günü Ayşe Yılmaz liderliğinde yeni bir yapay zeka araştırma laboratuvarı kurdu.",
    ),
    (
        "zh",
        "大学成立人工智能实验室",
        "理事会上月通过了该提议。大学周一正式成立了由张伟领导的人工智能研究实验室。",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), PROPOSED)
def test_formation_proposed_is_none(lang: str, title: str, text: str) -> None:
    assert analyse(title, text, lang_hint=lang).categories == ()


@pytest.mark.parametrize(("lang", "title", "text"), LAUNCHED)
def test_formation_after_the_proposal_is_found(lang: str, title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text, lang_hint=lang).categories
