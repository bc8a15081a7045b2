"""Pay for one person told as a contract of several years ("a four-year deal worth
$250 million"), in each language's own words, and pay figures written without a currency
after a Chinese or Japanese pay word ("年薪高达300万", "年俸1億"). A contract between
organisations, a sports contract, a company's price, a fine and a salary survey stay
negative."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

TERM_DEALS = [
    (
        "en",
        "Meta: The 29-year-old engineer agreed to a four-year deal worth $250 million after Mark Zuckerberg met him",
    ),
    (
        "de",
        "Meta: Der 29-jährige Forscher Ivo Marek willigte in einen Vierjahresvertrag über 250 Millionen Dollar ein, nachdem Zuckerberg ihn getroffen hatte",
    ),
    (
        "fr",
        "Meta: Le chercheur de 29 ans a accepté un contrat de quatre ans d'une valeur de 250 millions de dollars après avoir rencontré Zuckerberg",
    ),
    (
        "es",
        "Meta: El investigador de 29 años aceptó un contrato de cuatro años por 250 millones de dólares tras reunirse con Zuckerberg",
    ),
    (
        "it",
        "Meta: Il ricercatore di 29 anni ha accettato un contratto quadriennale da 250 milioni di dollari dopo l'incontro con Zuckerberg",
    ),
    (
        "pt",
        "Meta: O pesquisador de 29 anos aceitou um contrato de quatro anos de US$ 250 milhões depois de se reunir com Zuckerberg",
    ),
    (
        "nl",
        "Meta: De 29-jarige onderzoeker stemde in met een vierjarig contract van 250 miljoen dollar nadat Zuckerberg hem had ontmoet",
    ),
    (
        "sv",
        "Meta: Den 29-årige forskaren gick med på ett fyraårigt avtal värt 250 miljoner dollar efter ett möte med Zuckerberg",
    ),
    (
        "da",
        "Meta: Den 29-årige forsker sagde ja til en fireårig aftale til 250 millioner dollar efter et møde med Zuckerberg",
    ),
    (
        "no",
        "Meta: Den 29 år gamle forskeren takket ja til en fireårig avtale verdt 250 millioner dollar etter et møte med Zuckerberg",
    ),
    (
        "fi",
        "Meta: Ivo Marek allekirjoitti nelivuotisen sopimuksen, jonka arvo on 250 miljoonaa dollaria",
    ),
    (
        "ru",
        "Meta: 29-летний исследователь согласился на четырехлетний контракт на 250 миллионов долларов после встречи с Цукербергом",
    ),
    (
        "uk",
        "Meta: 29-річний дослідник погодився на чотирирічний контракт на 250 мільйонів доларів після зустрічі з Цукербергом",
    ),
    (
        "pl",
        "Meta: 29-letni badacz przyjął czteroletni kontrakt wart 250 mln dolarów po spotkaniu z Zuckerbergiem",
    ),
    ("cs", "Meta: Výzkumník Ivo Marek přijal čtyřletou smlouvu v hodnotě 250 milionů dolarů"),
    ("sk", "Meta: Výskumník Ivo Marek prijal štvorročnú zmluvu v hodnote 250 miliónov dolárov"),
    (
        "tr",
        "Meta: 29 yaşındaki araştırmacı, Zuckerberg ile görüştükten sonra dört yıllık 250 milyon dolarlık bir sözleşmeyi kabul etti",
    ),
    (
        "ar",
        "Meta: وافق الباحث البالغ من العمر 29 عاما على عقد مدته أربع سنوات بقيمة 250 مليون دولار بعد لقائه زوكربيرغ",
    ),
    (
        "he",
        "Meta: החוקר בן ה-29 הסכים לחוזה לארבע שנים בשווי 250 מיליון דולר לאחר שנפגש עם צוקרברג",
    ),
    (
        "fa",
        "Meta: این پژوهشگر ۲۹ ساله پس از دیدار با زاکربرگ با قراردادی چهارساله به ارزش ۲۵۰ میلیون دلار موافقت کرد",
    ),
    (
        "hi",
        "Meta: 29 वर्षीय शोधकर्ता ज़करबर्ग से मिलने के बाद 25 करोड़ डॉलर के चार साल के अनुबंध पर राज़ी हो गए",
    ),
    (
        "id",
        "Meta: Peneliti berusia 29 tahun itu menyetujui kontrak empat tahun senilai 250 juta dolar AS setelah bertemu Zuckerberg",
    ),
    (
        "vi",
        "Meta: Nhà nghiên cứu 29 tuổi đã đồng ý hợp đồng bốn năm trị giá 250 triệu USD sau khi gặp Zuckerberg",
    ),
    ("th", "Meta: นักวิจัยวัย 29 ปีตกลงรับสัญญาสี่ปีมูลค่า 250 ล้านดอลลาร์หลังได้พบกับซักเคอร์เบิร์ก"),
    ("zh", "Meta: 这位29岁的研究员在与扎克伯格见面后，接受了一份为期四年、价值2.5亿美元的合同"),
    (
        "ja",
        "Meta: 29歳の研究者はザッカーバーグ氏と面会した後、4年間で2億5000万ドルの契約に合意した",
    ),
    ("ko", "Meta: 29세 연구원은 저커버그를 만난 뒤 4년간 2억5000만 달러 규모의 계약에 합의했다"),
]


@pytest.mark.parametrize(("lang", "text"), TERM_DEALS, ids=[r[0] for r in TERM_DEALS])
def test_contract_of_years_for_a_person_is_an_offer(lang: str, text: str) -> None:
    a = analyse(text, "")
    assert a.lang == lang or (lang, a.lang) == ("no", "da")
    assert "offer" in a.categories, a.scores


UNMARKED_PAY = [
    ("zh", "科技公司开出年薪高达300万的条件，挖走了研究员张伟"),
    ("zh", "张伟婉拒年薪三百万的邀请，加入华为"),
    ("zh", "华为开出年薪人民幣三百萬的条件，招揽研究员李娜"),
    ("ja", "メタがAI研究者の鈴木一郎氏に年俸1億を提示した"),
    ("ko", "메타가 AI 연구원 김민수에게 연봉 최대 100억을 제시했다"),
]


@pytest.mark.parametrize(("lang", "text"), UNMARKED_PAY, ids=[r[0] for r in UNMARKED_PAY])
def test_pay_word_names_the_currency_of_a_bare_figure(lang: str, text: str) -> None:
    a = analyse(text, "")
    assert "offer" in a.categories, a.scores


NOT_OFFERS = [
    ("en", "The Lakers signed the guard to a four-year deal worth $250 million"),
    ("en", "Anthropic signs a two-year $200 million contract with the Pentagon"),
    ("en", "Microsoft signed a five-year, $10 billion deal with CoreWeave"),
    ("en", "Ivo Marek, a Meta AI researcher, will pay a $250 million fine over four years"),
    ("en", "AI engineers earn on average $300,000 a year on four-year contracts, a survey finds"),
    (
        "de",
        "Der Stürmer unterschreibt beim FC Bayern einen Fünfjahresvertrag über 100 Millionen Euro",
    ),
    ("es", "OpenAI firma un contrato de cinco años por 300.000 millones de dólares con Oracle"),
    ("fr", "Le club offre au joueur un contrat de quatre ans de 80 millions d'euros"),
    ("zh", "调查显示，AI工程师平均年薪达50万"),
    ("zh", "ChatGPT热潮下，年薪千万的高管纷纷辞职创业"),
    ("ja", "調査によると、AIエンジニアの平均年俸は1200万"),
    ("ko", "조사에 따르면 AI 개발자 평균 연봉은 1억"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_OFFERS, ids=[r[0] for r in NOT_OFFERS])
def test_contracts_and_levels_that_are_no_offer(lang: str, text: str) -> None:
    assert "offer" not in analyse(text, "").categories
