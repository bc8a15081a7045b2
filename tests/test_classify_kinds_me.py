"""Seven ways Arabic, Hebrew and Persian news tell a move: a startup bought in the passive
("اشتُريت … من قبل جوجل", "נקנה על ידי גוגל", "توسط گوگل خریده شد"); a company's own leader
back at its head ("يعود رئيسا تنفيذيا لـ", "שב לתפקיד מנכ"ל", "دوباره مدیرعامل … شد");
a leader dismissed ("أُعفي من منصبه"); the one who leaves replaced by the successor ("سيتم
استبدال", "תוחלף על ידי", "جای خود را به … می‌دهد"); several people leaving told as a
plural noun ("استقالات", "העזיבות של", "جدایی‌های"); a hire told with an idiom ("ضمت … إلى
صفوفها", "העלתה על הסיפון", "را به تیم خود آورد"); and a startup's staff moving over to the
buyer ("سيندمج فريق", "ייקלטו ב", "منتقل می‌شوند"). A product replaced or integrated, a
return to the stage or to profit are none. Sam Altman is the people table's leader of
OpenAI; everyone else is invented."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

PASSIVE = [
    ("ar", "اشتريت شركة لومينا الناشئة من قبل جوجل التي وظفت مؤسسيها."),
    ("he", "הסטארט-אפ לומנה נקנה על ידי גוגל, שגייסה את מייסדיו."),
    ("he", "הסטארט-אפ לומנה נמכר לגוגל, שגייסה את מייסדיו."),
    ("fa", "استارتاپ لومنا توسط گوگل خریده شد و گوگل بنیانگذارانش را استخدام کرد."),
]


@pytest.mark.parametrize(("lang", "text"), PASSIVE)
def test_a_startup_bought_in_the_passive_is_an_acquihire(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("acquihire",)
    assert found.entities.to_org == "Google"


RETURNS = [
    ("ar", "سام ألتمان يعود رئيسا تنفيذيا لأوبن إيه آي."),
    ("ar", "عاد سام ألتمان رئيسا تنفيذيا لشركة أوبن إيه آي."),
    ("ar", "أصبح سام ألتمان مجددا الرئيس التنفيذي لأوبن إيه آي."),
    ("he", 'סם אלטמן שב לתפקיד מנכ"ל OpenAI.'),
    ("he", 'סם אלטמן מונה שוב למנכ"ל OpenAI.'),
    ("fa", "سم آلتمن دوباره مدیرعامل OpenAI شد."),
    ("fa", "سم آلتمن بار دیگر مدیرعامل OpenAI شد."),
]


@pytest.mark.parametrize(("lang", "text"), RETURNS)
def test_a_leader_back_at_the_head_of_his_company(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert found.entities.people == ("Sam Altman",)
    assert found.entities.to_org == "OpenAI"


def test_a_leader_dismissed_in_the_arabic_passive() -> None:
    text = "أعفي سام ألتمان من منصبه في أوبن إيه آي بقرار من مجلس الإدارة."
    found = analyse("", text, lang_hint="ar")
    assert found.categories == ("departure",)
    assert found.entities.people == ("Sam Altman",)


REPLACED = [
    ("ar", "سيتم استبدال المديرة جين مارش، رئيسة الذكاء الاصطناعي في آبل، بالمدير جون رو."),
    ("he", "החוקרת מיכל ברק, ראש תחום הבינה המלאכותית באפל, תוחלף על ידי יואב כהן."),
    ("fa", "دکتر جین مارش، رئیس بخش هوش مصنوعی اپل، جای خود را به دکتر جان رو می‌دهد."),
    ("fa", "دکتر جین مارش، رئیس بخش هوش مصنوعی اپل، با دکتر جان رو جایگزین می‌شود."),
]


@pytest.mark.parametrize(("lang", "text"), REPLACED)
def test_a_leader_replaced_by_another_departs(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert found.entities.from_org == "Apple"


LEAVING = [
    ("ar", "أضعفت استقالات الباحث جان مارشال والباحث بول جيرار شركة ميسترال."),
    ("he", "העזיבות של החוקר דניאל לוי והחוקר עומר שטרן החלישו את מיסטרל."),
    ("fa", "جدایی‌های دکتر ژان مارشال و دکتر پل ژیرار میسترال را تضعیف کرد."),
]


@pytest.mark.parametrize(("lang", "text"), LEAVING)
def test_several_leaving_told_as_a_plural_noun(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert len(found.entities.people) == 2


IDIOMS = [
    ("ar", "ضمت جوجل الباحثة فارشا كابور إلى صفوفها، وهي الرئيسة السابقة لفريق في مايكروسوفت."),
    ("ar", "استقدمت جوجل الباحثة فارشا كابور من مايكروسوفت."),
    ("he", "גוגל העלתה על הסיפון את החוקרת ורשה קאפור, לשעבר ראש הבינה המלאכותית במיקרוסופט."),
    ("he", "גוגל החתימה את החוקרת ורשה קאפור ממיקרוסופט."),
    ("fa", "گوگل دکتر ورشا کاپور را به تیم خود آورد."),
    ("fa", "گوگل دکتر ورشا کاپور را به جمع خود افزود."),
]


@pytest.mark.parametrize(("lang", "text"), IDIOMS)
def test_a_hire_told_with_an_idiom(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert len(found.entities.people) == 1


INTEGRATING = [
    ("ar", "استحوذت ميتا على فيريو. وسيندمج فريق فيريو في ميتا الأسبوع المقبل."),
    ("he", "מטא רכשה את ויריאו. צוות ויריאו ישתלב במטא בשבוע הבא."),
    ("he", "מטא רכשה את ויריאו. עובדי ויריאו ייקלטו במטא בשבוע הבא."),
    ("fa", "متا ویرئو را خرید. تیم ویرئو هفته آینده در متا ادغام خواهد شد."),
]


@pytest.mark.parametrize(("lang", "text"), INTEGRATING)
def test_a_team_integrating_into_its_buyer_is_an_acquihire(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("acquihire",)
    assert found.entities.to_org == "Meta"


def test_staff_moving_over_to_a_buyer_in_persian() -> None:
    text = "دکتر جین مارش و دیگر کارکنان به انویدیا منتقل می‌شوند."
    found = analyse("", text, lang_hint="fa")
    assert found.categories == ("departure",)
    assert found.entities.to_org == "Nvidia"


NONE = [
    ("ar", "سيتم استبدال النموذج القديم بإصدار جديد الشهر المقبل، حسبما قالت آبل."),
    ("ar", "سيندمج النموذج الجديد في مايكروسوفت أوفيس العام المقبل."),
    ("ar", "عادت الشركة إلى الربحية، قال سام ألتمان من أوبن إيه آي."),
    ("he", "הדגם הישן יוחלף על ידי גרסה חדשה בחודש הבא, כך מסרה אפל."),
    ("he", "המוצר החדש ישתלב במיקרוסופט אופיס בשנה הבאה."),
    ("he", "סם אלטמן חוזר לבמה בכנס של OpenAI."),
    ("he", "החברה חוזרת לרווחיות, אמר סם אלטמן מ-OpenAI."),
    ("fa", "مدل قدیمی ماه آینده با نسخه جدید جایگزین می‌شود."),
    ("fa", "مدل جدید سال آینده در مایکروسافت آفیس ادغام می‌شود."),
    ("fa", "سم آلتمن در رویداد OpenAI به صحنه بازگشت تا مدل‌های جدید را معرفی کند."),
    ("fa", "شرکت به سودآوری بازگشت، سم آلتمن از OpenAI گفت."),
]


@pytest.mark.parametrize(("lang", "text"), NONE)
def test_products_stages_and_profits_are_none(lang: str, text: str) -> None:
    assert not analyse("", text, lang_hint=lang).categories
