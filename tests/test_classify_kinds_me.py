"""Arabic, Hebrew and Persian news telling an acqui-hire: a startup bought in the passive
("اشتُريت … من قبل جوجل", "נקנה על ידי גוגל", "توسط گوگل خریده شد"), and the startup's staff
moving over to the buyer or its team integrating into it ("سيندمج فريق", "ייקלטו ב",
"منتقل می‌شوند"). A product integrated into a suite is none. Invented people and startups."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

PASSIVE = [
    ("ar", "اشتريت شركة لومينا الناشئة من قبل جوجل التي وظفت مؤسسيها."),
    ("he", "הסטארט-אפ לומנה נקנה על ידי גוגל, שגייסה את מייסדיו."),
    ("he", "הסטארט-אפ לומנה נמכר לגוגל, שגייסה את מייסדיו."),
    ("fa", "استارتاپ لومنا توسط گوگل خریده شد و گوگل بنیانگذارانش را استخدام کرد."),
]


@pytest.mark.parametrize(("lang", "text"), PASSIVE)
def test_a_startup_bought_in_the_passive_is_an_acquihire(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("acquihire",)
    assert found.entities.to_org == "Google"


INTEGRATING = [
    ("ar", "استحوذت ميتا على فيريو. وسيندمج فريق فيريو في ميتا الأسبوع المقبل."),
    ("he", "מטא רכשה את ויריאו. צוות ויריאו ישתלב במטא בשבוע הבא."),
    ("he", "מטא רכשה את ויריאו. עובדי ויריאו ייקלטו במטא בשבוע הבא."),
    ("fa", "متا ویرئو را خرید. تیم ویرئو هفته آینده در متا ادغام خواهد شد."),
]


@pytest.mark.parametrize(("lang", "text"), INTEGRATING)
def test_a_team_integrating_into_its_buyer_is_an_acquihire(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("acquihire",)
    assert found.entities.to_org == "Meta"


def test_staff_moving_over_to_a_buyer_in_persian() -> None:
    text = "دکتر جین مارش و دیگر کارکنان به انویدیا منتقل می‌شوند."
    found = analyse("", text, lang_hint="fa")
    assert found.categories == ("departure",)
    assert found.entities.to_org == "Nvidia"


NONE = [
    ("ar", "سيندمج النموذج الجديد في مايكروسوفت أوفيس العام المقبل."),
    ("he", "המוצר החדש ישתלב במיקרוסופט אופיס בשנה הבאה."),
    ("fa", "مدل جدید سال آینده در مایکروسافت آفیس ادغام می‌شود."),
]


@pytest.mark.parametrize(("lang", "text"), NONE)
def test_products_stages_and_profits_are_none(lang: str, text: str) -> None:
    assert not analyse("", text, lang_hint=lang).categories
