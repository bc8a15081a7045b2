"""A company founded by a named person and named with its AI name ("founded the company
Mravenec AI", "založil … společnost Mravenec AI", "Mravenec AI社を設立") is a formation
in every language, also when the co-founders stand between the verb and the company.
The same company joined, opening an office, launching a product, or founded years ago
is none. Invented names."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

FOUNDED_NAMED = [
    (
        "en",
        "After leaving the university, Ivo Marek founded the company Mravenec AI together with Jane Doe.",
    ),
    (
        "de",
        "Nachdem er die Universität verlassen hatte, gründete Ivo Marek zusammen mit Jane Doe die Firma Mravenec AI.",
    ),
    (
        "fr",
        "Après avoir quitté l'université, Ivo Marek a fondé la société Mravenec AI avec Jane Doe.",
    ),
    ("es", "Tras dejar la universidad, Ivo Marek fundó la empresa Mravenec AI junto a Jane Doe."),
    (
        "it",
        "Dopo aver lasciato l'università, Ivo Marek ha fondato la società Mravenec AI insieme a Jane Doe.",
    ),
    ("pt", "Depois de deixar a universidade, Ivo Marek fundou a empresa Mravenec AI com Jane Doe."),
    (
        "nl",
        "Nadat hij de universiteit had verlaten, richtte Ivo Marek samen met Jane Doe het bedrijf Mravenec AI op.",
    ),
    (
        "sv",
        "Efter att ha lämnat universitetet grundade Ivo Marek företaget Mravenec AI tillsammans med Jane Doe.",
    ),
    (
        "da",
        "Efter at have forladt universitetet stiftede Ivo Marek virksomheden Mravenec AI sammen med Jane Doe.",
    ),
    (
        "no",
        "Etter å ha forlatt universitetet grunnla Ivo Marek selskapet Mravenec AI sammen med Jane Doe.",
    ),
    (
        "fi",
        "Lähdettyään yliopistosta Ivo Marek perusti yhdessä Jane Doen kanssa yrityksen Mravenec AI.",
    ),
    ("ru", "Покинув университет, Иво Марек вместе с Джейн Доу основал компанию Mravenec AI."),
    ("uk", "Залишивши університет, Іво Марек разом із Джейн Доу заснував компанію Mravenec AI."),
    ("pl", "Po odejściu z uczelni Ivo Marek założył wraz z Jane Doe spółkę Mravenec AI."),
    (
        "cs",
        "Poté, co odešel z univerzity, založil Ivo Marek spolu s Janou Novákovou společnost Mravenec AI.",
    ),
    (
        "sk",
        "Po odchode z univerzity založil Ivo Marek spolu s Janou Novákovou spoločnosť Mravenec AI.",
    ),
    (
        "tr",
        "Üniversiteden ayrıldıktan sonra Ivo Marek, Jane Doe ile birlikte Mravenec AI şirketini kurdu.",
    ),
    ("ar", "بعد مغادرته الجامعة، أسس إيفو ماريك مع جين دو شركة Mravenec AI."),
    ("he", "לאחר שעזב את האוניברסיטה, ייסד איבו מארק יחד עם ג'יין דו את חברת Mravenec AI."),
    ("fa", "ایوو مارک پس از ترک دانشگاه، به همراه جین دو شرکت Mravenec AI را تأسیس کرد."),
    ("hi", "विश्वविद्यालय छोड़ने के बाद इवो मारेक ने जेन डो के साथ मिलकर Mravenec AI कंपनी की स्थापना की।"),
    (
        "id",
        "Setelah meninggalkan universitas, Ivo Marek mendirikan perusahaan Mravenec AI bersama Jane Doe.",
    ),
    ("vi", "Sau khi rời trường đại học, Ivo Marek đã thành lập công ty Mravenec AI cùng Jane Doe."),
    ("th", "หลังจากออกจากมหาวิทยาลัย Ivo Marek ได้ก่อตั้งบริษัท Mravenec AI ร่วมกับ Jane Doe"),
    ("zh", "离开大学后,张伟与李娜共同创立了Mravenec AI公司。"),
    ("ja", "大学を離れた後、田中健はジェーン・ドウとともにMravenec AI社を設立した。"),
    ("ko", "대학을 떠난 뒤 김민수는 제인 도와 함께 Mravenec AI라는 회사를 설립했다."),
    (
        "cs",
        "Ivo Marek založil se svým bývalým kolegou z univerzity Petrem Novákem a "
        "výzkumníkem Janem Dvořákem společnost Mravenec AI.",
    ),
]

NOT_FOUNDED = [
    ("en", "Ivo Marek joined the company Mravenec AI last week as its chief scientist."),
    ("en", "The company Mravenec AI opened a new sales office in Berlin."),
    ("en", "Ivo Marek founded the company Mravenec AI in 2015."),
    ("en", "The company Mravenec AI launched a new chatbot for lawyers."),
    ("fr", "La société Mravenec AI a lancé un nouveau chatbot pour les avocats."),
    ("de", "Ivo Marek gründete 2016 die Firma Mravenec AI."),
    ("cs", "Společnost Mravenec AI otevřela novou pobočku v Brně."),
    ("cs", "Ivo Marek založil společnost Mravenec AI v roce 2016."),
    ("tr", "Mravenec AI şirketi İstanbul'da yeni bir satış ofisi açtı."),
    ("ja", "2016年にMravenec AI社を設立した田中健は、新しいチャットボットを発表した。"),
    ("ru", "Компания Mravenec AI открыла новый офис продаж в Берлине."),
    ("hi", "Mravenec AI कंपनी ने बर्लिन में नया बिक्री कार्यालय खोला।"),
]


@pytest.mark.parametrize(("lang", "text"), FOUNDED_NAMED)
def test_a_company_founded_with_its_ai_name_is_a_formation(lang: str, text: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), NOT_FOUNDED)
def test_the_named_company_joined_or_old_is_no_formation(lang: str, text: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories
