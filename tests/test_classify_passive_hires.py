"""A named person hired, told in the passive with the employer as its agent ("has been
hired by Microsoft", "har anställts av", "был нанят компанией", "גויס על ידי"), in every
language. Negatives share the verbs: staff hired by the hundred, a coach hired by a club."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

HIRED = [
    ("en", "AI researcher Jane Doe has been hired by Microsoft."),
    ("de", "Die KI-Forscherin Lena Brandt ist von Microsoft eingestellt worden."),
    ("fr", "La chercheuse en IA Marie Dubois a été embauchée par Microsoft."),
    ("es", "La investigadora de IA Lucía Romero ha sido contratada por Microsoft."),
    ("it", "La ricercatrice di IA Giulia Conti è stata assunta da Microsoft."),
    ("pt", "A pesquisadora de IA Ana Ferreira foi contratada pela Microsoft."),
    ("nl", "AI-onderzoeker Jan de Vries is aangenomen door Microsoft."),
    ("sv", "AI-forskaren Lena Brandt har anställts av Microsoft."),
    ("sv", "AI-forskaren Lena Brandt anställdes av Microsoft i veckan."),
    ("da", "AI-forskeren Mette Holm er blevet ansat af Microsoft."),
    ("no", "KI-forskeren Ola Nordmann har blitt ansatt av Microsoft."),
    ("no", "KI-forskeren Ola Nordmann ble ansatt av Microsoft i går."),
    ("fi", "Tekoälytutkija Mikko Virtanen on palkattu Microsoftille."),
    ("ru", "Исследователь ИИ Иван Петров был нанят компанией Microsoft."),
    ("uk", "Дослідника ШІ Олега Коваленка найняла компанія Microsoft."),
    ("pl", "Badacz AI Jan Kowalski został zatrudniony przez Microsoft."),
    ("cs", "Výzkumník AI Ivo Marek byl najat společností Microsoft."),
    ("sk", "Výskumník AI Peter Horváth bol najatý spoločnosťou Microsoft."),
    ("tr", "Yapay zeka araştırmacısı Ahmet Yılmaz, Microsoft tarafından işe alındı."),
    ("ar", "تم توظيف الباحث أحمد سالم من قبل شركة Microsoft."),
    ("he", "חוקר הבינה המלאכותית דני כהן גויס על ידי Microsoft."),
    ("he", "חוקרת הבינה המלאכותית נועה לוי נשכרה על ידי Microsoft."),
    ("hi", "एआई शोधकर्ता राहुल शर्मा को Microsoft ने नियुक्त किया है।"),
    ("id", "Peneliti AI Budi Santoso telah direkrut oleh Microsoft."),
    ("vi", "Nhà nghiên cứu AI Nguyễn Văn Minh đã được Microsoft tuyển dụng."),
    ("th", "นายสมชาย ใจดี ได้รับการว่าจ้างจาก Microsoft แล้ว"),
    ("zh", "人工智能研究员张伟已被Microsoft聘用。"),
    ("ja", "AI研究者の田中健氏がMicrosoftに採用された。"),
    ("ko", "AI 연구원 김민수 씨가 Microsoft에 채용됐다."),
]

NOT_A_HIRE = [
    ("sv", "Hittills har 300 ingenjörer anställts av Microsoft i Sverige."),
    ("sv", "Tränaren Erik Lund har anställts av AIK."),
    ("no", "Treneren Ola Hansen har blitt ansatt av Rosenborg."),
    ("ru", "Тренер Иван Петров был нанят клубом «Спартак»."),
    ("ru", "Более 500 инженеров были наняты компанией Яндекс в этом году."),
    ("he", "המאמן יוסי כהן נשכר על ידי מכבי תל אביב."),
    ("he", "מאות מהנדסים גויסו השנה על ידי גוגל."),
]


@pytest.mark.parametrize(("lang", "text"), HIRED)
def test_a_named_person_hired_in_the_passive_moves(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), NOT_A_HIRE)
def test_staff_and_coaches_hired_in_the_passive_are_no_move(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories


# a company's own leader (from the organisation table) hired by another in the passive:
# the other organisation is the agent, after the verb or (verb last) right before it
LEADER_HIRED = [
    ("en", "Demis Hassabis has been hired by Microsoft."),
    ("de", "Demis Hassabis ist von Microsoft eingestellt worden."),
    ("fr", "Demis Hassabis a été recruté par Microsoft."),
    ("es", "Demis Hassabis ha sido contratado por Microsoft."),
    ("it", "Demis Hassabis è stato assunto da Microsoft."),
    ("pt", "Demis Hassabis foi contratado pela Microsoft."),
    ("nl", "Demis Hassabis is aangenomen door Microsoft."),
    ("sv", "Demis Hassabis har anställts av Microsoft."),
    ("da", "Demis Hassabis er blevet ansat af Microsoft."),
    ("no", "Demis Hassabis har blitt ansatt av Microsoft."),
    ("pl", "Demis Hassabis został zatrudniony przez Microsoft."),
    ("id", "Demis Hassabis telah direkrut oleh Microsoft."),
    ("vi", "Demis Hassabis đã được tuyển dụng bởi Microsoft."),
]

# the leader hired by his own organisation, or the one who hires
LEADER_HIRES = [
    ("en", "Demis Hassabis has been hired by Google DeepMind."),
    ("en", "Demis Hassabis hired three researchers from Microsoft."),
    ("de", "Demis Hassabis hat von Microsoft drei Forscher eingestellt."),
    ("sv", "Demis Hassabis har anställts av Google DeepMind."),
]


@pytest.mark.parametrize(("lang", "text"), LEADER_HIRED)
def test_a_leader_hired_by_another_organisation_in_the_passive_moves(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), LEADER_HIRES)
def test_a_leader_hired_by_his_own_organisation_or_hiring_stays(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories
