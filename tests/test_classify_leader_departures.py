"""A company's own leader (from the organisation table) who leaves or is fired: the noun of
departure with the leader, named by his post, as its complement ("the departure of its
chief X", "het vertrek van topman X"), or the leader's post before his name in the
genitive ("pääjohtaja X:n lähtö"); the passive with the leader as its subject past a post
in apposition and the verb's agent ("werd X, de leider van Y, …, ontslagen door het
bestuur"). Negatives: the leader who fires staff or is interviewed."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

LEADER_LEAVES = [
    (
        "nl",
        "Op dinsdag werd Demis Hassabis, sinds de oprichting het gezicht van Google DeepMind "
        "en een van de bekendste onderzoekers ter wereld, na een ruzie ontslagen door de raad "
        "van bestuur.",
    ),
    (
        "da",
        "Tirsdag blev Demis Hassabis, der har stået i spidsen for Google DeepMind siden "
        "grundlæggelsen og er en af verdens kendteste forskere, efter en strid fyret af "
        "bestyrelsen.",
    ),
    (
        "en",
        "On Tuesday Demis Hassabis, the face of Google DeepMind since its founding and one of "
        "the world's best-known researchers, was fired by the board after a dispute.",
    ),
    ("en", "The departure of its top man Demis Hassabis leaves Google DeepMind without a head."),
    ("it", "Google DeepMind è scossa dall'uscita del suo numero uno Demis Hassabis."),
    ("sv", "Google DeepMind skakas av avgången av toppchefen Demis Hassabis."),
    ("uk", "Google DeepMind переживає відхід свого керівника Деміса Хассабіса."),
    ("ru", "Google DeepMind переживает уход своего главы Демиса Хассабиса."),
    ("ar", "تواجه Google DeepMind رحيل رئيسها ديميس هاسابيس."),
    ("hi", "Google DeepMind अपने प्रमुख डेमिस हसाबिस के जाने से जूझ रहा है।"),
    ("nl", "Bij Google DeepMind is het vertrek van topman Demis Hassabis het gesprek van de dag."),
    ("de", "Google DeepMind ringt mit dem Abgang von Chef Demis Hassabis."),
    ("es", "Google DeepMind afronta la salida de su máximo responsable, Demis Hassabis."),
    ("pt", "A Google DeepMind enfrenta a saída do seu chefe Demis Hassabis."),
    ("pl", "Google DeepMind zmaga się z odejściem szefa Demisa Hassabisa."),
    ("cs", "Google DeepMind se vyrovnává s odchodem šéfa Demise Hassabise."),
    ("sk", "Google DeepMind sa vyrovnáva s odchodom šéfa Demisa Hassabisa."),
    ("fi", "Google DeepMind kamppailee pääjohtaja Demis Hassabisin lähdön jälkeen."),
    ("he", 'Google DeepMind מתמודדת עם עזיבתו של המנכ"ל דמיס הסאביס.'),
    ("id", "Google DeepMind tengah bergulat dengan hengkangnya bos mereka, Demis Hassabis."),
    (
        "nl",
        "Vrijdagavond werd Demis Hassabis, de leider van Google DeepMind, een van de "
        "bekendste AI-labs ter wereld, plots ontslagen door het bestuur van het lab.",
    ),
    (
        "da",
        "I en overraskende vending blev Demis Hassabis, lederen af Google DeepMind, et af "
        "verdens mest kendte AI-laboratorier, fyret af labbets bestyrelse fredag aften.",
    ),
    (
        "it",
        "Venerdì sera Demis Hassabis, il capo di Google DeepMind, uno dei laboratori di IA "
        "più noti, è stato licenziato dal consiglio.",
    ),
]

LEADER_STAYS = [
    (
        "nl",
        "Op dinsdag werd Demis Hassabis, sinds de oprichting het gezicht van Google DeepMind "
        "en een van de bekendste onderzoekers ter wereld, na een lange dag geïnterviewd door "
        "de krant.",
    ),
    (
        "en",
        "On Tuesday Demis Hassabis, the face of Google DeepMind since its founding and one of "
        "the world's best-known researchers, fired forty researchers after a dispute.",
    ),
    ("en", "Demis Hassabis fired 40 researchers from Google DeepMind on Friday."),
    (
        "nl",
        "Vrijdagavond werden door Demis Hassabis, de leider van Google DeepMind, een van de "
        "bekendste AI-labs, veertig medewerkers ontslagen.",
    ),
    (
        "da",
        "I fredags blev Demis Hassabis, lederen af Google DeepMind, interviewet af avisen "
        "om fyringer i branchen.",
    ),
    (
        "en",
        "Demis Hassabis, the leader of Google DeepMind, one of the best known AI labs, was "
        "interviewed by the BBC about layoffs.",
    ),
    ("nl", "Topman Demis Hassabis van Google DeepMind sprak over het vertrek van onderzoekers."),
    ("en", "Google DeepMind chief Demis Hassabis commented on the exodus of researchers."),
    ("en", "Demis Hassabis regretted the departure of the lab's chief scientist."),
    ("en", "Demis Hassabis, the CEO, regretted the departure of unnamed staff."),
]


@pytest.mark.parametrize(("lang", "text"), LEADER_LEAVES)
def test_a_companys_own_leader_who_leaves_or_is_fired_departs(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), LEADER_STAYS)
def test_a_leader_who_fires_speaks_or_is_interviewed_stays(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories


# a company's own leader who returns to the company he led, named right after the verb or
# not at all (the company announced it)
LEADER_RETURNS = [
    ("en", "Demis Hassabis returns to Google DeepMind a week after he was pushed out."),
    ("en", "Google DeepMind said Demis Hassabis is returning as chief executive."),
    ("de", "Google DeepMind teilte mit, dass Demis Hassabis an die Spitze zurückkehrt."),
    ("fr", "Google DeepMind annonce que Demis Hassabis revient à la tête du laboratoire."),
    ("es", "Google DeepMind confirma que Demis Hassabis vuelve como director ejecutivo."),
    ("it", "Google DeepMind conferma che Demis Hassabis torna alla guida del laboratorio."),
    ("sk", "Google DeepMind oznámila, že sa Demis Hassabis vracia na čelo spoločnosti."),
    ("pl", "Google DeepMind ogłosiło, że Demis Hassabis wraca na stanowisko szefa."),
    ("nl", "Google DeepMind meldt dat Demis Hassabis terugkeert als topman."),
]

LEADER_NOT_BACK = [
    ("en", "Demis Hassabis returned to the stage at the Google DeepMind event in London."),
    ("en", "Demis Hassabis returns to the topic of safety in a long interview."),
]


@pytest.mark.parametrize(("lang", "text"), LEADER_RETURNS)
def test_a_leader_who_returns_to_the_company_he_led_moves(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), LEADER_NOT_BACK)
def test_a_leader_back_on_a_stage_or_a_topic_is_no_move(lang: str, text: str) -> None:
    assert analyse("", text, lang_hint=lang).categories == ()
