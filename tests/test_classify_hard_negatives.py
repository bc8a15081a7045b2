"""News that shares the words of a move and is none: a move denied or negated, job cuts,
a funding round, a service offered for free, hiring that goes on; and the moves beside
them that still are news."""

from __future__ import annotations

import pytest

from watcher.classify import analyse


@pytest.mark.parametrize(
    ("title", "text", "absent"),
    [
        (
            "Chipmaker's chief says he is not leaving",
            "Northwind Semiconductor chief executive Tom Hale said he is not leaving the "
            "company, after a trade paper reported he would quit once the merger closes.",
            "departure",
        ),
        (
            "Anthropic says its co-founder will not be stepping down",
            "A spokesperson for Anthropic said co-founder Mara Quist will not be stepping down "
            "from the company, after a blog reported she would leave for Google.",
            "departure",
        ),
        (
            "Cloud firms trim staff as budgets move to AI",
            "Meta, Amazon and Google have collectively shed more than 9,000 roles this year "
            "while spending more on AI infrastructure.",
            "departure",
        ),
        (
            "Job cuts spread across big tech",
            "Microsoft and Amazon are losing hundreds of engineers this quarter, the "
            "companies said.",
            "departure",
        ),
        (
            "Mistral AI in talks for a new round",
            "Mistral AI CEO Arthur Mensch is meeting investors about a new funding round that "
            "could value the company at $40 billion, with the investment going to data centres.",
            "acquihire",
        ),
        (
            "Teachers' union opens an AI academy with tech partners",
            "The academy, a $23 million initiative backed by Microsoft and OpenAI, will offer "
            "free AI courses to all of the union's members.",
            "offer",
        ),
        (
            "Why pay for AI talent keeps climbing",
            "The most sought-after researchers now receive packages worth tens of millions of "
            "dollars in stock and guaranteed pay.",
            "offer",
        ),
        (
            "Lumen Labs ships its first product",
            "When Ada Sorel left OpenAI last year to start Lumen Labs, she promised tools for "
            "researchers; on Tuesday the company released a fine-tuning service.",
            "departure",
        ),
        (
            "",
            "Quando Ada Sorel ha lasciato OpenAI, molti si sono chiesti quale sarebbe stato il "
            "suo prossimo passo: oggi la sua azienda presenta un nuovo servizio.",
            "departure",
        ),
        (
            "Former Google chief joins the board of a drone startup",
            "Eric Schmidt has joined the board of directors of Helsing, the defence company said.",
            "departure",
        ),
        (
            "Anthropic adds a former general to its board",
            "Anthropic said retired general Ann Vey has joined its board as an independent "
            "director.",
            "departure",
        ),
        (
            "Safe Superintelligence is not for sale, says its co-founder",
            "Co-founder Ilya Sutskever said the startup rejected acquisition offers, including "
            "one from Meta, and that its team will stay independent.",
            "acquihire",
        ),
        (
            "구글, AI 스타트업 투자 펀드 출범",
            "구글이 초기 AI 스타트업에 투자하는 새 펀드를 출범했다.",
            "lab_formation",
        ),
        (
            "Nvidia-Chef besucht Berlin",
            "Der Chef des Chipkonzerns Nvidia, Jensen Huang, traf sich mit Bundeskanzlerin Eva "
            "Roth und kündigte Investitionen in Rechenzentren an.",
            "departure",
        ),
        (
            "OpenAI eröffnet Büro in München",
            "Der ChatGPT-Entwickler OpenAI eröffnet sein erstes Büro in Deutschland und will dort "
            "Mitarbeiter für Vertrieb und Forschung einstellen.",
            "departure",
        ),
        (
            "Meta sa thải 3.600 nhân viên",
            "Meta cắt giảm khoảng 5% nhân sự trong đợt tái cấu trúc tập trung vào AI.",
            "departure",
        ),
        (
            "مايكروسوفت تضخ 1.5 مليار دولار في شركة جي 42",
            "أعلنت مايكروسوفت ضخ 1.5 مليار دولار في شركة جي 42، وسينضم رئيسها براد سميث "
            "إلى مجلس إدارتها.",
            "departure",
        ),
        (
            "Why top AI researchers can command eight-figure pay",
            "Researchers who train frontier models can command salaries of $10 million a year, "
            "recruiters at Google and OpenAI say.",
            "offer",
        ),
        (
            "Alphabet chief weighs in on employee poaching",
            "Google CEO Sundar Pichai said employee poaching by rivals has not changed the "
            "company's retention figures.",
            "departure",
        ),
        (
            "Star engineer quits Apple for Meta in $15 million deal amid the talent war",
            "The engineer, who led on-device models, has jumped ship to Meta as the AI talent "
            "war escalates.",
            "acquihire",
        ),
        (
            "OpenAI hires three founding members of a rival lab",
            "OpenAI has recruited Ana Ruiz, Ben Ode and Kai Lund, founding members of Helix Lab, "
            "the AI startup set up by former Google researchers.",
            "lab_formation",
        ),
        (
            "Acqui-hires are on the rise",
            "Why the acqui-hire became the favourite deal of the AI boom, and what it means for "
            "founders.",
            "acquihire",
        ),
        (
            "Chipmaker halts AI hiring",
            "Orbis Semiconductor has temporarily halted hiring in its artificial intelligence "
            "division after onboarding more than 40 researchers and engineers, the company said.",
            "departure",
        ),
        (
            "Musk offers $97.4 billion for OpenAI",
            "Elon Musk and a group of investors offered $97.4 billion for the nonprofit that "
            "controls OpenAI.",
            "offer",
        ),
        (
            "Sam Altman: OpenAI tidak akan dijual",
            "CEO OpenAI Sam Altman menegaskan perusahaannya tidak akan dijual kepada Elon Musk "
            "yang menawarkan US$97,4 miliar.",
            "offer",
        ),
        (
            "Google PHK ratusan karyawan divisi cloud",
            "Google memberhentikan ratusan karyawan di divisi cloud sebagai bagian dari "
            "restrukturisasi untuk fokus pada AI.",
            "lab_formation",
        ),
        (
            "Safe Superintelligence raises $2 billion",
            "Safe Superintelligence, which Ilya Sutskever co-founded after leaving OpenAI, "
            "raised $2 billion at a $32 billion valuation.",
            "departure",
        ),
        (
            "Alphabet to continue hiring engineers",
            "Google will keep adding engineers next year, its chief executive told staff.",
            "departure",
        ),
    ],
)
def test_no_category_from_a_hard_negative(title: str, text: str, absent: str) -> None:
    assert absent not in analyse(title, text).categories


