"""People named with no title in scripts without capitals (Arabic, Persian, Hebrew,
Devanagari, Thai): the verb of the move before or after the name, the object of a
dismissal or an appointment, and two names joined by "and"."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

POSITIVES = [
    # the subject before its verb, as Arabic headlines write it
    ("ar", "سارة ميلر تغادر غوغل وتنضم إلى OpenAI", "departure", ["سارة ميلر"]),
    ("ar", "كريم الحداد يترك جوجل للانضمام إلى OpenAI", "departure", ["كريم الحداد"]),
    # the one fired or appointed, right after the verb
    ("ar", "غوغل تقيل سارة ميلر بعد خلاف حول سلامة الذكاء الاصطناعي", "departure", ["سارة ميلر"]),
    ("ar", "ميتا تعين كريم منصور كبيرا للعلماء", "departure", ["كريم منصور"]),
    # "and" glued to the second name
    (
        "ar",
        "سارة ميلر وكريم منصور يؤسسان شركة ناشئة جديدة للذكاء الاصطناعي",
        "lab_formation",
        ["سارة ميلر", "كريم منصور"],
    ),
    # the object marker "را" before the verb of dismissal
    ("fa", "گوگل کیوان رستمی را اخراج کرد", "departure", ["کیوان رستمی"]),
    # "את" before a definite object: the one fired, appointed or hired
    ("he", "גוגל מפטרת את יואב כהן", "departure", ["יואב כהן"]),
    ("he", "גוגל פיטרה את יואב כהן לאחר מחלוקת", "departure", ["יואב כהן"]),
    ("he", "מטא מינתה את יואב כהן למדען הראשי", "departure", ["יואב כהן"]),
    ("he", "OpenAI מגייסת את שרה מילר מגוגל", "departure", ["שרה מילר"]),
    (
        "he",
        "יואב כהן ושרה מילר מקימים סטארט-אפ חדש לבינה מלאכותית",
        "lab_formation",
        ["יואב כהן", "שרה מילר"],
    ),
    # two names joined by "और" share the marker "ने"
    (
        "hi",
        "अमन गुप्ता और सारा मिलर ने नया एआई स्टार्टअप शुरू किया",
        "lab_formation",
        ["Aman Gupta", "Sara Milar"],
    ),
    # a Thai name before the verb it runs into
    ("th", "ซาร่า มิลเลอร์ ลาออกจาก Google ไปร่วมงานกับ OpenAI", "departure", ["ซาร่า มิลเลอร์"]),
    ("th", "ธนพล แก้วมณี อดีตพนักงาน Google ย้ายไปร่วมงานกับ OpenAI", "departure", ["ธนพล แก้วมณี"]),
    (
        "th",
        "ธนพล แก้วมณี และ ซาร่า มิลเลอร์ ร่วมก่อตั้งสตาร์ทอัพ AI แห่งใหม่",
        "lab_formation",
        ["ธนพล แก้วมณี", "ซาร่า มิลเลอร์"],
    ),
]

NEGATIVES = [
    # a company before the verb, and a title after it, name no one
    ("ar", "مايكروسوفت تترك سوق الهواتف وتنضم إلى تحالف جديد", "departure"),
    ("he", "החברה מפטרת את העובדים בסניף החדש", "departure"),
    ("hi", "गूगल ने सैकड़ों कर्मचारियों को नौकरी से निकाला", "departure"),
    ("th", "พนักงานจำนวนมาก ลาออกจากโรงงาน", "departure"),
]


@pytest.mark.parametrize(("lang", "title", "category", "people"), POSITIVES)
def test_untitled_names(lang: str, title: str, category: str, people: list[str]) -> None:
    result = analyse(title, "", lang_hint=lang)
    assert category in result.categories
    found = [p.name if hasattr(p, "name") else p for p in result.entities.people]
    for name in people:
        assert name in found


@pytest.mark.parametrize(("lang", "title", "category"), NEGATIVES)
def test_no_untitled_names(lang: str, title: str, category: str) -> None:
    result = analyse(title, "", lang_hint=lang)
    assert category not in result.categories
    assert not result.entities.people
