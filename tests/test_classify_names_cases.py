"""People named in a case other than the nominative come back whole: the given name in
the case of its declined surname (Russian, Ukrainian, Polish, Czech), a Russian "-ов"
surname whose "-ова" is a case only beside a given name in one, a noun opening the
sentence before a name in the genitive left out; every name of a list after a plural
title or before "and" (Arabic, Hebrew, Hindi); Vietnamese surnames of one syllable that
fold to a common word; a name after a role and a company noun ("co-founder of the
startup X"). Names nobody listed; invented people."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

CASES = [
    # the given name in the case of the surname beside it
    ("pl", "Meta podkupiła Piotra Zielińskiego, głównego naukowca Google", ["Piotr Zieliński"]),
    ("pl", "Google zatrudnił Marka Nowickiego z OpenAI", ["Marek Nowicki"]),
    ("pl", "Google zatrudnił Jerzego Sikorskiego z OpenAI", ["Jerzy Sikorski"]),
    ("cs", "Google najal Tomáše Černého z OpenAI", ["Tomáš Černý"]),
    ("cs", "Google najal Jiřího Hrubého z OpenAI", ["Jiří Hrubý"]),
    ("cs", "Meta přetáhla Pavla Svobodu z DeepMind", ["Pavel Svoboda"]),
    ("ru", "OpenAI переманила из Google Ольгу Зелинскую", ["Olga Zelinskaya"]),
    ("ru", "Google переманил Алексея Соколовского из Яндекса", ["Aleksey Sokolovskiy"]),
    ("ru", "Google переманил Никиту Белецкого из Яндекса", ["Nikita Beletskiy"]),
    ("ru", "Google переманил Льва Белецкого из Яндекса", ["Lev Beletskiy"]),
    (
        "ru",
        "OpenAI наняла Алексея Соколовского вместе с Анной Белецкой из Яндекса",
        ["Aleksey Sokolovskiy", "Anna Beletskaya"],
    ),
    ("uk", "OpenAI переманила з Google Віктора Гнатюка", ["Viktor Gnatyuk"]),
    ("uk", "Meta найняла Андрія Бондаренка, колишнього дослідника Google", ["Andriy Bondarenko"]),
    # "-ова": a case of "-ов" only where the given name shows one
    ("ru", "OpenAI наняла Дмитрия Орлова из Яндекса", ["Dmitriy Orlov"]),
    ("ru", "Google переманил Николая Петрова из Яндекса", ["Nikolay Petrov"]),
    ("ru", "Анна Орлова перешла из Яндекса в OpenAI", ["Anna Orlova"]),
    ("ru", "Мария Петрова перешла из Яндекса в OpenAI", ["Mariya Petrova"]),
    # a noun opening the sentence, the name in the genitive after it
    ("ru", "Переход Юрия Белецкого в OpenAI подтвердили в компании", ["Yuriy Beletskiy"]),
    ("ru", "Назначение Игоря Лебедева в OpenAI стало сюрпризом", ["Igor Lebedev"]),
    ("ru", "Отставка Юрия Ивановича Белецкого из Яндекса", ["Yuriy Ivanovich Beletskiy"]),
    ("ru", "Юрий Иванович Белецкий перешёл из Яндекса в OpenAI", ["Yuriy Ivanovich Beletskiy"]),
    ("uk", "Перехід Андрія Коваленка до Google підтвердили", ["Andriy Kovalenko"]),
    # the role holder after a role and a company noun
    ("ru", "Сооснователь стартапа Игорь Лебедев ушёл из Яндекса", ["Igor Lebedev"]),
    # every name of a list
    ("ar", "انضم الباحثان أحمد سالم ومحمد خالد إلى جوجل", ["أحمد سالم", "محمد خالد"]),
    (
        "ar",
        "غادر الباحثون أحمد سالم ومحمد خالد وعلي حسن شركة ميتا",
        ["أحمد سالم", "محمد خالد", "علي حسن"],
    ),
    ("he", "החוקרים דני כהן ויוסי לוי עוזבים את גוגל ומצטרפים ל-OpenAI", ["דני כהן", "יוסי לוי"]),
    (
        "hi",
        "अमित शर्मा, राहुल वर्मा और प्रिया सिंह ने गूगल छोड़ दिया",
        ["Rahul Varma", "Priya Singh", "Amit Sharma"],
    ),
    # Vietnamese surnames that fold to a common word or an organisation's
    ("vi", "Ông Đỗ Văn Hùng rời Google để gia nhập OpenAI", ["Đỗ Văn Hùng"]),
    ("vi", "Ông Lý Minh Tuấn rời Google để gia nhập OpenAI", ["Lý Minh Tuấn"]),
    ("vi", "Bà Lê Thị Hoa rời Google để gia nhập OpenAI", ["Lê Thị Hoa"]),
    ("vi", "Ông Võ Quang Huy rời Google để gia nhập OpenAI", ["Võ Quang Huy"]),
]


@pytest.mark.parametrize(("lang", "text", "people"), CASES)
def test_every_mover_is_named_whole(lang: str, text: str, people: list[str]) -> None:
    found = analyse(text, "", lang_hint=lang)
    assert found.categories
    assert sorted(found.entities.people) == sorted(people)


NEGATIVES = [
    # a title of several people with no names after it, an organisation joined by "and"
    ("ar", "انضم الباحثان إلى جوجل وميتا"),
    ("ar", "انضم الباحثون المصريون إلى جوجل"),
    ("he", "החוקרים עוזבים את גוגל ומצטרפים ל-OpenAI"),
    ("he", "החוקרים של גוגל עוזבים ומצטרפים ל-OpenAI"),
    ("hi", "गूगल, माइक्रोसॉफ्ट और मेटा के शोधकर्ताओं ने ओपनएआई जॉइन किया"),
    # a noun opening the sentence before an organisation or a place
    ("ru", "Переход сотрудников Яндекса в OpenAI подтвердили в Москве"),
    ("uk", "Перехід дослідників Google до OpenAI підтвердили у Києві"),
    # a company written in the script of the text after a company noun
    ("ru", "OpenAI купила стартап Вирео Лабс у Яндекса"),
    ("ru", "Сотрудники стартапа Вирео Лабс перешли в OpenAI"),
    # an amount and a place in Vietnamese
    ("vi", "Google trả 5 triệu đô cho kỹ sư rời OpenAI"),
    ("vi", "Kỹ sư rời Google ở Hà Nội để gia nhập OpenAI"),
    ("vi", "Ông Đỗ rời Google để gia nhập OpenAI"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_no_name_no_person(lang: str, text: str) -> None:
    assert analyse(text, "", lang_hint=lang).entities.people == ()