def test_a_named_executive_leaving_amid_job_cuts_is_still_a_departure() -> None:
    a = analyse(
        "Orbiton cuts 2,000 jobs",
        "Orbiton's head of AI research, Maria Lopez, left the company to join Anthropic, "
        "people familiar with the matter said.",
    )
    assert "departure" in a.categories


def test_a_stake_taken_to_bring_in_a_founder_is_still_an_acquihire() -> None:
    a = analyse(
        "Vexa takes a stake in Lumen Labs and hires its founder",
        "Vexa is investing $2 billion in Lumen Labs in exchange for a minority stake, and "
        "the startup's founder and chief executive Ada Sorel will join Vexa with her team.",
    )
    assert "acquihire" in a.categories


def test_an_offer_by_a_described_company_is_still_an_offer() -> None:
    a = analyse("A Dutch AI startup offers researchers a $5 million signing bonus", "")
    assert "offer" in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Le patron de Mistral AI ne quittera pas l'entreprise",
            "Arthur Mensch ne quitte pas Mistral AI, a indiqué un porte-parole.",
        ),
        (
            "El jefe de IA de Meta no dejará la compañía",
            "Yann LeCun no dejará Meta, aseguró un portavoz de la empresa.",
        ),
        ("阿里巴巴AI负责人不会离开公司", "阿里巴巴发言人表示，通义实验室负责人不会离职。"),
        (
            "Szef AI w Allegro nie odchodzi z firmy",
            "Szef działu AI w Allegro nie odchodzi do Google, poinformowała spółka.",
        ),
        (
            "Apple tried and failed to poach Google's search chief",
            "Apple failed to lure Google search executive Ben Gomes to Cupertino, people "
            "familiar with the talks said.",
        ),
        (
            "Apple、Googleの検索担当役員の引き抜きに失敗",
            "AppleがGoogleの検索担当役員ベン・ゴメス氏を引き抜こうとして失敗していた。",
        ),
        (
            "Anthropic's research chief could leave, analysts say",
            "Jared Vale could leave Anthropic next year, two analysts wrote in a note.",
        ),
    ],
)
def test_a_negated_or_hypothetical_move_is_no_departure(title: str, text: str) -> None:
    assert "departure" not in analyse(title, text).categories


def test_a_founding_told_with_the_move_that_led_to_it_is_still_news() -> None:
    a = analyse(
        "Former OpenAI executive starts a lab",
        "Ada Sorel founded Lumen Labs after leaving OpenAI, she said on Tuesday.",
    )
    assert {"departure", "lab_formation"} <= set(a.categories)


