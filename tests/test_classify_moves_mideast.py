"""Moves in the AI talent market as Arabic, Persian, Hebrew, Turkish, Russian, Ukrainian,
Hindi and Indonesian news tell them, and stories in the same words that are none.

A verb-final hire names the hirer first and the workplace a role word names later in the
clause ("متا پژوهشگر ارشد OpenAI، … را جذب کرد", "Meta, OpenAI'ın kıdemli araştırmacısı …'ı
transfer etti"): the role's organisation is where the person comes from. A post in AI given
by a bank or a telecom the tables do not know ("رئيساً للذكاء الاصطناعي", "руководителем
направления ИИ", "kepala AI") places the move by itself. A company hiring a startup's team
("توظف فريق شركة"), a retention bonus paid so that staff do not move ("agar tidak pindah ke
Meta") and a bank chief's pay rising ("Зарплата главы … выросла") are told as such. Everyone
named is invented."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

MOVES = [
    # (lang, text, category, from_org, to_org)
    (
        "ar",
        "أعلن الباحث كريم الحسيني رحيله عن OpenAI وانضمامه إلى ميتا",
        "departure",
        "OpenAI",
        "Meta",
    ),
    (
        "ar",
        "ميتا تستقطب الباحث كريم الحسيني من OpenAI لقيادة فريق الذكاء الفائق",
        "departure",
        "OpenAI",
        "Meta",
    ),
    (
        "ar",
        "عاد الباحث كريم الحسيني إلى جوجل بعد عامين قضاهما في ميتا",
        "departure",
        "Meta",
        "Google",
    ),
    ("fa", "متا پژوهشگر ارشد OpenAI، رضا کریمی را جذب کرد", "departure", "OpenAI", "Meta"),
    ("fa", "رضا کریمی از گوگل استعفا داد و به آنتروپیک پیوست", "departure", "Google", "Anthropic"),
    ("he", "יואב כהן עוזב את OpenAI ועובר למטא", "departure", "OpenAI", "Meta"),
    ("he", "יואב כהן חוזר לגוגל אחרי שנתיים במטא", "departure", "Meta", "Google"),
    (
        "tr",
        "Meta, OpenAI'ın kıdemli araştırmacısı Emre Yılmaz'ı transfer etti",
        "departure",
        "OpenAI",
        "Meta",
    ),
    (
        "tr",
        "Emre Yılmaz, X hesabından OpenAI'dan ayrıldığını ve Meta'ya katıldığını duyurdu",
        "departure",
        "OpenAI",
        "Meta",
    ),
    (
        "ru",
        "Meta переманила ведущего исследователя OpenAI Алексея Смирнова",
        "departure",
        "OpenAI",
        "Meta",
    ),
    (
        "ru",
        "Алексей Смирнов объявил в X, что уходит из OpenAI и переходит в Meta",
        "departure",
        "OpenAI",
        "Meta",
    ),
    (
        "uk",
        "Олексій Коваленко повернувся до Google після двох років у Meta",
        "departure",
        "Meta",
        "Google",
    ),
    ("hi", "मेटा ने ओपनएआई के वरिष्ठ शोधकर्ता राहुल वर्मा को अपने साथ जोड़ा", "departure", "OpenAI", "Meta"),
    (
        "id",
        "Budi Santoso mengumumkan di X bahwa ia keluar dari OpenAI dan bergabung dengan Meta",
        "departure",
        "OpenAI",
        "Meta",
    ),
    (
        "id",
        "Peneliti Budi Santoso mengundurkan diri dari Google dan bergabung ke Anthropic",
        "departure",
        "Google",
        "Anthropic",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "origin", "target"), MOVES)
def test_a_move_and_its_direction(
    lang: str, text: str, category: str, origin: str, target: str
) -> None:
    found = analyse(text, "", lang_hint=lang)
    assert found.categories == (category,)
    assert found.entities.people
    assert (found.entities.from_org, found.entities.to_org) == (origin, target)


AI_POSTS = [
    ("ar", "تعيين كريم الحسيني رئيساً للذكاء الاصطناعي في بنك الإمارات دبي الوطني"),
    ("he", "יואב כהן מונה לראש תחום הבינה המלאכותית בבנק לאומי"),
    ("ru", "МТС назначила Алексея Смирнова руководителем направления ИИ"),
    ("uk", "Олексія Коваленка призначено директором зі штучного інтелекту ПриватБанку"),
    ("uk", "Київстар призначив Олексія Коваленка керівником напряму ШІ"),
    ("id", "Bank Mandiri menunjuk Budi Santoso sebagai kepala AI"),
]


@pytest.mark.parametrize(("lang", "text"), AI_POSTS)
def test_a_post_in_ai_at_a_bank_or_a_telecom_is_a_move(lang: str, text: str) -> None:
    found = analyse(text, "", lang_hint=lang)
    assert found.categories == ("departure",)
    assert len(found.entities.people) == 1


OTHERS = [
    ("ar", "ميتا تعرض 100 مليون دولار لإغراء باحثي OpenAI", ("offer",)),
    ("fa", "متا برای جذب پژوهشگران OpenAI بسته ۱۰۰ میلیون دلاری پیشنهاد داد", ("offer",)),
    ("he", "מטא מציעה חבילות של 100 מיליון דולר כדי לפתות חוקרים מ-OpenAI", ("offer",)),
    (
        "tr",
        "Meta, OpenAI araştırmacılarını cezbetmek için 100 milyon dolarlık paket teklif etti",
        ("offer",),
    ),
    (
        "ru",
        "OpenAI выплатит сотрудникам бонусы за удержание, чтобы они не ушли к конкурентам",
        ("offer",),
    ),
    ("hi", "मेटा ने ओपनएआई के शोधकर्ताओं को लुभाने के लिए 10 करोड़ डॉलर का पैकेज ऑफर किया", ("offer",)),
    (
        "id",
        "OpenAI memberikan bonus retensi jutaan dolar agar karyawannya tidak pindah ke Meta",
        ("offer",),
    ),
    (
        "fa",
        "دو پژوهشگر سابق گوگل آزمایشگاه هوش مصنوعی جدیدی تأسیس کردند",
        ("departure", "lab_formation"),
    ),
    (
        "he",
        "שני חוקרים לשעבר בגוגל עוזבים כדי להקים מעבדת בינה מלאכותית חדשה",
        ("departure", "lab_formation"),
    ),
    (
        "ru",
        "Бывшие исследователи Google ушли, чтобы основать новую ИИ-лабораторию",
        ("departure", "lab_formation"),
    ),
    (
        "id",
        "Dua mantan peneliti Google keluar untuk mendirikan laboratorium AI baru",
        ("departure", "lab_formation"),
    ),
    (
        "ar",
        "أمازون توظف فريق شركة أديبت الناشئة ومؤسسيها وتحصل على ترخيص لتقنياتها",
        ("acquihire",),
    ),
    (
        "ar",
        "مؤسسو شركة ناشئة للذكاء الاصطناعي ينضمون إلى جوجل ضمن صفقة ترخيص لتقنيتها",
        ("acquihire",),
    ),
    ("fa", "گوگل تیم استارتاپ هوش مصنوعی را استخدام کرد و مجوز فناوری آن را گرفت", ("acquihire",)),
    ("he", "גוגל קולטת את צוות הסטארט-אפ ומקבלת רישיון לטכנולוגיה שלו", ("acquihire",)),
    (
        "hi",
        "माइक्रोसॉफ्ट ने एआई स्टार्टअप की टीम और संस्थापकों को नियुक्त किया और उसकी तकनीक का लाइसेंस लिया",
        ("acquihire",),
    ),
]


@pytest.mark.parametrize(("lang", "text", "categories"), OTHERS)
def test_offers_labs_and_teams_hired(lang: str, text: str, categories: tuple[str, ...]) -> None:
    assert tuple(sorted(analyse(text, "", lang_hint=lang).categories)) == categories


NEGATIVES = [
    ("ar", "النجم محمد صلاح يرحل عن ليفربول وينضم إلى الهلال السعودي"),
    ("ar", "الممثلة سلمى حداد تعلن رحيلها عن مسلسل باب الحارة"),
    ("ar", "الإمارات تنضم إلى مبادرة دولية لحوكمة الذكاء الاصطناعي"),
    ("ar", "محكمة في دبي تنظر دعوى بشأن بند عدم المنافسة ضد مهندس سابق"),
    ("fa", "مهدی طارمی از پورتو جدا شد و به اینتر پیوست"),
    ("fa", "شرکت متا ۳۶۰۰ کارمند را اخراج کرد"),
    ("fa", "ایران به ابتکار جهانی هوش مصنوعی پیوست"),
    ("he", "שר האוצר הודיע על התפטרותו"),
    ("he", "הסטארט-אפ הישראלי גייס 30 מיליון דולר בסבב סיד"),
    ("tr", "Arda Güler Real Madrid'den ayrılarak Fenerbahçe'ye transfer oldu"),
    ("tr", "Ünlü oyuncu diziden ayrıldığını açıkladı"),
    ("tr", "Yapay zeka öncüsü profesör Ahmet Kaya hayatını kaybetti"),
    ("ru", "Зарплата главы Сбербанка выросла до 1 млрд рублей"),
    ("ru", "Суд отклонил иск компании к бывшему инженеру о нарушении запрета на конкуренцию"),
    ("ru", "Meta сокращает 3600 сотрудников"),
    ("uk", "Зарплата голови Ощадбанку зросла до 50 млн гривень"),
    ("uk", "Нападник «Динамо» перейшов до «Шахтаря»"),
    ("hi", "एचडीएफसी बैंक के सीईओ का वेतन 10 करोड़ रुपये पहुंचा"),
    ("hi", "भारत वैश्विक एआई पहल में शामिल हुआ"),
    ("id", "Gaji Direktur Utama Bank Mandiri mencapai Rp 50 miliar"),
    ("id", "Startup AI Indonesia meraih pendanaan 10 juta dolar AS"),
    ("id", "Budi Santoso tidak pindah ke Meta, kata OpenAI"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_no_move_in_the_talent_market(lang: str, text: str) -> None:
    assert analyse(text, "", lang_hint=lang).categories == ()
