"""People who move, named the way the press of each language names them: after a title
and a nationality (Arabic, Persian), with a honorific (Japanese "さん", Korean titles
written after the name), and with the case endings of a declined surname (Russian,
Ukrainian, Polish, Czech), read in their plain form and in Latin letters where the
script has capitals. Titles next to a place, a company or a product name nobody.
Invented people."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

CASES = [
    # a title, then a nationality adjective
    ("ar", "انضم الباحث المصري كريم الدباغ إلى أنثروبيك قادماً من جوجل", "كريم الدباغ"),
    ("ar", "انضمت الباحثة السعودية نورة الشمري إلى جوجل", "نورة الشمري"),
    ("fa", "پژوهشگر ایرانی، بهروز کاظمی، از گوگل جدا شد و به اوپن‌ای‌آی پیوست", "بهروز کاظمی"),
    # a Latin spelling in brackets wins over the one read from the script
    ("hi", "इगोर बाबुश्किन (Igor Babushkin) ने xAI छोड़ दिया", "Igor Babuschkin"),
    ("he", "מדענית הבינה המלאכותית נועה שפירא (Noa Shapira) מצטרפת ל-OpenAI", "Noa Shapira"),
    ("th", "นางสาวพิมพ์ชนก แก้วมณี ย้ายจาก DeepMind ไปร่วมทีม Anthropic", "พิมพ์ชนก แก้วมณี"),
    # Korean: a name whose last syllable looks like a particle that does not fit it
    ("ko", "앤트로픽, 구글 딥마인드 출신 정하은 연구원 영입", "Jung Ha-eun"),
    ("ko", "네이버 출신 김하은 연구원이 오픈AI로 이직했다", "Kim Ha-eun"),
    # Korean: a compound title after the name
    ("ko", "오픈AI는 최준호 수석연구원을 스카우트했다", "Choi Jun-ho"),
    # Japanese: "さん" after the name
    ("ja", "ソフトバンクは元グーグルの研究者、中村美咲さんを採用した", "中村美咲"),
    # a surname declined like an adjective or a noun comes back in its plain form, and
    # the given name in its case with it
    ("pl", "Meta podkupiła Piotra Zielińskiego, głównego naukowca Google", "Piotr Zieliński"),
    ("pl", "Google zatrudnił Magdalenę Kowalską z OpenAI", "Magdalena Kowalska"),
    ("cs", "Google najal Tomáše Černého z OpenAI", "Tomáš Černý"),
    ("cs", "Společnost Meta přetáhla Petra Svobodu z DeepMind", "Petr Svoboda"),
    ("cs", "Meta přetáhla Kateřinu Novotnou z Googlu", "Kateřina Novotná"),
    ("ru", "OpenAI переманила из Google Ольгу Зелинскую", "Olga Zelinskaya"),
    ("ru", "В компании подтвердили переход Юрия Белецкого из Google в OpenAI", "Yuriy Beletskiy"),
    (
        "ru",
        "Главным инженером OpenAI стал Алексей Никитин, а Meta наняла Анну Белецкую",
        "Anna Beletskaya",
    ),
    ("uk", "OpenAI переманила з Google Віктора Гнатюка", "Viktor Gnatyuk"),
    ("uk", "Meta найняла Андрія Бондаренка, колишнього дослідника Google", "Andriy Bondarenko"),
]


@pytest.mark.parametrize(("lang", "text", "person"), CASES)
def test_the_mover_is_named(lang: str, text: str, person: str) -> None:
    found = analyse(text, "", lang_hint=lang)
    assert found.categories
    people = found.entities.people
    if " " in person:
        assert person in people
    else:
        assert person in [p.split()[-1] for p in people]


NEGATIVES = [
    ("ar", "انضم الباحث المصري إلى مختبر جوجل في القاهرة"),
    ("fa", "پژوهشگر ایرانی، از گوگل جدا شد و به تهران بازگشت"),
    ("ru", "Бывший главный научный сотрудник Google перешёл в OpenAI в Москве"),
    ("ru", "Сотрудники Яндекса и Сбербанка перешли в OpenAI"),
    ("uk", "Колишній дослідник Google приєднався до OpenAI у Києві"),
    ("pl", "Badacz Google z Krakowa dołącza do OpenAI w Warszawie"),
    ("cs", "Bývalý výzkumník Googlu přechází do OpenAI v Praze"),
    ("cs", "Výzkumník odchází z Microsoftu do Seznamu"),
    ("ko", "구글 딥마인드 수석연구원이 오픈AI로 이직했다"),
    ("ja", "グーグルの研究者が退社、皆さんに感謝"),
    ("hi", "गूगल के वरिष्ठ शोधकर्ता ने ओपनएआई जॉइन किया"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_a_title_next_to_no_name_names_nobody(lang: str, text: str) -> None:
    assert analyse(text, "", lang_hint=lang).entities.people == ()