def test_a_former_board_member_who_joins_a_lab_still_moves() -> None:
    a = analyse(
        "Former OpenAI board member joins Anthropic",
        "Maria Lopez, a former OpenAI board member, joins Anthropic as head of policy.",
    )
    assert "departure" in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Senior engineers quit big tech for young startups",
            "Veteran engineers are stepping away from firms like Amazon, Microsoft and "
            "Nvidia to join small companies building AI agents, a recruiter survey says.",
        ),
        (
            "",
            "Giants such as Google and Meta keep poaching researchers from universities, "
            "professors told a hearing on Thursday.",
        ),
        (
            "Les chercheurs quittent les géants du numérique",
            "Des chercheurs quittent des groupes comme Google et Meta pour rejoindre de "
            "jeunes laboratoires, selon une étude publiée mardi.",
        ),
    ],
)
def test_organisations_named_only_as_examples_of_a_trend_are_no_departure(
    title: str, text: str
) -> None:
    assert "departure" not in analyse(title, text).categories


def test_a_named_person_leaving_a_company_named_as_an_example_still_moves() -> None:
    a = analyse(
        "Veteran researcher leaves a giant like Google for a startup",
        "Lena Hartwig left Google after twelve years to join the robotics startup Skyforge.",
    )
    assert "departure" in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "How the reverse acqui-hire works",
            "Rather than buying a young company outright, a large tech firm hires its "
            "founders and most of its engineers and pays for a licence to its models.",
        ),
        (
            "",
            "大手企業はスタートアップを丸ごと買収するのではなく、創業者や研究者だけを迎え入れる"
            "手法を取っている。",
        ),
    ],
)
def test_the_acquihire_practice_explained_with_no_party_named_is_no_acquihire(
    title: str, text: str
) -> None:
    assert "acquihire" not in analyse(title, text).categories


def test_an_acquihire_told_against_an_outright_purchase_still_counts() -> None:
    a = analyse(
        "Microsoft hires Inflection's founders instead of buying the startup",
        "Instead of acquiring Inflection AI, Microsoft hired its co-founders and most of its "
        "staff and paid for a licence to its models.",
    )
    assert "acquihire" in a.categories


def test_a_move_with_nobody_and_no_organisation_named_is_no_departure() -> None:
    a = analyse(
        "",
        "Top research talent keeps moving to where the compute is, and founders keep "
        "recruiting from the labs they left, an investor wrote.",
    )
    assert "departure" not in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Robotics startup sues Tesla over poaching its engineers",
            "Halcyon Robotics filed a lawsuit claiming Tesla hired away a dozen of its staff to "
            "get at its motion-planning code.",
        ),
        (
            "",
            "某机器人公司起诉特斯拉，指控其挖走多名工程师以获取商业秘密。",
        ),
    ],
)
def test_a_lawsuit_over_poaching_with_no_mover_named_is_no_departure(title: str, text: str) -> None:
    assert "departure" not in analyse(title, text).categories


def test_a_named_engineer_sued_after_leaving_still_moves() -> None:
    a = analyse(
        "Tesla sues former engineer who left for xAI",
        "Tesla filed a lawsuit against Marco Ilić, who left its Autopilot team last month "
        "to join xAI as a staff engineer.",
    )
    assert "departure" in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Anthropic has hired a senior researcher from Google DeepMind, people familiar with "
            "the matter said, without naming the hire.",
        ),
        (
            "",
            "Apple's machine-learning group lost another engineer to OpenAI this month.",
        ),
    ],
)
def test_a_move_of_someone_left_unnamed_is_no_departure(title: str, text: str) -> None:
    assert "departure" not in analyse(title, text).categories


def test_a_senior_researcher_named_after_the_hire_still_moves() -> None:
    a = analyse(
        "Anthropic hires a senior Google DeepMind researcher",
        "Anthropic has hired Priya Raman, a senior researcher at Google DeepMind, to lead "
        "its interpretability team.",
    )
    assert "departure" in a.categories


def test_a_lawsuit_naming_the_engineer_who_left_still_moves_however_long_the_sentence() -> None:
    a = analyse(
        "",
        "The complaint says the engineer, Marco Ilić, a specialist in motion planning who "
        "had spent six years on the project, copied design files just days before "
        "resigning from Tesla to join xAI.",
    )
    assert "departure" in a.categories


def test_big_tech_losing_its_brightest_minds_is_a_trend() -> None:
    a = analyse(
        "Why the best researchers are walking out of big tech",
        "Google, Apple and Amazon keep losing their brightest minds to young labs.",
    )
    assert "departure" not in a.categories


def test_the_practice_named_under_a_headline_with_companies_is_no_acquihire() -> None:
    a = analyse(
        "Microsoft, Amazon and Google keep hollowing out young AI companies",
        "The giants compete hard for the best engineers. The practice, "
        "known as a reverse acqui-hire, combines hiring key staff with licensing the "
        "technology.",
    )
    assert "acquihire" not in a.categories


def test_an_acquihire_named_with_its_parties_after_the_practice_still_counts() -> None:
    a = analyse(
        "",
        "In a practice regulators now watch closely, Amazon hired Adept's chief executive "
        "and most of its team in a reverse acqui-hire and licensed its models.",
    )
    assert "acquihire" in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "About 18% of the engineers Nvidia hired this year had left the company before, a "
            "staffing report says.",
        ),
        ("", "据统计，今年谷歌新招聘的AI工程师中约有15%曾离开公司后又重新加入。"),
    ],
)
def test_moves_counted_in_a_percentage_are_no_departure(title: str, text: str) -> None:
    assert "departure" not in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Riverside High School has inaugurated a new Artificial Intelligence and Robotics "
            "Lab where pupils will build simple robots as part of their curriculum.",
        ),
        (
            "",
            "El colegio San Martín inauguró un laboratorio de inteligencia artificial para que "
            "sus alumnos aprendan a programar robots en el aula.",
        ),
        ("", "市第三中学人工智能实验室正式揭牌，学生将在课程中学习编程与机器人。"),
    ],
)
def test_a_school_lab_for_pupils_is_no_formation(title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text).categories


def test_a_research_lab_of_a_company_still_is_a_formation() -> None:
    a = analyse(
        "",
        "Northwind Robotics has launched a new artificial intelligence research lab in "
        "Zurich that will develop foundation models for factory robots.",
    )
    assert "lab_formation" in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Wenn große Konzerne Start-ups kaufen, zählt oft das Personal mehr als das Produkt. "
            "Diese Strategie, die als Acqui-Hiring bekannt ist, erspart ihnen die übliche "
            "Suche nach Fachkräften.",
        ),
        (
            "",
            "Beobachter sehen einen Trend, bei dem Gründer junger KI-Firmen ihre Unternehmen "
            "verlassen, um zu großen Konzernen zu wechseln – sogenannte Reverse Acquihires.",
        ),
    ],
)
def test_a_german_explainer_of_the_practice_names_no_one(title: str, text: str) -> None:
    a = analyse(title, text)
    assert "acquihire" not in a.categories
    assert "departure" not in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Unlike classic acquihires, which paid off for investors, this trend sees large "
            "tech firms hiring only the key founders of young AI companies and licensing "
            "their models.",
        ),
        (
            "",
            "A diferencia de los acqui-hires clásicos, esta tendencia lleva a las grandes "
            "tecnológicas a contratar solo a los fundadores clave de startups de IA.",
        ),
        (
            "",
            "Ao contrário dos acqui-hires clássicos, essa tendência leva as big techs a "
            "contratar apenas os fundadores das startups de IA e licenciar seus modelos.",
        ),
    ],
)
def test_the_practice_set_apart_as_a_trend_is_no_acquihire(title: str, text: str) -> None:
    assert "acquihire" not in analyse(title, text).categories


@pytest.mark.parametrize(
    "text",
    [
        "Dana Korver said salaries for engineers at Rivet Motors must be increased to prevent "
        "them from being lured away by OpenAI with huge sums.",
        "Dana Korver said pay for engineers at Rivet Motors must rise to keep them from being "
        "poached by Google.",
    ],
)
def test_a_move_prevented_is_no_move(text: str) -> None:
    a = analyse("", text)
    assert "departure" not in a.categories
    assert "offer" not in a.categories


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Velora researcher Jane Roe joined a podcast to talk about agents.", "en"),
        ("Velora and Quillmark joined forces on a new speech model.", "en"),
        ("Velora CEO'su Jane Roe, katıldığı bir podcast programında yeni modeli anlattı.", "tr"),
    ],
)
def test_joining_a_show_or_forces_is_no_move(text: str, lang: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Northwind hires 1,200 AI engineers for its new campus",
            "Northwind has hired 1,200 AI engineers for its Pune campus this year, the company "
            "said in its annual report.",
        ),
        (
            "Velora stellt 800 KI-Entwickler ein",
            "Velora stellt in diesem Jahr 800 KI-Entwickler in Polen ein, sagte eine Sprecherin.",
        ),
        (
            "Quillmark招聘2000名算法工程师",
            "Quillmark今年招聘了2000名算法工程师，大多为应届毕业生。",
        ),
        ("벨로라, AI 인재 300명 채용", "벨로라가 올해 AI 분야 인재 300명을 채용했다."),
        ("Velora tuyển 400 kỹ sư AI", "Velora đã tuyển 400 kỹ sư trí tuệ nhân tạo trong năm nay."),
        ("Велора наняла 600 специалистов по ИИ", "Велора наняла 600 специалистов по ИИ за год."),
    ],
)
def test_staff_hired_by_the_hundred_is_no_departure(title: str, text: str) -> None:
    assert "departure" not in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Meta hires three OpenAI researchers",
            "Meta has hired three researchers from OpenAI, among them Jane Roe and Tom Hale.",
        ),
        (
            "字节跳动从阿里巴巴挖走3名大模型专家",
            "字节跳动从阿里巴巴挖走了3名大模型专家，其中包括张伟。",
        ),
    ],
)
def test_a_few_counted_movers_from_a_named_rival_still_move(title: str, text: str) -> None:
    assert "departure" in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Now hiring: Machine learning engineer at Anthropic",
            "Anthropic is looking for a machine learning engineer to join its interpretability "
            "team. Apply on our careers page.",
        ),
        (
            "Google is recruiting hundreds of engineers for Gemini",
            "Google is recruiting hundreds of engineers to work on Gemini, according to its "
            "careers site.",
        ),
        (
            "Stellenanzeige: OpenAI sucht KI-Forscher in München",
            "OpenAI sucht für sein Münchner Büro einen KI-Forscher, der dem Team für "
            "Sprachmodelle beitreten soll.",
        ),
        (
            "Offre d'emploi : Google cherche un ingénieur en IA à Paris",
            "Google recherche un ingénieur en apprentissage automatique pour rejoindre son équipe "
            "parisienne.",
        ),
        (
            "Vaga: Nubank procura engenheiros de IA",
            "O Nubank está contratando dezenas de engenheiros de inteligência artificial para sua "
            "equipe em São Paulo.",
        ),
        (
            "ソニー、AI研究者を募集",
            "ソニーはAI研究者を募集しており、東京の研究チームに加わる人材を求めている。",
        ),
        ("네이버, AI 연구원 채용 공고", "네이버가 하이퍼클로바X 팀에 합류할 AI 연구원을 모집한다."),
        (
            "דרושים: גוגל מחפשת חוקרי בינה מלאכותית",
            "גוגל מחפשת עשרות חוקרי בינה מלאכותית שיצטרפו לצוות שלה בתל אביב.",
        ),
    ],
)
def test_a_job_advertisement_is_no_departure(title: str, text: str) -> None:
    assert "departure" not in analyse(title, text).categories


def test_a_named_hire_beside_a_job_search_still_moves() -> None:
    a = analyse(
        "Anthropic hires Google researcher Jane Roe",
        "Anthropic, which is looking for dozens of engineers, has hired Jane Roe, a researcher "
        "at Google DeepMind, to lead its new safety team.",
    )
    assert "departure" in a.categories


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Les salaires des experts en IA atteignent des sommets",
            "Un ingénieur en IA expérimenté peut toucher plus de 100 000 euros par an à Paris, "
            "selon un cabinet de recrutement.",
            "fr",
        ),
        (
            "Lương kỹ sư AI tăng mạnh",
            "Theo một công ty tuyển dụng, kỹ sư AI có kinh nghiệm có thể nhận mức lương tới 100 "
            "triệu đồng mỗi tháng.",
            "vi",
        ),
        (
            "एआई इंजीनियरों का वेतन आसमान पर",
            "एक भर्ती फर्म के अनुसार अनुभवी एआई इंजीनियरों को सालाना 1 करोड़ रुपये तक का पैकेज मिल रहा है।",
            "hi",
        ),
        (
            "رواتب مهندسي الذكاء الاصطناعي ترتفع",
            "يمكن لمهندسي الذكاء الاصطناعي ذوي الخبرة الحصول على رواتب تصل إلى 50 ألف درهم "
            "شهرياً، وفقاً لشركة توظيف.",
            "ar",
        ),
    ],
)
def test_pay_a_kind_of_worker_can_reach_is_no_offer(title: str, text: str, lang: str) -> None:
    assert "offer" not in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Apple niega la salida de su jefe de IA",
            "Apple ha negado que su jefe de inteligencia artificial, Juan García, vaya a dejar la "
            "compañía para unirse a Meta.",
        ),
        (
            "ソニー、幹部の退社報道を否定",
            "ソニーは、AI部門の幹部である田中一郎氏がグーグルに移籍するとの報道を否定した。",
        ),
        (
            "삼성, AI 책임자 이직설 부인",
            "삼성전자는 AI 연구 책임자 박지훈 부사장이 구글로 이직한다는 보도를 부인했다.",
        ),
        (
            "Demis Hassabis on the road to AGI",
            "In an interview, Google DeepMind CEO Demis Hassabis said the lab would keep investing "
            "in world models and that he has no plans to step away.",
        ),
        (
            "Ten years after leaving Google, Andrew Ng looks back",
            "Andrew Ng spoke about the state of AI education at a conference in Tokyo.",
        ),
    ],
)
def test_a_denied_or_long_past_move_is_no_departure(title: str, text: str) -> None:
    assert "departure" not in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Google opens Labs waitlist for new AI feature",
            "Google has opened a waitlist in Search Labs for a new AI Mode feature that answers "
            "complex questions.",
        ),
        (
            "Adobe startet KI-Labor für Kreative",
            "Adobe hat ein neues Experimentierlabor in seiner App gestartet, in dem Nutzer "
            "KI-Funktionen testen können.",
        ),
        (
            "Google lance un labo d'expériences IA pour les internautes",
            "Google lance en France son espace Labs, qui permet aux utilisateurs de tester de "
            "nouvelles fonctions d'IA dans son moteur de recherche.",
        ),
        (
            "IBM launches AI lab for its cloud",
            "IBM has launched a new AI lab in its cloud console where customers can test models.",
        ),
    ],
)
def test_a_lab_opened_to_users_is_a_product_not_a_formation(title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "The AI talent war heats up",
            "Analysts say big tech companies are luring leading AI scientists with "
            "salaries in the millions of dollars, a trend that squeezes startups.",
        ),
        (
            "La guerra por el talento en IA",
            "Las grandes tecnológicas compiten por contratar a los mejores investigadores de "
            "inteligencia artificial con salarios millonarios, una tendencia que preocupa a las "
            "startups.",
        ),
        (
            "硅谷AI人才争夺战愈演愈烈",
            "分析人士指出，科技巨头以高薪挖角顶尖AI研究员的做法，正在推高整个行业的人才成本。",
        ),
        (
            "AI 인재 전쟁, 스타트업은 어떻게 살아남나",
            "전문가들은 빅테크가 거액의 연봉으로 최고 AI 연구자를 영입하는 현상이 스타트업의 "
            "인건비 부담을 키우고 있다고 지적했다.",
        ),
        (
            "एआई प्रतिभा की जंग तेज",
            "विशेषज्ञों के अनुसार बड़ी टेक कंपनियां करोड़ों के पैकेज देकर शीर्ष एआई शोधकर्ताओं को "
            "अपने साथ जोड़ रही हैं, जिससे स्टार्टअप पर दबाव बढ़ रहा है।",
        ),
        (
            "Die Masche mit dem Acqui-Hire",
            "Große Tech-Konzerne kaufen immer öfter keine Start-ups mehr, sondern werben nur "
            "deren Gründer und Teams ab und zahlen dafür Lizenzgebühren, sagen Kartellrechtler.",
        ),
    ],
)
def test_the_talent_war_told_as_a_trend_names_no_one(title: str, text: str) -> None:
    assert not analyse(title, text).categories


def test_an_offer_by_a_named_company_beside_a_trend_still_counts() -> None:
    a = analyse(
        "Meta offers OpenAI researcher a $100 million package",
        "Meta offered Jane Roe, a researcher at OpenAI, a package worth $100 million, a trend "
        "that analysts say is spreading across the industry.",
    )
    assert "offer" in a.categories


def test_a_government_board_joined_as_chairman_is_no_move() -> None:
    a = analyse(
        "",
        "Former Google chief executive Eric Schmidt has joined the Pentagon's Defense "
        "Innovation Board as chairman.",
    )
    assert "departure" not in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Microsoft is hiring AI researchers in London",
            "Microsoft is hiring dozens of AI researchers for its new London hub, according to "
            "job listings.",
        ),
        (
            "Mistral AI recrute des chercheurs",
            "Mistral AI recrute des dizaines de chercheurs pour son nouveau bureau de Londres, "
            "selon ses offres d'emploi.",
        ),
        (
            "Tuyển dụng: VinAI tìm kỹ sư AI",
            "VinAI đang tìm kiếm hàng chục kỹ sư trí tuệ nhân tạo để gia nhập đội ngũ tại Hà Nội.",
        ),
    ],
)
def test_a_hiring_headline_over_a_job_search_naming_no_one_is_no_departure(
    title: str, text: str
) -> None:
    assert "departure" not in analyse(title, text).categories


def test_a_named_researcher_under_a_hiring_headline_still_moves() -> None:
    a = analyse(
        "Microsoft is hiring AI researchers in London",
        "Microsoft, which is looking for dozens of engineers, has hired Jane Roe from Google "
        "DeepMind to lead its London lab.",
    )
    assert "departure" in a.categories


