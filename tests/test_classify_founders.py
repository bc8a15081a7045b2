"""Founders and the recent past.

A lab or startup founded by someone described as a former member of a named
organisation ("former OpenAI CTO launches …", "ex-DeepMind researchers start a lab") is
also a departure from that organisation, in every language's word for "former"; a
biography line that names a former employer without a formation is not. The recent past
("acaba de contratar", "vient de racheter") is an event, not a plan.
"""

from __future__ import annotations

import pytest

from watcher.classify import analyse
from watcher.dedup.signature import event_signature

FOUNDERS = [
    ("en", "Former Google Brain researcher Lena Hartmann launches a new AI startup in Berlin."),
    ("en", "Ex-DeepMind scientists start a new AI lab focused on robotics."),
    ("de", "Die ehemalige Meta-Forscherin Jana Vogel gründet ein eigenes KI-Start-up."),
    (
        "fr",
        "L'ancien directeur de recherche de Google, Paul Moreau, fonde sa propre start-up d'IA.",
    ),
    (
        "es",
        "El ex ingeniero de OpenAI Diego Ramírez funda una nueva startup de inteligencia artificial.",
    ),
    (
        "pt",
        "O ex-pesquisador da Meta Rafael Costa cria uma nova startup de inteligência artificial.",
    ),
    (
        "it",
        "L'ex ricercatrice di Google Giulia Ferri fonda una nuova startup di intelligenza artificiale.",
    ),
    ("pl", "Były badacz OpenAI Tomasz Nowak zakłada nowy startup AI."),
    ("ru", "Бывший исследователь Google Иван Петров основал новый ИИ-стартап."),
    ("tr", "OpenAI'ın eski araştırmacısı Emre Yılmaz yeni bir yapay zeka girişimi kurdu."),
    ("id", "Mantan peneliti Google Budi Santoso mendirikan startup AI baru."),
    ("vi", "Cựu kỹ sư của Google Nguyễn Văn An thành lập công ty khởi nghiệp AI mới."),
    ("ja", "グーグルの元研究者、佐藤健氏が新たなAIスタートアップを設立した。"),
    ("zh", "谷歌前研究员李明创立了一家新的人工智能初创公司。"),
]


@pytest.mark.parametrize(("lang", "text"), FOUNDERS)
def test_a_former_member_who_founds_a_lab_has_left(lang: str, text: str) -> None:
    result = analyse("", text, lang_hint=lang)
    assert {"departure", "lab_formation"} <= set(result.categories)
    assert result.entities.from_org is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a biography line: no formation
        ("en", "A former Google engineer said the new model was impressive."),
        ("fr", "Un ancien ingénieur de Google estime que le modèle est décevant."),
        # the formation is told before the former member, who comments on it
        ("en", "Meta launched a new AI lab on Monday, a former Google engineer said."),
        # the thing launched is a product
        ("en", "Former OpenAI researcher Sam Lee launches a new chatbot app for students."),
        # "目前" (currently), "ในอดีต" (in the past), "पूर्व में" (earlier) hold the word for
        # "former" but name no former member
        ("zh", "目前，谷歌首席执行官皮查伊宣布成立新的人工智能实验室。"),
        ("th", "ในอดีต นักวิจัยของ Google เคยก่อตั้งห้องแล็บ AI ใหม่"),
        ("hi", "पूर्व में Google के शोधकर्ता राहुल शर्मा ने एक नई AI लैब शुरू की थी।"),
        # a round of a lab founded in the past
        ("en", "Nova Labs, founded in 2021 by former Google staff, raised $40 million."),
    ],
)
def test_a_former_member_without_a_formation_is_no_move(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories


def test_korean_former_word_stands_alone() -> None:
    # "전" (former) before an organisation is a word of its own; inside "전략" (strategy)
    # it is no "former"
    assert (
        "departure"
        in analyse("", "전 네이버 연구원 박민수 씨가 새 AI 스타트업을 창업했다.").categories
    )
    assert (
        "departure"
        not in analyse("", "네이버 전략 담당 박민수 씨가 새 AI 스타트업을 창업했다.").categories
    )


def test_a_founders_move_links_as_the_formation() -> None:
    # the move itself was news before: the launch is linked as a formation
    result = analyse("", "Former OpenAI CTO Mira Murati launches a new AI startup.")
    assert "departure" in result.categories
    sig = event_signature(result, text="Former OpenAI CTO Mira Murati launches a new AI startup.")
    assert sig is not None
    assert sig.category == "lab_formation"
    assert "departure" not in sig.categories


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        ("es", "Meta acaba de comprar la startup Lumo y contratar a sus fundadores.", "acquihire"),
        (
            "pt",
            "O Google acaba de comprar a startup Lumo e contratar os seus fundadores.",
            "acquihire",
        ),
        (
            "fr",
            "Google vient de racheter la start-up Lumo et d'embaucher ses fondateurs.",
            "acquihire",
        ),
        # no name right after the verb, where a bare "de" would read as a purpose
        ("es", "Meta acaba de contratar a dos investigadores de OpenAI.", "departure"),
        ("fr", "Meta vient de recruter deux chercheurs d'OpenAI.", "departure"),
        ("pt", "A Meta acaba de contratar dois pesquisadores da OpenAI.", "departure"),
    ],
)
def test_the_recent_past_is_no_plan(lang: str, text: str, category: str) -> None:
    assert category in analyse("", text, lang_hint=lang).categories


