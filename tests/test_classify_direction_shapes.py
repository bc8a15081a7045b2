"""Direction of a move in the shapes the press gives it: an offer goes to the
organisation making it ("Meta offers X $100m to leave OpenAI", "Microsoft hands out
retention bonuses"), from the employer of the one offered; a formation goes to the new
lab by the name the organisation table does not know ("Former DeepMind researchers
found Nimbus Labs"); an acqui-hire comes from the startup whose founders are hired,
known or not ("Google hires the founders of startup Quill"); a move told with
prepositions of origin and destination keeps its two ends apart ("troca o Google pela
Meta")."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (lang, headline, lead, from_org, to_org); None where the text names no such end
SHAPES = [
    (
        "en",
        "Meta offers Lena Vogt $100m to leave OpenAI",
        "Meta has offered OpenAI researcher Lena Vogt a package worth $100 million to leave"
        " the company, people familiar said.",
        "OpenAI",
        "Meta",
    ),
    (
        "en",
        "Microsoft is handing out retention bonuses to AI staff",
        "Microsoft is paying retention bonuses worth millions of dollars to its AI"
        " researchers to keep them from rivals.",
        None,
        "Microsoft",
    ),
    (
        "de",
        "Meta bietet Forscherin Hanna Ebert 100 Millionen Dollar",
        "Meta hat der OpenAI-Forscherin Hanna Ebert 100 Millionen Dollar geboten, damit sie"
        " OpenAI verlässt.",
        "OpenAI",
        "Meta",
    ),
    (
        "fr",
        "Meta offre 100 millions de dollars à un chercheur d'OpenAI",
        "Meta a proposé 100 millions de dollars au chercheur Luc Moreau pour qu'il quitte OpenAI.",
        "OpenAI",
        "Meta",
    ),
    (
        "nl",
        "Meta biedt onderzoeker van OpenAI 100 miljoen dollar",
        "Meta heeft onderzoeker Bram Jansen 100 miljoen dollar geboden om OpenAI te verlaten.",
        "OpenAI",
        "Meta",
    ),
    (
        "ru",
        "Meta предложила исследователю OpenAI 100 млн долларов",
        "Meta предложила исследователю Олегу Смирнову 100 млн долларов за уход из OpenAI.",
        "OpenAI",
        "Meta",
    ),
    (
        "tr",
        "Meta, OpenAI araştırmacısına 100 milyon dolar teklif etti",
        "Meta, OpenAI'dan ayrılması için araştırmacı Emre Kaya'ya 100 milyon dolar teklif etti.",
        "OpenAI",
        "Meta",
    ),
    (
        "ja",
        "メタ、OpenAIの研究者に1億ドルを提示",
        "メタはOpenAIの研究者である山田太郎氏に1億ドルの報酬を提示した。",
        "OpenAI",
        "Meta",
    ),
    (
        "ko",
        "메타, 오픈AI 연구원에 1억 달러 제안",
        "메타가 오픈AI 연구원 최민호에게 1억 달러를 제안했다.",
        "OpenAI",
        "Meta",
    ),
    (
        "zh",
        "Meta向OpenAI研究员开出1亿美元薪酬",
        "Meta向OpenAI研究员李明开出1亿美元的薪酬方案，希望他离开OpenAI。",
        "OpenAI",
        "Meta",
    ),
    (
        "en",
        "Nvidia hands out special bonuses to keep its AI engineers",
        "Nvidia is giving special bonuses to its AI engineers to keep them from leaving for"
        " rivals.",
        None,
        "Nvidia",
    ),
    (
        "en",
        "Former DeepMind researchers found Nimbus Labs",
        "A group of former DeepMind researchers has founded Nimbus Labs, a new AI startup in"
        " London.",
        "Google DeepMind",
        "Nimbus Labs",
    ),
    (
        "de",
        "Ehemalige DeepMind-Forscher gründen Nimbus Labs",
        "Ehemalige Forscher von DeepMind haben das KI-Startup Nimbus Labs gegründet.",
        "Google DeepMind",
        "Nimbus Labs",
    ),
    (
        "es",
        "Exingenieros de OpenAI lanzan Ember Labs",
        "Varios exingenieros de OpenAI han fundado Ember Labs, una startup de agentes de IA.",
        "OpenAI",
        "Ember Labs",
    ),
    (
        "pl",
        "Byli badacze DeepMind zakładają Nimbus Labs",
        "Byli badacze z DeepMind założyli startup Nimbus Labs.",
        "Google DeepMind",
        "Nimbus Labs",
    ),
    (
        "id",
        "Mantan insinyur OpenAI dirikan Ember Labs",
        "Sejumlah mantan insinyur OpenAI mendirikan startup bernama Ember Labs.",
        "OpenAI",
        "Ember Labs",
    ),
    (
        "ja",
        "DeepMind出身の研究者らがNimbus Labsを設立",
        "DeepMind出身の研究者らが新たなAIスタートアップNimbus Labsを設立した。",
        "Google DeepMind",
        "Nimbus Labs",
    ),
    (
        "ko",
        "딥마인드 출신 연구원들, Nimbus Labs 창업",
        "딥마인드 출신 연구원들이 AI 스타트업 Nimbus Labs를 창업했다.",
        "Google DeepMind",
        "Nimbus Labs",
    ),
    (
        "zh",
        "前DeepMind研究员创立Nimbus Labs",
        "几名前DeepMind研究员创立了人工智能初创公司Nimbus Labs。",
        "Google DeepMind",
        "Nimbus Labs",
    ),
    (
        "en",
        "Google hires the founders of startup Quill and licenses its tech",
        "Google has hired the founders of the AI startup Quill and will license its technology"
        " in a deal worth $40 million.",
        "Quill",
        "Google",
    ),
    (
        "en",
        "Microsoft hires team behind startup Quillbyte",
        "Microsoft has hired the team behind the startup Quillbyte and will license its models.",
        "Quillbyte",
        "Microsoft",
    ),
    (
        "fr",
        "Google recrute les fondateurs de la start-up Quill",
        "Google a recruté les fondateurs de la start-up Quill et obtient une licence sur sa"
        " technologie.",
        "Quill",
        "Google",
    ),
    (
        "ru",
        "Google нанимает основателей стартапа Quill",
        "Google нанял основателей стартапа Quill и лицензировал его технологию.",
        "Quill",
        "Google",
    ),
    (
        "tr",
        "Google, Quill girişiminin kurucularını işe aldı",
        "Google, yapay zeka girişimi Quill'in kurucularını işe aldı ve teknolojisini lisansladı.",
        "Quill",
        "Google",
    ),
    (
        "ja",
        "グーグル、スタートアップQuillの創業者を採用",
        "グーグルはスタートアップQuillの創業者らを採用し、同社の技術のライセンスを取得した。",
        "Quill",
        "Google",
    ),
    (
        "zh",
        "谷歌聘用初创公司Quill创始人",
        "谷歌聘用了初创公司Quill的创始团队，并获得其技术授权。",
        "Quill",
        "Google",
    ),
    (
        "pt",
        "Rita Sousa troca o Google pela Meta",
        "A pesquisadora Rita Sousa deixou o Google e vai para a Meta.",
        "Google",
        "Meta",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "origin", "target"), SHAPES)
def test_direction_of_each_shape(
    lang: str, title: str, text: str, origin: str | None, target: str | None
) -> None:
    a = analyse(title, text, lang_hint=lang)
    assert a.categories
    assert (a.entities.from_org, a.entities.to_org) == (origin, target)


# the two ends a move names with prepositions of origin and destination stay in order
FROM_TO = [
    ("es", "La investigadora Carmen Vidal se marcha de Google a Meta."),
    ("de", "Der KI-Forscher Jonas Weber wechselt von Google zu Meta."),
    ("pl", "Badaczka Anna Wiśniewska przeszła z Google do Meta."),
    ("ru", "Исследовательница Мария Орлова ушла из Google в Meta."),
    ("tr", "Araştırmacı Ayşe Demir, Google'dan Meta'ya transfer oldu."),
    ("zh", "人工智能研究员王磊从谷歌跳槽到Meta，负责大模型研发。"),
    ("ko", "박지훈 연구원이 구글에서 메타로 자리를 옮겼다."),
    ("ja", "AI研究者の佐藤健太氏がグーグルからメタへ移籍した。"),
    ("pt", "A pesquisadora Rita Sousa troca o Google pela Meta."),
]


@pytest.mark.parametrize(("lang", "text"), FROM_TO)
def test_prepositions_of_origin_keep_the_direction(lang: str, text: str) -> None:
    a = analyse("", text, lang_hint=lang)
    assert "departure" in a.categories
    assert (a.entities.from_org, a.entities.to_org) == ("Google", "Meta")
