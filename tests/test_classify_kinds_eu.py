"""Seven ways news tells a move of talent, in Russian, Ukrainian, Turkish, Dutch, Swedish,
Czech and Slovak: a startup bought told in the passive, a leader back at the head of his
company with the post named between, a leader dismissed by the board, the one who leaves
told as replaced by the successor, several people leaving told as a plural noun, a hire
told with an idiom of taking someone on, and a startup's team moving over or integrating
into the buyer. A product replaced or integrated, a return to a stage or to profit and
travel in the plural are none. Invented people and startups; Sam Altman is the people
table's leader of OpenAI."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# a company's own leader back at its head
RETURNS = [
    ("ru", "Сэм Альтман снова стал генеральным директором OpenAI."),
    ("ru", "Сэм Альтман вновь возглавил OpenAI."),
    ("uk", "Сем Альтман знову став генеральним директором OpenAI."),
    ("uk", "Sam Altman знову очолив OpenAI."),
    ("tr", "Sam Altman yeniden OpenAI'ın CEO'su oldu."),
    ("nl", "Sam Altman is terug als topman van OpenAI."),
    ("nl", "Sam Altman wordt opnieuw CEO van OpenAI."),
    ("sv", "Sam Altman är tillbaka som vd för OpenAI."),
    ("sv", "Sam Altman blir åter vd för OpenAI."),
    ("cs", "Sam Altman je opět generálním ředitelem OpenAI."),
    ("cs", "Sam Altman se znovu stal generálním ředitelem OpenAI."),
    ("sk", "Sam Altman je opäť generálnym riaditeľom OpenAI."),
    ("sk", "Sam Altman sa znovu stal generálnym riaditeľom OpenAI."),
]


@pytest.mark.parametrize(("lang", "text"), RETURNS)
def test_a_leader_back_at_the_head_of_his_company(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert found.entities.people == ("Sam Altman",)
    assert found.entities.to_org == "OpenAI"


# a leader dismissed by the board
DISMISSED = [
    ("ru", "Сэм Альтман был смещён с поста гендиректора OpenAI советом директоров."),
    ("uk", "Сем Альтман був усунутий з посади гендиректора OpenAI радою директорів."),
    ("nl", "Het bestuur van OpenAI zette CEO Sam Altman af."),
    ("nl", "Sam Altman is door de raad van bestuur van OpenAI de laan uitgestuurd."),
    ("sv", "OpenAI:s styrelse sparkade vd:n Sam Altman."),
    ("sv", "Sam Altman avsattes av styrelsen för OpenAI."),
]


@pytest.mark.parametrize(("lang", "text"), DISMISSED)
def test_a_leader_dismissed_by_the_board(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert found.entities.people == ("Sam Altman",)


# the one who leaves, replaced by the successor
REPLACED = [
    ("ru", "Анна Смирнова, глава отдела ИИ в Apple, будет заменена Иваном Петровым.", "Anna"),
    ("uk", "Ганна Коваль, керівниця напряму ШІ в Apple, буде замінена Іваном Петренком.", "Ganna"),
    ("tr", "Apple'ın yapay zeka başkanı Ayşe Demir'in yerine Mehmet Kaya geçecek.", "Ayşe"),
    (
        "tr",
        "Apple'ın yapay zeka başkanı Ayşe Demir'in yerini Google'dan Mehmet Kaya alacak.",
        "Ayşe",
    ),
    ("sv", "Jane Marsh, AI-chef på Apple, kommer att ersättas av John Roe från Google.", "Jane"),
    ("cs", "Jana Nováková, šéfka AI ve společnosti Apple, bude nahrazena Petrem Svobodou.", "Jana"),
    ("sk", "Jana Nováková, šéfka AI v spoločnosti Apple, bude nahradená Petrom Horváthom.", "Jana"),
]


@pytest.mark.parametrize(("lang", "text", "given"), REPLACED)
def test_a_leader_replaced_by_another_departs(lang: str, text: str, given: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert "departure" in found.categories
    assert found.entities.people[0].startswith(given)


# several people leaving, told as a plural noun
PLURAL = [
    ("ru", "Уходы ведущих исследователей Ивана Петрова и Олега Кузнецова ослабили Mistral AI."),
    (
        "uk",
        "Після звільнень провідних дослідників Івана Петренка та Олега Кузьменка компанія Mistral AI ослабла.",
    ),
    ("tr", "Ahmet Yılmaz ve Mehmet Kaya'nın ayrılıkları Mistral AI'ı zayıflattı."),
    ("tr", "Ahmet Yılmaz ve Mehmet Kaya'nın istifaları Mistral AI'ı zayıflattı."),
    ("sv", "Avgångarna av forskarna Anna Berg och Erik Lund försvagade Mistral AI kraftigt."),
    (
        "cs",
        "Odchody předních výzkumníků Jana Nováka a Petra Svobody výrazně oslabily firmu Mistral AI.",
    ),
    (
        "sk",
        "Odchody popredných výskumníkov Jána Nováka a Petra Horvátha výrazne oslabili firmu Mistral AI.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PLURAL)
def test_several_leaving_told_as_a_plural_noun(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert len(found.entities.people) == 2


# a hire told with an idiom of taking someone on
IDIOMS = [
    ("ru", "Google заманил к себе Ивана Петрова из Microsoft."),
    ("uk", "Google заманив до себе Івана Петренка з Microsoft."),
    ("tr", "Google, Ahmet Yılmaz'ı ekibine dahil etti."),
    ("nl", "Google heeft Jan de Vries weten te strikken, de voormalige AI-chef van Microsoft."),
    ("sv", "Google har plockat in Anna Berg, tidigare AI-chef på Microsoft."),
    ("cs", "Google získal do svých řad Jana Nováka z Microsoftu."),
    ("sk", "Google získal do svojich radov Jána Nováka z Microsoftu."),
]


@pytest.mark.parametrize(("lang", "text"), IDIOMS)
def test_a_hire_told_with_an_idiom(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert found.entities.to_org == "Google"


# a startup's team integrating into its buyer
INTEGRATING = [
    ("ru", "Meta купила Vireo. Команда Vireo вольётся в Meta на следующей неделе."),
    ("ru", "Meta купила Vireo. Команда Vireo будет интегрирована в Meta."),
    ("uk", "Meta купила Vireo. Команда Vireo інтегрується в Meta наступного тижня."),
    ("uk", "Meta купила Vireo. Команда Vireo увіллється до Meta."),
    ("tr", "Meta, Vireo'yu satın aldı. Vireo ekibi Meta'ya entegre olacak."),
    ("nl", "Meta kocht Vireo. Het Vireo-team wordt geïntegreerd in Meta."),
    ("nl", "Meta kocht Vireo. Het team van Vireo gaat op in Meta."),
    ("sv", "Meta köpte Vireo. Teamet från Vireo integreras i Meta."),
    ("cs", "Meta koupila Vireo. Tým Vireo se začlení do Meta."),
    ("cs", "Meta koupila Vireo. Tým Vireo bude integrován do Meta."),
    ("sk", "Meta kúpila Vireo. Tím Vireo sa začlení do Meta."),
    ("sk", "Meta kúpila Vireo. Tím Vireo bude integrovaný do Meta."),
]


@pytest.mark.parametrize(("lang", "text"), INTEGRATING)
def test_a_team_integrating_into_its_buyer_is_an_acquihire(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("acquihire",)
    # the team noun that opens the sentence is no first name
    assert not found.entities.people


NONE = [
    ("ru", "Старая модель будет заменена новой версией в следующем месяце, сообщила Apple."),
    ("ru", "Старый логотип будет заменён новым, сообщил Google."),
    ("ru", "Компания снова стала прибыльной, сказал Сэм Альтман из OpenAI."),
    ("ru", "Новая модель будет интегрирована в Microsoft Office в следующем году."),
    ("uk", "Стару модель буде замінено новою версією наступного місяця, повідомила Apple."),
    ("uk", "Компанія знову стала прибутковою, сказав Сем Альтман з OpenAI."),
    ("uk", "Нова модель буде інтегрована в Microsoft Office наступного року."),
    ("tr", "Eski modelin yerini gelecek ay yeni bir sürüm alacak, dedi Apple."),
    ("tr", "Sam Altman, OpenAI DevDay'de sahneye geri döndü."),
    ("tr", "Hisse senetleri yeniden yükseldi, dedi OpenAI'ın CEO'su Sam Altman."),
    ("tr", "Şirket yeniden kâra geçti, dedi OpenAI'dan Sam Altman."),
    ("tr", "Yeni model gelecek yıl Microsoft Office'e entegre edilecek."),
    ("nl", "Het bedrijf wordt opnieuw winstgevend, zei CEO Sam Altman van OpenAI."),
    ("nl", "Het aantal vertrekken vanaf Schiphol steeg deze zomer met 5%."),
    ("nl", "Het nieuwe model wordt volgend jaar geïntegreerd in Microsoft Office."),
    ("sv", "Sam Altman återvänder till scenen på OpenAI DevDay."),
    ("sv", "Bolaget blir lönsamt igen, sade vd Sam Altman på OpenAI."),
    ("sv", "Avgångarna från Arlanda ökade med 5 procent i somras."),
    ("sv", "Den nya modellen integreras i Microsoft Office nästa år."),
    ("cs", "Starý model bude příští měsíc nahrazen novou verzí, uvedla Apple."),
    ("cs", "Firma je opět zisková, řekl generální ředitel Sam Altman z OpenAI."),
    ("cs", "Nový model bude příští rok integrován do Microsoft Office."),
    ("sk", "Starý model bude budúci mesiac nahradený novou verziou, uviedla Apple."),
    ("sk", "Nový model bude budúci rok integrovaný do Microsoft Office."),
]


@pytest.mark.parametrize(("lang", "text"), NONE)
def test_a_product_a_stage_or_profit_is_no_move(lang: str, text: str) -> None:
    assert not analyse("", text, lang_hint=lang).categories
