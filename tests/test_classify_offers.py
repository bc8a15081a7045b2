"""Offers as outlets report them: the parties, the verbs and the words for huge pay."""

from __future__ import annotations

import pytest

from watcher.classify import analyse


def test_a_role_is_a_party_to_the_pay() -> None:
    # the company is named in the headline; the sentence with the amount names the role
    # the pay is for, and that role is who is offered it
    with_role = analyse(
        "Samsung overhauls pay for AI talent",
        "Machine learning engineers will get salaries of $250,000 a year under the new scheme.",
    )
    without_role = analyse(
        "Samsung overhauls pay for AI",
        "Newcomers will get salaries of $250,000 a year under the new scheme.",
    )
    assert "offer" in with_role.categories
    assert with_role.scores["offer"] > without_role.scores["offer"]


def test_a_role_is_a_party_in_japanese() -> None:
    result = analyse("ソニー、AI人材の処遇を刷新", "AI研究者には年収1500万円を支払う。")
    assert "offer" in result.categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Ведущим исследователям стартапа Nimbus AI предлагается 50 миллионов долларов"
            " за переход в Яндекс.",
        ),
        ("ar", "تلقى الباحث سامر حداد عرضًا ضخمًا من ميتا تبلغ قيمته 200 مليون دولار."),
    ],
    ids=["ru-passive", "ar-tanween"],
)
def test_offer_verbs_as_written(lang: str, text: str) -> None:
    # the Russian impersonal passive; the Arabic accusative with tanween on the letter
    assert "offer" in analyse("", text, lang_hint=lang).categories


def test_french_words_for_huge_bonuses() -> None:
    result = analyse(
        "Mistral verse des primes incroyables à ses chercheurs en IA",
        "La jeune pousse a levé 600 millions d'euros en juin.",
    )
    assert "offer" in result.categories


def test_a_chief_executives_yearly_pay_is_no_offer() -> None:
    result = analyse(
        "Chipmaker chief executive's pay rises to $52 million",
        "The chief executive's total pay rose to $52 million last year, the company's proxy filing"
        " showed.",
    )
    assert "offer" not in result.categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Anthropic is courting Google DeepMind's top researchers with seven-figure salaries.",
        ),
        ("de", "Microsoft lockt Forscher von Google DeepMind mit Millionengehältern nach London."),
        ("pl", "Nvidia oferuje inżynierom z OpenAI milionowe pensje i pakiety akcji."),
        ("ru", "Яндекс предложил исследователям из Сбера многомиллионные зарплаты."),
        ("id", "GoTo menawarkan gaji miliaran rupiah kepada peneliti AI dari Google."),
        ("vi", "VinAI đề nghị mức lương hàng triệu USD cho các nhà nghiên cứu của Google."),
        ("ja", "ソフトバンクはGoogleのAI研究者に億単位の報酬を提示した。"),
        ("cs", "Microsoft nabídl výzkumníkům z Google DeepMind mnohamilionové platy."),
        ("th", "Google เสนอเงินเดือนหลายล้านดอลลาร์ให้นักวิจัย AI ของ OpenAI"),
    ],
    ids=["en", "de", "pl", "ru", "id", "vi", "ja", "cs", "th"],
)
def test_pay_sized_without_a_figure(lang: str, text: str) -> None:
    # "seven-figure", "Millionengehälter", "hàng triệu USD": huge pay told by its size
    assert "offer" in analyse("", text, lang_hint=lang).categories


def test_a_footballers_seven_figure_bonus_is_no_offer() -> None:
    text = "Arsenal handed its new striker a seven-figure signing bonus after the transfer from Napoli."
    assert "offer" not in analyse("", text).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "xAI poached Anthropic researcher Dana Whitfield for $40 million."),
        (
            "de",
            "Apple hat den KI-Forscher Lukas Brenner für 30 Millionen Dollar von Google abgeworben.",
        ),
        ("es", "Meta fichó a la investigadora Lucía Ferrer de Google por 50 millones de dólares."),
        ("ru", "Яндекс переманил исследователя Павла Орлова из Сбера за 5 миллионов долларов."),
        ("ja", "ソニーはGoogleの研究者、佐藤健氏を1000万ドルで引き抜いた。"),
        ("ko", "네이버는 구글 딥마인드 연구원 김민준을 2000만 달러에 영입했다."),
    ],
    ids=["en", "de", "es", "ru", "ja", "ko"],
)
def test_a_hire_told_with_its_price(lang: str, text: str) -> None:
    # "poached X for $40 million": the price of a person is pay
    assert "offer" in analyse("", text, lang_hint=lang).categories


def test_a_hire_price_next_to_a_deal_is_the_deals() -> None:
    # a pay verb's weight: beside a licensing deal the amount is the deal's price
    text = (
        "Microsoft lured Inflection co-founder Mustafa Suleyman with a $650 million licensing deal."
    )
    assert "offer" not in analyse("", text).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Former Apple engineer Tomas Lindqvist stands to earn $120 million at Meta."),
        ("fr", "Le chercheur Hugo Lambert touchera plus de 50 millions de dollars chez Meta."),
        ("es", "La investigadora Lucía Ferrer cobrará más de 40 millones de dólares en OpenAI."),
        ("ru", "Исследователь Павел Орлов получит в Яндексе более 10 миллионов долларов."),
        ("he", "החוקר יואב כהן יקבל יותר מ-20 מיליון דולר ב-OpenAI."),
    ],
    ids=["en", "fr", "es", "ru", "he"],
)
def test_pay_told_with_a_verb_of_receiving(lang: str, text: str) -> None:
    assert "offer" in analyse("", text, lang_hint=lang).categories


def test_an_organisation_receives_funding_not_pay() -> None:
    # a verb of receiving is pay only when a person or a role receives it
    text = "Cohere will receive $500 million from a group of Canadian investors, the startup said."
    assert "offer" not in analyse("", text).categories


def test_the_figure_in_the_headline_and_the_offer_in_the_lead() -> None:
    result = analyse(
        "xAI's $80 million researcher",
        "Elon Musk personally recruited the former Google DeepMind scientist with an offer she"
        " could not refuse.",
    )
    assert "offer" in result.categories


def test_the_figure_in_the_sentence_after_the_offer() -> None:
    result = analyse(
        "Amazon hires Anthropic researcher Priya Natarajan",
        "Amazon offered her a pay package. It is worth $90 million over four years.",
    )
    assert "offer" in result.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Intel cuts 900 jobs in its AI unit, saving $150 million",
            "Staff who leave were offered severance pay and help finding new roles.",
        ),
        (
            "Mistral raises $2 billion in a round led by ASML",
            "Its researchers have turned down offers from Meta in the past year.",
        ),
    ],
    ids=["job-cuts", "funding"],
)
def test_a_headline_about_cuts_or_funding_lends_no_amount(title: str, text: str) -> None:
    assert "offer" not in analyse(title, text).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Forscherin Anna Keller lehnte ein lukratives Angebot von Meta ab."),
        ("fr", "Le chercheur Hugo Lambert a refusé une offre alléchante de Meta."),
        ("ru", "Исследователь Павел Орлов отказался от заманчивого предложения Meta."),
        ("en", "Meta offered Anthropic's Dana Whitfield a handsome salary to switch."),
    ],
    ids=["de", "fr", "ru", "en"],
)
def test_an_offer_called_lucrative_or_tempting(lang: str, text: str) -> None:
    assert "offer" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Microsoft will offer a $2 million bug bounty to researchers who break into its AI.",
        ),
        (
            "fr",
            "Google offre une prime d'un million de dollars aux chercheurs qui découvrent des failles.",
        ),
    ],
    ids=["en", "fr"],
)
def test_a_bug_bounty_is_no_offer(lang: str, text: str) -> None:
    # a reward for finding flaws pays for a task, not for talent
    assert "offer" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "有価証券報告書によると、ソニーグループの社長の役員報酬は12億円だった。"),
        ("ko", "사업보고서에 따르면 삼성전자 대표의 보수 총액은 85억원으로 연봉킹에 올랐다."),
    ],
    ids=["ja", "ko"],
)
def test_an_executives_pay_from_an_annual_filing_is_no_offer(lang: str, text: str) -> None:
    # a yearly pay figure disclosed in a company's filing is a disclosure, not an offer
    assert "offer" not in analyse("", text, lang_hint=lang).categories