def test_a_plan_stays_a_plan() -> None:
    # "planea contratar": planned, not done
    result = analyse("", "Meta planea contratar investigadores de OpenAI.", lang_hint="es")
    assert "departure" not in result.categories


def test_the_lab_a_former_member_founded_is_background() -> None:
    # "X 创办的 Y": the lab that X founded, named as background
    text = "过去一年里，前谷歌研究员李明创办的深言实验室一直备受业界关注。"
    assert "departure" not in analyse("", text).categories


def test_no_formation_no_founders_move() -> None:
    # the formation itself scores too low to be reported (a café, no lab): the move read
    # from it goes too
    result = analyse("", "前谷歌研究员李明创立了一家咖啡馆。")
    assert "lab_formation" not in result.categories
    assert "departure" not in result.categories


def test_without_the_formation_the_other_move_of_the_sentence_still_counts() -> None:
    # the startup former Alibaba staff founded is background; its two engineers' move to
    # Tencent is the news
    result = analyse("", "前阿里巴巴员工创办的语音AI初创公司的两名核心工程师已跳槽至腾讯。")
    assert "lab_formation" not in result.categories
    assert "departure" in result.categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "hired its CEO and much of the startup's staff": the price is the deal's, not pay
        (
            "en",
            "Oracle hired the chief executive of Corva and much of the startup's staff, and paid "
            "about $400 million for access to its models.",
        ),
        # a deal "to bring X aboard" ("para incorporar a")
        (
            "es",
            "El acuerdo, valorado en 900 millones de dólares, sirve para incorporar a Lucía Gómez, "
            "cofundadora de la startup Brisa, y a parte de su equipo de investigación.",
        ),
    ],
)
def test_acquihire_phrasing(lang: str, text: str) -> None:
    result = analyse("", text, lang_hint=lang)
    assert "acquihire" in result.categories
    assert "offer" not in result.categories


def test_german_plural_past_of_leaving() -> None:
    # "verließen" (they left), beside "verließ"
    text = "Die beiden Forscherinnen verließen im Sommer Google, um ein eigenes KI-Start-up zu gründen."
    assert "departure" in analyse("", text, lang_hint="de").categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the participle of a relative clause: "покинувший Google" (who left Google)
        ("ru", "Иван Петров, покинувший Google в прошлом месяце, основал ИИ-стартап."),
        # "người rời Google" (who left Google)
        (
            "vi",
            "Nguyễn Văn An, người rời Google tháng trước, đã thành lập một công ty khởi nghiệp AI.",
        ),
    ],
)
def test_one_who_left_and_founds(lang: str, text: str) -> None:
    result = analyse("", text, lang_hint=lang)
    assert {"departure", "lab_formation"} <= set(result.categories)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the infinitive after "for å", "för att": leaving to found one's own company
        ("", "Forskeren Kari Berg forlater Nordlys for å etablere sitt eget selskap innen KI."),
        ("", "Forskaren Anna Lind lämnar Polstjärnan för att etablera ett eget AI-bolag."),
        # a centre that opens its doors
        (
            "",
            "Det nya AI-centret slog upp portarna i Umeå på måndagen, med forskare från tre universitet.",
        ),
        # a founder who becomes co-founder of the new company
        ("", "Lars Holm kommer att stå som medgrundare till det nya AI-bolaget Fjällstorm."),
        # Thai: "set up a company" holds the company in the verb
        ("", "นายวิชัย ศรีสุข อดีตนักวิจัยของบริษัทสยามเทค ได้ตั้งบริษัทใหม่ด้าน AI ขึ้นในกรุงเทพฯ"),
        # researchers who embark on a new venture "called" X
        (
            "",
            "Tre ricercatori di Alpina AI si sono imbarcati in una nuova impresa denominata "
            "Vetta Labs, dedicata all'intelligenza artificiale.",
        ),
    ],
)
def test_a_new_company_told_by_its_founders_is_a_formation(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "创办人工智能…": the founding verb before the word for AI, not "创办人" (founder)
        ("前OpenAI研究员张伟创办人工智能初创公司Quillmark。", "zh"),
        # money raised by former members to found a company is no round of an existing one
        (
            "Former OpenAI researchers start a new AI company, Quillmark, with $50 million in seed "
            "funding.",
            "en",
        ),
    ],
)
def test_founders_start_a_company(text: str, lang: str) -> None:
    assert "lab_formation" in analyse("", text, lang_hint=lang).categories


def test_a_name_before_a_chinese_founding_verb_is_found() -> None:
    a = analyse("", "前谷歌研究员李明创立了一家人工智能公司。", lang_hint="zh")
    assert "Li Ming" in a.entities.people
