"""A company's own AI unit formed, split, merged or reorganised is a lab formation; the
same unit named in news about its staff, its cuts or its products is not."""

from __future__ import annotations

import pytest

from watcher.classify import analyse


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # split into groups: the verb and "into" around the unit
        ("", "Corvale is dividing its artificial intelligence group into four teams, a memo said."),
        ("", "Corvale has split its AGI team into research and product groups."),
        # broken up, folded in
        ("", "Pellworth is breaking up its central AI team after two years of delays."),
        ("", "Pellworth's speech lab will be folded into its new artificial intelligence centre."),
        # a centre named by the spelled-out field
        ("", "Ostrava Motors opened an artificial intelligence centre in Brno on Monday."),
        # verb-final clause: the verb is far from the unit's first word, close to its last
        (
            "",
            "Der Chiphersteller Halden will seinen Bereich für künstliche Intelligenz "
            "noch in diesem Sommer vollständig umstrukturieren.",
        ),
        ("", "Le groupe Marivaux scinde son département d'intelligence artificielle en deux."),
        ("", "A Meridiana vai dividir a sua divisão de inteligência artificial em três grupos."),
        ("", "Firma Orlik podzieli swoje laboratorium sztucznej inteligencji na dwa zespoły."),
        ("", "Компания «Вега» разделит подразделение искусственного интеллекта на три группы."),
        ("", "Kuzey Yazılım yapay zeka birimini iki gruba ayırdı."),
        ("", "חברת אלון מפצלת את מעבדת הבינה המלאכותית שלה לשתי קבוצות."),
        ("", "شركة الواحة تفتتح مركزا جديدا لأبحاث الذكاء الاصطناعي في الرياض."),
        ("", "Công ty Bạch Đằng thành lập nhóm trí tuệ nhân tạo mới tại Hà Nội."),
        ("", "黄河科技宣布，旗下AI实验室将整体并入大模型团队。"),
        # a ministry or agency is neuter in Slavic languages: "создало", "utworzyło"
        ("", "Агентство инноваций создало лабораторию искусственного интеллекта в Казани."),
        ("", "Ministerstwo Nauki otworzyło centrum badawcze sztucznej inteligencji w Gdańsku."),
        # a team spun off as a company of its own, a new subsidiary for the work
        ("", "Pellworth is spinning off its computer vision team into a separate company."),
        ("", "Tập đoàn Sao Mai thành lập công ty con về trí tuệ nhân tạo."),
        (
            "",
            "Corvale announced a new team to build superintelligence, led by its chief scientist.",
        ),
    ],
)
def test_a_unit_split_merged_or_opened_is_a_formation(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the unit's staff: a departure, not a formation
        ("", "Corvale's artificial intelligence group lost another researcher to a rival lab."),
        # cuts in a unit
        ("", "Pellworth is cutting 400 jobs in its AI team as part of a cost review."),
        # people absorbed into a department in an acqui-hire (员工并入部门)
        ("", "声谷的约二十名工程师将并入字节跳动的语音部门，其产品下月停止服务。"),
        # a product of the unit
        ("", "Ostrava Motors' artificial intelligence centre unveiled a new driver-assist app."),
        # verbs of splitting that also mean sharing, or a preposition read as a particle
        (
            "",
            "Firma Orlik podzieliła się wynikami badań swojego laboratorium sztucznej inteligencji.",
        ),
        ("", "Die KI-Abteilung von Halden teilt ihre Ergebnisse auf der Konferenz in Wien mit."),
        ("", "Divisi AI perusahaan Nusa Tel membagi hasil risetnya secara terbuka."),
        ("", "Il convegno di Torino riunisce i principali laboratori di intelligenza artificiale."),
        ("", "Pellworth's AI lab breaks up with its cloud provider after a pricing dispute."),
        # "units" sold, a structure described, not changed
        ("", "Tarragon started shipping 10 million units of its AI-powered handset."),
        ("", "在长江科技的组织架构中，AI实验室隶属于技术中台，由首席科学家负责。"),
        # "announces a new" chief or partner for a unit: an appointment, a deal
        ("", "Corvale announces a new chief for its AI division after a year-long search."),
        ("", "Pellworth announced a new partnership between its AI lab and a news agency."),
        # someone hired to run a new team: the hire is the news
        (
            "",
            "Lena Ortiz, who built search ranking at Corvale, will run a new applied research "
            "team in Madrid, Pellworth said.",
        ),
    ],
)
def test_a_unit_in_other_news_is_no_formation(title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text).categories