def test_the_price_paid_for_a_startup_is_no_offer() -> None:
    # "paid $X for the startup": what a company costs, not anyone's pay
    result = analyse(
        "Nvidia buys model-training toolmaker Brightloom",
        "Nvidia paid $300 million for the startup, which makes tools for training models.",
    )
    assert "offer" not in result.categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pay noun and the figure it can reach: a level some reach
        ("Gaji insinyur AI di Gojek bisa mencapai Rp20 miliar setahun.", False),
        # an offer verb beside it: the offer could reach that figure
        (
            "Amazon menawarkan paket gaji hingga USD 80 juta kepada para insinyur Anthropic, yang"
            " menurut sumber bahkan bisa mencapai USD 200 juta.",
            True,
        ),
    ],
    ids=["level", "offer"],
)
def test_pay_that_can_reach_a_figure(text: str, expected: bool) -> None:
    assert ("offer" in analyse("", text, lang_hint="id").categories) is expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rentang gaji seorang insinyur AI di Jakarta adalah Rp9 juta hingga Rp25 juta per bulan.",
            "id",
        ),
        ("Die Gehaltsspanne für KI-Ingenieure liegt zwischen 70.000 und 120.000 Euro.", "de"),
        ("El rango salarial de un ingeniero de IA va de 40.000 a 90.000 euros al año.", "es"),
    ],
)
def test_a_salary_range_of_a_job_is_no_offer(text: str, lang: str) -> None:
    assert "offer" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Meta tarjosi kielimallitutkijalle 80 miljoonan dollarin palkkiopaketin."),
        ("fi", "Tutkija kieltäytyi Googlen 40 miljoonan dollarin sitouttamisbonuksesta."),
        ("pl", "Nimbus AI podkupił inżyniera Mety, oferując mu pakiet wart 90 mln dolarów."),
        ("hi", "गूगल के शोधकर्ता को ओपनएआई से 500 करोड़ रुपये का प्रस्ताव मिला।"),
        ("ru", "Яндекс переманил разработчика из Сбера, пообещав ему 30 млн долларов."),
        ("tr", "OpenAI, araştırmacılarını tutmak için milyonlarca dolarlık ikramiye dağıttı."),
    ],
    ids=["fi-package", "fi-declined", "pl-participle", "hi-received", "ru-gerund", "tr-bonus"],
)
def test_offers_told_in_each_languages_own_words(lang: str, text: str) -> None:
    assert "offer" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Tekoälyinsinöörin keskipalkka on palkkatutkimuksen mukaan 5 800 euroa kuukaudessa.",
        ),
        ("de", "Laut Geschäftsbericht erhielt der Chef des Softwarehauses 9 Millionen Euro."),
        (
            "ru",
            "Как следует из годового отчета, глава банка получил вознаграждение 900 млн рублей.",
        ),
        ("nl", "Volgens het jaarverslag ontving de topman van de chipmaker 7 miljoen euro."),
        ("zh", "根据年报,这家AI公司CEO去年的薪酬为4000万元。"),
    ],
    ids=[
        "fi-survey",
        "de-annual-report",
        "ru-annual-report",
        "nl-annual-report",
        "zh-annual-report",
    ],
)
def test_pay_from_a_survey_or_an_annual_report_is_no_offer(lang: str, text: str) -> None:
    assert "offer" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The AI lab will pay $900 million to settle the authors' copyright claims."),
        ("de", "Das KI-Unternehmen zahlt 800 Millionen Euro, um die Sammelklage beizulegen."),
        ("pl", "Firma AI zapłaci 1 mld dolarów w ramach ugody z wydawcami."),
        ("en", "The chipmaker is cutting 2,000 jobs and will pay $40 million in severance."),
        ("ko", "그 회사는 구조조정으로 떠나는 직원들에게 퇴직금 500억원을 지급한다."),
    ],
    ids=["en-settlement", "de-class-action", "pl-settlement", "en-severance", "ko-severance"],
)
def test_a_settlement_or_severance_is_no_offer(lang: str, text: str) -> None:
    # a legal cost or pay to staff let go, not pay that wins talent
    assert "offer" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The robotics challenge offers a $5 million prize to the first team to finish."),
        ("en", "The cloud provider is offering $2 million in compute credits to AI startups."),
        ("pl", "Ministerstwo oferuje 300 mln zł dotacji dla firm budujących modele językowe."),
    ],
    ids=["en-prize", "en-credits", "pl-subsidies"],
)
def test_prizes_credits_and_subsidies_are_no_offer(lang: str, text: str) -> None:
    # money offered for a contest, a service or an investment, not pay that wins a person
    assert "offer" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Google DeepMind pays a few of its top scientists to do nothing for a full year so that no rival can hire them.",
        ),
        (
            "de",
            "Google DeepMind zahlt zwei Forschern ein halbes Jahr Gehalt fürs Nichtstun, damit sie nicht zur Konkurrenz wechseln.",
        ),
    ],
    ids=["en", "de"],
)
def test_pay_to_sit_idle_keeps_talent(lang: str, text: str) -> None:
    # garden leave: a salary paid with no work asked, so that a rival cannot hire the person
    assert "offer" in analyse("", text, lang_hint=lang).categories


def test_a_ban_on_non_competes_is_no_offer() -> None:
    # a rule about clauses, with pay only as its expected effect
    text = "The regulator said its ban on noncompete clauses would let Google engineers seek higher pay."
    assert "offer" not in analyse("", text, lang_hint="en").categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Meta now pays its AI researchers like NBA stars, with packages above $100 million.",
        ),
        (
            "ru",
            "Meta платит своим исследователям как звёзды НБА: пакеты превышают 100 млн долларов.",
        ),
    ],
    ids=["en", "ru"],
)
def test_pay_compared_with_athletes_is_still_pay(lang: str, text: str) -> None:
    # "paid like NBA stars": the comparison tells the size of pay, not a sports story
    assert "offer" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("he", "מטא הציעה למהנדס חבילה בשווי 150 מיליון דולר."),
        ("fa", "متا به این مهندس پیشنهادی ۱۵۰ میلیون دلاری داد."),
        ("sv", "Den tidigare Google-forskaren går till Meta med en årslön på 12 miljoner dollar."),
        ("nl", "De onderzoeker stapt over naar Meta voor een jaarsalaris van 12 miljoen dollar."),
        ("vi", "Meta chiêu mộ kỹ sư của Google bằng mức lương triệu đô."),
    ],
    ids=["he-worth", "fa-indefinite", "sv-yearly-pay", "nl-yearly-pay", "vi-dollar-salary"],
)
def test_pay_words_as_each_language_writes_them(lang: str, text: str) -> None:
    assert "offer" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Engineer Dana Whitfield denied reports of a $90 million bonus from Meta."),
        ("fr", "Le chercheur Hugo Lambert dément le bonus de 80 millions de dollars de Meta."),
        ("pt", "O engenheiro Tiago Mendes desmente o bônus de 70 milhões de dólares da Meta."),
        ("es", "La investigadora Lucía Ferrer niega el salario de 60 millones de dólares de Meta."),
        ("de", "Der Forscher Lukas Brenner dementiert den Bonus von 50 Millionen Dollar von Meta."),
        ("ko", "김민준 연구원은 메타의 1억 달러 보너스설을 부인했다."),
    ],
    ids=["en", "fr", "pt", "es", "de", "ko"],
)
def test_a_pay_figure_denied_is_no_offer(lang: str, text: str) -> None:
    assert "offer" not in analyse("", text, lang_hint=lang).categories


def test_an_offer_told_then_denied_is_still_told() -> None:
    # the offer verb reports it; the denial after it is the other side's word
    text = (
        "Meta reportedly offered researcher Dana Whitfield a $90 million package, "
        "a claim the company has denied."
    )
    assert "offer" in analyse("", text).categories


def test_hindi_number_words_size_the_pay() -> None:
    text = "मेटा ने शोधकर्ता राहुल मेहता को हर साल दो मिलियन डॉलर देने की पेशकश की।"
    found = analyse("", text, lang_hint="hi")
    assert "offer" in found.categories and found.entities.amount_usd == 2_000_000


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nordwind is paying $480 million in cash for Quillbyte, the Helsinki AI lab."),
        ("en", "Nordwind is paying $480 million in cash for Mistral AI, the French lab."),
        ("fr", "Nordwind va payer 480 millions de dollars pour Quillbyte, un laboratoire d'IA."),
        ("de", "Nordwind zahlt 480 Millionen Dollar für Mistral AI."),
    ],
    ids=["en-unknown", "en-known", "fr", "de"],
)
def test_an_amount_paid_for_a_company_is_its_price(lang: str, text: str) -> None:
    assert "offer" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    "text",
    [
        "Meta is paying $480 million for Dana Whitfield, the OpenAI researcher.",
        "Meta offered $480 million to OpenAI researchers.",
        "Meta is paying $48 million (about Rp750 Billion) to OpenAI's Dana Whitfield.",
    ],
    ids=["a-person", "a-role", "a-bracket"],
)
def test_pay_for_people_after_the_amount_stays_pay(text: str) -> None:
    assert "offer" in analyse("", text).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nordwind chief Tom Hale received a pay package worth $61 million in fiscal 2024."),
        (
            "de",
            "Nordwind-Chef Tom Hale erhielt im Geschäftsjahr 2024 eine Vergütung von 61 Millionen Dollar.",
        ),
        ("ja", "ソニーの吉田社長の2024年度の報酬は6100万ドルだった。"),
        ("zh", "华为CEO王明2024财年的薪酬总额为6100万美元。"),
        ("ko", "삼성전자 김민준 CEO의 2024 회계연도 보수는 6100만 달러였다."),
    ],
    ids=["en", "de", "ja", "zh", "ko"],
)
def test_an_executives_pay_for_a_fiscal_year_is_no_offer(lang: str, text: str) -> None:
    # the pay a company discloses for its fiscal year: a figure reported, no offer made
    assert "offer" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nordwind chief Tom Hale was paid $61 million in 2024, up from the year before."),
        (
            "fr",
            "Le patron de Nordwind, Tom Hale, a perçu une rémunération de 61 millions de dollars en 2024.",
        ),
        (
            "es",
            "El consejero delegado de Nordwind, Tom Hale, recibió una remuneración de 61 millones de dólares en 2024.",
        ),
    ],
    ids=["en", "fr", "es"],
)
def test_pay_dated_to_a_past_year_is_no_offer(lang: str, text: str) -> None:
    # pay of a year gone by, as a company discloses it, is no offer made
    assert "offer" not in analyse("Tech industry briefing", text, lang_hint=lang).categories


def test_an_offer_verb_dated_to_a_year_is_still_an_offer() -> None:
    text = "Meta offered OpenAI researcher Dana Whitfield a $90 million package in 2024."
    assert "offer" in analyse("Tech industry briefing", text).categories


@pytest.mark.parametrize(
    "text",
    [
        "Nordwind chief Tom Hale's pay package rose to $61 million, the company's filing shows.",
        "Nordwind chief Tom Hale's compensation totaled $61 million, including stock awards.",
        "Quillbyte's founders will receive $300 million from the sale to Nordwind.",
        "Anthropic is offering a $20,000 bonus to employees who refer engineers.",
    ],
    ids=["level-rose", "total", "sale-proceeds", "referral"],
)
def test_pay_reported_as_a_level_proceeds_or_a_referral_is_no_offer(text: str) -> None:
    assert "offer" not in analyse("Tech industry briefing", text).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Top AI researchers now command pay packages of $10 million or more a year."),
        (
            "es",
            "Los investigadores de IA reciben paquetes salariales de más de 10 millones de dólares.",
        ),
        ("zh", "顶尖AI研究员的年薪已超过1000万美元。"),
    ],
    ids=["en", "es", "zh"],
)
def test_pay_of_a_trade_with_nobody_named_or_described_is_no_offer(lang: str, text: str) -> None:
    # no one who offers it or gets it, named or described: a level of the market
    assert "offer" not in analyse("Tech industry briefing", text, lang_hint=lang).categories
