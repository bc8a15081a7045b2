"""Lab formations as the press writes them, language by language: a new lab, unit or
startup (also one that comes out of stealth with its seed round) is a formation; a
round of a lab that exists, a strategy, a data centre, a product, an office, a
partnership, a founding date or a new head is not. Invented companies and people."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

FORMATIONS = [
    (
        "en",
        "Quillion AI emerges from stealth with $12 million seed round",
        "Quillion AI, which builds AI agents, came out of stealth on Tuesday with a "
        "$12 million seed round.",
    ),
    (
        "en",
        "Amazon merges AI teams into new AGI unit",
        "Amazon is combining its Alexa and research teams into a new AGI organization "
        "that will report to the chief executive.",
    ),
    (
        "de",
        "Start-up Kairo AI tritt aus dem Verborgenen",
        "Das Münchner KI-Start-up Kairo AI kommt mit einer Seed-Finanzierung von acht "
        "Millionen Euro aus dem Stealth-Modus.",
    ),
    (
        "fr",
        "La start-up d'IA Orbe sort du mode furtif",
        "La start-up parisienne Orbe, spécialisée dans les agents d'IA, sort du mode "
        "furtif avec une levée de fonds d'amorçage de 15 millions d'euros.",
    ),
    (
        "es",
        "La startup Arga sale del modo sigiloso",
        "La startup española Arga salió del modo sigiloso con una ronda semilla de 5 "
        "millones de dólares.",
    ),
    (
        "pt",
        "Startup Ipê sai do modo stealth",
        "A startup brasileira de IA Ipê saiu do modo stealth com uma rodada seed de 4 "
        "milhões de dólares.",
    ),
    (
        "it",
        "La startup Lira esce dalla modalità stealth",
        "La startup milanese di IA Lira è uscita dalla modalità stealth con un round "
        "seed da 3 milioni di euro.",
    ),
    (
        "nl",
        "AI-startup Duin komt uit stealth",
        "De Utrechtse AI-startup Duin komt uit de stealthmodus met een seedronde van 2 "
        "miljoen euro.",
    ),
    (
        "da",
        "Tidligere Meta-forskere stifter AI-startup",
        "To tidligere forskere fra Meta har stiftet AI-startuppen Vade AI, der har "
        "rejst 15 millioner kroner i en seedrunde.",
    ),
    (
        "fi",
        "Entiset Google-tutkijat perustivat tekoälyyrityksen",
        "Kaksi entistä Googlen tutkijaa on perustanut tekoälyyhtiö Revon AI:n, joka "
        "keräsi kolmen miljoonan euron siemenrahoituksen.",
    ),
    (
        "ru",
        "ИИ-стартап Волга вышел из стелс-режима",
        "Стартап Волга вышел из режима стелс и привлёк 5 млн долларов в посевном раунде.",
    ),
    (
        "uk",
        "ШІ-стартап Дніпро вийшов зі стелс-режиму",
        "Стартап Дніпро вийшов зі стелс-режиму та залучив 2 млн доларів у посівному раунді.",
    ),
    (
        "pl",
        "Startup Wisła wychodzi z trybu stealth",
        "Startup AI Wisła wychodzi z trybu stealth z 5 mln dolarów w rundzie seed.",
    ),
    (
        "sv",
        "AI-startupen Fjäll kliver ut ur stealth",
        "AI-startupen Fjäll kliver ut ur stealth med en såddrunda på 20 miljoner kronor.",
    ),
    (
        "vi",
        "Cựu nhà nghiên cứu Google lập startup AI",
        "Hai cựu nhà nghiên cứu của Google đã đồng sáng lập startup AI Sông Hồng, vừa "
        "gọi vốn hạt giống 2 triệu USD.",
    ),
    (
        "ar",
        "باحثون سابقون في جوجل يؤسسون شركة ناشئة",
        "أسس باحثان سابقان في جوجل شركة ناشئة للذكاء الاصطناعي باسم نخلة إيه آي وجمعت 5 "
        "ملايين دولار في جولة تمويل أولية.",
    ),
    (
        "ja",
        "AIスタートアップ「ミナトAI」がステルスモードから脱却",
        "AIスタートアップのミナトAIはステルスモードから脱却し、シードラウンドで5億円を調達したと発表した。",
    ),
    (
        "zh",
        "AI初创公司长江智能结束隐身模式",
        "AI初创公司长江智能结束隐身模式，宣布完成500万美元种子轮融资。",
    ),
    (
        "ko",
        "AI 스타트업 한강AI, 스텔스 모드에서 나와",
        "AI 스타트업 한강AI가 스텔스 모드에서 벗어나 시드 투자 30억 원을 유치했다.",
    ),
    (
        "tr",
        "Yapay zeka girişimi Boğaz gizli moddan çıktı",
        "Yapay zeka girişimi Boğaz, 3 milyon dolarlık tohum yatırım turuyla gizli moddan çıktı.",
    ),
]

NOT_FORMATIONS = [
    (
        "en",
        "Veldt Labs raises $40 million Series A",
        "Veldt Labs, which emerged from stealth last year with a seed round, has raised "
        "$40 million in a Series A led by Accel.",
    ),
    (
        "en",
        "Nvidia and Deutsche Telekom to build AI factory in Munich",
        "Nvidia and Deutsche Telekom will build an industrial AI factory in Munich, a "
        "data centre with 10,000 chips.",
    ),
    (
        "es",
        "Brisa AI capta 30 millones en una serie A",
        "Brisa AI, que salió del modo sigiloso el año pasado, ha captado 30 millones de "
        "euros en una ronda de serie A.",
    ),
    (
        "fr",
        "Mistral AI lève 1,7 milliard d'euros",
        "Mistral AI a levé 1,7 milliard d'euros lors d'une série C qui valorise la "
        "société à 12 milliards.",
    ),
    (
        "de",
        "SAP eröffnet neues Büro in München",
        "SAP eröffnet ein neues Büro in München und will dort weitere Entwickler einstellen.",
    ),
    (
        "sv",
        "Lovable tar in 200 miljoner dollar",
        "Det svenska AI-bolaget Lovable har tagit in 200 miljoner dollar i en serie "
        "A-runda till en värdering av 1,8 miljarder dollar.",
    ),
    (
        "ru",
        "Стартап привлёк 100 млн долларов",
        "ИИ-стартап Нейро привлёк 100 млн долларов в раунде серии B при оценке в 1 млрд долларов.",
    ),
    (
        "vi",
        "Startup AI gọi vốn 50 triệu USD vòng B",
        "Startup AI Mekong vừa gọi vốn 50 triệu USD trong vòng Series B, định giá 500 triệu USD.",
    ),
    # the title "co-founder", not the verb
    (
        "vi",
        "",
        "Ilya Sutskever, đồng sáng lập OpenAI, cho biết công ty sẽ ra mắt mô hình mới.",
    ),
    (
        "ja",
        "サカナAIが200億円を調達",
        "サカナAIはシリーズBで200億円を調達し、評価額は2600億円となった。",
    ),
    ("zh", "月之暗面完成10亿美元B轮融资", "月之暗面完成10亿美元B轮融资，估值达到25亿美元。"),
]


@pytest.mark.parametrize(("lang", "title", "text"), FORMATIONS)
def test_a_new_lab_or_startup_is_a_formation(lang: str, title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title", "text"), NOT_FORMATIONS)
def test_no_new_lab_is_no_formation(lang: str, title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text, lang_hint=lang).categories


# a lab that gets a new head: the appointment is the news, no lab is formed
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Das KI-Labor von Bosch bekommt einen neuen Leiter: Jan Weber übernimmt die "
            "Leitung von Anna Kurz.",
        ),
        (
            "fr",
            "Le laboratoire d'IA de Meta à Paris se dote d'un nouveau directeur, Jean "
            "Martin, ancien de Google.",
        ),
        ("it", "Il laboratorio di IA di Enel avrà il suo nuovo direttore a gennaio: Marco Rossi."),
    ],
)
def test_a_lab_with_a_new_head_is_no_formation(lang: str, text: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bosch bekommt ein eigenes KI-Forschungszentrum in Tübingen."),
        ("fr", "Meta se dote d'un nouveau laboratoire d'IA à Paris."),
    ],
)
def test_a_company_that_gets_a_new_lab_forms_it(lang: str, text: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


# a fund, an accelerator or an incubator set up for startups is no startup, nor a lab
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Google launches AI startup accelerator in India",
            "Google has launched an accelerator programme for AI startups in India, "
            "offering cloud credits to 20 companies.",
        ),
        (
            "fr",
            "L'État lance un fonds pour l'IA",
            "L'État lance un fonds de 500 millions d'euros pour soutenir les start-up d'IA.",
        ),
        (
            "it",
            "Governo lancia fondo per l'IA",
            "Il governo ha lanciato un fondo da un miliardo per le startup di intelligenza "
            "artificiale.",
        ),
        (
            "ru",
            "Правительство создаст фонд для ИИ-стартапов",
            "Правительство создаст фонд на 10 млрд рублей для поддержки ИИ-стартапов.",
        ),
        (
            "tr",
            "Hükümet yapay zeka fonu kurdu",
            "Hükümet, yapay zeka girişimlerine destek için 1 milyar liralık bir fon kurdu.",
        ),
        (
            "id",
            "Pemerintah luncurkan dana AI",
            "Pemerintah meluncurkan dana 1 triliun rupiah untuk startup kecerdasan buatan.",
        ),
        (
            "vi",
            "Chính phủ thành lập quỹ AI",
            "Chính phủ thành lập quỹ 1.000 tỷ đồng hỗ trợ startup trí tuệ nhân tạo.",
        ),
        (
            "th",
            "รัฐบาลตั้งกองทุน AI",
            "รัฐบาลจัดตั้งกองทุนปัญญาประดิษฐ์มูลค่า 1 หมื่นล้านบาทเพื่อสนับสนุนสตาร์ทอัพ",
        ),
        (
            "sv",
            "Regeringen startar AI-fond",
            "Regeringen startar en fond på en miljard kronor för AI-startups.",
        ),
        (
            "fi",
            "Valtio perustaa tekoälyrahaston",
            "Valtio perustaa 100 miljoonan euron rahaston tekoälystartupeille.",
        ),
    ],
)
def test_a_fund_for_startups_is_no_formation(lang: str, title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text, lang_hint=lang).categories


# a new subsidiary or a research cell set up for AI is a unit formed
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Renault a mis sur pied une nouvelle cellule de recherche dédiée à "
            "l'intelligence artificielle.",
        ),
        ("ru", "Яндекс учредил новую дочернюю компанию для разработки искусственного интеллекта."),
        ("uk", "Київстар створив дочірню компанію для розробки штучного інтелекту."),
        ("es", "Repsol crea una filial de inteligencia artificial."),
        ("it", "Enel costituisce una nuova controllata dedicata all'intelligenza artificiale."),
        ("nl", "KPN richt een dochteronderneming voor kunstmatige intelligentie op."),
    ],
)
def test_a_new_subsidiary_for_ai_is_a_formation(lang: str, text: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a branch abroad is an office; a subsidiary sold is no unit formed
        ("es", "Telefónica abre una filial en México para vender servicios de IA."),
        ("ru", "Сбер продал дочернюю компанию, занимавшуюся искусственным интеллектом."),
        ("fr", "Les chercheurs ont observé une nouvelle cellule tumorale grâce à l'IA."),
    ],
)
def test_an_office_or_a_sold_subsidiary_is_no_formation(lang: str, text: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories


# "founded by" in the nominative describes a company by its founders: its news is elsewhere
@pytest.mark.parametrize(
    "title",
    [
        "Startup założony przez byłych badaczy Google wypuszcza nowy model AI",
        "Firma współzałożona przez byłych badaczy OpenAI pokazuje pierwszego agenta AI",
    ],
)
def test_polish_founded_by_is_background(title: str) -> None:
    assert "lab_formation" not in analyse(title, "", lang_hint="pl").categories


# a company that merges with another is a deal between companies, no unit formed
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Elon Musk said xAI has merged with X in an all-stock deal that values the AI "
            "company at $80 billion.",
        ),
        (
            "fr",
            "La start-up d'IA Lumen fusionne avec son concurrent Orbe dans une opération "
            "en actions.",
        ),
        ("es", "La empresa de inteligencia artificial Brisa se fusiona con su rival Arga."),
        ("de", "Das KI-Start-up Kairo fusioniert mit dem Konkurrenten Nordlicht."),
        ("it", "La startup di IA Lira si fonde con la rivale Volta."),
        ("pt", "A startup de IA Ipê se funde com a rival Aurora."),
        ("nl", "AI-startup Duin fuseert met concurrent Polder."),
    ],
)
def test_a_company_merging_with_another_is_no_formation(lang: str, text: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories


# teams merged into a new unit are
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Google Brain merged with DeepMind to form a new AI unit called Google DeepMind."),
        ("fr", "Google fusionne ses équipes Brain et DeepMind dans une nouvelle entité."),
        ("de", "SAP fusioniert seine KI-Teams zu einer neuen Einheit."),
    ],
)
def test_teams_merged_into_a_new_unit_are_a_formation(lang: str, text: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


# a computing centre for AI is infrastructure, not a research lab
def test_korean_computing_centre_is_no_lab() -> None:
    cats = analyse(
        "정부, AI 컴퓨팅 센터 설립", "정부가 국가 AI 컴퓨팅 센터를 설립하기로 했다.", lang_hint="ko"
    ).categories
    assert "lab_formation" not in cats
    assert (
        "lab_formation"
        in analyse("", "네이버가 AI 연구 센터를 새로 설립했다.", lang_hint="ko").categories
    )


# a formation dated by a bare year right after its verb is background ("grundades 2016")
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("sv", "AI-bolaget grundat 2016 börsnoteras", ""),
        ("sv", "", "AI-bolaget Fjäll, som grundades 2016, börsnoteras i dag."),
        ("en", "", "Vela AI, a speech startup founded 2019 in Austin, is now listed in New York."),
    ],
)
def test_a_formation_dated_by_a_bare_year_is_background(lang: str, title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text, lang_hint=lang).categories


def test_arabic_formation_in_a_year_is_background() -> None:
    title = "شركة ذكاء اصطناعي تأسست في 2018 تطرح أسهمها"
    assert "lab_formation" not in analyse(title, "", lang_hint="ar").categories
    text = "أسست مايكروسوفت وحدة جديدة للذكاء الاصطناعي في الرياض."
    assert "lab_formation" in analyse("", text, lang_hint="ar").categories