def test_a_units_infrastructure_team_is_no_funding_round() -> None:
    # "infrastructure" is also a spending word; beside a unit it names one of its groups
    text = (
        "Corvale's superintelligence lab will be split into four groups covering research, "
        "products and infrastructure, a memo said."
    )
    assert "lab_formation" in analyse("", text).categories


def test_a_labs_round_for_infrastructure_is_still_a_round() -> None:
    text = (
        "Lumen Labs, the AI company, raised $400 million to build data centres and infrastructure."
    )
    assert "lab_formation" not in analyse("", text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a centre inaugurated, installed, set up or "given" to a place or an organisation
        ("", "Le groupe Marivaux va inaugurer son nouveau centre de recherche en IA à Lyon."),
        ("", "Marivaux a choisi d'installer son nouveau centre de recherche en IA près de Nantes."),
        ("", "L'université de Brest se dote d'un laboratoire d'intelligence artificielle."),
        ("", "Il gruppo Orsini si dota di un laboratorio di intelligenza artificiale a Bari."),
        ("", "La Regione avrà il suo laboratorio di intelligenza artificiale entro l'estate."),
        ("", "El grupo Alcaraz se dota de un laboratorio de inteligencia artificial en Bilbao."),
        (
            "",
            "Das Land investiert in den Aufbau eines Forschungslabors für künstliche Intelligenz.",
        ),
        ("", "Sachsen bekommt ein eigenes Forschungslabor für künstliche Intelligenz."),
        ("", "Die Firma Halden eröffnet im Herbst ihr neues Forschungslabor für KI in Jena."),
        ("", "The city of Tarn gets its own artificial intelligence research lab next year."),
        ("", "Anadolu Yazılım, Ankara'da yeni bir yapay zeka araştırma merkezi kurduğunu duyurdu."),
        ("", "Phú Sơn khởi công trung tâm nghiên cứu trí tuệ nhân tạo tại Đà Nẵng."),
        ("", "A universidade anunciou um novo instituto de inteligência artificial em Braga."),
        # a research hub, a team of experts assembled for a new company
        ("", "Corvale abrirá en Valencia un hub de investigación en inteligencia artificial."),
        (
            "",
            "Para su nueva empresa de IA, Tomás Ferrer ha reunido un equipo de investigadores "
            "procedentes de Google.",
        ),
        # a centre of excellence for AI
        ("", "सागर टेक ने पुणे में एआई के लिए अपना उत्कृष्टता केंद्र खोलने की घोषणा की।"),
        ("", "Corvale launched a Centre of Excellence for artificial intelligence in Leeds."),
        # a national AI centre (مرکز ملی)
        ("", "دولت مرکز ملی هوش مصنوعی را در تهران راه‌اندازی می‌کند."),
    ],
)
def test_a_centre_opened_or_set_up_in_a_place_is_a_formation(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a medical or chemistry laboratory, with no AI in sight
        ("", "L'hôpital de Brest se dote d'un nouveau scanner pour son laboratoire d'analyses."),
        ("", "Die Klinik in Jena bekommt ein neues Labor für Blutanalysen."),
        ("", "La universidad se dota de un nuevo laboratorio de química para sus alumnos."),
        # an office opened, a product installed, a degree course started
        ("", "Anadolu Yazılım, İzmir'de yeni bir satış ofisi açtığını duyurdu."),
        ("", "La banque va installer un chatbot d'IA dans ses agences d'ici juin."),
        (
            "",
            "Tre atenei danno vita a un nuovo corso di laurea in intelligenza artificiale a Pavia.",
        ),
        # a lab that each team has: a description, no new lab
        ("", "Ogni reparto ha il suo laboratorio per provare il nuovo modello di IA."),
    ],
)
def test_a_lab_or_office_in_other_news_is_no_formation(title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a subsidiary founded, a unit spun out of a group
        ("", "Der Chiphersteller Halden gründet eine Tochterfirma für KI-Software in München."),
        (
            "",
            "Die Einheit Nordlicht AI wird aus dem Konzern Halden ausgegründet, teilte Halden mit.",
        ),
    ],
)
def test_a_subsidiary_founded_or_spun_out_is_a_formation(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the lab "founded by" someone (Portuguese and Italian contract "by" with the article)
        (
            "",
            "A Lumen Labs, startup de inteligência artificial fundada pela ex-diretora do "
            "Google Ana Souza, anunciou hoje uma parceria com a Microsoft.",
        ),
        (
            "",
            "La Vetta Labs, startup di intelligenza artificiale fondata dalla ex ricercatrice "
            "di Google Giulia Neri, ha firmato un accordo con Microsoft.",
        ),
    ],
)
def test_the_lab_someone_founded_is_background(title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a lab-shaped name with a word between the field and "Institute"
        ("", "In Leiden opent op 1 maart het Leiden Artificial Intelligence Robotics Institute."),
        ("", "Corvale opened the Corvale AI Systems Institute in Leeds on Monday."),
    ],
)
def test_a_lab_shaped_name_with_a_word_between_is_a_lab(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


def test_the_headline_names_the_field_of_a_unit_the_lead_restructures() -> None:
    # the lead says "research labs" and "a centre"; only the headline says they are AI's
    text = (
        "한빛정책연구원은 내년 1월 1일 자로 조직을 개편한다고 밝혔다. "
        "기존 6개 연구실 체제를 3개 연구실과 1개 센터로 재편한다."
    )
    assert "lab_formation" in analyse("AI 연구 역량 강화…한빛정책연구원 조직 개편", text).categories
    assert (
        "lab_formation" not in analyse("연구 역량 강화…한빛정책연구원 조직 개편", text).categories
    )


def test_a_startup_bought_that_someone_founded_is_no_formation() -> None:
    # German puts the participle before the auxiliary at the end of a relative clause
    text = "Halden übernimmt ein KI-Start-up, das von ehemaligen Google-Forschern gegründet wurde."
    assert "lab_formation" not in analyse("", text).categories


def test_a_unit_of_an_ai_lab_needs_no_ai_word() -> None:
    # an organisation marked `ai` (or a startup or lab) places a unit in the field
    assert (
        "lab_formation" in analyse("Anthropic creates a new interpretability unit", "").categories
    )
    assert "lab_formation" not in analyse("Acme creates a new logistics unit", "").categories


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Velora restrukturiert seine KI-Gruppe in drei Teams.", "de"),
        ("Velora réorganise son groupe d'IA en trois équipes.", "fr"),
        ("Velora reorganiza su grupo de IA en tres equipos.", "es"),
        ("Velora riorganizza il gruppo di IA in tre team.", "it"),
        ("Veloraが、AIグループを3つのチームに再編した。", "ja"),
        ("Velora объявила о формировании новой исследовательской команды по ИИ.", "ru"),
    ],
)
def test_an_ai_group_reorganised_is_a_unit_restructured(text: str, lang: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Bank restrukturiert ihre IT-Abteilung.", "de"),
        ("Le club réorganise son équipe technique.", "fr"),
        ("El banco reestructura su división de riesgos.", "es"),
    ],
)
def test_a_unit_outside_the_field_reorganised_is_none(text: str, lang: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories
