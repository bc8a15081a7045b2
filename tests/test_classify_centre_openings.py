"""A research centre opened or inaugurated, or its founding told as a noun ("the
establishment of a research centre", "o vzniku centra"), is a formation in every
language; a university or a foundation that does it is no school and no funding round
("대학교" holds "학교", "基金会" holds "基金"). A course, an office, a data centre or a
centre dated years back is none. Invented sentences."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

OPENED = [
    (
        "en",
        "Northvale University opened a new research centre for artificial intelligence on Monday.",
    ),
    (
        "de",
        "Die Universität Nordtal hat am Montag ein neues Forschungszentrum für künstliche Intelligenz eröffnet.",
    ),
    (
        "fr",
        "L'université de Valnord a inauguré lundi un nouveau centre de recherche en intelligence artificielle.",
    ),
    (
        "es",
        "La Universidad de Valnorte inauguró el lunes un nuevo centro de investigación en inteligencia artificial.",
    ),
    (
        "it",
        "L'Università di Valnord ha inaugurato lunedì un nuovo centro di ricerca sull'intelligenza artificiale.",
    ),
    (
        "pt",
        "A Universidade de Vale Norte inaugurou na segunda-feira um novo centro de pesquisa em inteligência artificial.",
    ),
    (
        "nl",
        "De Universiteit van Noorddal heeft maandag een nieuw onderzoekscentrum voor kunstmatige intelligentie geopend.",
    ),
    (
        "sv",
        "Nordby universitet invigde i måndags ett nytt forskningscentrum för artificiell intelligens.",
    ),
    ("da", "Nordby Universitet åbnede mandag et nyt forskningscenter for kunstig intelligens."),
    ("no", "Universitetet i Nordby åpnet mandag et nytt forskningssenter for kunstig intelligens."),
    ("fi", "Pohjalan yliopisto avasi maanantaina uuden tekoälyn tutkimuskeskuksen."),
    (
        "ru",
        "Университет Северодола в понедельник открыл новый исследовательский центр искусственного интеллекта.",
    ),
    (
        "uk",
        "Університет Сіверська в понеділок відкрив новий дослідницький центр штучного інтелекту.",
    ),
    (
        "pl",
        "Uniwersytet w Nordowie otworzył w poniedziałek nowe centrum badań nad sztuczną inteligencją.",
    ),
    ("cs", "Univerzita v Severově v pondělí otevřela nové výzkumné centrum umělé inteligence."),
    ("sk", "Univerzita v Severove v pondelok otvorila nové výskumné centrum umelej inteligencie."),
    ("tr", "Kuzeyvadi Üniversitesi pazartesi günü yeni bir yapay zeka araştırma merkezi açtı."),
    ("ar", "افتتحت جامعة الوادي الشمالي يوم الاثنين مركزا جديدا لأبحاث الذكاء الاصطناعي."),
    ("he", "אוניברסיטת עמק הצפון חנכה ביום שני מרכז מחקר חדש לבינה מלאכותית."),
    ("fa", "دانشگاه دره شمالی روز دوشنبه یک مرکز پژوهشی جدید هوش مصنوعی افتتاح کرد."),
    ("hi", "नॉर्थवेल विश्वविद्यालय ने सोमवार को कृत्रिम बुद्धिमत्ता के लिए एक नया अनुसंधान केंद्र खोला।"),
    (
        "id",
        "Universitas Lembah Utara meresmikan pusat riset kecerdasan buatan yang baru pada hari Senin.",
    ),
    ("vi", "Đại học Bắc Sơn đã khánh thành trung tâm nghiên cứu trí tuệ nhân tạo mới vào thứ Hai."),
    ("th", "มหาวิทยาลัยนอร์ทเวลเปิดศูนย์วิจัยปัญญาประดิษฐ์แห่งใหม่เมื่อวันจันทร์"),
    ("zh", "北谷大学周一正式成立了新的人工智能研究中心。"),
    ("ja", "北谷大学は月曜日、人工知能の新たな研究センターを開設した。"),
]

FOUNDING_NOUN = [
    (
        "no",
        "Alle partnerne var til stede under lanseringen av det nye kraftsenteret for kunstig intelligens.",
    ),
    (
        "sk",
        "Univerzita v Košiciach oznámila vznik nového centra pre výskum umelej inteligencie.",
    ),
    ("cs", "Univerzita v Brně oznámila vznik nového centra pro výzkum umělé inteligence."),
    (
        "en",
        "Three foundations are negotiating with a US professor about the establishment of a large research centre for artificial intelligence.",
    ),
    (
        "de",
        "Drei Stiftungen verhandeln mit einem US-Professor über die Gründung eines großen Forschungszentrums für künstliche Intelligenz.",
    ),
    (
        "fr",
        "Trois fondations négocient avec un professeur américain la création d'un grand centre de recherche en intelligence artificielle.",
    ),
    (
        "es",
        "Tres fundaciones negocian con un profesor estadounidense la creación de un gran centro de investigación en inteligencia artificial.",
    ),
    (
        "it",
        "Tre fondazioni trattano con un professore americano la creazione di un grande centro di ricerca sull'intelligenza artificiale.",
    ),
    (
        "pt",
        "Três fundações negociam com um professor americano a criação de um grande centro de pesquisa em inteligência artificial.",
    ),
    (
        "nl",
        "Drie fondsen onderhandelen met een Amerikaanse hoogleraar over de oprichting van een groot onderzoekscentrum voor kunstmatige intelligentie.",
    ),
    (
        "sv",
        "Tre stiftelser förhandlar med en amerikansk professor om etableringen av ett stort forskningscentrum för artificiell intelligens.",
    ),
    (
        "da",
        "Tre fonde forhandler med en amerikansk professor om etableringen af et stort forskningscenter for kunstig intelligens.",
    ),
    (
        "no",
        "Tre stiftelser forhandler med en amerikansk professor om etableringen av et stort forskningssenter for kunstig intelligens.",
    ),
    (
        "fi",
        "Kolme säätiötä neuvottelee yhdysvaltalaisen professorin kanssa suuren tekoälyn tutkimuskeskuksen perustamisesta.",
    ),
    (
        "ru",
        "Три фонда ведут переговоры с американским профессором о создании крупного исследовательского центра искусственного интеллекта.",
    ),
    (
        "uk",
        "Три фонди ведуть переговори з американським професором про створення великого дослідницького центру штучного інтелекту.",
    ),
    (
        "pl",
        "Trzy fundacje negocjują z amerykańskim profesorem utworzenie dużego centrum badań nad sztuczną inteligencją.",
    ),
    (
        "cs",
        "Tři nadace jednají s americkým profesorem o vzniku velkého výzkumného centra umělé inteligence.",
    ),
    (
        "sk",
        "Tri nadácie rokujú s americkým profesorom o vzniku veľkého výskumného centra umelej inteligencie.",
    ),
    (
        "tr",
        "Üç vakıf, büyük bir yapay zeka araştırma merkezinin kurulması için Amerikalı bir profesörle görüşüyor.",
    ),
    ("ar", "تتفاوض ثلاث مؤسسات مع أستاذ أمريكي بشأن إنشاء مركز كبير لأبحاث الذكاء الاصطناعي."),
    ("he", "שלוש קרנות מנהלות משא ומתן עם פרופסור אמריקאי על הקמת מרכז מחקר גדול לבינה מלאכותית."),
    (
        "fa",
        "سه بنیاد با یک استاد آمریکایی درباره تأسیس یک مرکز پژوهشی بزرگ هوش مصنوعی مذاکره می‌کنند.",
    ),
    (
        "hi",
        "तीन फाउंडेशन कृत्रिम बुद्धिमत्ता के एक बड़े अनुसंधान केंद्र की स्थापना के लिए एक अमेरिकी प्रोफेसर से बातचीत कर रहे हैं।",
    ),
    (
        "id",
        "Tiga yayasan bernegosiasi dengan seorang profesor Amerika tentang pendirian pusat riset kecerdasan buatan yang besar.",
    ),
    (
        "vi",
        "Ba quỹ đang đàm phán với một giáo sư Mỹ về việc thành lập một trung tâm nghiên cứu trí tuệ nhân tạo lớn.",
    ),
    ("th", "มูลนิธิสามแห่งกำลังเจรจากับศาสตราจารย์ชาวอเมริกันเรื่องการจัดตั้งศูนย์วิจัยปัญญาประดิษฐ์ขนาดใหญ่"),
    ("zh", "三家基金会正与一位美国教授商谈组建一个大型人工智能研究中心。"),
    ("ja", "3つの財団が米国の教授と大規模な人工知能研究センターの設立について交渉している。"),
    ("ko", "세 재단이 미국 교수와 대형 인공지능 연구센터 설립을 협상하고 있다."),
]

NOT_OPENED = [
    ("no", "Selskapet kunngjorde etableringen av et nytt salgskontor i Bergen."),
    ("no", "Alle var til stede under lanseringen av den nye appen for kunstig intelligens."),
    ("sk", "Centrum pre výskum umelej inteligencie vzniklo v roku 2012."),
    ("cs", "Centrum pro výzkum umělé inteligence vzniklo v roce 2012."),
    (
        "sv",
        "Nordby universitet invigde i måndags en ny kurs i artificiell intelligens för studenter.",
    ),
    (
        "sv",
        "Forskningscentrumet för artificiell intelligens invigdes 2015 och har i dag 40 forskare.",
    ),
    ("sv", "Företaget invigde i måndags ett nytt datacenter i Luleå för sina AI-tjänster."),
    ("he", "החברה חנכה ביום שני משרד מכירות חדש בתל אביב."),
    ("he", "האוניברסיטה חנכה ביום שני כנס בינלאומי על בינה מלאכותית."),
    ("cs", "Při vzniku chyby model ztratí přesnost, uvedl Ivo Marek."),
    ("cs", "Výzkumné centrum umělé inteligence vzniklo v roce 2012 a dnes má 50 výzkumníků."),
    ("sk", "Výskumné centrum umelej inteligencie vzniklo v roku 2012 a dnes má 50 výskumníkov."),
    ("fi", "Yliopisto kertoi tekoälykurssin perustamisesta opiskelijoille."),
    ("ko", "북곡대학교는 월요일 인공지능 교육 과정을 개설했다."),
    ("zh", "该基金会去年向多家人工智能初创公司提供了资助。"),
    ("ko", "북곡대학교 연구센터는 2015년에 개소했다."),
]


@pytest.mark.parametrize(("lang", "text"), OPENED)
def test_a_research_centre_opened_is_a_formation(lang: str, text: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), FOUNDING_NOUN)
def test_the_founding_of_a_centre_told_as_a_noun_is_a_formation(lang: str, text: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), NOT_OPENED)
def test_a_course_an_office_or_an_old_centre_is_no_formation(lang: str, text: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories
