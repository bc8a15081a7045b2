"""Lab formations told with money: a founder raising seed money for a new lab is a
formation; a round of a lab that exists is not, even when its founder is named."""

from __future__ import annotations

import pytest

from watcher.classify import analyse


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Priya Natarajan, a veteran speech researcher, is raising $80 million from "
            "investors to launch her own artificial intelligence startup, people said.",
        ),
        (
            "",
            "Die Forscherin Anna Weber sammelt bei Investoren 40 Millionen Euro ein, um "
            "ein eigenes KI-Start-up zu gründen.",
        ),
    ],
)
def test_seed_money_for_a_new_lab_is_a_formation(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Lumen Labs, the AI company created by a former Meta researcher, said it has "
            "raised $300 million in a Series C round.",
        ),
        # "the lab X founded" (X 创办的 Y): the founder is background of the round
        ("", "前谷歌科学家王磊创办的深言实验室已完成5亿美元B轮融资。"),
        # young labs in general, money from investors ("투자사들이 투자를 집행")
        ("", "설립 1년도 안 된 AI 스타트업들에 투자사들이 수천억원의 투자를 집행하고 있다."),
    ],
)
def test_round_of_an_existing_lab_is_no_formation(title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text).categories


def test_founder_title_is_no_formation() -> None:
    # "创办人" (founder) holds "创办" (to found): a title beside a team word, not a new lab
    text = (
        "英伟达获得AI初创公司深流的技术授权。"
        "根据协议，深流公司创办人李明以及部分技术人员将加入英伟达团队。"
    )
    result = analyse("", text)
    assert "acquihire" in result.categories
    assert "lab_formation" not in result.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # Finnish glues case endings to the lab noun ("tekoälyyhtiön", "yksikön")
        ("", "Kaksi entistä Googlen tutkijaa perusti Tampereelle uuden tekoälyyhtiön."),
        ("", "Oulun yliopisto perustaa ensi vuonna oman tekoälyn tutkimusyksikön."),
        # German: a company "auf die Beine gestellt", a unit moved out into its own firm
        (
            "",
            "Zwei frühere Siemens-Ingenieure haben ein eigenes KI-Unternehmen auf die Beine gestellt.",
        ),
        ("", "Der Versicherer lagert seine KI-Sparte in eine eigenständige Gesellschaft aus."),
        # a lab "settles" in a city (落户), a centre opened (개소, उद्घाटन)
        ("", "一家人工智能实验室近日落户苏州工业园区。"),
        ("", "한빛전자가 부산에 AI 연구센터를 개소했다."),
        ("", "टेक कंपनी ने पुणे में नए एआई रिसर्च सेंटर का उद्घाटन किया।"),
        # a national institute announced; a team formed for a purpose
        ("", "The government announced a national institute for artificial intelligence in Leeds."),
        ("", "The retailer has formed a team to build its own AI assistant."),
    ],
)
def test_formation_phrasings(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # Finnish: a product launch and a funding round of a company that exists
        ("", "Tampereen tekoälyyhtiö julkaisi uuden kielimallin asiakkailleen."),
        ("", "Helsinkiläinen tekoälystartup keräsi 12 miljoonaa euroa rahoituskierroksella."),
        # a year written right before the verb that comes last: background, not news
        (
            "Neue Studie zur Sprachverarbeitung",
            "Das Kölner KI-Labor wurde 2011 gegründet und forscht seitdem an Sprache.",
        ),
        (
            "Yeni bir dil çalışması",
            "Üniversitenin yapay zeka laboratuvarı 2013'te kuruldu ve dil üzerinde çalışıyor.",
        ),
    ],
)
def test_formation_phrasings_hard_negatives(title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the company founded is the object right after the formation verb
        ("", "A veteran Google speech scientist launches a startup to make voice agents."),
        (
            "",
            "Deux anciennes de Meta créent une société pour entraîner des modèles d'IA pour le code.",
        ),
        ("", "Były szef badań w Allegro zakłada firmę rozwijającą agentów AI."),
        ("", "Ein früherer Amazon-Forscher gründet ein Start-up für KI-Agenten."),
    ],
)
def test_company_founded_as_object_is_a_formation(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the same noun as the subject, or describing a company just named
        ("", "A startup in Lyon launched a new chatbot for its bank customers."),
        (
            "",
            "Dana Ortiz co-founded Brightloom, a startup building AI agents, and later "
            "moved to Seattle.",
        ),
    ],
)
def test_company_noun_not_founded_is_no_formation(title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # money raised for a company that does not exist yet names its founding
        ("", "A former Anthropic policy lead is raising money for a new AI startup in London."),
        (
            "",
            "L'ancienne responsable produit de Google lève des fonds pour une nouvelle start-up d'IA.",
        ),
        # a research arm, a unit named as it is introduced, an AI safety institute
        ("", "A Embraer anunciou a criação de um novo braço de pesquisa dedicado à IA."),
        (
            "",
            "The insurer is creating an internal team called Beacon to build AI underwriting tools.",
        ),
        ("", "Canada launches a national AI safety institute in Montreal."),
    ],
)
def test_more_formation_phrasings(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


def test_partnership_with_a_lab_is_no_formation() -> None:
    text = "The carmaker formed a partnership with the university's AI lab in Munich."
    assert "lab_formation" not in analyse("", text).categories


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        # the company that forms the unit is where its people will work
        (
            "Samsung opens an AI research centre in Toronto",
            "It will hire forty researchers.",
            "Samsung",
        ),
        ("삼성전자, 토론토에 AI 연구센터 신설", "연구원 40명을 채용할 예정이다.", "Samsung"),
    ],
)
def test_a_formation_places_its_lab(title: str, text: str, place: str) -> None:
    a = analyse(title, text)
    assert a.categories == ("lab_formation",)
    assert a.entities.to_org == place and a.entities.from_org != place


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # joining a unit introduced by its name: the unit is new, not one that exists
        ("", "Two Corvid founders now work in a new Nvidia unit called Nvidia Minds."),
        (
            "",
            "Elena Ricci e Paolo Sarti passano a Samsung, dove guideranno una nuova "
            "divisione chiamata Samsung Minds, dedicata alla ricerca sull'IA.",
        ),
        ("", "Ayşe Demir, Samsung Minds adlı yeni bir bölümün başkanı olacak."),
        (
            "",
            "Kari Nordmann går til Nvidia for å bygge opp en ny AI-forskningsavdeling i Oslo.",
        ),
    ],
)
def test_a_new_unit_introduced_by_its_name_is_formed(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe started work at the Google AI lab in London on Monday.",
        "Jane Roe starts working at Nvidia's research lab in Zurich next month.",
        "अनीता राव ने गूगल की एआई लैब में काम शुरू किया।",
        "Kari Nordmann startet å jobbe i Googles AI-lab i Oslo på mandag.",
        "Karen Hansen startede hos Googles AI-laboratorium i København mandag.",
        "Anna de Vries begon te werken bij het AI-lab van Google in Amsterdam.",
    ],
)
def test_starting_a_job_at_a_lab_is_no_formation(text: str) -> None:
    assert "lab_formation" not in analyse("", text).categories


def test_arabic_founding_of_an_own_company_is_a_formation() -> None:
    text = "قال الباحث سامر حداد إنه غادر الشركة رغبة في تأسيس شركة خاصة لتطبيقات الروبوتات."
    assert "lab_formation" in analyse("", text).categories


def test_arabic_company_after_the_verb_is_its_subject() -> None:
    # verb first: "launched (the company) Google a new tool" names the launcher, no new company
    text = "أطلقت شركة جوجل أداة جديدة للمطورين في مختبراتها."
    assert "lab_formation" not in analyse("", text).categories


def test_italian_centre_of_excellence_brought_to_life_is_a_formation() -> None:
    text = "Il Politecnico vuole dare vita a un polo di eccellenza per l'intelligenza artificiale."
    assert "lab_formation" in analyse("", text).categories


@pytest.mark.parametrize(
    "text",
    [
        # a lab the reader already knows ("the new lab", "Nvidia's newly formed lab"): where
        # people work, not a lab formed in the news
        "Elle renforce l'équipe du nouveau laboratoire d'IA de Nvidia avec trois chercheurs.",
        "Her appointment as head of Nvidia's newly formed AI lab was confirmed on Friday.",
    ],
)
def test_the_new_lab_already_told_is_no_formation(text: str) -> None:
    assert "lab_formation" not in analyse("", text).categories


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia has a newly formed AI lab in Paris led by Jane Roe.",
        "Nvidia crée un nouveau laboratoire d'IA à Paris.",
        # "the new unit" as the subject of its clause, no one's workplace: the news itself
        "Nvidia's chief executive said in a post that the new unit will work with its AI "
        "product teams.",
        "Nvidia chief executive Jane Roe said the new AI lab will work with product teams.",
    ],
)
def test_a_new_lab_is_still_a_formation(text: str) -> None:
    assert "lab_formation" in analyse("", text).categories


@pytest.mark.parametrize(
    ("text", "formed"),
    [
        # "formare/formar una nuova …" forms an organisation; the bare verb also trains people
        ("Samsung e Nvidia si uniscono per formare una nuova società di IA.", True),
        (
            "Ana Ruiz y Luis Gil se incorporan a Samsung para formar una nueva organización "
            "llamada Samsung Minds.",
            True,
        ),
        (
            "L'azienda vuole formare nuovi ricercatori nel suo laboratorio di intelligenza "
            "artificiale.",
            False,
        ),
    ],
)
def test_forming_a_new_organisation_is_not_training(text: str, formed: bool) -> None:
    assert ("lab_formation" in analyse("", text).categories) is formed


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia opens its AI Playground lab to all users so they can try new features.",
        "Brightmoor Labs now lets anyone test experimental features of its assistant.",
        "Quillbyte launches a new agents lab feature for developers to test its agents.",
    ],
)
def test_a_lab_opened_to_users_is_no_formation(text: str) -> None:
    assert "lab_formation" not in analyse("", text).categories


@pytest.mark.parametrize(
    ("text", "formed"),
    [
        # a new unit told with its field before the noun, or in one compound
        ("John Doe joins Apple, where he will lead a new AI research unit.", True),
        (
            "Anna Weber wechselt zu Apple, wo sie eine neue KI-Forschungsabteilung leiten wird.",
            True,
        ),
        ("Karin Berg går till Apple, där hon ska leda en ny AI-forskningsavdelning.", True),
        ("Karen Hansen går til Apple, hvor hun skal lede en ny AI-forskningsafdeling.", True),
        ("Anna de Vries gaat naar Apple, waar ze een nieuwe AI-onderzoeksafdeling leidt.", True),
        # "new" before something else the unit made
        ("A new research paper from Google's AI lab shows models can plan.", False),
        ("Eine neue KI-Studie des Forschungslabors von SAP zeigt Risiken.", False),
    ],
)
def test_a_new_unit_named_by_its_field(text: str, formed: bool) -> None:
    assert ("lab_formation" in analyse("", text).categories) is formed


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Orange consolide ses équipes d'IA au sein d'une seule division."),
        ("ru", "Яндекс консолидирует команды ИИ в одном подразделении."),
        ("pl", "Allegro konsoliduje zespoły AI w jednym dziale."),
    ],
)
def test_teams_consolidated_into_one_unit_is_a_restructure(lang: str, text: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Nguyễn Văn An gia nhập Samsung để lãnh đạo một đơn vị mới có tên Samsung Minds."),
        (
            "cs",
            "Jana Nováková nastoupila do Samsungu, kde povede novou divizi s názvem Samsung Minds.",
        ),
        ("he", "דנה כהן מצטרפת לסמסונג כדי לעמוד בראש יחידה חדשה בשם Samsung Minds."),
    ],
)
def test_joining_a_new_unit_named_by_its_name_more_languages(lang: str, text: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


def test_named_to_a_post_in_a_lab_just_formed_is_no_new_unit() -> None:
    # "named" appoints here; it introduces no unit by its name
    a = analyse("", "Jane Doe joins Meta's newly formed lab and is named its chief scientist.")
    assert "lab_formation" not in a.categories


def test_consolidated_accounts_are_no_restructure() -> None:
    # the participle is the accountant's word ("consolidated revenue"); the verb told of
    # teams is the restructure
    accounts = "Le chiffre d'affaires consolidé de la division IA de Samsung a progressé de 10 %."
    teams = "Samsung consolide ses équipes d'IA dans une nouvelle division de recherche."
    assert "lab_formation" not in analyse("", accounts, lang_hint="fr").categories
    assert "lab_formation" in analyse("", teams, lang_hint="fr").categories


def test_japanese_company_founded_with_a_place_between() -> None:
    # "企業を ~ 設立": the place of the founding stands between the company and the verb
    a = analyse("", "元グーグルの研究者2人がAI企業をパリで設立した。", lang_hint="ja")
    assert "lab_formation" in a.categories


def test_a_term_that_begins_inside_a_mask_is_hidden() -> None:
    # "ผู้ร่วมก่อตั้งบริษัท" is the company's co-founder; "ก่อตั้งบริษัท" (found a company)
    # begins inside the masked title
    a = analyse("", "นายสมชาย ผู้ร่วมก่อตั้งบริษัท OpenAI ลาออกจากบริษัทแล้ว", lang_hint="th")
    assert a.categories == ("departure",)
    a = analyse("", "ทีมนักวิจัยร่วมกันก่อตั้งบริษัทสตาร์ทอัพ AI แห่งใหม่", lang_hint="th")
    assert "lab_formation" in a.categories


def test_a_korean_cofounder_title_is_no_formation() -> None:
    # "창립자" (founder) holds "창립" (founding); the lab here was founded long before
    text = "오픈AI 공동 창립자였던 김도윤 씨가 설립한 스타트업에 합류하려는 연구원들이 늘고 있다."
    assert "lab_formation" not in analyse("", text, lang_hint="ko").categories


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the quoted name, its object particle, the place, then the verb
        ("研究者2人がAI企業「Quill」をパリで設立した。", "ja"),
        ("두 연구원이 AI 스타트업 '퀼'을 파리에서 설립했다.", "ko"),
    ],
)
def test_a_quoted_company_founded_with_a_place_between(text: str, lang: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    "text",
    [
        "Maya Lindqvist starts a new AI company with engineers from Google, Meta and Amazon.",
        "Former OpenAI, Google and Nvidia researchers form a new AI lab in Paris.",
        "Ana Ruiz funda una nueva empresa de IA con ingenieros de Google, Meta y Amazon.",
    ],
)
def test_a_list_of_where_the_founders_came_from_is_no_destination(text: str) -> None:
    a = analyse("", text)
    assert a.categories == ("lab_formation",)
    assert a.entities.to_org is None


@pytest.mark.parametrize(
    "text",
    [
        "Lena Vogt joins Anthropic to lead a new interpretability team.",
        "Tomás Rivera will join Nvidia to head up a new robotics research group.",
        "Nvidia hires two Adept founders to run a new agents division.",
    ],
)
def test_hired_to_lead_a_new_unit_is_a_move_and_a_formation(text: str) -> None:
    # the unit is formed for the one who joins: both the move and the new unit are news
    assert set(analyse("", text).categories) >= {"departure", "lab_formation"}


def test_joining_a_team_formed_before_stays_a_move() -> None:
    a = analyse("", "Lena Vogt joins Anthropic's interpretability team, formed last year.")
    assert "lab_formation" not in a.categories


def test_one_persons_dismissal_is_no_job_cuts() -> None:
    # "el despido de X" names the one dismissed: the new company is still formed; job cuts
    # in a restructuring still weigh it down
    text = (
        "Lucía Ortega, que tuvo un papel en el despido de Dana Whitfield, presentó hoy la "
        "creación de Quillon Labs, una nueva compañía de inteligencia artificial."
    )
    assert "lab_formation" in analyse("", text, lang_hint="es").categories
    cuts = "Acme lays off 1,000 staff in a restructuring of its AI unit."
    assert "lab_formation" not in analyse("", cuts).categories
