"""A hire told with its price: the sum paid for one person is pay, an offer."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

_HIRED = [
    ("en", "Meta hired Apple's top AI engineer Ivo Marek for more than $200 million."),
    (
        "fr",
        "Meta a recruté Ivo Marek, le meilleur ingénieur IA d'Apple, pour plus de 200 millions de dollars.",
    ),
    (
        "es",
        "Meta contrató a Ivo Marek, el principal ingeniero de IA de Apple, por más de 200 millones de dólares.",
    ),
    (
        "it",
        "Meta ha assunto Ivo Marek, il principale ingegnere IA di Apple, per oltre 200 milioni di dollari.",
    ),
    (
        "pt",
        "A Meta contratou Ivo Marek, o principal engenheiro de IA da Apple, por mais de 200 milhões de dólares.",
    ),
    (
        "nl",
        "Meta heeft Ivo Marek, de belangrijkste AI-ingenieur van Apple, voor meer dan 200 miljoen dollar binnengehaald.",
    ),
    ("sv", "Meta anställde Ivo Marek, Apples främsta AI-ingenjör, för mer än 200 miljoner dollar."),
    (
        "da",
        "Meta ansatte Ivo Marek, Apples fremmeste AI-ingeniør, for mere end 200 millioner dollar.",
    ),
    ("no", "Meta ansatte Ivo Marek, Apples fremste KI-ingeniør, for mer enn 200 millioner dollar."),
    (
        "fi",
        "Meta palkkasi Applen johtavan tekoälyinsinöörin Ivo Marekin yli 200 miljoonalla dollarilla.",
    ),
    (
        "ru",
        "Meta нанял ведущего инженера по ИИ из Apple Иво Марека за более чем 200 миллионов долларов.",
    ),
    (
        "uk",
        "Meta найняв провідного інженера зі ШІ з Apple Іво Марека за понад 200 мільйонів доларів.",
    ),
    (
        "pl",
        "Meta zatrudnił Ivo Marka, czołowego inżyniera AI z Apple, za ponad 200 milionów dolarów.",
    ),
    (
        "cs",
        "Meta najal Ivo Marka, hlavního inženýra AI ze společnosti Apple, za více než 200 milionů dolarů.",
    ),
    (
        "sk",
        "Meta najal Iva Mareka, hlavného inžiniera AI zo spoločnosti Apple, za viac ako 200 miliónov dolárov.",
    ),
    (
        "tr",
        "Meta, Apple'ın en iyi yapay zeka mühendisi Ivo Marek'i 200 milyon doları aşan bir bedelle işe aldı.",
    ),
    (
        "ar",
        "وظفت ميتا كبير مهندسي الذكاء الاصطناعي في آبل إيفو ماريك مقابل أكثر من 200 مليون دولار.",
    ),
    (
        "he",
        "מטא שכרה את מהנדס הבינה המלאכותית הבכיר של אפל, איבו מארק, תמורת יותר מ-200 מיליון דולר.",
    ),
    ("hi", "मेटा ने एप्पल के शीर्ष एआई इंजीनियर इवो मारेक को 20 करोड़ डॉलर से अधिक में नियुक्त किया।"),
    ("vi", "Meta đã tuyển dụng kỹ sư AI hàng đầu của Apple, Ivo Marek, với giá hơn 200 triệu USD."),
    ("zh", "Meta以超过2亿美元的价格聘请了Apple的首席AI工程师张伟。"),
    ("ja", "メタ、アップルのAI責任者を2億ドル超で獲得"),
    ("ko", "메타, 애플 AI 총괄 김민수를 2억달러 넘게 주고 영입"),
]


@pytest.mark.parametrize(("lang", "text"), _HIRED, ids=[lang for lang, _ in _HIRED])
def test_a_hire_told_with_its_price_is_an_offer(lang: str, text: str) -> None:
    assert "offer" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Meta bought Scale AI for $14 billion."),
        ("en", "Meta hired 300 engineers for its $10 billion data centre."),
        ("en", "The club signed striker Ivo Marek for $100 million."),
        ("en", "Orbitex raised $200 million in a funding round led by Sequoia."),
        ("ja", "メタ、オービテックスを2億ドル超で買収"),
        ("ko", "메타, 오비텍스를 2억달러에 인수"),
    ],
)
def test_a_price_of_a_company_or_a_player_is_no_offer(lang: str, text: str) -> None:
    assert "offer" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Google has just hired two OpenAI researchers for its Zurich lab."),
        (
            "it",
            "Google ha appena assunto due ricercatori di OpenAI per il suo laboratorio di Zurigo.",
        ),
        ("fr", "Google a recruté deux chercheurs d'OpenAI pour son laboratoire de Zurich."),
        ("de", "Google hat zwei OpenAI-Forscher für sein Zürcher Labor eingestellt."),
        ("nl", "Google heeft twee OpenAI-onderzoekers voor zijn lab in Zürich aangenomen."),
        ("ru", "Google нанял двух исследователей OpenAI за последний месяц."),
    ],
)
def test_a_hire_for_a_purpose_stays_a_move(lang: str, text: str) -> None:
    # the hiring verb with "for" and no amount: a move, no offer and no attempt
    result = analyse("", text, lang_hint=lang)
    assert "departure" in result.categories
    assert "offer" not in result.categories


# a race for talent told with its sum: the sum is what is paid for people
_WARS = [
    ("en", "Inside Meta's $100 million talent war"),
    ("de", "Der 100-Millionen-Dollar-Kampf um Talente bei Meta"),
    ("fr", "La guerre des talents à 100 millions de dollars de Meta"),
    ("es", "La guerra por el talento de 100 millones de dólares de Meta"),
    ("it", "La guerra dei talenti da 100 milioni di dollari di Meta"),
    ("pt", "A guerra por talentos de 100 milhões de dólares da Meta"),
    ("nl", "De talentenoorlog van 100 miljoen dollar bij Meta"),
    ("sv", "Meta talangkrig för 100 miljoner dollar"),
    ("da", "Meta' talentkrig til 100 millioner dollar"),
    ("no", "Meta' talentkrig til 100 millioner dollar"),
    ("fi", "Metain 100 miljoonan dollarin kykysota"),
    ("ru", "Война за таланты на 100 миллионов долларов: как Meta переманивает исследователей"),
    ("uk", "Війна за таланти на 100 мільйонів доларів: як Meta переманює дослідників"),
    ("pl", "Wojna o talenty za 100 milionów dolarów w Meta"),
    ("cs", "Válka o talenty za 100 milionů dolarů ve firmě Meta"),
    ("sk", "Vojna o talenty za 100 miliónov dolárov vo firme Meta"),
    ("tr", "Meta'ın 100 milyon dolarlık yetenek savaşı"),
    ("ar", "حرب المواهب التي تشنها ميتا بقيمة 100 مليون دولار"),
    ("he", "מלחמת הכישרונות של מטא בשווי 100 מיליון דולר"),
    ("fa", "جنگ استعدادهای ۱۰۰ میلیون دلاری متا"),
    ("hi", "मेटा का 10 करोड़ डॉलर का टैलेंट वॉर"),
    ("id", "Perang talenta senilai 100 juta dolar AS milik Meta"),
    ("vi", "Cuộc chiến nhân tài trị giá 100 triệu USD của Meta"),
    ("th", "สงครามแย่งชิงคนเก่งมูลค่า 100 ล้านดอลลาร์ของเมตา"),
    ("zh", "Meta的1亿美元人才争夺战"),
    ("ja", "メタの1億ドル人材獲得競争"),
    ("ko", "메타의 1억달러 인재 쟁탈전"),
]


@pytest.mark.parametrize(("lang", "text"), _WARS, ids=[lang for lang, _ in _WARS])
def test_a_talent_war_told_with_its_sum_is_an_offer(lang: str, text: str) -> None:
    assert "offer" in analyse(text, "", lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The $100 million war over cloud contracts heats up."),
        ("en", "Meta and Apple fight a $2 billion patent war."),
        ("en", "Amid the talent war, Orbitex raised $200 million in a funding round."),
        ("ja", "人材獲得競争のさなか、オービテックスが1億ドルを調達"),
        ("ko", "인재 쟁탈전 속 오비텍스, 1억달러 투자 유치"),
    ],
)
def test_a_sum_beside_no_talent_war_is_no_offer(lang: str, text: str) -> None:
    assert "offer" not in analyse(text, "", lang_hint=lang).categories


# packages or an invitation told with their sum beside a poach: the sum is pay
_PACKAGES = [
    ("en", "With $100 million packages, Meta poaches researchers from OpenAI"),
    ("de", "Mit 100-Millionen-Dollar-Paketen wirbt Meta Forscher von OpenAI ab"),
    ("fr", "Avec des enveloppes de 100 millions de dollars, Meta débauche des chercheurs d'OpenAI"),
    ("es", "Con paquetes de 100 millones de dólares, Meta roba investigadores a OpenAI"),
    ("it", "Con pacchetti da 100 milioni di dollari Meta strappa ricercatori a OpenAI"),
    ("pt", "Com pacotes de 100 milhões de dólares, Meta rouba pesquisadores da OpenAI"),
    ("nl", "Met pakketten van 100 miljoen dollar lokt Meta onderzoekers weg bij OpenAI"),
    ("sv", "Med paket på 100 miljoner dollar värvar Meta forskare från OpenAI"),
    ("da", "Med pakker på 100 millioner dollar lokker Meta forskere væk fra OpenAI"),
    ("no", "Med pakker på 100 millioner dollar lokker Meta forskere bort fra OpenAI"),
    ("fi", "Meta houkuttelee OpenAI:n tutkijoita 100 miljoonan dollarin paketeilla"),
    ("ru", "С пакетами по 100 миллионов долларов Meta переманивает исследователей OpenAI"),
    ("uk", "З пакетами по 100 мільйонів доларів Meta переманює дослідників OpenAI"),
    ("pl", "Z pakietami po 100 milionów dolarów Meta podbiera badaczy OpenAI"),
    ("cs", "S balíčky za 100 milionů dolarů Meta přetahuje výzkumníky z OpenAI"),
    ("sk", "S balíkmi za 100 miliónov dolárov Meta preťahuje výskumníkov z OpenAI"),
    ("tr", "Meta, 100 milyon dolarlık paketlerle OpenAI araştırmacılarını transfer ediyor"),
    ("ar", "ميتا تستقطب باحثي OpenAI بحزم تبلغ 100 مليون دولار"),
    ("he", "מטא מפתה חוקרים מ-OpenAI בחבילות של 100 מיליון דולר"),
    ("fa", "متا با بسته\u200cهای ۱۰۰ میلیون دلاری پژوهشگران OpenAI را جذب می\u200cکند"),
    ("hi", "मेटा 10 करोड़ डॉलर के पैकेज से OpenAI के शोधकर्ताओं को लुभा रही है"),
    ("id", "Meta membajak peneliti OpenAI dengan paket senilai 100 juta dolar AS"),
    ("vi", "Meta lôi kéo các nhà nghiên cứu của OpenAI bằng gói đãi ngộ 100 triệu USD"),
    ("th", "เมตาดึงตัวนักวิจัย OpenAI ด้วยแพ็กเกจมูลค่า 100 ล้านดอลลาร์"),
    ("zh", "Meta以1亿美元薪酬包挖走OpenAI研究员"),
    ("ja", "メタ、1億ドルの報酬パッケージでOpenAI研究者を引き抜き"),
    ("ko", "메타, 1억달러 초대장으로 오픈AI 연구원 빼가"),
]


@pytest.mark.parametrize(("lang", "text"), _PACKAGES, ids=[lang for lang, _ in _PACKAGES])
def test_a_poach_told_with_the_sum_of_its_packages_is_an_offer(lang: str, text: str) -> None:
    assert "offer" in analyse(text, "", lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le gouvernement débloque une enveloppe de 100 millions d'euros pour la recherche en IA",
        ),
        ("de", "Die Regierung schnürt ein Milliarden-Dollar-Paket für Chipfabriken"),
        ("ar", "تعمل الحكومة بحزم على جذب استثمارات بقيمة 100 مليون دولار"),
        ("id", "Pemerintah menyiapkan paket stimulus senilai 100 juta dolar AS"),
    ],
)
def test_a_budget_or_a_stimulus_package_is_no_offer(lang: str, text: str) -> None:
    assert "offer" not in analyse(text, "", lang_hint=lang).categories
