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
