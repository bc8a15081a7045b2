"""People in scripts without capitals (Arabic, Persian, Hebrew, Devanagari, Thai): names
the gazetteer does not know, anchored by a title, an apposition or a Latin spelling."""

from __future__ import annotations

import pytest

from watcher.classify import analyse, default_rules
from watcher.classify.caseless import caseless_people
from watcher.classify.entities import find_orgs, find_people
from watcher.classify.known_people import spelled_like


def _names(text: str) -> list[str]:
    rules = default_rules()
    found = caseless_people(rules, text, 0, len(text), lambda t: find_orgs(rules, t))
    return [p.name for p in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title right before the name
        ("انضم المهندس كريم الحداد إلى Anthropic", ["كريم الحداد"]),
        ("החוקרת מיכל ברק מצטרפת ל-OpenAI", ["מיכל ברק"]),
        ("मुख्य वैज्ञानिक अमन गुप्ता ने कंपनी छोड़ दी", ["अमन गुप्ता"]),
        ("มหาวิทยาลัยแต่งตั้ง ดร.ศิริพร ทองดี เป็นหัวหน้าห้องแล็บ", ["ศิริพร ทองดี"]),
        # "and" glued to the title, a field in the construct state
        ("رحيل رئيسة الأبحاث سلمى حداد ورئيس التكنولوجيا مازن يوسف", ["سلمى حداد", "مازن يوسف"]),
        # past an adjective and the title's organisation ("the senior researcher of OpenAI")
        ("החוקר הבכיר של OpenAI, יואב לוינסון, עוזב", ["יואב לוינסון"]),
        ("پژوهشگر ارشد گوگل، کیوان رستمی، از این شرکت جدا شد", ["کیوان رستمی"]),
        # an apposition: the name starts its clause, a title follows the comma
        ("نیما کاظمی، پژوهشگر ارشد OpenAI، به Anthropic پیوست", ["نیما کاظمی"]),
        ('עמית שגיא, סמנכ"ל הטכנולוגיות של אינטל, עובר ל-Nvidia', ["עמית שגיא"]),
        # a Thai honorific takes a surname alone, touching the words around it
        ("การลาออกของนายธนพลเป็นข่าวใหญ่", ["ธนพล"]),
        # a title heading a field, in an apposition after a verb
        ("أعلنت سلمى حداد، نائبة رئيس أبحاث الذكاء الاصطناعي في ميتا، عن مغادرتها", ["سلمى حداد"]),
        # a Thai headline quotes the name it is about
        ("‘ธนพล แก้วมณี’ ย้ายไปร่วมงานกับ Anthropic", ["ธนพล แก้วมณี"]),
        # "one of the founders of": a title after the comma
        ("עידו שחר, אחד ממייסדי החברה, עוזב את Google", ["עידו שחר"]),
        # the company's own CEO, with its possessive
        ("أعلنت الشركة أن رئيسها التنفيذي نادر سليم سيغادر منصبه", ["نادر سليم"]),
        # an outlet's Latin spelling in brackets is the name given
        ("पूर्व इंजीनियर अनुराग मेहता (Anurag Mehta) ने इस्तीफा दिया", ["Anurag Mehta"]),
        # a noun of the move in the construct state, the mover right after it ("the
        # departure of X"); the ezafe does the same in Persian ("X's resignation")
        ("أكدت الشركة رحيل ليلى منصور بعد خمس سنوات", ["ليلى منصور"]),
        ("شرکت خبر استعفای بهرام نوری را تأیید کرد", ["بهرام نوری"]),
        # Hindi marks the one who acts ("ने"): the two words before it, starting their phrase
        ("एआई स्टार्टअप में काम करने वाले अमन गुप्ता ने कंपनी छोड़ दी", ["अमन गुप्ता"]),
        # a role without the article in an apposition ("X, who is a researcher at …")
        ("كريم منصور، وهو باحث في مختبر للروبوتات، انتقل إلى شركة أخرى", ["كريم منصور"]),
    ],
)
def test_anchored_names(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an adjective and a field after the title, no name ("the prominent researcher in
        # the field of AI")
        "قال الباحث البارز في مجال الذكاء الاصطناعي إن المنافسة تشتد",
        # a construct-state title names its organisation, not a person ("Google's CEO")
        'מנכ"ל גוגל הודיע על השקת מוצר חדש',
        "مدیرعامل گوگل از محصول تازه رونمایی کرد",
        # the title's adjective, with the article ("the new CEO")
        'המנכ"ל החדש של החברה הודיע על השקה',
        # a single word after a title is as often a noun as a surname
        "رفض الباحث عرض ميتا البالغ 200 مليون دولار",
        # "นายก…" is the title "prime minister", not "นาย" and a name
        "นายกรัฐมนตรี เยี่ยมชมศูนย์ข้อมูลแห่งใหม่",
        # a title after a comma, but the words before it are a source, not a name
        "به گزارش خبرگزاری فناوران، ساسان راد Sasan Rad مدیر اجرایی بخش رباتیک",
        # an organisation after a title-less comma ends no apposition ("…of OpenAI, is
        # now in the midst of …")
        'שנוסד על ידי סמנכ"לית המחקר של OpenAI, נמצא כעת בתקופה של עזיבות רבות',
        # brackets that spell an organisation or a term, not a person
        "कृत्रिम बुद्धिमत्ता (Artificial Intelligence) की दौड़",
        # the move of staff, no name ("the departure of the employees")
        "أكدت الشركة رحيل الموظفين بعد إعادة الهيكلة",
        # a group before the marker: a plural, a word that counts, no name
        "कंपनी के कई कर्मचारियों ने इस्तीफा दे दिया",
        # a phrase longer than a name before the marker
        "भारत की सबसे बड़ी आईटी कंपनी ने नई नीति बनाई",
    ],
)
def test_no_name(text: str) -> None:
    assert _names(text) == []


