"""Hired to lead a new unit, told in Slavic languages, Turkish, Arabic, Hebrew and Persian: the
unit is formed for the one who joins, so the move and the new unit are both news. Joining a
team that exists, or one formed last year, or working on a new product, stays a move."""

from __future__ import annotations

import pytest

from watcher.classify import analyse


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Иван Соколов перешёл в компанию «Тензор», чтобы возглавить новую команду по "
            "искусственному интеллекту.",
        ),
        (
            "ru",
            "Ольга Белова перешла в компанию «Кварц» и будет руководить новым подразделением ИИ.",
        ),
        (
            "uk",
            "Олег Ткаченко перейшов до компанії Смарагдсофт, щоб очолити нову команду зі "
            "штучного інтелекту.",
        ),
        (
            "pl",
            "Tomasz Wróbel dołączył do firmy Kwarcex, gdzie pokieruje nowym zespołem sztucznej "
            "inteligencji.",
        ),
        (
            "pl",
            "Anna Zielińska przeszła do Bursztyntechu, by stanąć na czele nowo utworzonego "
            "działu AI.",
        ),
        ("cs", "Petr Dvořák přešel do firmy Kvarcex, kde povede nový tým pro umělou inteligenci."),
        (
            "sk",
            "Martin Kováč prešiel do spoločnosti Kvarcex, kde povedie nový tím pre umelú "
            "inteligenciu.",
        ),
        (
            "tr",
            "Mehmet Aydın, Kuvarsoft şirketine katıldı ve yeni kurulan yapay zeka ekibinin "
            "başına geçecek.",
        ),
        ("ar", "انضم سامي الخطيب إلى شركة كوارتزسوفت لقيادة فريق جديد للذكاء الاصطناعي."),
        ("he", "יואב לוי מצטרף לחברת קוורץ כדי להוביל צוות רובוטיקה חדש."),
        (
            "fa",
            "علی رضایی، پژوهشگر هوش مصنوعی، به شرکت کوارتزسافت پیوست تا رهبری تیم جدید "
            "رباتیک را بر عهده بگیرد.",
        ),
    ],
)
def test_hired_to_lead_a_new_unit_is_a_move_and_a_formation(lang: str, text: str) -> None:
    assert {"departure", "lab_formation"} <= set(analyse("", text, lang_hint=lang).categories)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Иван Соколов перешёл в компанию «Тензор» и вошёл в команду по искусственному "
            "интеллекту, созданную в прошлом году.",
        ),
        (
            "uk",
            "Олег Ткаченко перейшов до компанії Смарагдсофт і приєднався до її команди зі "
            "штучного інтелекту.",
        ),
        (
            "pl",
            "Tomasz Wróbel dołączył do firmy Kwarcex, gdzie pracuje nad nowym produktem "
            "sztucznej inteligencji.",
        ),
        (
            "cs",
            "Petr Dvořák přešel do firmy Kvarcex, kde posílí tým pro umělou inteligenci, "
            "založený loni.",
        ),
        (
            "sk",
            "Martin Kováč prešiel do spoločnosti Kvarcex, kde posilní jej tím pre umelú "
            "inteligenciu.",
        ),
        (
            "tr",
            "Mehmet Aydın, Kuvarsoft şirketine katıldı ve geçen yıl kurulan yapay zeka "
            "ekibinde çalışacak.",
        ),
        ("ar", "انضم سامي الخطيب إلى شركة كوارتزسوفت للعمل على منتج جديد للذكاء الاصطناعي."),
        ("he", "יואב לוי מצטרף לחברת קוורץ כדי לעבוד על מוצר רובוטיקה חדש."),
        (
            "fa",
            "علی رضایی، پژوهشگر هوش مصنوعی، به شرکت کوارتزسافت پیوست و به تیم رباتیک این "
            "شرکت ملحق شد.",
        ),
    ],
)
def test_joining_a_unit_that_exists_is_no_formation(lang: str, text: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories
