"""Acqui-hires by the way the press tells them, and the deals and hires that are none."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, lead): each an acqui-hire, one row per construction
ACQUIHIRES = [
    # the deal told as bought for its people
    (
        "en",
        "Adobe buys design start-up Quillframe",
        "Adobe has acquired Quillframe for an undisclosed sum, mainly for talent: the app closes "
        "in June.",
    ),
    (
        "en",
        "Oracle picks up a small compiler company",
        "Oracle bought the eight-person company to widen its pool of compiler talent.",
    ),
    (
        "es",
        "Telefónica compra la empresa emergente Lumbre",
        "Telefónica ha comprado Lumbre sobre todo por sus ingenieros; la aplicación dejará de "
        "funcionar.",
    ),
    (
        "ru",
        "Яндекс купил стартап «Лингво» ради команды",
        "Приложение стартапа закроют, а его разработчики займутся голосовым помощником.",
    ),
    ("zh", "百度收购语音初创公司声谷，看中其团队", "声谷的产品将停止运营。"),
    # the deal told as made to strengthen the buyer's team
    (
        "en",
        "",
        "Spotify has bought two small audio-analysis companies spun out of Lund University,"
        " keeping the news quiet for months, in a move meant to bolster its research team.",
    ),
    (
        "fr",
        "Doctolib rachète Vocalis",
        "Doctolib a racheté la jeune pousse lyonnaise de reconnaissance vocale Vocalis, fondée en "
        "2019, afin d'étoffer son équipe d'IA.",
    ),
    (
        "ko",
        "카카오, 인재 확보를 위해 AI 스타트업 인수",
        "카카오는 음성 AI 스타트업을 인수했다고 밝혔다.",
    ),
    (
        "tr",
        "Turkcell, yapay zeka girişimi Derin'i ekibi için satın aldı",
        "Girişimin uygulaması kapatılacak.",
    ),
    # the team joins the buyer, the buyer hires the founders, a licence and hires, told
    # the way each language tells it
    (
        "en",
        "OpenAI hires the team behind note-taking app Scribly",
        "The app will shut down next month; its eight employees will work on ChatGPT.",
    ),
    (
        "ru",
        "Команда стартапа Синтез присоединится к Яндексу",
        "Основатели и инженеры стартапа перейдут в подразделение поиска, приложение закроют.",
    ),
    (
        "uk",
        "Команда стартапу Промінь приєднається до Google",
        "Google найме засновників і ліцензує технологію стартапу.",
    ),
    (
        "pl",
        "Google zatrudnia założycieli startupu Wektor",
        "Koncern zatrudnia założycieli krakowskiego startupu i licencjonuje jego technologię.",
    ),
    (
        "cs",
        "Google najal zakladatele startupu Jiskra",
        "Tým startupu se připojí k Google DeepMind.",
    ),
    (
        "sk",
        "Google najal zakladateľov startupu Iskra",
        "Tím startupu sa pripojí k Google DeepMind.",
    ),
    (
        "tr",
        "Microsoft, yapay zeka girişimi Derin'in ekibini bünyesine kattı",
        "Şirket, İstanbul merkezli girişimin kurucularını ve mühendislerini işe aldı.",
    ),
    ("zh", "深度求索团队将加入阿里巴巴", "这家初创公司的核心团队将加入阿里云，其产品将停止运营。"),
    (
        "he",
        "הצוות של סטארט-אפ הבינה המלאכותית נובה מצטרף לאנבידיה",
        "החברה תשלם על רישוי הטכנולוגיה, ורוב העובדים יעברו לאנבידיה.",
    ),
    (
        "ar",
        "ينضم فريق شركة ناشئة للذكاء الاصطناعي إلى غوغل",
        "ستدفع غوغل مقابل ترخيص التقنية وتوظيف مؤسسي الشركة.",
    ),
    (
        "fa",
        "استخدام بنیان‌گذاران استارتاپ هوش مصنوعی توسط گوگل",
        "گوگل فناوری این شرکت را نیز مجوز می‌گیرد.",
    ),
    ("hi", "गूगल ने एआई स्टार्टअप के संस्थापकों को हायर किया", "गूगल स्टार्टअप की तकनीक का लाइसेंस लेगी।"),
    (
        "id",
        "Tim startup AI Lintas bergabung dengan Google",
        "Google merekrut para pendiri Lintas dan melisensikan teknologinya.",
    ),
    (
        "vi",
        "Google chiêu mộ các nhà sáng lập startup AI Việt",
        "Google chiêu mộ các nhà sáng lập và đội ngũ kỹ sư của startup.",
    ),
    ("th", "กูเกิลดึงตัวผู้ก่อตั้งสตาร์ทอัพ AI", "กูเกิลจะจ่ายค่าใช้สิทธิ์เทคโนโลยีของบริษัท"),
    ("ja", "グーグル、AI新興の創業者らを採用", "ライセンス契約も結んだ。"),
    (
        "ko",
        "네이버, AI 스타트업 창업자들을 영입",
        "네이버가 음성인식 스타트업의 창업자들을 영입했다.",
    ),
    (
        "en",
        "Figma acquires the team behind AI design tool Sketchpad",
        "Sketchpad will stop accepting new users at the end of the month.",
    ),
    (
        "en",
        "Coding assistant Lumo shuts down as its team is heading to Stripe",
        "The AI startup's eight engineers will work on Stripe's payment models.",
    ),
    (
        "en",
        "Apple hires the team of a small AI startup to bolster Siri",
        "The startup's speech app has been pulled from the App Store.",
    ),
    # the buyer hires the startup's chief and most of its staff, no deal word
    (
        "en",
        "Microsoft poaches Tessera's chief executive and most of its engineers",
        "The startup said it would wind down its product.",
    ),
    (
        "fr",
        "Criteo recrute le fondateur de la jeune pousse d'IA Ondine et une partie de son équipe",
        "L'application d'Ondine fermera le mois prochain.",
    ),
    # most of a startup's team hired, or its engineers welcomed by the buyer
    (
        "es",
        "",
        "La contratación de la mayoría del equipo de Pliego, una joven empresa de agentes de voz,"
        " por parte de Salesforce se cerró el martes.",
    ),
    (
        "fr",
        "",
        "Meta accueille les ingénieurs de Lumière Labs, une jeune pousse parisienne de vision par"
        " ordinateur, à partir de lundi.",
    ),
    (
        "it",
        "",
        "Gli sviluppatori di Orsa entrano in Microsoft: l'assunzione della maggior parte del team"
        " della startup torinese è stata annunciata ieri.",
    ),
    # a deal made to add the startup's team
    (
        "en",
        "Intel buys Haze",
        "Intel bought the Haifa company, which has 30 staff, to add a vision team to its Israeli"
        " lab.",
    ),
    # the company a buying verb acquires in the lead, unknown to the organisation table
    (
        "en",
        "Intel picks up a vision team in Haifa",
        "Intel has acquired Quorvo, a company of eight engineers that builds depth sensors.",
    ),
    # the startup sold to the buyer and folded into its team; its people absorbed as they are
    (
        "pt",
        "",
        "Vendida para a Nvidia em março, a paulista Lumen acabou incorporada à equipe de robótica"
        " do grupo americano.",
    ),
    ("ko", "", "네이버는 영상 기술 회사 루멘의 인력을 그대로 흡수했다."),
    # bought for its staff, told far from the buying verb
    (
        "en",
        "",
        "Oracle bought Tessel, an Austin maker of hardware testing tools that has struggled to find"
        " customers since 2019, mainly for its staff.",
    ),
    # the startup's crew joins the buyer, the deal told in the sentence before
    (
        "en",
        "",
        "Salesforce confirmed its acquisition of Brightwave, a Boston startup. The Brightwave crew"
        " has joined Salesforce's AI research group.",
    ),
    # a deep-learning startup bought: a research team, bought for its researchers
    (
        "en",
        "Pinterest buys Corvid, a deep learning firm from Austin",
        "The social network has acquired the company for an undisclosed amount, it said on Monday.",
    ),
    # a buying verb as an adverbial participle ("przejmując")
    (
        "pl",
        "",
        "Nvidia zaskoczyła rynek, przejmując kluczowych inżynierów krakowskiego startupu Lumen.",
    ),
    # the startup's head recruited and its technology licensed in one stroke
    (
        "vi",
        "",
        "Microsoft đã chiêu mộ Trần Minh Khoa, người điều hành Lumen từ năm 2019 tại Đà Nẵng, đồng"
        " thời cấp phép bộ mô hình nhận dạng giọng nói mà Lumen phát triển.",
    ),
]

# (language, headline, lead): deals and hires that are no acqui-hire
NOT_ACQUIHIRES = [
    # a buying verb whose object is "top" people: a hire
    (
        "en",
        "Amazon acquires top Apple engineering talent",
        "Amazon has hired Dana Whitfield, who ran Apple's on-device model team, the company said.",
    ),
    (
        "en",
        "Meta acquires AI talent from OpenAI",
        "Meta hired three OpenAI researchers, Lucas Beyer, Alexander Kolesnikov and Xiaohua Zhai.",
    ),
    # a talent pool is what HR software sells
    (
        "en",
        "SAP buys maker of talent pool software",
        "SAP agreed to purchase Rostra, whose tools let recruiters search a talent pool, for "
        "$300 million.",
    ),
    # money invested in a deep-learning startup: funding, no purchase of its team
    (
        "en",
        "Intel Capital invests in deep learning startup Corvid",
        "The fund's stake values the company at $200 million, it said on Monday.",
    ),
    # a bid to buy a company ("satın almak için teklif"), turned down: a deal sought, not done
    (
        "tr",
        "",
        "Dario Amodei, Anthropic'in CEO'su, Amazon'un şirketi satın almak için sunduğu 60 milyar"
        " dolarlık teklifi geri çevirdi.",
    ),
    # an ordinary acquisition of a company for its products
    (
        "en",
        "Cisco to buy security firm Harrowgate",
        "Cisco will acquire Harrowgate for $1.2 billion to add its firewall products to its "
        "portfolio.",
    ),
    # the people who tell of the deal are anonymous sources, not staff of the startup
    (
        "en",
        "Alphabet buys robotics software maker Kestrel",
        "Alphabet acquired the startup for $600 million, two people familiar with the matter said.",
    ),
    # a team of lawyers, a team moved inside a company
    ("en", "Apple hires the team of lawyers that won the Epic case", "The firm will advise on AI."),
    (
        "en",
        "Google's Pixel team moves to the platforms group",
        "The reorganisation puts hardware and Android AI work under one leader.",
    ),
    # a club buying a player "for the team"
    (
        "en",
        "Real Madrid buys striker to bolster its team",
        "The club paid 80 million euros for him.",
    ),
    ("ru", "«Зенит» купил нападающего ради команды", "Клуб заплатил 20 миллионов евро за игрока."),
    # a sports team joining a league or a tournament
    (
        "en",
        "Haas F1 team joins new endurance series",
        "The Haas team joins the championship next season, the club's manager said after the race.",
    ),
    (
        "pl",
        "Zespół Lecha Poznań dołącza do Ligi Mistrzów",
        "Zespół trenera dołączy do grupy po zwycięstwie w meczu z drużyną z Pragi.",
    ),
    (
        "ru",
        "Команда ЦСКА присоединится к Кубку",
        "Команда ЦСКА присоединится к турниру после победы в матче, сообщил клуб.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), ACQUIHIRES)
def test_acquihire(lang: str, title: str, text: str) -> None:
    result = analyse(title, text)
    assert result.lang == lang
    assert "acquihire" in result.categories


@pytest.mark.parametrize(("lang", "title", "text"), NOT_ACQUIHIRES)
def test_not_acquihire(lang: str, title: str, text: str) -> None:
    result = analyse(title, text)
    assert result.lang == lang
    assert "acquihire" not in result.categories


def test_frame_ties_the_people_to_a_far_deal() -> None:
    # "under the arrangement" ties the founders to a licence told far from them
    text = (
        "Under the arrangement, the two co-founders of the agent startup Relay and nine of its "
        "engineers are now on Salesforce's payroll, and the startup is paid for a licence to "
        "its software."
    )
    assert "acquihire" in analyse("", text).categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the frame alone names the deal ("under the contract"): the founders and team come
        ("계약에 따라 설립자와 개발팀이 카카오에 합류하고, 스타트업의 서비스는 종료된다.", True),
        # a club's signing is told the same way
        ("계약에 따라 공격수와 코치진이 구단에 합류하고, 팀은 다음 시즌 리그에 나선다.", False),
    ],
)
def test_frame_names_the_deal(text: str, expected: bool) -> None:
    assert ("acquihire" in analyse("", text).categories) is expected


def test_the_deal_and_the_team_told_apart_in_a_longer_lead() -> None:
    # the team moving and the deal are told a few sentences into the text
    text = (
        "Verdant told its users on Monday that the app would stop working at the end of the month"
        " and that their notes could be exported until then. The company, founded in 2019 in"
        " Lisbon, had struggled to grow after its second version failed to win paying customers in"
        " Europe and America. Its investors had declined to put more money into it last spring,"
        " people close to the company said. Most of its engineers are moving to Salesforce."
        " Salesforce will also license the startup's search engine under a separate agreement."
    )
    assert "acquihire" in analyse("Verdant, the note-taking app, shuts down", text).categories


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Velora übernimmt das KI-Startup Sonnig und integriert das gesamte Team in den Konzern.",
            "de",
        ),
        (
            "Velora rachète la start-up d'IA Sonnig et intègre toute son équipe à ses laboratoires.",
            "fr",
        ),
        ("Velora compra la startup de IA Sonnig e incorpora a todo su equipo.", "es"),
    ],
)
def test_a_startup_bought_with_its_whole_team_is_an_acquihire(text: str, lang: str) -> None:
    assert "acquihire" in analyse("", text, lang_hint=lang).categories


def test_the_buyers_chief_announcing_a_purchase_is_no_team_bought() -> None:
    # the chief word stands before the buyer's leader: his voice, not the startup's team
    a = analyse(
        "", "Google CEO Sundar Pichai announced a deal to buy the security firm Harrowgate."
    )
    assert "acquihire" not in a.categories
    b = analyse("", "Google struck a deal to hire the CEO and team of the startup Harrowgate.")
    assert "acquihire" in b.categories


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        (
            "en",
            "Nordwind buys Quillbyte",
            "Nordwind has agreed to buy the startup Quillbyte. Under the deal, its 40 researchers "
            "join Nordwind.",
            True,
        ),
        (
            "en",
            "Nordwind buys Quillbyte",
            "Nordwind has agreed to buy the startup Quillbyte. Under the deal, its 400 employees "
            "join Nordwind.",
            False,
        ),
        (
            "fr",
            "Nordwind rachète Quillbyte",
            "Nordwind a racheté la start-up Quillbyte. Avec l'accord, ses 30 salariés rejoignent "
            "Nordwind.",
            True,
        ),
        (
            "fr",
            "Nordwind rachète Quillbyte",
            "Nordwind a racheté la start-up Quillbyte. Avec l'accord, ses 300 salariés rejoignent "
            "Nordwind.",
            False,
        ),
    ],
    ids=["en-team", "en-whole-staff", "fr-team", "fr-whole-staff"],
)
def test_a_whole_staff_counted_in_hundreds_is_a_company_bought(
    lang: str, title: str, text: str, expected: bool
) -> None:
    # an acqui-hire takes a team; hundreds of employees come with an outright purchase
    assert ("acquihire" in analyse(title, text, lang_hint=lang).categories) is expected


def test_a_year_before_the_team_counts_no_staff() -> None:
    # "2025 the team" is a date, not two thousand people bought with a company
    text = "In March 2025 the team of 40 engineers behind Quillbyte joined Google in an acqui-hire deal."
    assert analyse("", text).scores["acquihire"] == 1.0


@pytest.mark.parametrize(
    ("title", "text", "buyer"),
    [
        ("", "Google buys a small Paris vision startup to bring its engineers on board.", "Google"),
        ("", "Amazon hires the founders of Adept and licenses the startup's models.", "Amazon"),
        ("", "Nvidia übernimmt das Team eines Berliner KI-Start-ups und dessen Gründer.", "Nvidia"),
    ],
)
def test_an_acquihire_goes_to_its_buyer(title: str, text: str, buyer: str) -> None:
    a = analyse(title, text)
    assert "acquihire" in a.categories
    assert a.entities.to_org == buyer