def test_money_raised_by_a_lab_former_researchers_founded_before_is_no_formation() -> None:
    a = analyse(
        "前OpenAI研究员创办的公司获融资",
        "一家由前OpenAI研究员创办的人工智能公司完成1亿美元融资。",
    )
    assert "lab_formation" not in a.categories


def test_former_researchers_raising_money_to_launch_a_lab_still_form_one() -> None:
    a = analyse(
        "Former OpenAI researchers launch new AI lab with $300 million",
        "Three former OpenAI researchers have launched a new AI lab called Helix Labs with "
        "$300 million in seed funding.",
    )
    assert "lab_formation" in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Interview: Mustafa Suleyman on Microsoft's AI plans",
            "Mustafa Suleyman, who joined Microsoft last year to run its consumer AI unit, says "
            "the company will build its own frontier models.",
        ),
        (
            "专访阿里云CTO：大模型的下一站",
            "三年前从谷歌加入阿里云的这位CTO在接受专访时谈到了大模型的发展方向。",
        ),
        (
            "インタビュー：ソニーAI責任者が語る戦略",
            "3年前にグーグルから移籍したソニーのAI責任者が、今後の戦略についてインタビューで語った。",
        ),
        (
            "인터뷰: 네이버 AI 총괄이 말하는 전략",
            "3년 전 구글에서 합류한 네이버의 AI 총괄은 인터뷰에서 향후 전략을 밝혔다.",
        ),
        (
            "Entrevista con la directora de IA de Telefónica",
            "La directora de IA de Telefónica, que llegó a la compañía hace tres años desde "
            "Google, explica su estrategia.",
        ),
        (
            "Wywiad z szefem AI w Allegro",
            "Szef AI w Allegro, który dwa lata temu przeszedł do firmy z Google, opowiada o "
            "strategii.",
        ),
    ],
)
def test_a_move_years_back_told_in_an_interview_is_no_departure(title: str, text: str) -> None:
    assert "departure" not in analyse(title, text).categories


def test_a_move_today_after_one_years_back_still_counts() -> None:
    a = analyse(
        "前谷歌研究员张伟加入OpenAI",
        "两年前离开谷歌的研究员张伟今天宣布加入OpenAI，负责推理模型。",
    )
    assert "departure" in a.categories


@pytest.mark.parametrize(
    "text",
    [
        "Andrew Ng, who left Google Brain in 2014 to join Baidu, spoke about AI education at a "
        "conference in Tokyo.",
        "Yann LeCun, qui a quitté NYU en 2013 pour rejoindre Facebook, a donné une conférence à "
        "Paris.",
        "Mustafa Suleyman, who left Google in 2022 to co-found Inflection and later joined "
        "Microsoft, said AI companions would become common.",
    ],
)
def test_a_move_made_for_a_dated_one_is_as_old(text: str) -> None:
    assert "departure" not in analyse("A talk on AI", text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "ראיון עם מנהל ה-AI של וויקס",
            "מנהל הבינה המלאכותית של וויקס, שהצטרף לחברה לפני שלוש שנים מגוגל, מספר על האסטרטגיה.",
        ),
        (
            "टीसीएस के एआई प्रमुख से बातचीत",
            "तीन साल पहले गूगल से टीसीएस में शामिल हुए एआई प्रमुख ने कंपनी की रणनीति पर बात की।",
        ),
        (
            "Rozhovor se šéfem AI",
            "Šéf AI, který před třemi lety přešel z Googlu, popsal strategii.",
        ),
        (
            "FPT bác tin giám đốc AI nghỉ việc",
            "FPT đã bác bỏ thông tin giám đốc AI Nguyễn Văn An sẽ nghỉ việc để gia nhập Google.",
        ),
        (
            "Novo afviser at AI-chefen stopper",
            "Novo Nordisk afviser rygterne om, at AI-chefen Lars Jensen forlader selskabet til "
            "fordel for Google.",
        ),
        (
            "Equinor avviser at KI-sjefen slutter",
            "Equinor avviser ryktene om at KI-sjefen Ola Nordmann forlater selskapet for å begynne "
            "i Google.",
        ),
    ],
)
def test_a_move_years_back_or_denied_in_more_languages(title: str, text: str) -> None:
    assert "departure" not in analyse(title, text).categories


