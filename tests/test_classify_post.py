"""Leaving a post: retiring, being dismissed or removed by the board, handing it over.

Own-words examples per language; each positive names who leaves, each negative uses the
same words of a product, of job cuts or of a company's leader speaking."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

RETIRE = [
    (
        "en",
        "Apple machine learning head John Giannandrea steps back",
        "John Giannandrea will retire next spring, Apple said.",
    ),
    (
        "en",
        "Cohere research chief Dana Holt hands over",
        "Dana Holt is to retire as chief scientist of Cohere at the end of June.",
    ),
    (
        "es",
        "Novaria AI: su directora científica Marta Gil se jubila",
        "Marta Gil se jubilará en verano, informó la empresa Novaria AI.",
    ),
    (
        "fr",
        "Chez Mistral AI, le chercheur Paul Morel prend sa retraite",
        "Paul Morel partira à la retraite à la fin de l'année.",
    ),
    (
        "de",
        "Aleph Alpha: Forschungsleiter Jonas Berg geht in den Ruhestand",
        "Jonas Berg tritt im Herbst in den Ruhestand.",
    ),
    (
        "it",
        "Il responsabile IA di Vodafone Marco Neri va in pensione",
        "Marco Neri andrà in pensione a dicembre.",
    ),
    (
        "pt",
        "Diretora de IA da Nubank, Ana Costa, vai se aposentar",
        "Ana Costa se aposentará no fim do ano.",
    ),
    (
        "nl",
        "AI-directeur van ASML Joost Jansen gaat met pensioen",
        "Joost Jansen gaat in juli met pensioen.",
    ),
    (
        "da",
        "Novo Nordisks AI-chef Lars Holm går på pension",
        "Lars Holm går på pension til sommer.",
    ),
    (
        "fi",
        "Nokian tekoälyjohtaja Mikko Lahti jää eläkkeelle",
        "Mikko Lahti jää eläkkeelle kesällä.",
    ),
]

DISMISSED = [
    # a verb of dismissal that is also a word of job cuts, with the person as its object
    (
        "de",
        "SAP entlässt KI-Chef Thomas Weber",
        "Der Konzern entlässt Thomas Weber mit sofortiger Wirkung.",
    ),
    ("it", "Meta licenzia il capo della ricerca IA Marco Rossi", ""),
    ("pt", "Google demite chefe de pesquisa em IA Ana Lima", ""),
    ("nl", "Meta ontslaat onderzoekschef Joost Jansen", ""),
    ("en", "Meta relieves research chief Tom Veld of his duties", ""),
    ("en", "OpenAI research head Kara Lind replaced as chief scientist", ""),
]

NOT_A_PERSON = [
    # a product retired, or job cuts a company's leader speaks for
    (
        "en",
        "OpenAI to retire GPT-4o, Altman says",
        "Sam Altman said OpenAI will retire the older model next month.",
    ),
    (
        "en",
        "Meta fired 3,600 staff, Zuckerberg says",
        "Mark Zuckerberg said Meta fired low performers.",
    ),
    (
        "de",
        "Google entlässt 200 Mitarbeiter, sagt Sundar Pichai",
        "Sundar Pichai sagte, Google entlässt Mitarbeiter in der KI-Abteilung.",
    ),
    (
        "it",
        "Meta licenzia 300 dipendenti, dice Zuckerberg",
        "Zuckerberg ha detto che Meta licenzia personale nell'IA.",
    ),
    (
        "pt",
        "Google demite 200 funcionários, diz Sundar Pichai",
        "O Google demite funcionários da área de IA.",
    ),
    ("de", "Sundar Pichai schickt Bard in den Ruhestand", ""),
    ("nl", "Mark Zuckerberg: oude AI-modellen gaan met pensioen", ""),
]

RETIRE_EAST = [
    ("uk", "Голова ШІ в Google Олена Коваль йде на пенсію", "Олена Коваль вийде на пенсію восени."),
    (
        "ru",
        "Руководитель ИИ в Яндексе Сергей Волков выходит на пенсию",
        "Сергей Волков выйдет на пенсию летом.",
    ),
    (
        "tr",
        "Google'ın yapay zeka direktörü Ayşe Kaya emekli oluyor",
        "Ayşe Kaya yaz sonunda emekliye ayrılacak.",
    ),
    ("zh", "百度首席科学家王磊即将退休", "百度表示，王磊将于年底正式退休。"),
    ("ja", "NTTの研究所長、山田太郎氏が引退へ", "NTTは山田太郎氏が引退すると発表した。"),
    ("ko", "삼성 AI센터장 이정우 은퇴", "삼성리서치 AI센터장 이정우 부사장이 은퇴한다."),
    ("ar", "الباحث خالد محمود يتقاعد من جوجل", ""),
    ("hi", "गूगल के शोध प्रमुख राहुल शर्मा सेवानिवृत्त होंगे", "गूगल ने कहा कि राहुल शर्मा अगले साल सेवानिवृत्त होंगे।"),
    (
        "id",
        "Kepala riset AI Google Budi Santoso akan pensiun",
        "Budi Santoso akan pensiun akhir tahun ini dari Google.",
    ),
    ("th", "นักวิจัย สมหญิง รักดี เกษียณจาก Google", "สมหญิง รักดี เตรียมเกษียณอายุจาก Google"),
    # a head dismissed: Hebrew present tense, Thai 'ปลด' before the post
    ("he", "גוגל מפטרת את החוקר יוסי כהן", ""),
    ("th", "Meta ปลดหัวหน้าฝ่ายวิจัย สมชาย ใจดี", "คณะกรรมการบริษัทปลด สมชาย ใจดี ออกจากตำแหน่ง"),
]

NOT_A_PERSON_EAST = [
    # pension money, a product retired, a rumour of retiring denied, retired people
    ("zh", "雷军表示小米将提高AI工程师退休金", "小米CEO雷军说，公司将为AI研究员提供更高的退休金。"),
    ("zh", "百度旧版AI模型退休", "百度宣布旧版文心模型退休。"),
    ("ja", "ソフトバンク孫正義氏、AI投資で引退説を否定", "孫正義氏は引退はしないと述べた。"),
    (
        "ko",
        "이재용 회장, 삼성 AI 인재 은퇴 후 지원 확대",
        "삼성전자는 은퇴 연구원을 위한 AI 교육 프로그램을 운영한다.",
    ),
    ("th", "Google ปลดล็อกฟีเจอร์ AI ใหม่", "ซุนดาร์ พิชัย ประกาศปลดล็อกฟีเจอร์ใหม่"),
    (
        "tr",
        "Emekli öğretmenler yapay zeka kursuna katıldı",
        "Emekli öğretmenler OpenAI araçlarını öğrendi.",
    ),
    (
        "uk",
        "Пенсіонери вчаться користуватися ШІ від Google",
        "Програма для людей, які вийшли на пенсію.",
    ),
    ("he", "גוגל מפטרת 200 עובדים, אומר סונדאר פיצ'אי", ""),
]


@pytest.mark.parametrize(("lang", "title", "text"), RETIRE + DISMISSED + RETIRE_EAST)
def test_leaving_a_post_is_a_departure(lang: str, title: str, text: str) -> None:
    assert "departure" in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title", "text"), NOT_A_PERSON + NOT_A_PERSON_EAST)
def test_a_product_retired_or_staff_cut_is_no_departure(lang: str, title: str, text: str) -> None:
    assert "departure" not in analyse(title, text, lang_hint=lang).categories


REMOVED = [
    # removed or relieved, made to go, or laying the post down
    ("en", "Tom Veld is out as head of Microsoft AI research", ""),
    (
        "fr",
        "Paul Morel écarté de la direction de Mistral AI",
        "Le conseil a écarté Paul Morel de la direction scientifique.",
    ),
    (
        "de",
        "Thomas Weber muss bei SAP gehen",
        "Thomas Weber muss seinen Posten als KI-Chef bei SAP räumen.",
    ),
    (
        "it",
        "Marco Rossi rimosso dall'incarico in Meta",
        "Marco Rossi è stato rimosso dall'incarico di capo della ricerca IA.",
    ),
    (
        "ru",
        "Иван Петров освобожден от должности в Яндексе",
        "Совет директоров освободил Ивана Петрова от должности главы ИИ.",
    ),
    ("tr", "Ali Demir OpenAI'deki görevinden alındı", "Ali Demir OpenAI'deki görevinden alındı."),
    ("zh", "谷歌AI研究负责人张伟被免去职务", "谷歌表示，张伟将卸下职务。"),
    ("ja", "グーグルのAI研究責任者田中一郎氏が職を退く", "田中一郎氏が研究責任者の職を退く。"),
    (
        "ko",
        "네이버 AI 책임자 김민수 연구소장직에서 내려와",
        "네이버 AI 책임자 김민수가 연구소장직을 내려놓는다.",
    ),
    (
        "vi",
        "Nguyễn Văn An bị bãi nhiệm tại Google",
        "Google đã bãi nhiệm Nguyễn Văn An khỏi vị trí trưởng nhóm AI.",
    ),
]

NOT_REMOVED = [
    # the same words of a product, a tax, a plan or a company's leader speaking
    ("en", "OpenAI is no longer with Microsoft on cloud exclusivity, Altman says", ""),
    (
        "de",
        "Sam Altman: Das muss schneller gehen",
        "Der OpenAI-Chef sagte, die Entwicklung der KI muss schneller gehen.",
    ),
    ("fr", "Sam Altman écarte l'idée d'une IPO d'OpenAI", ""),
    ("ja", "ソフトバンク、AI事業から一線を退く方針", "同社はロボット事業を退く。"),
    ("zh", "李彦宏：百度将交棒给AI新一代产品", "百度创始人李彦宏说，搜索业务将交棒给AI。"),
    ("ru", "Сбер освобожден от налога на ИИ, сказал Герман Греф", ""),
    ("it", "Meta: rimosso dal ruolo il vecchio modello IA, dice Zuckerberg", ""),
    ("vi", "Google miễn nhiệm phí AI cho sinh viên", ""),
]


@pytest.mark.parametrize(("lang", "title", "text"), REMOVED)
def test_removed_from_the_post_is_a_departure(lang: str, title: str, text: str) -> None:
    assert "departure" in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title", "text"), NOT_REMOVED)
def test_the_same_words_of_no_person_are_no_departure(lang: str, title: str, text: str) -> None:
    assert "departure" not in analyse(title, text, lang_hint=lang).categories


LEFT_OPEN = [
    ("en", "Sam Altman leaves open whether OpenAI will build chips", ""),
    ("en", "Sundar Pichai leaves the door open to an AI deal with Apple", ""),
    ("es", "Sam Altman deja abierta la puerta a un acuerdo de IA con Apple", ""),
    ("it", "Sam Altman lascia aperta la porta a un accordo IA con Apple", ""),
    ("pt", "Sam Altman deixa em aberto acordo de IA com a Apple", ""),
    ("sv", "Sam Altman lämnar öppet om OpenAI bygger egna chip", ""),
    ("tr", "Sam Altman, OpenAI'nin çip üretip üretmeyeceğini açık bıraktı", ""),
]


@pytest.mark.parametrize(("lang", "title", "text"), LEFT_OPEN)
def test_a_question_left_open_is_no_departure(lang: str, title: str, text: str) -> None:
    assert "departure" not in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Sam Altman leaves OpenAI"),
        ("tr", "Ali Demir OpenAI'yi bıraktı"),
        ("sv", "Anna Berg lämnar Spotify"),
    ],
)
def test_leaving_an_organisation_is_still_a_departure(lang: str, title: str) -> None:
    assert "departure" in analyse(title, "", lang_hint=lang).categories


ON_LEAVE = [
    # a leave or a sabbatical taken from the post: the job is kept, no exit (the European
    # languages: tests/test_classify_posts_leaves_lists.py)
    ("zh", "谷歌DeepMind研究负责人张伟休长假", "张伟将休长假，并将团队交给副手。"),
    (
        "ja",
        "グーグル・ディープマインドの田中一郎氏が休職",
        "田中一郎氏が休職し、研究チームを後任に引き継ぐ。",
    ),
    (
        "ko",
        "구글 딥마인드 김민수 연구책임자, 6개월 휴직한다",
        "김민수 연구책임자가 휴직하고 팀을 후임에게 넘긴다.",
    ),
    ("id", "Siti Rahma cuti dari Google DeepMind", ""),
]

LEAVE_AS_A_BENEFIT = [
    # leave offered to staff, or a figure of speech beside a company's leader
    ("zh", "雷军宣布小米AI团队员工将带薪休假", "小米CEO雷军表示，AI研发团队员工可休假两周。"),
    ("ja", "ソフトバンク孫正義氏、AI社員の休職制度を拡充", ""),
    ("ko", "이재용 회장, 삼성 AI 연구원 휴직 제도 확대", ""),
    ("en", "Sam Altman says OpenAI steps aside from the chip race", ""),
    (
        "id",
        "Nadiem Makarim: karyawan GoTo dapat cuti panjang",
        "GoTo memberi cuti panjang bagi tim AI.",
    ),
    ("de", "Christian Klein: SAP übergibt die Leitung des KI-Projekts an Partner", ""),
    ("fr", "Arthur Mensch: Mistral AI passe la main sur le cloud", ""),
    ("es", "Sundar Pichai: Google ofrece un año sabático a sus ingenieros de IA", ""),
    ("fr", "Arthur Mensch: Mistral AI offre un congé sabbatique à ses chercheurs", ""),
]


@pytest.mark.parametrize(("lang", "title", "text"), ON_LEAVE)
def test_going_on_leave_from_the_post_is_no_departure(lang: str, title: str, text: str) -> None:
    assert analyse(title, text, lang_hint=lang).categories == ()


@pytest.mark.parametrize(("lang", "title", "text"), LEAVE_AS_A_BENEFIT)
def test_leave_offered_or_a_figure_of_speech_is_no_departure(
    lang: str, title: str, text: str
) -> None:
    assert "departure" not in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        # staff cut; a person named past a comma only comments on it
        ("de", "SAP entlässt Mitarbeiter in der KI-Sparte, sagt Analyst Thomas Weber"),
        ("it", "Meta licenzia personale dell'IA, secondo l'analista Marco Rossi"),
        ("pt", "Google demite funcionários de IA, afirma o analista João Silva"),
        ("nl", "ASML ontslaat AI-medewerkers, zegt analist Joost Jansen"),
        ("en", "Google fired engineers on its AI team, analyst Tom Veld said"),
    ],
)
def test_job_cuts_a_commentator_names_are_no_departure(lang: str, title: str) -> None:
    assert "departure" not in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("sv", "Erik Lund, AI-chef på Spotify, fick sparken"),
        ("no", "Ola Hansen, AI-sjef i Schibsted, fikk sparken fra Google"),
        ("ru", "Иван Петров, глава ИИ в Сбере, уволен"),
        ("uk", "Олена Коваль звільнена з посади керівниці ШІ в Google"),
    ],
)
def test_one_person_fired_in_the_passive_is_a_departure(lang: str, title: str) -> None:
    assert "departure" in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("ru", "В Яндексе уволены 200 сотрудников ИИ, сообщил Аркадий Волож"),
        ("uk", "Звільнено 200 працівників ШІ-відділу Google"),
        ("no", "Fotballtreneren fikk sparken"),
    ],
)
def test_staff_or_a_coach_fired_is_no_departure(lang: str, title: str) -> None:
    assert "departure" not in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("pl", "Jan Kowalski, szef AI w Google, przejdzie na emeryturę"),
        ("cs", "Jan Novák, šéf AI v Googlu, půjde do důchodu"),
        ("sk", "Ján Kováč, šéf AI v Google, pôjde do dôchodku"),
        ("sv", "Googles AI-chef Anna Berg ska gå i pension"),
        ("no", "Googles AI-sjef Kari Hansen pensjonerer seg"),
        ("vi", "Giám đốc AI của Google Nguyễn Văn An về hưu"),
        ("en", "Google AI chief Tom Veld announces retirement"),
        ("es", "El jefe de IA de Google, Pedro Sanz, anuncia su retiro"),
        ("pt", "Chefe de IA do Google, João Silva, anuncia aposentadoria"),
        ("de", "Googles KI-Chef Thomas Weber kündigt seinen Ruhestand an"),
        ("it", "Il capo dell'IA di Google Marco Rossi annuncia il suo ritiro"),
        ("tr", "Google'ın yapay zeka şefi Ali Demir emekliliğini açıkladı"),
        ("nl", "AI-baas van Google Joost Jansen kondigt zijn pensioen aan"),
    ],
)
def test_retirement_told_or_announced_is_a_departure(lang: str, title: str) -> None:
    assert "departure" in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("pl", "Sundar Pichai: Google odkłada pieniądze pracowników na emeryturę w AI"),
        ("sv", "Daniel Ek: Spotifys gamla AI-modell pensioneras"),
        ("it", "Zuckerberg annuncia il ritiro del vecchio modello IA di Meta"),
        ("es", "Sundar Pichai anuncia el retiro de Bard"),
        ("en", "Tim Cook announces retirement of the iPhone 12 AI features"),
    ],
)
def test_savings_or_a_product_retired_is_no_departure(lang: str, title: str) -> None:
    assert "departure" not in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        # athletes retire too: no AI employer, no departure
        ("es", "Rafa Nadal se jubila del tenis tras su última final"),
        ("de", "Thomas Müller geht in den Ruhestand: Abschied vom FC Bayern"),
        ("ja", "大谷翔平選手が引退を表明"),
        ("ko", "손흥민 은퇴 선언"),
        ("fr", "Zinedine Zidane prend sa retraite d'entraîneur"),
        ("en", "Serena Williams announces retirement from tennis"),
        ("it", "Valentino Rossi va in pensione dalla MotoGP"),
        ("tr", "Arda Turan futbolu bırakıp emekli oldu"),
    ],
)
def test_an_athlete_retiring_is_no_departure(lang: str, title: str) -> None:
    assert "departure" not in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Anthropic replaces safety head Paul Marsh", True),
        ("Meta replaces its head of AI research Kara Lind", True),
        ("OpenAI replaced CTO Tom Veld with an insider", True),
        # a thing replaced beside a company's leader
        ("Sundar Pichai: Google replaces its head unit software with Gemini", False),
        ("Apple replaces chief design tool, Tim Cook says", False),
    ],
)
def test_a_head_replaced_in_the_post_leaves_it(title: str, expected: bool) -> None:
    assert ("departure" in analyse(title, "", lang_hint="en").categories) is expected
