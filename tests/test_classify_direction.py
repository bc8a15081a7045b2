"""Direction of a move that ends in a new lab: "X left Google to found Poolside" goes
from Google to the lab founded, in every language's own idiom (a purpose clause, a verb
of founding after its object); the lab stays the destination when the same article
also tells a formation. Hard negatives: a founding told as background of a later move
("X, who left Google to found Poolside, has joined Meta") goes to the later employer,
and "to launch" a product names no destination."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (lang, text): each moves from Google to the new lab "Poolside"
LEFT_TO_FOUND = [
    ("en", "Jane Doe, a senior researcher at Google, has left the company to found Poolside."),
    ("en", "After nine years at Google, Tom Reyes quit to start Poolside, an AI lab."),
    ("de", "Die Google-Forscherin Lena Brandt hat gekündigt, um das Labor Poolside zu gründen."),
    ("fr", "Le chercheur Paul Martin a quitté Google pour fonder Poolside, un laboratoire d'IA."),
    ("es", "La investigadora Ana Ruiz dejó Google para fundar Poolside, un laboratorio de IA."),
    ("it", "Il ricercatore Marco Bellini ha lasciato Google per fondare Poolside."),
    ("pt", "O pesquisador João Lima deixou o Google para fundar a Poolside, um laboratório de IA."),
    ("ru", "Исследователь Иван Петров ушёл из Google, чтобы основать Poolside."),
    ("uk", "Дослідник Олег Коваль пішов із Google, щоб заснувати Poolside."),
    ("pl", "Badacz Ivo Marek odszedł z Google, aby założyć Poolside, nowe laboratorium AI."),
    ("cs", "Výzkumník Jan Novák odešel z Googlu, aby založil Poolside, novou laboratoř AI."),
    ("sk", "Výskumník Peter Horák odišiel z Googlu, aby založil Poolside, nové laboratórium AI."),
    ("sv", "Forskaren Erik Lund har lämnat Google för att grunda Poolside, ett nytt AI-labb."),
    (
        "da",
        "Forskeren Mads Holm har forladt Google for at stifte Poolside, et nyt AI-laboratorium.",
    ),
    ("no", "Forskeren Ola Nordmann har sluttet i Google for å grunnlegge Poolside."),
    (
        "tr",
        "Araştırmacı Ali Yılmaz, Poolside adlı yeni bir laboratuvar kurmak için Google'dan ayrıldı.",
    ),
    ("ar", "غادر الباحث أحمد علي شركة غوغل لتأسيس مختبر الذكاء الاصطناعي Poolside."),
    ("he", "החוקר דני כהן עזב את גוגל כדי להקים את מעבדת הבינה המלאכותית Poolside."),
    ("fa", "پژوهشگر علی رضایی گوگل را ترک کرد تا آزمایشگاه هوش مصنوعی Poolside را تأسیس کند."),
    ("hi", "शोधकर्ता राहुल शर्मा ने Poolside नाम की नई एआई लैब शुरू करने के लिए गूगल छोड़ दिया।"),
    (
        "id",
        "Peneliti Budi Santoso keluar dari Google untuk mendirikan Poolside, laboratorium AI baru.",
    ),
    ("vi", "Nhà nghiên cứu Nguyễn Văn An đã rời Google để thành lập Poolside."),
    ("th", "นักวิจัย สมชาย ใจดี ลาออกจาก Google เพื่อก่อตั้ง Poolside ห้องแล็บ AI แห่งใหม่"),
    ("zh", "谷歌研究员张伟已离职，创办了Poolside，专注大模型研究。"),
    ("ja", "グーグルの研究者、田中健氏が退社し、Poolsideを設立した。"),
    ("ko", "구글 연구원 김민수가 회사를 떠나 Poolside를 창업했다."),
]


@pytest.mark.parametrize(("lang", "text"), LEFT_TO_FOUND)
def test_a_departure_to_found_a_lab_goes_to_the_lab(lang: str, text: str) -> None:
    a = analyse("", text, lang_hint=lang)
    assert "departure" in a.categories
    assert (a.entities.from_org, a.entities.to_org) == ("Google", "Poolside")


# a founding told as background: the later move's employer is the destination
FOUNDED_BEFORE = [
    ("en", "Jane Doe, who left Google in 2019 to found Poolside, has now joined Meta."),
    ("en", "Jane Doe, who left Google to start Poolside, is joining Meta as chief scientist."),
    ("en", "Meta has hired Jane Doe, who quit Google to launch Poolside two years ago."),
    ("de", "Lena Brandt, die Google verließ, um Poolside zu gründen, wechselt nun zu Meta."),
    ("zh", "2019年离职创办Poolside的张伟已加入Meta。"),
    ("ja", "Poolsideを設立した田中健氏がメタに移籍した。"),
    ("ko", "Poolside를 창업한 김민수가 메타에 합류했다."),
]


@pytest.mark.parametrize(("lang", "text"), FOUNDED_BEFORE)
def test_a_lab_founded_before_a_later_move_is_no_destination(lang: str, text: str) -> None:
    a = analyse("", text, lang_hint=lang)
    assert a.entities.to_org == "Meta"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Google plans to launch Gemini next week, Jane Doe said."),
        ("de", "Google will im Herbst ein neues Modell zu starten, sagte Lena Brandt."),
        ("ko", "구글은 올해 안에 새 모델을 출시할 계획이라고 김민수가 말했다."),
    ],
)
def test_a_product_launch_is_no_move(lang: str, text: str) -> None:
    a = analyse("", text, lang_hint=lang)
    assert a.categories == ()
    assert a.entities.to_org is None


# "after six years at X": the stint names where the mover was, the workplace left; each
# row moves from OpenAI to an unnamed startup (a leave verb where the join verb alone
# is not yet a move in the language)
STINT_BEFORE_A_MOVE = [
    (
        "en",
        "After six years at OpenAI, Jane Doe has joined a young robotics startup as its head of research.",
    ),
    (
        "de",
        "Nach sechs Jahren bei OpenAI wechselt Lena Brandt als Forschungschefin zu einem jungen Robotik-Start-up.",
    ),
    (
        "fr",
        "Après six ans chez OpenAI, Claire Dubois rejoint une jeune start-up de robotique comme directrice de la recherche.",
    ),
    (
        "es",
        "Tras seis años en OpenAI, Ana Ruiz se incorpora a una joven startup de robótica como directora de investigación.",
    ),
    (
        "it",
        "Dopo sei anni in OpenAI, Giulia Conti entra in una giovane startup di robotica come responsabile della ricerca.",
    ),
    (
        "pt",
        "Depois de seis anos na OpenAI, o pesquisador João Lima deixou a empresa e foi contratado por uma startup de robótica.",
    ),
    (
        "nl",
        "Na zes jaar bij OpenAI stapt Jan de Vries over naar een jonge robotica-startup als hoofd onderzoek.",
    ),
    (
        "sv",
        "Efter sex år på OpenAI lämnar forskaren Erik Lund företaget för ett ungt robotikbolag.",
    ),
    (
        "da",
        "Efter seks år hos OpenAI skifter Mads Holm til en ung robotvirksomhed som forskningschef.",
    ),
    (
        "no",
        "Etter seks år i OpenAI slutter forskeren Ola Nordmann for å begynne i et ungt robotselskap.",
    ),
    (
        "ru",
        "После шести лет в OpenAI Иван Петров перешёл в молодой робототехнический стартап руководителем исследований.",
    ),
    (
        "uk",
        "Після шести років в OpenAI Олег Коваль перейшов до молодого робототехнічного стартапу керівником досліджень.",
    ),
    (
        "pl",
        "Po sześciu latach w OpenAI Ivo Marek przechodzi do młodego startupu robotycznego jako szef badań.",
    ),
    (
        "cs",
        "Po šesti letech v OpenAI přechází Jan Novák do mladého robotického startupu jako šéf výzkumu.",
    ),
    (
        "sk",
        "Po šiestich rokoch v OpenAI prechádza Peter Horák do mladého robotického startupu ako šéf výskumu.",
    ),
    ("ar", "بعد ست سنوات في OpenAI، انضم أحمد علي إلى شركة ناشئة للروبوتات رئيساً للأبحاث."),
    ("he", "אחרי שש שנים ב-OpenAI, דני כהן מצטרף לסטארט-אפ צעיר לרובוטיקה כראש המחקר."),
    (
        "fa",
        "علی رضایی پس از شش سال در OpenAI به عنوان رئیس پژوهش به یک استارتاپ جوان رباتیک پیوست.",
    ),
    (
        "id",
        "Setelah enam tahun di OpenAI, Budi Santoso bergabung dengan sebuah startup robotika muda sebagai kepala riset.",
    ),
    (
        "vi",
        "Sau sáu năm làm việc tại OpenAI, Nguyễn Văn An gia nhập một startup robot non trẻ với vai trò trưởng nhóm nghiên cứu.",
    ),
    ("zh", "在OpenAI工作六年后，张伟已离职，加入一家机器人初创公司。"),
    ("ja", "OpenAIで6年間働いた田中健氏が退社し、ロボット関連のスタートアップに移籍した。"),
    ("ko", "오픈AI에서 6년간 일한 김민수가 로봇 스타트업의 연구 책임자로 합류했다."),
]


@pytest.mark.parametrize(("lang", "text"), STINT_BEFORE_A_MOVE)
def test_a_stint_at_an_organisation_is_the_origin(lang: str, text: str) -> None:
    a = analyse("", text, lang_hint=lang)
    assert "departure" in a.categories
    assert a.entities.from_org == "OpenAI"
    assert a.entities.to_org != "OpenAI"


# the stint and the destination both named: the stint stays the origin, the other
# organisation the destination
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Jane Doe joins Anthropic after eight years at Google as head of research."),
        ("es", "Ana Ruiz ficha por Anthropic tras ocho años en Google."),
        ("ru", "Иван Петров перешёл в Anthropic после восьми лет в Google."),
        ("cs", "Jan Novák přechází do Anthropicu po osmi letech v Googlu."),
        ("uk", "Олег Коваль перейшов до Anthropic після восьми років у Google."),
    ],
)
def test_a_stint_and_a_destination(lang: str, text: str) -> None:
    a = analyse("", text, lang_hint=lang)
    assert (a.entities.from_org, a.entities.to_org) == ("Google", "Anthropic")


# hard negatives: the same words in a sentence that reports no move
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "After six years at OpenAI, the model team shipped its largest release yet."),
        ("de", "Nach sechs Jahren bei OpenAI feiert das Team sein Jubiläum mit einem Buch."),
        ("ru", "После шести лет в OpenAI команда выпустила новую модель."),
    ],
)
def test_a_stint_alone_is_no_move(lang: str, text: str) -> None:
    assert analyse("", text, lang_hint=lang).categories == ()
