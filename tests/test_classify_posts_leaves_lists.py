"""Three things a move is not, and one it is.

A post in AI given by an organisation the tables do not know is a move in every language
("Banco Norte ficha a Ana Ruiz como directora de inteligencia artificial"), while an award
"of the year", an honorary title, a seat on an advisory council, a talk or a course is none.
A leave of absence, a sabbatical, parental or sick leave is no exit ("nimmt eine Auszeit",
"toma una excedencia"), unless the person leaves for or joins another organisation. A
magazine's list or ranking is no appointment, even of someone at a known company ("Google's
Lara Kent named among top AI researchers")."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

AI_POSTS = [
    ("en", "Harborline Bank names Claire Dubois head of AI", ""),
    ("en", "Pelham Foods hires Jane Ortiz as its new AI lead", ""),
    ("en", "Claire Dubois joins Harborline Bank as head of AI", ""),
    ("fr", "La Mutuelle Azur nomme Paul Girard directeur de l'intelligence artificielle", ""),
    ("fr", "La Banque Lumière nomme Claire Dubois directrice de l'IA", ""),
    ("es", "Seguros Iris nombra a Pedro Gil responsable de IA", ""),
    ("es", "Seguros Iris incorpora a Pedro Gil como director de IA", ""),
    (
        "es",
        "Banco Norte ficha a Ana Ruiz como directora de inteligencia artificial",
        "Ruiz llega desde una consultora, según informó la entidad este lunes.",
    ),
    ("it", "Gruppo Vela nomina Marco Bianchi responsabile dell'intelligenza artificiale", ""),
    ("pt", "Grupo Atlas contrata Rita Lopes como diretora de IA", ""),
    ("pt", "Rita Lopes é nomeada diretora de IA do Grupo Atlas", ""),
    ("de", "Die Nordbank ernennt Jana Keller zur Leiterin für Künstliche Intelligenz", ""),
    ("de", "Versicherer Helvion ernennt Markus Brandt zum Direktor für KI", ""),
    ("nl", "Bank Zeeland benoemt Sanne de Vries tot hoofd AI", ""),
    ("pl", "Bank Wisła zatrudnia Annę Nowak jako dyrektorkę ds. AI", ""),
    ("pl", "Bank Wisła mianował Jana Kowalskiego szefem działu AI", ""),
    ("ru", "Банк «Север» назначил Ивана Петрова директором по искусственному интеллекту", ""),
    ("ru", "Банк «Север» нанял Ивана Петрова руководителем направления ИИ", ""),
    ("uk", "Банк «Дніпро» призначив Олену Коваль директоркою зі штучного інтелекту", ""),
    ("cs", "Banka Vltava jmenovala Petra Nováka ředitelem pro umělou inteligenci", ""),
    ("cs", "Banka Vltava najala Petra Nováka jako šéfa AI", ""),
    ("sk", "Banka Tatry vymenovala Jána Kováča za riaditeľa pre umelú inteligenciu", ""),
    ("tr", "Anadolu Sigorta, Ayşe Demir'i yapay zeka direktörü olarak atadı", ""),
    ("tr", "Ayşe Demir, Anadolu Sigorta'nın yapay zeka direktörü oldu", ""),
]

NO_POST = [
    ("en", "Trade journal names Tom Reyes AI leader of the year", ""),
    ("en", "Norvik University names Tom Reyes AI researcher of the year", ""),
    ("en", "The summit names Tom Reyes head of its AI speakers panel", ""),
    ("en", "Harborline Bank names Claire Dubois to its AI advisory board", ""),
    ("en", "Tom Reyes named keynote speaker at the AI Summit in Lisbon", ""),
    ("en", "Ana Ruiz will teach a course on artificial intelligence at Norvik University", ""),
    ("fr", "Le jury nomme Claire Dubois directrice IA de l'année", ""),
    (
        "fr",
        "Le magazine nomme Claire Dubois experte IA de l'année",
        "La chercheuse travaille chez une start-up lyonnaise.",
    ),
    ("fr", "L'université nomme Paul Girard professeur honoraire en intelligence artificielle", ""),
    ("fr", "La Banque Lumière nomme Claire Dubois à son comité consultatif sur l'IA", ""),
    ("es", "La revista nombra a Ana Ruiz directora de IA del año", ""),
    ("es", "Banco Norte nombra a Ana Ruiz miembro de su consejo asesor de IA", ""),
    (
        "es",
        "La Universidad de Sevilla nombra a Ana Ruiz profesora honoraria de inteligencia artificial",
        "",
    ),
    ("it", "La rivista nomina Marco Bianchi manager dell'IA dell'anno", ""),
    ("pt", "A revista nomeia Rita Lopes executiva de IA do ano", ""),
    ("de", "Das Magazin ernennt Jana Keller zur KI-Chefin des Jahres", ""),
    (
        "de",
        "Die Universität ernennt Jana Keller zur Ehrenprofessorin für Künstliche Intelligenz",
        "",
    ),
    ("nl", "Het blad benoemt Sanne de Vries tot AI-directeur van het jaar", ""),
    ("pl", "Magazyn wybrał Annę Nowak menedżerką AI roku", ""),
    ("ru", "Журнал назвал Ивана Петрова директором по ИИ года", ""),
    ("cs", "Časopis vyhlásil Petra Nováka manažerem AI roku", ""),
    ("tr", "Dergi, Ayşe Demir'i yılın yapay zeka yöneticisi seçti", ""),
]

LEAVES = [
    (
        "en",
        "Cohere chief scientist Dana Holt goes on sabbatical",
        "Dana Holt is going on sabbatical from Cohere.",
    ),
    ("es", "Laura Gil se toma un año sabático de Google DeepMind", ""),
    ("fr", "Claire Dubois prend un congé sabbatique de Google DeepMind", ""),
    ("de", "Anna Vogt nimmt sich eine Auszeit von Google DeepMind", ""),
    ("it", "Giulia Bianchi si prende un anno sabbatico da Google DeepMind", ""),
    ("pt", "Ana Costa tira licença do Google DeepMind", ""),
    ("nl", "Eva Bakker neemt een sabbatical bij Google DeepMind", ""),
    ("pl", "Anna Nowak bierze urlop w Google DeepMind", ""),
    ("en", "OpenAI researcher Mira Holt takes a leave of absence from OpenAI", ""),
    (
        "en",
        "OpenAI researcher Mira Holt takes a leave of absence",
        "Holt will step away from OpenAI for three months, the company said. She expects to "
        "return in the spring.",
    ),
    ("en", "Anthropic's Dan Fielding goes on parental leave", ""),
    ("en", "Google DeepMind's Sam Keane on leave from Google after health scare", ""),
    ("en", "Mira Holt leaves OpenAI temporarily to care for her family", ""),
    ("de", "Markus Brandt verlässt Google vorübergehend für eine Auszeit", ""),
    (
        "de",
        "KI-Forscherin Jana Keller nimmt eine Auszeit",
        "Keller verlässt Google vorübergehend, um ein Buch zu schreiben. Sie will im Herbst "
        "zurückkehren.",
    ),
    (
        "fr",
        "Claire Dubois, directrice de la recherche chez Mistral AI, se met en retrait "
        "temporairement",
        "",
    ),
    ("fr", "Le chercheur de Meta Paul Girard prend un congé sabbatique", ""),
    ("fr", "Paul Girard quitte temporairement Meta pour un congé parental", ""),
    (
        "es",
        "La investigadora de OpenAI Ana Ruiz toma una excedencia",
        "Ruiz dejará temporalmente la compañía durante un año para cuidar de su familia.",
    ),
    ("es", "Pedro Gil deja temporalmente Google para tomarse un año sabático", ""),
    ("it", "Marco Bianchi lascia temporaneamente OpenAI per un congedo di paternità", ""),
    ("it", "Giulia Conti si prende un anno sabbatico da Google", ""),
    ("pt", "Rita Lopes deixa temporariamente a OpenAI para uma licença-maternidade", ""),
    ("nl", "Sanne de Vries verlaat OpenAI tijdelijk voor ouderschapsverlof", ""),
    ("pl", "Anna Nowak z OpenAI bierze urlop", ""),
    ("pl", "Jan Kowalski z Google'a odchodzi na urlop zdrowotny", ""),
    ("ru", "Исследователь OpenAI Иван Петров уходит в академический отпуск", ""),
    ("ru", "Анна Смирнова из Google ушла в отпуск по болезни", ""),
    ("uk", "Олена Коваль тимчасово залишає OpenAI через відпустку", ""),
    ("cs", "Jana Dvořáková z Googlu odchází na mateřskou dovolenou", ""),
    ("sk", "Ján Kováč dočasne odchádza z OpenAI na rodičovskú dovolenku", ""),
    ("tr", "Mehmet Kaya, Google'dan ücretsiz izne ayrıldı", ""),
]

MOVES_BESIDE_A_LEAVE = [
    ("en", "Mira Holt left OpenAI after a leave of absence and joined Anthropic", ""),
    ("en", "After a sabbatical, Lara Kent joins Anthropic", ""),
    ("en", "Mira Holt leaves OpenAI; Lara Kent will temporarily lead the safety team", ""),
    ("de", "Jana Keller verlässt OpenAI nach einer Auszeit und wechselt zu Anthropic", ""),
    ("fr", "Après un congé sabbatique, Paul Girard rejoint Mistral AI", ""),
    ("es", "Ana Ruiz abandona OpenAI tras su excedencia para fichar por Google", ""),
    ("pl", "Anna Nowak po urlopie odchodzi z OpenAI do Google", ""),
    ("ru", "Иван Петров после отпуска ушёл из OpenAI в Google", ""),
]

LISTS = [
    ("en", "OpenAI's Dan Fielding joins TIME's list of the 100 most influential people in AI", ""),
    (
        "en",
        "Google's Lara Kent named among top AI researchers",
        "Kent, who joined Google in 2019, leads its work on reasoning.",
    ),
    ("de", "Google ernennt Jana Keller zu einer der einflussreichsten KI-Forscherinnen", ""),
    ("fr", "Paul Girard, de Meta, rejoint le classement des 100 personnalités de l'IA", ""),
    (
        "fr",
        "Time nomme Claire Dubois, de Mistral AI, parmi les 100 personnes les plus influentes "
        "de l'IA",
        "",
    ),
    ("es", "Time nombra a Ana Ruiz, de Google, entre los 100 más influyentes de la IA", ""),
    (
        "es",
        "Ana Ruiz, de Google, entre los 100 más influyentes de la IA",
        "La revista destaca su trabajo en Google desde que se incorporó en 2020.",
    ),
    ("pt", "Rita Lopes, da Meta, entra para a lista das 100 pessoas mais influentes da IA", ""),
    (
        "nl",
        "Time benoemt Sanne de Vries van Google tot een van de 100 invloedrijkste mensen in AI",
        "",
    ),
]

MOVES_BESIDE_A_LIST = [
    (
        "en",
        "Sam Keane, named one of TIME's most influential people in AI last year, joins "
        "Anthropic from OpenAI",
        "",
    ),
    (
        "en",
        "OpenAI hires Lara Kent, who topped a ranking of AI researchers, away from Google",
        "",
    ),
    ("de", "Jana Keller wechselt Anfang des Jahres von Google zu OpenAI", ""),
    ("fr", "Claire Dubois rejoint Mistral AI au début de l'année", ""),
    ("tr", "Ayşe Demir bu yılın başında Google'dan OpenAI'a katıldı", ""),
]


def _ids(cases: list[tuple[str, str, str]]) -> list[str]:
    return [f"{lang}-{title[:40]}" for lang, title, _ in cases]


@pytest.mark.parametrize(("lang", "title", "text"), AI_POSTS, ids=_ids(AI_POSTS))
def test_an_ai_post_at_an_unknown_organisation_is_a_move(lang: str, title: str, text: str) -> None:
    assert "departure" in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title", "text"), NO_POST, ids=_ids(NO_POST))
def test_an_award_an_honorary_title_or_a_talk_is_no_post(lang: str, title: str, text: str) -> None:
    assert "departure" not in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title", "text"), LEAVES, ids=_ids(LEAVES))
def test_a_leave_of_absence_is_no_exit(lang: str, title: str, text: str) -> None:
    assert "departure" not in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title", "text"), MOVES_BESIDE_A_LEAVE, ids=_ids(MOVES_BESIDE_A_LEAVE)
)
def test_a_move_told_beside_a_leave_is_still_a_move(lang: str, title: str, text: str) -> None:
    assert "departure" in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title", "text"), LISTS, ids=_ids(LISTS))
def test_a_list_or_a_ranking_is_no_appointment(lang: str, title: str, text: str) -> None:
    assert "departure" not in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title", "text"), MOVES_BESIDE_A_LIST, ids=_ids(MOVES_BESIDE_A_LIST)
)
def test_a_move_told_beside_a_list_or_a_date_is_still_a_move(
    lang: str, title: str, text: str
) -> None:
    assert "departure" in analyse(title, text, lang_hint=lang).categories
