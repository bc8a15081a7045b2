"""Direction of a move whatever the sentence puts around it: the employer named in a
clause of background ("Олег Морозов, днём работавший в OpenAI, ушёл в Meta", "who worked
at Google"), a passive hire, the new employer as the subject, a possessive, a return and
a founding keep their two ends; an exit "that means" something for a company starts
there; "left X to join Y" ends at Y (pt, it)."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (lang, lead, from_org, to_org); None where the text names no such end
MOVES = [
    ("en", "What Nora Fields's exit means for OpenAI", "OpenAI", None),
    (
        "ru",
        "Днём ранее Жанна Соколова, работавшая в OpenAI, объявила о переходе в Anthropic",
        "OpenAI",
        "Anthropic",
    ),
    ("ru", "Олег Морозов, днём работавший в OpenAI, ушёл в Meta", "OpenAI", "Meta"),
    (
        "pt",
        "Helena Dias escreveu no LinkedIn que deixou o Google para entrar na OpenAI",
        "Google",
        "OpenAI",
    ),
    ("uk", "Олена Кравчук, яка працювала в Google, перейшла до Meta", "Google", "Meta"),
    ("cs", "Petra Horáková, která pracovala v Googlu, přešla do Mety", "Google", "Meta"),
    ("en", "Finn Holt was hired by Meta from Google", "Google", "Meta"),
    ("en", "Meta hired Gina Park, who led the speech team at Google", "Google", "Meta"),
    ("en", "Google's Hana Ito joins Anthropic", "Google", "Anthropic"),
    ("en", "Ivan Petrov told Bloomberg he is leaving OpenAI to join Meta", "OpenAI", "Meta"),
    (
        "en",
        "Jack Stone joins Anthropic from OpenAI, according to The Information",
        "OpenAI",
        "Anthropic",
    ),
    ("en", "Leo Grant returns to Google after two years at OpenAI", "OpenAI", "Google"),
    (
        "en",
        "Omar Said leaves Google to join Mistral AI, which is backed by Microsoft",
        "Google",
        "Mistral AI",
    ),
    ("de", "Hans Weber kehrt nach zwei Jahren bei OpenAI zu Google zurück", "OpenAI", "Google"),
    ("fr", "Fabien Roux revient chez Google après deux ans passés chez OpenAI", "OpenAI", "Google"),
    ("pt", "Fábio Costa volta ao Google depois de dois anos na OpenAI", "OpenAI", "Google"),
    ("it", "Fabio Marino torna in Google dopo due anni in OpenAI", "OpenAI", "Google"),
    ("ru", "Егор Лебедев возвращается в Google после двух лет в OpenAI", "OpenAI", "Google"),
    ("pl", "Filip Mazur wraca do Google po dwóch latach w OpenAI", "OpenAI", "Google"),
    ("cs", "Filip Marek se vrací do Googlu po dvou letech v OpenAI", "OpenAI", "Google"),
    ("vi", "Hoàng Văn Em trở lại Google sau hai năm làm việc tại OpenAI", "OpenAI", "Google"),
    ("ja", "伊藤健氏が2年間のOpenAI勤務を経てグーグルに復帰", "OpenAI", "Google"),
    ("ko", "메타는 구글에서 음성팀을 이끈 최수진 씨를 영입했다", "Google", "Meta"),
    ("ko", "정우성 씨가 오픈AI에서 2년을 보낸 뒤 구글로 복귀했다", "OpenAI", "Google"),
    ("ar", "يعود عمر خالد إلى جوجل بعد عامين في أوبن إيه آي", "OpenAI", "Google"),
    ("he", "אורי פרץ חוזר לגוגל אחרי שנתיים ב-OpenAI", "OpenAI", "Google"),
    ("tr", "Ali Çelik, OpenAI'daki iki yılın ardından Google'a geri döndü", "OpenAI", "Google"),
    ("id", "Agus Wijaya kembali ke Google setelah dua tahun di OpenAI", "OpenAI", "Google"),
    ("en", "Rosa Lind was poached by Meta from OpenAI", "OpenAI", "Meta"),
    ("en", "Sam Ortiz left Google to found Lumen Labs", "Google", "Lumen Labs"),
    (
        "en",
        "Tara Quinn, a former Google DeepMind scientist, has joined Microsoft, an investor in OpenAI",
        "Google DeepMind",
        "Microsoft",
    ),
    ("en", "Uma Reid joins Anthropic from OpenAI, she told Bloomberg", "OpenAI", "Anthropic"),
    ("en", "Ex-Twitter engineer Wendy Cole joins OpenAI", "Twitter", "OpenAI"),
    ("en", "Xavier Lund leaves LinkedIn to join Anthropic", "LinkedIn", "Anthropic"),
    ("zh", "Meta从谷歌挖来研究员周敏", "Google", "Meta"),
    ("zh", "谷歌的吴刚加入Anthropic", "Google", "Anthropic"),
    ("ja", "メタはグーグルから研究者の中村健太氏を引き抜いた", "Google", "Meta"),
    ("ko", "메타가 구글 출신 연구원 강동원 씨를 영입했다", "Google", "Meta"),
    ("fr", "Hélène Faure a été recrutée par Meta chez Google", "Google", "Meta"),
    ("fr", "Ivan Girard quitte Google pour fonder Lumen Labs", "Google", "Lumen Labs"),
    ("es", "Hugo Ramos fue contratado por Meta desde Google", "Google", "Meta"),
    ("it", "Giulia Ferri è stata assunta da Meta dopo sei anni in Google", "Google", "Meta"),
    ("de", "Googles Karl Braun wechselt zu Anthropic", "Google", "Anthropic"),
    ("pl", "Meta zatrudniła byłą badaczkę Google Martę Kaczmarek", "Google", "Meta"),
    ("ar", "عينت ميتا الباحثة نور سالم القادمة من جوجل", "Google", "Meta"),
    ("he", "מטא גייסה את רון אברהם מגוגל", "Google", "Meta"),
    ("tr", "Meta, Google'dan Burak Aydın'ı transfer etti", "Google", "Meta"),
    ("id", "Meta merekrut Rina Putri dari Google", "Google", "Meta"),
    ("vi", "Meta tuyển dụng Đỗ Minh Khoa từ Google", "Google", "Meta"),
    ("hi", "मेटा ने गूगल से सुनील यादव को नियुक्त किया", "Google", "Meta"),
]


@pytest.mark.parametrize(("lang", "text", "from_org", "to_org"), MOVES)
def test_the_two_ends_of_a_move_are_read_around_background_clauses(
    lang: str, text: str, from_org: str | None, to_org: str | None
) -> None:
    entities = analyse("", text, lang_hint=lang).entities
    assert (entities.from_org, entities.to_org) == (from_org, to_org)