def test_verb_ends_the_name() -> None:
    # a lexicon term (a verb of leaving) is no part of the name after the title
    rules = default_rules()
    a = analyse("", "غادر الباحث ماركوس فيلدمان شركة OpenAI وانضم إلى Anthropic", rules=rules)
    assert a.entities.people == ("ماركوس فيلدمان",)
    assert (a.entities.from_org, a.entities.to_org) == ("OpenAI", "Anthropic")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("انضم المهندس كريم الحداد إلى Anthropic هذا الأسبوع.", "ar"),
        ("مهندس کیوان رستمی به متا پیوست.", "fa"),
        ("החוקרת מיכל ברק מצטרפת ל-OpenAI.", "he"),
        ("वरिष्ठ शोधकर्ता अमन गुप्ता xAI में शामिल हो गए हैं।", "hi"),
        ("นายธนพล แก้วมณี ย้ายไปร่วมงานกับ Anthropic", "th"),
    ],
)
def test_named_mover_makes_a_departure(text: str, lang: str) -> None:
    # one organisation and a move verb: the person found by the title carries the move
    a = analyse("", text, rules=default_rules(), lang_hint=lang)
    assert "departure" in a.categories
    assert len(a.entities.people) == 1


def test_known_person_keeps_the_gazetteer_name() -> None:
    # the gazetteer's Latin name wins where a title also anchors the name
    text = "قال الرئيس التنفيذي سام ألتمان إن الشركة ستوظف المزيد"
    assert [p.name for p in find_people(default_rules(), text)] == ["Sam Altman"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # vowels, doubled letters and kindred letters spelled another way than the alias
        ("روومینگ پانگ", "Ruoming Pang"),
        ("סאם אלטמן", "Sam Altman"),
        ("सैम ऑल्टमन", "Sam Altman"),
        ("แซม อัลทแมน", "Sam Altman"),
        # no known person spelled so
        ("كريم الحداد", None),
        # a surname alone is too short to tell people apart by its consonants
        ("אלטמן", None),
    ],
)
def test_spelled_like_a_known_person(name: str, expected: str | None) -> None:
    assert spelled_like(default_rules().known_people, name) == expected


def test_unknown_spelling_of_a_known_person_found_by_title() -> None:
    text = "مهندس روومینگ پانگ به متا پیوست."
    assert [p.name for p in find_people(default_rules(), text)] == ["Ruoming Pang"]


@pytest.mark.parametrize(
    "text",
    [
        # no title needed: a known person spelled another way than any alias
        "قالت ميرا موراتى إنها ستغادر الشركة",
        # with "and" glued to the first name
        "استقال مدير المنتجات ومیرا موراتي من منصبيهما",
    ],
)
def test_known_person_in_another_spelling(text: str) -> None:
    assert "Mira Murati" in [p.name for p in find_people(default_rules(), text)]


def test_titles_of_the_text_language_only() -> None:
    # Arabic and Persian share a script, not their titles: "مهندس" before a name is a
    # Persian honorific, in Arabic an indefinite noun ("a veteran engineer")
    rules = default_rules()

    def names(text: str, lang: str) -> list[str]:
        found = caseless_people(
            rules, text, 0, len(text), lambda t: find_orgs(rules, t), langs=frozenset({lang})
        )
        return [p.name for p in found]

    assert names("يخلفه مهندس مخضرم سليم عمل لدى غوغل", "ar") == []
    assert names("مهندس کیوان رستمی به متا پیوست", "fa") == ["کیوان رستمی"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("علی رضایی، پژوهشگر ارشد گوگل، از این شرکت جدا شد و به OpenAI پیوست.", "علی رضایی"),
        ("علي حسن، الباحث في جوجل، انضم إلى OpenAI.", "علي حسن"),
    ],
)
def test_the_most_common_given_name_is_no_organisation_word(text: str, name: str) -> None:
    # no alias of the organisation table holds "Ali" as a word of its own
    assert name in analyse("", text).entities.people