def test_a_stipend_of_a_residency_programme_is_no_offer() -> None:
    a = analyse(
        "Google launches AI residency programme",
        "Google has launched a one-year AI residency programme that pays participants a "
        "stipend of $120,000.",
    )
    assert "offer" not in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Why AI pay keeps climbing",
            "Companies like Meta and OpenAI are offering packages worth more than $10 million a "
            "year to top researchers, analysts say.",
        ),
        (
            "Pourquoi les salaires de l'IA explosent",
            "Des entreprises comme Meta ou OpenAI proposent des rémunérations de plus de 10 "
            "millions de dollars par an aux meilleurs chercheurs.",
        ),
        (
            "AI人才薪酬为何持续飙升",
            "像Meta和OpenAI这样的公司，正为顶尖研究员提供每年超过1000万美元的薪酬。",
        ),
        (
            "AI人材の報酬はなぜ高騰するのか",
            "メタやOpenAIなどの企業は、トップ研究者に年1000万ドル超の報酬を提示している。",
        ),
        (
            "AI 인재 몸값 왜 치솟나",
            "메타와 오픈AI 같은 기업들은 최고 연구자에게 연간 1000만 달러 이상의 보상을 제시하고 "
            "있다.",
        ),
    ],
)
def test_pay_offered_by_companies_named_as_examples_is_no_offer(title: str, text: str) -> None:
    assert "offer" not in analyse(title, text).categories


def test_an_offer_to_a_named_researcher_by_a_company_like_meta_still_counts() -> None:
    a = analyse(
        "Meta offers OpenAI researcher $100 million",
        "Meta has offered OpenAI researcher Jane Roe a package worth $100 million, according to "
        "people familiar with the talks.",
    )
    assert "offer" in a.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "AI 엔지니어 몸값 치솟아",
            "채용 전문업체에 따르면 빅테크 AI 엔지니어의 일반적인 보수 패키지는 연간 300만~700만 "
            "달러로 3년 전보다 50% 올랐다.",
        ),
        (
            "AIエンジニアの報酬が高騰",
            "人材紹介会社によると、大手テックのAIエンジニアの一般的な報酬パッケージは年300万〜700万"
            "ドルで、3年前より5割上昇した。",
        ),
        (
            "Инженеры ИИ зарабатывают миллионы",
            "По данным кадрового агентства, типичный пакет вознаграждения инженера ИИ в крупных "
            "техкомпаниях составляет от 3 до 7 миллионов долларов в год.",
        ),
    ],
)
def test_a_typical_package_by_a_recruiters_figures_is_no_offer(title: str, text: str) -> None:
    assert "offer" not in analyse(title, text).categories


def test_a_lab_dated_before_its_founding_verb_raising_money_is_no_formation() -> None:
    a = analyse(
        "Black Forest Labs sammelt 300 Millionen ein",
        "Black Forest Labs, 2024 von ehemaligen Stability-AI-Forschern gegründet, hat in einer "
        "neuen Finanzierungsrunde 300 Millionen Dollar eingesammelt.",
    )
    assert "lab_formation" not in a.categories


def test_thai_pay_a_kind_of_worker_can_reach_is_no_offer() -> None:
    a = analyse(
        "เงินเดือนวิศวกร AI",
        "บริษัทจัดหางานระบุว่าวิศวกร AI ที่มีประสบการณ์สามารถได้รับเงินเดือนสูงถึง 300,000 บาทต่อเดือน",
        lang_hint="th",
    )
    assert "offer" not in a.categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Tomas Lindqvist threatened to quit Meta and return to OpenAI, but stayed on."),
        ("es", "Lucía Ferrer amenazó con irse de Meta y volver a OpenAI, pero se quedó."),
        ("fr", "Hugo Lambert menace de quitter Meta pour retourner chez OpenAI."),
        ("ja", "佐藤健氏はメタを辞めてOpenAIに戻ると申し出た。"),
    ],
    ids=["en", "es", "fr", "ja"],
)
def test_a_move_threatened_is_no_departure(lang: str, text: str) -> None:
    assert "departure" not in analyse("Quarterly AI roundup", text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Google gave Dana Whitfield a $40 million stock grant to keep her from joining Meta.",
        ),
        (
            "fr",
            "Google a versé 40 millions de dollars à Claire Martin pour la retenir face à Meta.",
        ),
        ("es", "Google pagó 40 millones de dólares a Lucía Ferrer para retenerla frente a Meta."),
        ("zh", "谷歌向研究员王明支付4000万美元奖金，以挽留他加入Meta。"),
    ],
    ids=["en", "fr", "es", "zh"],
)
def test_pay_that_keeps_someone_is_an_offer_and_no_move(lang: str, text: str) -> None:
    categories = analyse("Tech industry briefing", text, lang_hint=lang).categories
    assert "offer" in categories
    assert "departure" not in categories
