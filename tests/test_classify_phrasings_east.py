"""Talent-market phrasings of Russian, Polish, Czech, Slovak, Turkish, Arabic, Hebrew and
Persian news: a retention bonus offered to keep staff from leaving for a rival, with or
without a sum ("бонусы за удержание", "retenční bonusy", "elde tutma primi", "מענקי שימור",
"پاداش نگهداشت"); a startup's team named first and joining the buyer after it ("zespół
startupu X przechodzi do", "فريق الشركة الناشئة ينضم", "צוות הסטארט-אפ מצטרף"); the plural
present of founding and of "former" in Arabic; the Persian indefinite "a new company"
and an appointment that opens with the one appointed ("X به عنوان … منصوب شد");
Wix as the Hebrew press writes it."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

CASES = [
    (
        "ru",
        "OpenAI предложила ключевым сотрудникам бонусы за удержание, чтобы они не ушли в Meta",
        {"offer"},
    ),
    ("pl", "Zespół startupu Nexora przechodzi do Google", {"acquihire"}),
    (
        "cs",
        "OpenAI nabídla klíčovým zaměstnancům retenční bonusy, aby neodešli ke konkurenci",
        {"offer"},
    ),
    ("tr", "OpenAI, Meta'ya geçmemeleri için çalışanlarına elde tutma primi verdi", {"offer"}),
    (
        "ar",
        "باحثون سابقون في OpenAI يؤسسون شركة ناشئة للذكاء الاصطناعي",
        {"departure", "lab_formation"},
    ),
    ("ar", "فريق الشركة الناشئة ينضم إلى مايكروسوفت", {"acquihire"}),
    ("he", 'דנה לוי מונתה לסמנכ"לית הבינה המלאכותית של וויקס', {"departure"}),
    ("he", "OpenAI מעניקה לעובדים מענקי שימור כדי שלא יעברו למתחרות", {"offer"}),
    ("he", "צוות הסטארט-אפ מצטרף למיקרוסופט", {"acquihire"}),
    (
        "fa",
        "ایلیا سوتسکیور اوپن\u200cای\u200cآی را ترک کرد تا شرکت جدیدی تأسیس کند",
        {"departure", "lab_formation"},
    ),
    ("fa", "علی رضایی به عنوان مدیر ارشد هوش مصنوعی دیجی\u200cکالا منصوب شد", {"departure"}),
    ("fa", "اوپن\u200cای\u200cآی برای حفظ کارکنانش پاداش نگهداشت پرداخت کرد", {"offer"}),
    ("fa", "تیم این استارتاپ به مایکروسافت می\u200cپیوندد", {"acquihire"}),
    (
        "sk",
        "Eset ponúkol kľúčovým inžinierom AI retenčné bonusy, aby neodišli do Googlu",
        {"offer"},
    ),
    ("cs", "Google nabízí výzkumníkům retenční bonusy, aby neodešli do OpenAI", {"offer"}),
    ("ru", "Яндекс выплатит разработчикам ИИ бонусы за удержание", {"offer"}),
    ("he", "גוגל מציעה לחוקרי הבינה המלאכותית בונוסי שימור", {"offer"}),
    ("fa", "دیجی\u200cکالا یک استارتاپی در حوزه هوش مصنوعی تأسیس کرد", {"lab_formation"}),
    ("pl", "Zespół startupu Voxel przeszedł do Microsoftu", {"acquihire"}),
]


@pytest.mark.parametrize(("lang", "title", "expected"), CASES)
def test_a_common_phrasing_reads_as_its_categories(
    lang: str, title: str, expected: set[str]
) -> None:
    assert set(analyse(title, "", lang_hint=lang).categories) == expected
