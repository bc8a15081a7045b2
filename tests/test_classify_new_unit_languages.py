"""A new unit someone is hired to lead, in the languages that tell it in their own order:
the unit noun closing a compound ("forskningslabbet", "tekoälytiimiä"), the present tense
("возглавляет новую лабораторию"), "new" after the field in a construct ("فريق الذكاء
الاصطناعي الجديد", "את צוות הבינה המלאכותית החדש", "ทีม AI ใหม่"), a possessive ending on the
unit ("yapay zeka ekibini yönetmek"), or the company named between verb and unit
("执掌诺维拉新设的…部门"). The same words about a sales team, a sports team, an existing
team or a product stay no formation."""

from __future__ import annotations

import pytest

from watcher.classify import analyse
from watcher.classify.rules import _tail_regex
from watcher.classify.text import fold


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Lena Berg börjar på Novira, där hon leder det nya forskningslabbet för AI."),
        (
            "da",
            "Mette Holm kommer til Novira, hvor hun skal lede den nye forskningsafdeling "
            "for kunstig intelligens.",
        ),
        (
            "no",
            "Kari Lund kommer til Novira, der hun skal lede den nye forskningsavdelingen "
            "for kunstig intelligens.",
        ),
        ("fi", "Mikko Laine siirtyy Noviralle johtamaan uutta tekoälyyksikköä."),
        ("fi", "Mikko Laine siirtyy Noviralle, jossa hän johtaa uutta tekoälytiimiä."),
        ("fi", "Mikko Laine tulee johtamaan uutta AI-tiimiä Noviralla."),
        ("fi", "Mikko Laine nimitettiin Noviran uuden tekoälyyksikön johtajaksi."),
        ("ru", "Иван Петров перешел в Новиру, где возглавляет новую лабораторию ИИ."),
        ("ru", "Иван Петров возглавит недавно созданное подразделение по ИИ."),
        ("uk", "Олена Коваль перейшла до Новіри, де очолює нову лабораторію штучного інтелекту."),
        ("pl", "Anna Nowak przeszła do Noviry, gdzie kieruje nowo utworzonym zespołem AI."),
        ("cs", "Jan Novák přešel do Noviry, kde vede nově založený tým umělé inteligence."),
        ("sk", "Peter Kováč povedie novovzniknuté oddelenie AI v Novire."),
        ("tr", "Ayşe Yılmaz, yeni yapay zeka ekibini yönetmek için Novira'ya katılıyor."),
        ("tr", "Ayşe Yılmaz, Novira'da yeni yapay zeka biriminin başına geçecek."),
        ("tr", "Ayşe Yılmaz, Novira'nın yeni yapay zeka departmanını yönetecek."),
        ("ar", "ينضم أحمد سالم إلى نوفيرا لقيادة فريق الذكاء الاصطناعي الجديد."),
        ("ar", "انضم أحمد سالم إلى نوفيرا حيث يقود وحدة الذكاء الاصطناعي المنشأة حديثا."),
        ("ar", "عُيّن أحمد سالم لرئاسة قسم الذكاء الاصطناعي الجديد في نوفيرا."),
        ("he", "דנה לוי מצטרפת לנובירה כדי להוביל את צוות הבינה המלאכותית החדש."),
        ("he", "דנה לוי תעמוד בראש מעבדת ה-AI החדשה של נובירה."),
        ("hi", "प्रिया शर्मा नोविरा के नए एआई विभाग की प्रमुख होंगी।"),
        ("th", "สมชาย ใจดี ร่วมงานกับ Novira เพื่อนำทีม AI ใหม่"),
        ("th", "สมชาย ใจดี จะเป็นหัวหน้าห้องปฏิบัติการ AI แห่งใหม่ของ Novira"),
        ("zh", "张伟将执掌诺维拉新设的人工智能部门。"),
        ("ko", "김민수가 새로 만들어진 인공지능 팀을 이끈다."),
    ],
)
def test_hired_to_lead_a_new_unit_is_a_formation(lang: str, text: str) -> None:
    analysis = analyse("", text, lang_hint=lang)
    assert "lab_formation" in analysis.categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Lena Berg går till Novira för att leda det nya säljteamet."),
        ("sv", "Lena Berg leder teamet som byggde den nya AI-assistenten."),
        ("da", "Mette Holm skifter til Novira for at lede den nye salgsafdeling."),
        ("no", "Kari Lund går til Novira for å lede det nye salgsteamet."),
        ("fi", "Mikko Laine siirtyy Noviralle johtamaan uutta myyntitiimiä."),
        ("fi", "Mikko Laine johtaa tiimiä, joka rakensi uuden tekoälyavustajan."),
        ("fi", "Hyökkääjä siirtyy seuraan johtamaan uutta joukkuetta."),
        ("ru", "Иван Петров возглавляет новый отдел продаж."),
        ("ru", "Иван Петров руководит командой, которая создала новый чат-бот с ИИ."),
        ("uk", "Олена Коваль очолює новий відділ продажів."),
        ("pl", "Anna Nowak kieruje nowym działem sprzedaży."),
        ("cs", "Jan Novák vede nové obchodní oddělení."),
        ("sk", "Peter Kováč povedie novovzniknuté obchodné oddelenie."),
        ("tr", "Ayşe Yılmaz, yeni satış ekibini yönetmek için Novira'ya katılıyor."),
        ("tr", "Ayşe Yılmaz, yeni yapay zeka asistanını geliştiren ekibi yönetiyor."),
        ("ar", "ينضم أحمد سالم إلى نوفيرا لقيادة فريق المبيعات الجديد."),
        ("ar", "يقود أحمد سالم الفريق الذي طور مساعد الذكاء الاصطناعي الجديد."),
        ("he", "דנה לוי מצטרפת לנובירה כדי להוביל את צוות המכירות החדש."),
        ("hi", "प्रिया शर्मा नोविरा के नए बिक्री विभाग की प्रमुख होंगी।"),
        ("th", "สมชาย ใจดี ร่วมงานกับ Novira เพื่อนำทีมขายใหม่"),
        ("zh", "张伟将执掌诺维拉新设的销售部门。"),
        ("ko", "김민수가 새로 만들어진 영업팀을 이끈다."),
    ],
)
def test_the_same_words_about_no_new_research_unit_are_no_formation(lang: str, text: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories


def test_a_tail_word_may_close_a_compound() -> None:
    tail = _tail_regex("johtamaan uutta ~ *tiimiä")
    assert tail is not None
    assert tail.match(fold(" tekoälytiimiä"))
    assert tail.match(fold(" tiimiä"))
    assert not tail.match(fold(" tekoälytiimiään"))
    whole = _tail_regex("lead the new ~ team")
    assert whole is not None
    assert not whole.match(" dreamteam")
