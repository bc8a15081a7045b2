"""The grammar the classifier reads names and clauses with, compiled from the [names]
and [grammar] tables of the lexicons (seeds/lexicon/<lang>.toml).

The words are data; this module holds the mechanisms, one per writing system where
names are found differently:

- latin (every language written with capitals): a person is a run of capitalised
  words, joined by the name particles of any lexicon ("Ana de Souza", "bin Salman");
- hangul: one or two words after a title, or a name of three syllables before a title
  or an honorific, a trailing particle cut off ("CEO 노암 샤지어", "이서준 박사"), or
  before "former" and an organisation ("이서준 전 네이버 대표": checked by the caller); the
  table's Latin spellings of surnames give such names their reading ("Lee Seo-jun");
- han: a transliteration written with a middle dot, or a surname of the table and one
  or two characters right after a title and before a verb or a comma;
- kana: a name in kana or characters before an honorific ("ワン氏"), not after one of
  the honorific's pronoun characters ("同氏": the same person);
- arabic, hebrew, devanagari, thai (scripts without capitals): one to three words after
  a title or role noun ("الباحث", "המנכ\"ל", "मुख्य वैज्ञानिक", "นาย"), a name before a
  comma and a title ("X, the CEO of …"), or any name right before its Latin spelling in
  brackets; the words are checked by watcher/classify/caseless.py.

The clause grammar is read from every lexicon alike, since news quote one another:
relative pronouns (a relative clause names background), genitive endings, agent
markers of a passive ("founded by"), the words that date a formation in the past, the
articles between a cue and its organisation and the words of a range of amounts (the
last two are compiled in rules.py and amounts.py). Words matched on folded text are
folded here too. A table nobody filled compiles to a pattern that never matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import groupby

from anyascii import anyascii

from watcher.classify.known_people import PinyinSpelling
from watcher.classify.text import fold, is_spaceless

# Latin (with Latin-1, Extended-A: Ł Ś Ž Ş Ğ İ, and Extended Additional U+1E00..U+1EFF, which
# holds most Vietnamese letters: "Nguyễn") and Cyrillic (Russian, Ukrainian: Є І Ї Ґ)
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u01a0\u01af\u1e00-\u1eff\u0400-\u042f\u0490"
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u01a1\u01b0\u1e00-\u1eff\u0430-\u045f\u0491"
# a hyphenated part may be a lower-case syllable of a romanised given name ("Jun-seok")
TOKEN = (
    rf"[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?"
    rf"(?:-(?:[{UPPER}][{LOWER}]+|[{LOWER}]{{2,5}}(?![{LOWER}])))?(?:['’]s)?"
)
# CJK characters may touch a Latin name ("Adept创始人David Luan"): only Latin or Cyrillic
# letters, digits, @ and # before the name break it.
_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff0-9_"
_HANGUL = "\uac00-\ud7af"
_HAN = "\u4e00-\u9fff"
_KANA_NAME = "\u30a1-\u30fa\u30fc・"

# scripts without capital letters, where titles and brackets find unknown names
_CASELESS_SCRIPTS = frozenset({"arabic", "hebrew", "devanagari", "thai"})
# letters of those scripts (with Persian's zero-width non-joiner, Hebrew's geresh)
CASELESS_LETTERS = (
    "\u0620-\u063f\u0641-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f"
    "\u05d0-\u05ea\u05f3\u05f4\u0900-\u0963\u0971-\u097f\u0e01-\u0e3a\u0e40-\u0e4e\u200c"
)

# [names] keys that choose one of a few values: the writing system names are found in
# (latin when not given; hangul, han and kana are the CJK languages, tried together), and
# what capitals mark besides names: "headlines" (English Headline Style), "nouns" (German)
CHOICES: Mapping[str, frozenset[str]] = {
    "script": frozenset({"latin", "hangul", "han", "kana", *_CASELESS_SCRIPTS}),
    "capitals": frozenset({"names", "headlines", "nouns"}),
}
_CJK_SCRIPTS = frozenset({"hangul", "han", "kana"})
# [names] keys: what each one holds is documented in seeds/README.md
NAME_KEYS = frozenset(
    {
        "particles",
        "titles",
        "honorifics",
        "honorific_pronouns",
        "not_final",
        "not_names",
        "not_name_endings",
        "noun_parts",
        "noun_endings",
        "org_genitive",
        "name_case_endings",
        "name_case_forms",
        "name_given_forms",
        "plural_titles",
        "patronymics",
        "surnames",
        "transliteration",
        "after_name",
        "dropped",
        "lab_words",
        "latin_surnames",
        "pinyin_syllables",
        "pinyin_marks",
        "former",
        "age_brackets",
        "org_endings",
        "org_final_vowels",
        "org_stem_changes",
        "org_prefixes",
        "title_links",
        "title_orgs",
        "titles_of",
        "title_prefixes",
        "name_quotes",
        "not_name_starts",
        "name_markers",
        "org_markers",
        "object_words",
        "object_particles",
        "origin_words",
        "mover_verbs",
        "mover_ends",
        "name_ands",
        "move_words",
        "move_gaps",
        "subject_particles",
    }
)
GRAMMAR_KEYS = frozenset(
    {
        "relative",
        "genitive",
        "agent",
        "year_before",
        "year_after",
        "ago",
        "particles",
        "range",
        "articles",
        "adnominal",
        "founding",
        "copula",
        "abbreviations",
        "date_words",
        "naming",
        "definite",
        "new",
        "returns",
        "agreement",
    }
)


@dataclass(frozen=True, slots=True)
class Grammar:
    """Compiled name and clause patterns (see the module docstring)."""

    person: re.Pattern[str]  # a run of capitalised words (latin)
    name_particles: frozenset[str]  # lower-case words inside a name ("van der", "de la")
    honorific_name: re.Pattern[str]  # kana: group 1 is the name
    name_after_title: re.Pattern[str]  # hangul: group 1 is one or two words
    name_before_title: re.Pattern[str]  # hangul: group 1 is the name
    name_before_former: re.Pattern[str]  # hangul: "<name> 전 <org>", group 1 is the name
    name_before_word: re.Pattern[str]  # hangul: "<name> <org> <title>", group 1 is the name
    title: re.Pattern[str]  # hangul: a title or honorific
    name_before_age: re.Pattern[str]  # hangul: "<name>(48)", group 1 is the name
    not_name: re.Pattern[str]  # hangul: a word next to a title that is no name
    verb_form: re.Pattern[str]  # hangul: a verb form before its noun ("빼간": that took)
    particle: re.Pattern[str]  # hangul: a particle at the end of a word
    not_final: frozenset[str]  # hangul: particles a name of three syllables never ends with
    han_name: re.Pattern[str]  # han: group "dot" or group "native"
    # a name with no title, as the subject of a move verb: han "<surname><1-2>离开",
    # hangul "<3 syllables>는 …", kana "<surname><given>が …"; group 1 is the name
    bare_han: re.Pattern[str]
    # han: a name with no title as the object of a hiring verb ("挖来张伟和李娜"); group 1
    han_object: re.Pattern[str]
    # han: names listed with "、" and closed by "等(人)" ("包括…的张伟、李娜等人"); group 1
    # is the list, its names begin with a surname
    han_list: re.Pattern[str]
    bare_hangul: re.Pattern[str]
    bare_kana: re.Pattern[str]
    move_word: re.Pattern[str]  # hangul, kana: a move verb in the clause after such a name
    # ... or as the object of a hiring verb: hangul "<3 syllables>를 …", "출신 <3 syllables>
    # …", kana "<surname><given>を …"; group 1 is the name, `hire_word` in the clause after
    object_hangul: re.Pattern[str]
    object_kana: re.Pattern[str]
    hire_word: re.Pattern[str]
    bare_stop: re.Pattern[str]  # han, kana: a word such a name never starts or ends with
    transliteration: frozenset[str]  # han: the characters of transliterated foreign names
    relative: re.Pattern[str]  # ", who …," or ", who …" to the end of the sentence (original text)
    genitive: re.Pattern[str]  # "'s", "的", matched right after a name
    possessive_endings: frozenset[str]  # genitive endings of letters only ("ova": "Novákova")
    # the languages of each such ending ("in" is Czech and Slovak; in Finnish it is the
    # genitive that also marks the object hired: "palkkasi Jane Doen")
    possessive_langs: Mapping[str, frozenset[str]]
    agent: re.Pattern[str]  # "by " right before a name (folded text)
    returns: re.Pattern[str]  # a stem of returning inside a join word (folded text)
    past_year: re.Pattern[str]  # "… in 2014", "two years ago" after a formation word
    dated_move: re.Pattern[str]  # "… in 2020" after a move word, in the same clause
    ago_move: re.Pattern[str]  # "… two years ago" after a move word, in the same clause
    ago_before: re.Pattern[str]  # "3年前に…", "dwa lata temu …" just before a move word
    year_then_form: re.Pattern[str]  # "于2015年…创立": a year written before the formation
    dated_purpose: re.Pattern[str]  # "left Google in 2020 to found …": the year just before
    adnominal: re.Pattern[str]  # "が設立したラボ", "가 설립한 연구소": a verb before its noun
    # "成立“百川智能”", "「サカナAI」を設立", "成立了Novarise AI": the name of a new company
    quoted_founding: re.Pattern[str]
    copula_end: re.Pattern[str]  # "…설립한 신생 기업이다.": a sentence that describes
    naming: re.Pattern[str]  # "a new division called X": a unit introduced by its name
    new_word: re.Pattern[str]  # "new", "newly", "nouveau": a formation told as an attribute
    definite_end: re.Pattern[str]  # "the", "Meta's", "du" right before it: a lab already told
    definite_new_end: re.Pattern[str]  # "the newly " right before a participle ("formed")
    lab_name: re.Pattern[str]  # capitalised words ending in a lab word ("Black Forest Labs")
    abbreviation: re.Pattern[str]  # a title or abbreviation before its period, at the end
    dropped: tuple[str, ...]  # courtesy words after a name, no part of its key ("さん")
    latin_surnames: Mapping[str, str]  # hangul surname -> its usual Latin spelling ("김" -> "Kim")
    cjk_langs: frozenset[str]  # languages of the hangul, han and kana scripts
    han_langs: frozenset[str]  # languages of the han script (names read in pinyin)
    headline_case: frozenset[str]  # languages whose headlines capitalise every word
    noun_case: frozenset[str]  # languages that capitalise every noun
    org_genitive: Mapping[str, tuple[str, ...]]  # "Metas", "OpenAIs": an organisation's
    # genitive ending, glued to its name, by language
    # case endings a language glues to a foreign surname ending in a consonant, by
    # language ("Brandtin", "Marekille"), longest first
    name_case_endings: Mapping[str, tuple[str, ...]]
    # how a language writes Chinese names in its own letters, by language ("Чжан Цзян"
    # is "Zhang Jiang" in Russian)
    pinyin: Mapping[str, PinyinSpelling]
    # a surname's case ending and its nominative ending ("Zielińskiego" -> "Zieliński",
    # "Novotnou" -> "Novotná"), by language, longest first
    name_case_forms: Mapping[str, tuple[tuple[str, str], ...]]
    # the case endings of a given name beside a surname in one of `name_case_forms`, by
    # language and the surname's case ending ("ского": "Юрия" -> "Юрий")
    name_given_forms: Mapping[str, Mapping[str, tuple[tuple[str, str], ...]]]
    # surname endings read back only where the given name beside them is in a case
    # ("Дмитрия Орлова" -> "Дмитрий Орлов"; "Анна Орлова" stays), by language
    name_given_cases: Mapping[str, tuple[tuple[str, str], ...]]
    # the letters of a patronymic, by language: the middle word of a name of three
    # holds them ("Юрия Ивановича Белецкого")
    patronymics: Mapping[str, re.Pattern[str]]
    # surnames as written, by language: in Latin letters, part of a name though they fold
    # to a common word or an organisation's ("Đỗ": "đô", the dollar; "Lý": "LY")
    surnames: Mapping[str, frozenset[str]]
    # letters inside a word that only a noun holds ("Forschungsbüro": the linking "ungs")
    noun_part: re.Pattern[str]
    caseless_title: re.Pattern[str]  # arabic, hebrew, devanagari, thai: a title before a name
    caseless_titles_of: re.Pattern[str]  # titles an organisation follows ("מנכ"ל גוגל": CEO of)
    caseless_titles: Mapping[str, re.Pattern[str]]  # the titles of each such language
    caseless_links: frozenset[str]  # words between a title and a name ("former", "senior")
    caseless_org_links: frozenset[str]  # words before a title's organisation ("של", "لشركة")
    caseless_stops: frozenset[str]  # words next to a title that are no names (folded)
    caseless_starts: tuple[str, ...]  # beginnings of words that are no names ("ال": "the")
    # the links, organisation links and stops: words a clause may hold before a title
    caseless_skip: frozenset[str]
    caseless_long_stops: tuple[str, ...]  # stops of two letters or more (found inside words)
    caseless_quoted: re.Pattern[str]  # a name of two words in quotes (Thai headlines)
    # a case marker written after the one who acts (Hindi "ने"): the words before are a name
    caseless_marker: re.Pattern[str] = re.compile("(?!)")
    # a preposition before an organisation that ends the mover's phrase where the verb
    # comes last (Persian "X Y به گوگل پیوست"): the two words before it are a name
    caseless_org_marker: re.Pattern[str] = re.compile("(?!)")
    caseless_endings: tuple[str, ...] = ()  # endings no name takes (the plural: "कर्मचारियों")
    # a verb of moving that starts its clause, the mover right after it (Arabic "انتقل X Y
    # إلى …"), and the words that end the mover's name there ("إلى", "من", "بشركة")
    caseless_mover_verb: re.Pattern[str] = re.compile("(?!)")
    caseless_mover_ends: frozenset[str] = frozenset()
    # "and" between two names that share a marker ("X Y और Z W ने"); one letter: glued too
    caseless_ands: frozenset[str] = frozenset()
    # titles of two people or more ("الباحثان", "החוקרים"): each name of the list after
    # one, joined by `caseless_ands`, is found
    caseless_plurals: tuple[str, ...] = ()


# (table, key) -> language -> words, in the order the lexicons were read
Words = Mapping[tuple[str, str], Mapping[str, list[str]]]


def union(words: Words, table: str, key: str, langs: Iterable[str] | None = None) -> list[str]:
    """The words of one key over all languages (or `langs`), first occurrence first."""
    found: dict[str, None] = {}
    for lang, terms in words.get((table, key), {}).items():
        if langs is None or lang in langs:
            found.update(dict.fromkeys(terms))
    return list(found)


def folded(words: Words, table: str, key: str) -> list[str]:
    """The words of one key over all languages, folded like the text they are matched
    on (see text.fold): "år" -> "ar"."""
    return list(dict.fromkeys(fold(t) for t in union(words, table, key)))


def _pinyin_spellings(
    words: Words, han: list[str], latin_surnames: Mapping[str, str]
) -> dict[str, PinyinSpelling]:
    """`Grammar.pinyin`: the syllables and marks of each language that has them; the
    surnames are those the languages of names in Chinese characters list, read in pinyin
    (the `latin_surnames` reading where the usual one of the character differs)."""
    latin = {c: spelled for c, spelled in latin_surnames.items() if re.fullmatch(f"[{_HAN}]+", c)}
    written = union(words, "names", "surnames", han)
    surnames = frozenset(
        (latin.get(c) or anyascii(c)).lower() for c in written if re.fullmatch(f"[{_HAN}]+", c)
    ) | frozenset(spelled.lower() for spelled in latin.values())
    marks = words.get(("names", "pinyin_marks"), {})
    return {
        lang: PinyinSpelling(
            syllables=dict(t.split() for t in terms),
            marks=re.compile(
                "|".join(
                    rf"{re.escape(m[:-1])}\b" if m.endswith("$") else re.escape(m)
                    for m in marks.get(lang, [])
                )
                or "(?!)"
            ),
            surnames=surnames,
        )
        for lang, terms in words.get(("names", "pinyin_syllables"), {}).items()
    }


def _case_forms(terms: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """`"old>new"` endings as pairs, the longest old ending first."""
    pairs = [(old, new) for old, _, new in (t.partition(">") for t in terms) if old]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


def _given_forms(
    terms: Iterable[str],
) -> tuple[dict[str, tuple[tuple[str, str], ...]], tuple[tuple[str, str], ...]]:
    """`"<surname endings>: <given name endings>"` lines as the given name's `"old>new"`
    endings by the surname's case ending, and the surname endings written `"old>new"`
    there (read back only beside a given name in a case), the longest first."""
    given: dict[str, list[str]] = {}
    surnames: list[str] = []
    for term in terms:
        head, _, body = term.partition(":")
        for ending in head.split():
            if ">" in ending:
                surnames.append(ending)
            given.setdefault(ending.partition(">")[0], []).extend(body.split())
    return {old: _case_forms(forms) for old, forms in given.items()}, _case_forms(surnames)


def _alt(terms: Iterable[str]) -> str:
    """A non-capturing alternation of literal words; one that never matches when empty."""
    body = "|".join(re.escape(t) for t in terms)
    return f"(?:{body})" if body else "(?!)"


def _behind(terms: Iterable[str]) -> str:
    """Lookbehinds for literal words, one of which must end right before; never true when
    empty."""
    body = "|".join(f"(?<={re.escape(t)})" for t in sorted(set(terms)))
    return body or "(?!)"


def _chars(terms: Iterable[str]) -> str:
    """A character class of single characters; one that never matches when empty."""
    body = "".join(re.escape(t) for t in terms)
    return f"[{body}]" if body else "(?!)"


def _whole_words(terms: list[str]) -> str:
    """An alternation of literal words that stand whole (no word character on either
    side); one that never matches when empty. The boundaries are written once around the
    alternation, not around each word: the regex engine skips an alternative whose first
    letter does not match at once, but must run a lookbehind that opens one (the same
    matches, in the same order of preference)."""
    return rf"(?<!\w){_alt(terms)}(?!\w)" if terms else "(?!)"


def _bounded(terms: Iterable[str]) -> tuple[list[str], list[str]]:
    """Terms split into those that need word boundaries and those of scripts written
    without spaces, which do not."""
    terms = list(terms)
    return [t for t in terms if not is_spaceless(t)], [t for t in terms if is_spaceless(t)]


def compile_grammar(words: Words, choices: Mapping[str, Mapping[str, str]]) -> Grammar:
    """Build the Grammar from the merged [names] and [grammar] tables; `choices` maps
    "script" and "capitals" to each language's value (see CHOICES)."""
    scripts = choices.get("script", {})
    capitals = choices.get("capitals", {})

    def of(script: str) -> list[str]:
        return [lang for lang, s in scripts.items() if s == script]

    particles = sorted(union(words, "names", "particles", None), key=lambda t: (-len(t), t))
    particle = _alt(particles)
    between = rf"[ \xa0]+(?:{particle}[ \xa0]+){{0,2}}"  # "van der", "de la"
    person = re.compile(rf"(?<![{_LATIN}@#])({TOKEN}(?:{between}{TOKEN})+)(?![{_LATIN}])")

    kana = of("kana")
    lookbehind = "".join(
        f"(?<!{re.escape(p)})" for p in union(words, "names", "honorific_pronouns", kana)
    )
    honorific_name = re.compile(
        rf"{lookbehind}([{_KANA_NAME}]{{2,12}}|[{_HAN}]{{2,4}})"
        rf"{_alt(union(words, 'names', 'honorifics', kana))}"
    )

    hangul = of("hangul")
    titles = _alt(union(words, "names", "titles", hangul))
    honorifics = union(words, "names", "honorifics", hangul)
    word = rf"[{_HANGUL}]{{1,5}}"
    name_after_title = re.compile(rf"{titles}\s+({word}(?:\s{word})?)")
    # a name's third syllable: Hangul; one of `not_final` is a particle ("구글은" is a word
    # and its particle) unless it does not fit the syllable before it, which the caller
    # tells ("이지은": see entities._particle_end)
    third = rf"[{_HANGUL}]"
    name_before_title = re.compile(
        rf"(?<![{_HANGUL}])([{_HANGUL}]{{2}}{third})\s(?:{_alt(honorifics)}|{titles})"
    )
    former = _alt(union(words, "names", "former", hangul))
    name_before_former = re.compile(rf"(?<![{_HANGUL}])([{_HANGUL}]{{2}}{third})\s{former}\s")
    name_before_word = re.compile(rf"(?<![{_HANGUL}])([{_HANGUL}]{{2}}{third})\s")
    title = re.compile(rf"{_alt(honorifics)}|{titles}")
    # "김성훈(48) 교수": an age in brackets right after a word of three or four syllables
    ages = [b for b in union(words, "names", "age_brackets", hangul) if len(b) == 2]
    aged = "|".join(re.escape(b[0]) + r"\d{2}" + re.escape(b[1]) for b in ages) or "(?!)"
    name_before_age = re.compile(rf"(?<![{_HANGUL}])([{_HANGUL}]{{3,4}})(?:{aged})")
    endings = _alt(union(words, "names", "not_name_endings", hangul))
    not_name = re.compile(rf"(?:{endings}$)|^{_alt(union(words, 'names', 'not_names', hangul))}$")
    verb_form = re.compile(rf"(?:{endings})$")
    particle_end = re.compile(rf"{_alt(union(words, 'grammar', 'particles', hangul))}$")

    han = of("han")
    # hangul and Chinese surnames -> their usual Latin spelling ("김 Kim", "曾 Zeng")
    latin_surnames = dict(
        pair
        for pair in (t.split() for t in union(words, "names", "latin_surnames"))
        if len(pair) == 2
    )
    translit = _chars(union(words, "names", "transliteration", han))
    surnames = _chars(union(words, "names", "surnames", han))
    han_name = re.compile(
        rf"(?P<dot>{translit}{{1,6}}·{translit}{{1,7}})"
        rf"|{_alt(union(words, 'names', 'titles', han))}(?P<native>{surnames}[{_HAN}]{{1,2}}?)"
        rf"(?={_alt(union(words, 'names', 'after_name', han))}|\s|$)"
    )

    # a name with no title is found only as the subject of a move verb, at the start of
    # its clause: han, a surname and one or two characters right before the verb (or a
    # word of time and then the verb: "张伟周五被…解雇"); hangul and kana, the name and a
    # subject particle (or a comma), the verb later in the clause (checked by the caller)
    moves_han = _alt(union(words, "names", "move_words", han))
    gaps_han = _alt(union(words, "names", "move_gaps", han))
    bare_han = re.compile(
        rf"(?<![{_HAN}])({surnames}[{_HAN}]{{1,2}}?)(?:{gaps_han})?(?={moves_han})"
    )
    # ... or as the object of a hiring verb: the verb (and "了"), a surname and one or
    # two characters, then what follows a name (a comma, "and", "as") or the end
    objects = _alt(union(words, "names", "object_words", han))
    ends_han = _alt(union(words, "names", "after_name", han))
    # ... and a second name joined to it ("挖来张伟和李娜两位研究员")
    han_end = rf"(?={ends_han}|[。！？；\s两兩二三等]|$)"
    han_object = re.compile(
        rf"(?:{objects})了?({surnames}[{_HAN}]{{1,2}}?){han_end}"
        rf"(?:[和与與及、]({surnames}[{_HAN}]{{1,2}}?){han_end})?"
    )
    # ... or listed, two names or more joined by "、" and closed by "等" ("and others"):
    # "包括参与研发的张伟、李娜等人"
    han_given = rf"(?:{surnames})[{_HAN}]{{1,2}}"
    han_list = re.compile(
        rf"(?:(?<=[的括含：，,])|(?<![{_HAN}]))({han_given}(?:、{han_given})+)(?=等)"
        # ... or the last joined by "and", before "and others" or a move verb, at the start
        # of a clause or after a title: "研究员王磊、刘洋和陈静离开谷歌"
        rf"|(?:(?<=[的括含：，,])|(?<![{_HAN}])|{_behind(union(words, 'names', 'titles', han))})"
        rf"({han_given}(?:、{han_given})*)[和与與及]({han_given})(?=等|{moves_han})"
    )
    subject = _alt(union(words, "names", "subject_particles", hangul))
    bare_hangul = re.compile(rf"(?<![{_HANGUL}])([{_HANGUL}]{{3}})(?:{subject}|,)(?=\s)")
    kana_surnames = sorted(union(words, "names", "surnames", kana), key=lambda t: (-len(t), t))
    kana_subject = _alt(union(words, "names", "subject_particles", kana))
    bare_kana = re.compile(
        rf"(?<![{_HAN}\u30a0-\u30ff])((?P<surname>{_alt(kana_surnames)})[{_HAN}]{{1,3}}?)"
        rf"(?:{kana_subject})"
    )
    move_word = re.compile(_alt(union(words, "names", "move_words", [*hangul, *kana])))
    object_of = _alt(union(words, "names", "object_particles", hangul))
    origin = _alt(union(words, "names", "origin_words", hangul))
    object_hangul = re.compile(
        rf"(?<![{_HANGUL}])([{_HANGUL}]{{3}})(?:{object_of})(?=\s)"
        rf"|(?:{origin})\s([{_HANGUL}]{{3}})(?=\s)"
    )
    object_kana = re.compile(
        rf"(?<![{_HAN}\u30a0-\u30ff])((?P<surname>{_alt(kana_surnames)})[{_HAN}]{{1,3}}?)"
        rf"(?:{_alt(union(words, 'names', 'object_particles', kana))})"
    )
    hire_word = re.compile(_alt(union(words, "names", "object_words", [*hangul, *kana])))
    bare_stop = re.compile(_alt(union(words, "names", "not_names", [*han, *kana])))

    relative = re.compile(
        rf",\s*{_alt(union(words, 'grammar', 'relative'))}\b[^,.;!?\n]*(?:,|(?=[.;!?\n])|$)"
    )
    latin, spaceless = _bounded(union(words, "grammar", "genitive"))
    genitive = re.compile(
        "|".join([*(rf"{re.escape(t)}\b" for t in latin), *(re.escape(t) for t in spaceless)])
        or "(?!)"
    )
    agent = re.compile(rf"(?:^|\W){_alt(folded(words, 'grammar', 'agent'))}\s+$")
    latin, spaceless = _bounded(folded(words, "grammar", "ago"))
    year_before = folded(words, "grammar", "year_before")
    # "in 2014", "in October 2018", "im Frühjahr 2019": a month or a season (`date_words`)
    # may stand between the preposition and the year
    dated = (
        rf"\b{_alt(year_before)}\s+"
        rf"(?:{_alt(folded(words, 'grammar', 'date_words'))}\s+){{0,2}}(?:19|20)\d\d\b"
    )
    # (or the year right after the verb, with no preposition: "grundades 2016", "founded 2015")
    past_year = re.compile(
        rf"\s+(?:19|20)\d\d\b(?![\d%])|[^.;]{{0,60}}?(?:\b{_alt(year_before)}\s+(?:19|20)\d\d\b"
        rf"|\b{_alt(latin)}\b|{_alt(spaceless)})"
    )
    # "joined Meta in 2020", "left Google in October 2018"
    dated_move = re.compile(rf"[^.;,]{{0,60}}?{dated}")
    # "joined Microsoft two years ago", "3년 전 구글에서 합류한": a move years back; only the
    # words that say "ago" outright (a phrase, or a script without spaces), not a bare
    # "years" ("nach zehn Jahren bei Google wechselt er …" is news)
    explicit = [t for t in latin if " " in t]
    ago = "|".join([*([_whole_words(explicit)] if explicit else []), *map(re.escape, spaceless)])
    ago = ago or "(?!)"
    ago_move = re.compile(rf"[^.;,]{{0,60}}?(?:{ago})")
    ago_before = re.compile(rf"(?:{ago})[^.;,:!?，。；、]{{0,30}}$")
    # scripts without spaces put the date before the verb ("于2015年由…共同创立"): a year
    # after a year_before word, in the clause that ends at the formation word
    # (or a particle after the year: "2015年に…設立", "2021년에 … 설립")
    _, spaceless_years = _bounded(year_before)
    after_year = _alt(folded(words, "grammar", "year_after"))
    # a move dated just before a formation told as its purpose ("quitte Google en 2020 pour
    # fonder", "left Meta in 2021 to start"): the formation is as old as the move
    dated_purpose = re.compile(rf"{dated}[^.;,:!?]{{0,20}}$")
    year_then_form = re.compile(
        rf"(?:{_alt(spaceless_years)}\s*(?:19|20)\d\d\s*[年년]|(?:19|20)\d\d\s*{after_year})"
        rf"[^,，;；。.!?！？]{{0,40}}$"
    )
    # a unit introduced by its name later in the formation's clause ("joined a new division
    # called X", "per creare una nuova unità chiamata X"): the unit is new
    latin_naming, spaceless_naming = _bounded(folded(words, "grammar", "naming"))
    bounded_naming = [_whole_words(latin_naming)] if latin_naming else []
    naming_alt = "|".join([*bounded_naming, *map(re.escape, spaceless_naming)])
    naming = re.compile(rf"[^,;.!?，；。،؛]{{0,60}}?(?:{naming_alt or '(?!)'})")
    # a definite article, a possessive or a genitive ending right before the word for
    # "new" ("the new lab", "Acme's newly created lab", "du nouveau laboratoire"): the lab
    # is one the reader already knows, told as where people work, not formed in the news
    # (a genitive ending, "'s", is glued to the name before it; the others are words)
    # (the boundary before the words written once for each run of them: see `_whole_words`)
    definite_alt = "|".join(
        rf"(?<!\w){_alt(run)}\s+" if word else "|".join(rf"{re.escape(t)}\s*" for t in run)
        for word, run in groupby(folded(words, "grammar", "definite"), lambda t: t[:1].isalnum())
    )
    definite_end = re.compile(rf"(?:{definite_alt or '(?!)'})$")
    # ... and the participle after it ("the newly formed lab": "formed" is told known too)
    new_alt = _alt(folded(words, "grammar", "new"))
    definite_new_end = re.compile(rf"(?:{definite_alt or '(?!)'}){new_alt}\s+$")
    # a verb-final clause before a noun ("ムラティ氏が設立したThinking Machines",
    # "무라티가 설립한 싱킹머신즈", "Murati创办的公司"): the ending, then the noun at once
    # (hangul: after a space; a hiragana particle or a mark ends the clause instead)
    clause_ends = union(words, "grammar", "adnominal")
    after_space = [t for t in clause_ends if re.search(rf"[{_HANGUL}]", t)]
    glued_on = [t for t in clause_ends if t not in after_space]
    noun = rf"[A-Za-z\u30a0-\u30ff\u4e00-\u9fff{_HANGUL}「『“‘']"
    adnominal = re.compile(rf"(?:{_alt(glued_on)}(?={noun})|{_alt(after_space)}\s(?={noun}))")
    # the press quotes the name of a company it reports founded, next to the verb (before
    # it in Chinese, after it in Japanese and Korean): the quoted name is the new lab's
    opening, closing = "\u201c\u300c\u300e\u2018'\"", "\u201d\u300d\u300f\u2019'\""
    quote = f"[{opening}][^{closing}\n]{{1,24}}[{closing}]"
    founding_terms = union(words, "grammar", "founding")
    founding = _alt(founding_terms)
    # the new company's Latin name is also written bare beside the verb ("成立了Novarise AI",
    # "Lumina Forgeを設立"): before the verb only where a particle marks it as the object (a
    # Latin name before a bare Chinese verb is its subject, the founder: "Altman创立")
    bare = r"[A-Z][A-Za-z0-9.&'-]*(?: [A-Z0-9][A-Za-z0-9.&'-]*){0,3}"
    object_founding = _alt(t for t in founding_terms if not re.match(rf"[{_HAN}]", t))
    # an object particle, then the place or the time, then the verb ("「X」を東京で設立",
    # "'X'를 파리에서 설립"): the particle is the term's first word (a hiragana particle,
    # or the word before a space)
    particled = [
        (t[0], t[1:]) if re.match(r"[\u3040-\u309f]", t) else tuple(t.split(" ", 1))
        for t in founding_terms
        if re.match(r"[\u3040-\u309f]", t) or (" " in t and is_spaceless(t.split(" ")[0]))
    ]
    gapped = "|".join(
        rf"{re.escape(p)}[^、。，,.!?\n]{{1,10}}?{re.escape(v.strip())}" for p, v in particled
    )
    quoted_founding = re.compile(
        rf"{founding}\s*(?P<a>{quote}|{bare})|(?P<b>{quote})\s*(?:{founding}|{gapped or '(?!)'})"
        rf"|(?P<c>{bare})\s*{object_founding}"
    )
    lab_words = _alt(union(words, "names", "lab_words"))
    lab_name = re.compile(rf"\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}}\s+{lab_words}\b")
    caseless = [lang for lang, s in scripts.items() if s in _CASELESS_SCRIPTS]
    titles_of = union(words, "names", "titles_of", caseless)
    plurals = union(words, "names", "plural_titles", caseless)
    titles_c = sorted(
        {*union(words, "names", "titles", caseless), *plurals, *titles_of},
        key=lambda t: (-len(t), t),
    )
    letter = f"[{CASELESS_LETTERS}]"
    spaced, glued = _bounded(titles_c)
    # a title ends with its word, but Thai writes a name right after its title ("นายแซม")
    # "and" glued to a title ("ورئيس الأبحاث", "והחוקר")
    prefix = _chars(union(words, "names", "title_prefixes", caseless))
    # (a Thai honorific may touch the word before it, too: "ของนาย…")
    caseless_title = re.compile(rf"(?<!{letter}){prefix}?{_alt(spaced)}(?!{letter})|{_alt(glued)}")

    def title_of(lang: str) -> re.Pattern[str]:
        """The titles of one language: Arabic and Persian share a script, not their titles
        (a Persian honorific before a name is an Arabic noun before an adjective)."""
        terms = {
            *union(words, "names", "titles", [lang]),
            *union(words, "names", "plural_titles", [lang]),
            *union(words, "names", "titles_of", [lang]),
        }
        spaced, glued = _bounded(sorted(terms, key=lambda t: (-len(t), t)))
        own = _chars(union(words, "names", "title_prefixes", [lang]))
        return re.compile(rf"(?<!{letter}){own}?{_alt(spaced)}(?!{letter})|{_alt(glued)}")

    # written as listed, or capitalised at the start of a sentence ("Prof." for "prof.")
    listed = union(words, "grammar", "abbreviations")
    abbreviations = sorted({*listed, *(t[:1].upper() + t[1:] for t in listed)})
    links = frozenset(fold(t) for t in union(words, "names", "title_links", caseless))
    org_links = frozenset(fold(t) for t in union(words, "names", "title_orgs", caseless))
    stops = frozenset(fold(t) for t in union(words, "names", "not_names", caseless))
    markers = _bounded(union(words, "names", "name_markers", caseless))
    return Grammar(
        person=person,
        name_particles=frozenset(particles),
        honorific_name=honorific_name,
        name_after_title=name_after_title,
        name_before_title=name_before_title,
        name_before_former=name_before_former,
        name_before_word=name_before_word,
        title=title,
        name_before_age=name_before_age,
        not_name=not_name,
        verb_form=verb_form,
        particle=particle_end,
        not_final=frozenset(union(words, "names", "not_final", hangul)),
        han_name=han_name,
        bare_han=bare_han,
        object_hangul=object_hangul,
        object_kana=object_kana,
        hire_word=hire_word,
        han_object=han_object,
        han_list=han_list,
        bare_hangul=bare_hangul,
        bare_kana=bare_kana,
        move_word=move_word,
        bare_stop=bare_stop,
        transliteration=frozenset(union(words, "names", "transliteration", han)),
        relative=relative,
        genitive=genitive,
        possessive_endings=frozenset(
            t for t in union(words, "grammar", "genitive") if t.isalpha() and not is_spaceless(t)
        ),
        possessive_langs={
            ending: frozenset(
                lang
                for lang, terms in words.get(("grammar", "genitive"), {}).items()
                if ending in terms
            )
            for ending in union(words, "grammar", "genitive")
            if ending.isalpha() and not is_spaceless(ending)
        },
        agent=agent,
        returns=re.compile(_alt(folded(words, "grammar", "returns"))),
        past_year=past_year,
        dated_move=dated_move,
        ago_move=ago_move,
        ago_before=ago_before,
        year_then_form=year_then_form,
        dated_purpose=dated_purpose,
        adnominal=adnominal,
        quoted_founding=quoted_founding,
        copula_end=re.compile(rf"{_alt(union(words, 'grammar', 'copula'))}[\s。.!！]*$"),
        naming=naming,
        new_word=re.compile(rf"{new_alt}(?!\w)"),
        definite_new_end=definite_new_end,
        definite_end=definite_end,
        lab_name=lab_name,
        abbreviation=re.compile(rf"(?:^|(?<=[\s(.])){_alt(abbreviations)}$"),
        dropped=tuple(union(words, "names", "dropped")),
        latin_surnames=latin_surnames,
        cjk_langs=frozenset(lang for lang, s in scripts.items() if s in _CJK_SCRIPTS),
        han_langs=frozenset(han),
        headline_case=frozenset(lang for lang, c in capitals.items() if c == "headlines"),
        noun_case=frozenset(lang for lang, c in capitals.items() if c == "nouns"),
        # three letters or more on each side: "Forsch-ungs-büro", not "Se-ungs-oo"
        # ... or an ending only nouns and inflected adjectives take, after five letters or
        # more ("Entwicklung", "Künstlicher"; not "Hartung")
        noun_part=re.compile(
            rf"\w{{3}}{_alt(union(words, 'names', 'noun_parts'))}\w{{3}}"
            rf"|\w{{5}}{_alt(union(words, 'names', 'noun_endings'))}$"
        ),
        org_genitive={
            lang: tuple(terms) for lang, terms in words.get(("names", "org_genitive"), {}).items()
        },
        name_case_endings={
            lang: tuple(sorted(terms, key=len, reverse=True))
            for lang, terms in words.get(("names", "name_case_endings"), {}).items()
        },
        pinyin=_pinyin_spellings(words, han, latin_surnames),
        name_case_forms={
            lang: _case_forms(terms)
            for lang, terms in words.get(("names", "name_case_forms"), {}).items()
        },
        surnames={
            lang: frozenset(terms) for lang, terms in words.get(("names", "surnames"), {}).items()
        },
        patronymics={
            lang: re.compile(rf"\w\w{_alt(terms)}")
            for lang, terms in words.get(("names", "patronymics"), {}).items()
        },
        name_given_forms={
            lang: _given_forms(terms)[0]
            for lang, terms in words.get(("names", "name_given_forms"), {}).items()
        },
        name_given_cases={
            lang: _given_forms(terms)[1]
            for lang, terms in words.get(("names", "name_given_forms"), {}).items()
        },
        caseless_title=caseless_title,
        caseless_titles={lang: title_of(lang) for lang in caseless},
        caseless_titles_of=re.compile(rf"{prefix}?{_alt(titles_of)}$"),
        caseless_links=links,
        caseless_org_links=org_links,
        caseless_stops=stops,
        caseless_starts=tuple(union(words, "names", "not_name_starts", caseless)),
        caseless_skip=links | org_links | stops,
        caseless_long_stops=tuple(sorted(t for t in stops if len(t) > 1)),
        caseless_quoted=re.compile(
            "|".join(
                rf"{re.escape(q[0])}({letter}+ {letter}+){re.escape(q[1])}"
                for q in union(words, "names", "name_quotes", caseless)
                if len(q) == 2
            )
            or "(?!)"
        ),
        caseless_endings=tuple(union(words, "names", "not_name_endings", caseless)),
        # a marker ends with its word, but Thai runs on into the next ("ลาออกจาก…")
        caseless_marker=re.compile(
            rf"(?<={letter}) (?:{_alt(markers[0])})(?!{letter})"
            rf"|(?<={letter}) (?:{_alt(markers[1])})"
        ),
        caseless_org_marker=re.compile(
            rf"(?<={letter}) (?:{_alt(union(words, 'names', 'org_markers', caseless))})"
            rf"(?!{letter})"
        ),
        caseless_mover_verb=re.compile(
            rf"(?<!{letter}){prefix}?{_alt(union(words, 'names', 'mover_verbs', caseless))}"
            rf"(?!{letter})"
        ),
        caseless_mover_ends=frozenset(
            fold(t) for t in union(words, "names", "mover_ends", caseless)
        ),
        caseless_ands=frozenset(fold(t) for t in union(words, "names", "name_ands", caseless)),
        caseless_plurals=tuple(plurals),
    )
