"""People of the field known by name in every script (`seeds/people.toml`).

Capital letters find names in Latin and Cyrillic text; Hebrew, Arabic, Persian, Hindi,
Thai, Chinese, Japanese and Korean have none, and a reader of an alert wants the name in
Latin letters whatever the report's script. The gazetteer maps each spelling (an alias)
to the person's usual Latin name, which is what the alert and the event key carry.

An alias matches where its script allows a word to end:

- Latin: whole words, an optional genitive "s" ("Altman's");
- Cyrillic: the word may carry a case ending of up to three lower-case letters
  ("Альтмана", "Альтманом");
- Hebrew and Arabic script: one or two clitic letters may be glued in front
  ("ואלטמן", "وألتمان": "and Altman"; "لـ" ties with a tatweel);
- Hangul: nothing Hangul right before; particles may follow ("올트먼이", "올트먼은");
- Chinese, Japanese, Thai: anywhere (no spaces between words).

Letters a script writes in two forms are read alike in aliases and text (`_LETTER_FORMS`:
Arabic and Persian yeh, kaf, alef, Cyrillic "ё"/"э", some Hangul vowels), and a Latin
full name matches without its spaces too ("JaneDoe", glued into Chinese text).

A name in Latin letters with a case ending (Polish, Czech, Slovak: "Sama Altmana",
"Mirę Murati") is read as the known person it declines (`declined_person`).

A name found in Arabic, Persian, Hebrew, Devanagari or Thai script by its title (see
caseless.py) is the known person whose alias in that script it spells with the same
consonants (`spelled_like`): outlets write a foreign name's vowels, doubled letters and
kindred letters in their own way ("روومینگ پانگ" / "رومينغ بانغ").

Names the gazetteer does not know are given a Latin reading when written in Cyrillic,
Greek or Devanagari, in Hangul with a surname the [names] tables spell in Latin, or, in
Chinese text, in Chinese characters: pinyin, surname first (`latin_reading`). A Chinese
name in Cyrillic is written syllable by syllable in the Palladius system ("Чжан Цзян"),
which a letter-by-letter reading garbles ("Chzhan Tszyan"): it is read back into pinyin
("Zhang Jiang", `PinyinSpelling`) when it holds a Chinese surname, every word splits
into the language's syllables, and it holds a letter group only that system writes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick_rs
from anyascii import anyascii

from watcher.classify.affixes import glued_prefix, prefix_runs
from watcher.classify.spans import Mention
from watcher.classify.text import is_spaceless, is_word_char

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_ENDING = re.compile(r"[\u0430-\u045f\u0491]{1,3}")
_SEMITIC = re.compile(r"[\u0590-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
CLITICS = "והבלמשכوبلفك"  # Hebrew and Arabic prefixes glued to a word
_CLITIC_RUNS = prefix_runs({"": list(CLITICS)}, depth=2)
_TATWEEL = "\u0640"
_REROMANISE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_CASELESS_NAME = re.compile(r"[\u0590-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f\u200c]+")

LATIN, CYRILLIC, SEMITIC, HANGUL, SPACELESS = range(5)

# one letter written in more than one form, which outlets of one script use alike: the
# final yeh of Arabic, Persian and Egyptian spelling ("موراتي", "موراتی", "موراتى"), the
# Persian kaf, alef with or without hamza, final "ة" and "ه", "ڤ" and "ف" for v, Persian
# "پ" read as Arabic "ب", the Hebrew geresh and an apostrophe, Russian "ё", "э" and "е",
# some Hangul vowels (`_hangul_forms`); aliases and text are read alike, letter for
# letter (offsets unchanged)
_FORMS = {
    **{"ى": "ي", "ی": "ي", "ک": "ك", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ڤ": "ف", "پ": "ب"},
    **{"׳": "'", "ё": "е", "Ё": "Е", "э": "е", "Э": "Е"},
}


def _hangul_forms() -> dict[str, str]:
    """Hangul syllables the Korean press writes foreign names with in two ways: a glide
    after "ㅅ", "ㅆ", "ㅈ", "ㅉ", "ㅊ" or without one ("슈"/"수", "셩"/"성", "쟈"/"자"),
    "ㅔ" or "ㅐ" ("레"/"래"). Applied to the table's aliases and the text alike, so a
    native name that differs only so ("세진"/"새진") reads as one spelling too."""
    palatal = {9, 10, 12, 13, 14}  # initials ㅅ ㅆ ㅈ ㅉ ㅊ
    plain = {2: 0, 6: 4, 12: 8, 17: 13, 3: 1, 7: 5}  # ㅑ ㅕ ㅛ ㅠ ㅒ ㅖ -> ㅏ ㅓ ㅗ ㅜ ㅐ ㅔ
    forms: dict[str, str] = {}
    for code in range(0xAC00, 0xD7A4):
        initial, rest = divmod(code - 0xAC00, 588)
        vowel, final = divmod(rest, 28)
        new = plain.get(vowel, vowel) if initial in palatal else vowel
        new = 1 if new == 5 else new  # ㅔ -> ㅐ (ㅖ and ㅒ keep their glide: "예진" is no "애진")
        if new != vowel:
            forms[chr(code)] = chr(0xAC00 + initial * 588 + new * 28 + final)
    return forms


_LETTER_FORMS = str.maketrans({**_FORMS, **_hangul_forms()})
# a letter `_LETTER_FORMS` may rewrite (any Hangul syllable): text without one, most text,
# reads as it is (str.translate is slow on text that is not ASCII)
_TWO_FORMS = re.compile("[" + "".join(map(re.escape, _FORMS)) + "\uac00-\ud7a3]")


def _mode(alias: str) -> int:
    if _HANGUL.search(alias):
        return HANGUL
    if is_spaceless(alias):
        return SPACELESS
    if _CYRILLIC.search(alias):
        return CYRILLIC
    if _SEMITIC.search(alias):
        return SEMITIC
    return LATIN


@dataclass(frozen=True, eq=False)
class KnownPeople:
    """The compiled gazetteer: one automaton over every alias."""

    automaton: ahocorasick_rs.AhoCorasick | None
    names: tuple[str, ...]  # the Latin name per alias
    modes: tuple[int, ...]  # how the alias may border its neighbours
    spellings: Mapping[str, tuple[str, ...]]  # Latin name -> its aliases
    # Latin surname -> the one person known by it alone (see `_surname_alone`)
    surnames: Mapping[str, str] = field(default_factory=dict)
    # stem of a Latin surname -> (first name, Latin name) of the people it may be declined
    # from (see `declined_person`)
    stems: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # consonant skeleton of a full-name alias in a script without capitals -> Latin name
    # (see `spelled_like`)
    skeletons: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    skeleton_firsts: frozenset[str] = frozenset()  # their first words' skeletons
    # katakana key of a full-name alias in katakana -> Latin name (see `kana_like`)
    kana: Mapping[str, str] = field(default_factory=dict)
    # Latin surname of three letters -> (first name, Latin name) (see `declined_person`)
    short: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # folded first name -> (folded surname, Latin name) of the Latin full names (see
    # `misspelled_person`)
    firsts: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.spellings)


NO_PEOPLE = KnownPeople(None, (), (), {})


def _declined_surnames(people: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """Cyrillic surnames of five letters or more taken from full-name aliases: Russian and
    Ukrainian decline the first name too ("Сэма Альтмана"), so the full name as written in
    the nominative is not found, while the surname with its ending is. A surname shared by
    two people is left out."""
    owners: dict[str, set[str]] = {}
    for name, spellings in people.items():
        for alias in spellings:
            words = alias.split()
            if len(words) >= 2 and _CYRILLIC.search(words[-1]) and len(words[-1]) >= 5:
                owners.setdefault(words[-1], set()).add(name)
    taken = {a for spellings in people.values() for a in spellings}
    extra: dict[str, list[str]] = {}
    for surname, who in owners.items():
        if len(who) == 1 and surname not in taken:
            extra.setdefault(next(iter(who)), []).append(surname)
    return extra


_CAPITALISED = re.compile(r"[A-Z][a-z\u00df-\u00ff]+")


def _glued(name: str) -> list[str]:
    """A Latin name of two or three capitalised words written without its spaces, as
    text in a script without spaces may have it ("副总裁JaneDoe宣布"): one alias more."""
    words = name.split()
    if 2 <= len(words) <= 3 and all(_CAPITALISED.fullmatch(w) for w in words):
        return ["".join(words)]
    return []


def compile_people(people: Mapping[str, Sequence[str]]) -> KnownPeople:
    """Compile {Latin name: aliases} into a KnownPeople; the Latin name is an alias too."""
    aliases: list[str] = []
    names: list[str] = []
    extra = _declined_surnames(people)
    seen: set[tuple[str, str]] = set()
    for name, spellings in people.items():
        for alias in dict.fromkeys([name, *spellings, *extra.get(name, ()), *_glued(name)]):
            key = alias.translate(_LETTER_FORMS)
            if alias.strip() and (key, name) not in seen:
                seen.add((key, name))
                aliases.append(key)
                names.append(name)
    if not aliases:
        return NO_PEOPLE
    owners: dict[str, list[str]] = {}
    for name in people:
        if len(name.split()) >= 2:
            owners.setdefault(name.split()[-1], []).append(name)
    known_alone = {name for name, spellings in people.items() if _surname_alone(spellings)}
    stems: dict[str, list[tuple[str, str]]] = {}
    short: dict[str, list[tuple[str, str]]] = {}
    for name, spellings in people.items():
        for alias in dict.fromkeys([name, *spellings]):
            words = alias.split()
            if len(words) < 2 or len(words[-1]) < 3 or not _LATIN_WORD.fullmatch(words[-1]):
                continue
            if len(words[-1]) == 3:
                if (words[0], name) not in short.setdefault(words[-1], []):
                    short[words[-1]].append((words[0], name))
                continue
            last = words[-1]
            for stem in {last, last[:-1] if last[-1] in _VOWELS else last}:
                if (words[0], name) not in stems.setdefault(stem, []):
                    stems[stem].append((words[0], name))
    table = _skeleton_table(people)
    return KnownPeople(
        ahocorasick_rs.AhoCorasick(aliases, matchkind=ahocorasick_rs.MatchKind.Standard),
        tuple(names),
        tuple(_mode(a) for a in aliases),
        {name: tuple(dict.fromkeys([name, *s])) for name, s in people.items()},
        {last: who[0] for last, who in owners.items() if len(who) == 1 and who[0] in known_alone},
        {stem: tuple(who) for stem, who in stems.items()},
        table,
        frozenset(key[0] for key in table),
        _kana_table(people),
        {last: tuple(who) for last, who in short.items()},
        firsts=_first_names(people),
    )


def _first_names(people: Mapping[str, Sequence[str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """`KnownPeople.firsts`: every Latin alias of two words, by its folded first word."""
    firsts: dict[str, list[tuple[str, str]]] = {}
    for name, spellings in people.items():
        for alias in dict.fromkeys([name, *spellings]):
            words = alias.split()
            if len(words) == 2 and all(_LATIN_WORD.fullmatch(w) for w in words):
                first, last = (anyascii(w).lower() for w in words)
                if (last, name) not in firsts.setdefault(first, []):
                    firsts[first].append((last, name))
    return {first: tuple(who) for first, who in firsts.items()}


# Japanese outlets write one foreign sound in more than one way: "ヴァ" or "バ" for "va",
# with or without a long-vowel mark or a small "ッ" ("ヴァルン・モハン", "バルン・モハン"),
# a long "e" or "o" with a mark or a vowel letter ("デーブ", "デイブ"; "ロー", "ロウ")
_KANA_V = str.maketrans({"ヴ": "ブ"})
_KANA_SMALL = re.compile(r"ブ([ァィェォ])")
_KANA_PLAIN = {"ァ": "バ", "ィ": "ビ", "ェ": "ベ", "ォ": "ボ"}
_KANA_LONG = re.compile(
    r"(?<=[エケセテネヘメレゲゼデベペ])イ|(?<=[オコソトノホモヨロゴゾドボポ])ウ"
)
_KANA_DROPPED = re.compile(r"[ーッ・=＝\s]")
# a full name: words of katakana joined by a middle dot, the first of two letters or more
# (a surname may have one: "デイビッド・ハ")
_KATAKANA_FULL = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}(?:[・=＝][\u30a1-\u30fa\u30fc]+)+")


def _kana_key(name: str) -> str:
    key = _KANA_SMALL.sub(lambda m: _KANA_PLAIN[m.group(1)], name.translate(_KANA_V))
    return _KANA_DROPPED.sub("", _KANA_LONG.sub("", key))


def _kana_table(people: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Key of every full-name alias in katakana -> the Latin name; a key two people share
    is left out."""
    owners: dict[str, set[str]] = {}
    for name, spellings in people.items():
        for alias in spellings:
            if _KATAKANA_FULL.fullmatch(alias):
                owners.setdefault(_kana_key(alias), set()).add(name)
    return {key: next(iter(who)) for key, who in owners.items() if len(who) == 1}


def kana_like(known: KnownPeople, name: str) -> str | None:
    """The known person a full name in katakana spells as one of that person's aliases
    but for "ヴ"/"バ"-row letters, long vowels and small "ッ"; else None."""
    if not _KATAKANA_FULL.fullmatch(name):
        return None
    return known.kana.get(_kana_key(name))


def _skeleton_table(people: Mapping[str, Sequence[str]]) -> dict[tuple[str, ...], str]:
    """Skeleton of every full-name alias in a script without capitals -> the Latin name;
    a skeleton two people share is left out."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for name, spellings in people.items():
        for alias in spellings:
            key = _skeleton(alias)
            if key is not None:
                owners.setdefault(key, set()).add(name)
    return {key: next(iter(who)) for key, who in owners.items() if len(who) == 1}


# consonant classes of the scripts without capitals (letters not listed, the long vowels
# and the semivowels that spell them, are dropped): kindred letters that outlets use for
# one foreign sound fall together ("غ"/"گ" for g, "ث"/"س"/"ص" for s)
_CONSONANTS = {
    "B": "بپבפף",
    "T": "تطةטת",
    "S": "ثسصס",
    "C": "شچש",
    "J": "جژ",
    "H": "حهخחה",
    "D": "دד",
    "Z": "ذزضظז",
    "R": "رר",
    "F": "فڤ",
    "K": "قكکכךק",
    "G": "گغג",
    "L": "لל",
    "M": "مמם",
    "N": "نנן",
    "Q": "צץ",
}
_CLASS_OF = {ch: cls for cls, letters in _CONSONANTS.items() for ch in letters}
_INDIC_THAI = re.compile(r"[\u0900-\u097f\u0e00-\u0e7f]")
_LATIN_CONSONANTS = (
    ("(sh|ch|zh|j|z|s|c)", "S"),
    ("(ng|n)", "N"),
    ("(q|k|g)", "K"),
    ("(ph|f|v|b|p|w)", "P"),
    ("(th|d|t)", "T"),
    ("(l|r)", "R"),
    ("m", "M"),
)


@lru_cache(maxsize=65536)  # news repeat their words; a skeleton is read once
def _word_skeleton(word: str) -> str:
    if _INDIC_THAI.search(word):
        latin = re.sub(r"[^a-z]", "", anyascii(word).lower())
        for pattern, cls in _LATIN_CONSONANTS:
            latin = re.sub(pattern, cls, latin)
        raw = "".join(ch for ch in latin if ch.isupper())
    else:  # a final "ה"/"ه" spells a vowel
        raw = "".join(_CLASS_OF.get(ch, "") for ch in word.rstrip("הه"))
    return re.sub(r"(.)\1+", r"\1", raw)


def _skeleton(name: str) -> tuple[str, ...] | None:
    """The consonant skeletons of the words of a full name in Arabic, Hebrew, Devanagari or
    Thai script; None for another name, or one too short to tell people apart (a word of
    one consonant, fewer than five in all)."""
    words = name.split()
    if len(words) < 2 or not all(_CASELESS_NAME.fullmatch(w) for w in words):
        return None
    key = tuple(_word_skeleton(w) for w in words)
    if min(len(k) for k in key) < 2 or sum(len(k) for k in key) < 5:
        return None
    return key


def spelled_like(known: KnownPeople, name: str) -> str | None:
    """The known person a full name in a script without capitals spells with the same
    consonants as one of that person's aliases (see the module docstring); else None."""
    first = name.split(" ", 1)[0]
    if _word_skeleton(first) not in known.skeleton_firsts:
        return None  # most pairs of words: no known first name begins them
    key = _skeleton(name)
    return known.skeletons.get(key) if key is not None else None


_NAME_PARTS = re.compile(r"[\s·・]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'-]+")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_VOWELS = frozenset("aeiouy")
_ENDING = re.compile(r"[a-z\u00df-\u024f]{0,4}")


def named_in_full(known: KnownPeople, name: str, named: Sequence[str]) -> str:
    """The known person among `named` (Latin names) whose alias ends in `name`, a name
    without Latin letters: an article that named someone in full goes on with the
    surname alone ("アレクサンダー・ワン" … "ワン氏"); else `name` unchanged."""
    if _LATIN_LETTER.search(name) or name in known.spellings:
        return name
    for person in named:
        for alias in known.spellings.get(person, ()):
            parts = _NAME_PARTS.split(alias)
            if len(parts) >= 2 and parts[-1] == name:
                return person
    return name


def declined_person(known: KnownPeople, name: str) -> tuple[str, str] | None:
    """The known person a name in Latin letters stands for when Polish, Czech, Slovak or
    another language that declines names gave it a case ending ("Sama Altmana", "Mirę
    Murati", "Miry Muratiiny"), with that ending: the last word is a known surname (or its
    stem, without a final vowel) plus up to four lower-case letters, and the first word
    begins with the same three letters as that person's first name (two when the stem
    has seven letters or more: "Ilji Sutskevera"); None when no one or several fit."""
    words = name.split()
    if len(words) < 2 or not (known.stems or known.short):
        return None
    last = words[-1]
    found: set[tuple[str, str]] = set()
    for cut in range(len(last), max(len(last) - 5, 2), -1):
        if not _ENDING.fullmatch(last, cut):
            break
        same = 2 if cut >= 7 else 3  # letters the first names share: more for a short stem
        for first, person in known.stems.get(last[:cut], ()):
            if first[:same].casefold() == words[0][:same].casefold():
                found.add((person, last[cut:]))
    if not found and 4 <= len(last) <= 5 and _ENDING.fullmatch(last, 3):
        # a surname of three letters ("Jasona Weie", "Jonyho Ivea"): the whole first name
        # begins the first word, and one or two letters of ending follow the surname
        for first, person in known.short.get(last[:3], ()):
            if len(first) >= 4 and words[0].casefold().startswith(first.casefold()):
                found.add((person, last[3:]))
    people = {person for person, _ in found}
    if len(people) != 1:
        return None
    return min(found, key=lambda f: len(f[1]))  # the longest stem, the shortest ending


def misspelled_person(known: KnownPeople, name: str) -> str | None:
    """The known person a name in Latin letters stands for when its surname is spelled
    another way ("John Shulman", "Igor Babushkin", "Demis Hasabis": a transliteration of
    another language, a letter lost): the same first name, a surname of five letters or
    more with the same first letter and one letter changed, added or dropped (two in one
    of eight letters or more); None when no one or several fit."""
    words = name.split()
    if len(words) != 2 or not known.firsts:
        return None
    first, last = (anyascii(w).lower() for w in words)
    if len(last) < 5:
        return None
    room = 2 if len(last) >= 8 else 1
    found = {
        person
        for surname, person in known.firsts.get(first, ())
        if surname[0] == last[0] and surname != last and _within(surname, last, room)
    }
    return found.pop() if len(found) == 1 else None


def _within(a: str, b: str, room: int) -> bool:
    """True when `a` becomes `b` by at most `room` letters changed, added or dropped."""
    if abs(len(a) - len(b)) > room:
        return False
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
        if min(row) > room:
            return False
    return row[-1] <= room


def _surname_alone(spellings: Sequence[str]) -> bool:
    """True when one alias is the surname of another alone ("Маск" beside "Илон Маск"):
    the press names that person by the surname alone, which the gazetteer allows only
    where the surname is distinctive."""
    lasts = {_NAME_PARTS.split(a)[-1] for a in spellings if _NAME_PARTS.search(a)}
    return any(a in lasts for a in spellings)


def _left_ok(text: str, start: int, mode: int) -> bool:
    if mode == SPACELESS or start == 0:
        return True
    before = text[start - 1]
    if mode == HANGUL:
        return _HANGUL.match(before) is None
    if not is_word_char(before) and before != _TATWEEL:
        return True
    # up to two clitic letters, themselves at the start of a word
    return mode == SEMITIC and glued_prefix(text, start, _CLITIC_RUNS, 2)


def _right_ok(text: str, end: int, mode: int) -> bool:
    if mode in (SPACELESS, HANGUL) or end >= len(text) or not is_word_char(text[end]):
        return True
    if mode == LATIN:
        return text[end] == "s" and (end + 1 == len(text) or not is_word_char(text[end + 1]))
    if mode == CYRILLIC:
        m = _CYRILLIC_ENDING.match(text, end)
        return m is not None and (m.end() == len(text) or not is_word_char(text[m.end()]))
    return False


def find_known_people(
    known: KnownPeople, text: str, start: int = 0, end: int | None = None
) -> list[Mention]:
    """Known people named in text[start:end], by their Latin name, longest alias first,
    no overlaps; offsets are those of `text`."""
    if known.automaton is None:
        return []
    segment = text[start:end]
    if _TWO_FORMS.search(segment):
        segment = segment.translate(_LETTER_FORMS)
    found: list[Mention] = []
    for idx, a, b in known.automaton.find_matches_as_indexes(segment, overlapping=True):
        mode = known.modes[idx]
        if _left_ok(segment, a, mode) and _right_ok(segment, b, mode):
            found.append(Mention(known.names[idx], start + a, start + b))
    found.sort(key=lambda m: (m.start, m.start - m.end))
    kept: list[Mention] = []
    for m in found:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


@dataclass(frozen=True, slots=True)
class PinyinSpelling:
    """How one language writes Chinese syllables in its own letters (`[names]
    pinyin_syllables`: Russian "цзян" is "jiang"), the letter groups only such a
    spelling holds (`pinyin_marks`: "цз", "чж", "нь" at a word's end), and the Chinese surnames
    in pinyin (read from the Chinese [names] tables)."""

    syllables: Mapping[str, str]
    marks: re.Pattern[str]
    surnames: frozenset[str]
    longest: int = 6

    def read(self, name: str) -> str | None:
        """`name` in pinyin, word by word in its order ("Чжао Мэн" -> "Zhao Meng"); None
        unless it has two or three words, each splits into syllables (a word in a case
        is read without its ending: "Чжана"), one word at either end is a Chinese
        surname, and a mark of the spelling is in it ("Ян Лекун" holds none)."""
        words = name.lower().replace("ё", "е").split()
        if not 2 <= len(words) <= 3 or self.marks.search(" ".join(words)) is None:
            return None
        spelled = [self._word(w) for w in words]
        if None in spelled or not {spelled[0], spelled[-1]} & self.surnames:
            return None
        return " ".join(w.capitalize() for w in spelled if w)

    def _word(self, word: str) -> str | None:
        """A word's pinyin, of three syllables at most. A case ending is taken off where
        the word does not split without it, or splits into a last syllable that is the
        ending itself ("Чжана": "zhang" in a case, not "zhang" and "a"; "Цзяхуа" keeps
        its "hua"; "Вэйминя": "weimin")."""
        found = self._split(word)
        if found is None or (len(found) > 1 and found[-1][0] in _CASE_ENDINGS):
            stems = (
                word[: -len(ending)] + end
                for ending, ends in _CASE_ENDINGS.items()
                if word.endswith(ending)
                for end in ends
            )
            found = next((f for f in map(self._split, stems) if f), found)
        if found is None or len(found) > 3:
            return None
        return "".join(pinyin for _, pinyin in found)

    def _split(self, word: str) -> list[tuple[str, str]] | None:
        """The syllables of `word` (as written, in pinyin), the longest first at each
        step; None if it does not split."""
        if not word:
            return []
        for size in range(min(self.longest, len(word)), 0, -1):
            syllable = self.syllables.get(word[:size])
            if syllable is not None:
                rest = self._split(word[size:])
                if rest is not None:
                    return [(word[:size], syllable), *rest]
        return None


# case endings Russian and Ukrainian give a foreign name ending in a consonant, and what
# the name ends in before them, in the order to try: "я", "ю", "ем" follow a soft "нь"
# ("Вэйминя": "Вэйминь"), "а", "у", "ом" a hard "н" ("Чжана": "Чжан")
_CASE_ENDINGS = {
    "ом": ("",),
    "ем": ("ь", ""),
    "а": ("",),
    "я": ("ь", ""),
    "у": ("",),
    "ю": ("ь", ""),
    "е": ("", "ь"),
    "і": ("", "ь"),
}


def latin_reading(
    name: str,
    surnames: Mapping[str, str] | None = None,
    han: bool = False,
    pinyin: PinyinSpelling | None = None,
) -> str:
    """A name written in Cyrillic or Greek in Latin letters ("Илья Суцкевер" -> "Ilya
    Sutskever"; a Chinese name in the text language's `pinyin` spelling in pinyin), in
    Devanagari as the Indian press spells it ("राहुल मेहता" -> "Rahul Mehta"), in Hangul
    when its surname has a Latin spelling in `surnames`, or in Chinese characters when
    `han` (the text is Chinese: a Japanese reading differs) in pinyin ("姚顺雨" -> "Yao
    Shunyu"); other names unchanged."""
    if _REROMANISE.search(name) is not None:
        chinese = pinyin.read(name) if pinyin is not None else None
        return chinese or anyascii(name).replace("'", "")
    if _DEVANAGARI_NAME.fullmatch(name):
        words = [_devanagari_word(w) for w in name.split()]
        return " ".join(w[:1].upper() + w[1:] for w in words if w) or name
    if surnames and _HANGUL.search(name):
        return _hangul_reading(name, surnames) or name
    if han and _HAN_NAME.fullmatch(name):
        return _pinyin(name, surnames or {})
    return name


def _pinyin(name: str, surnames: Mapping[str, str]) -> str:
    """A Chinese name surname first, in pinyin without tones: "姚顺雨" -> "Yao Shunyu";
    `surnames` spells the surnames whose reading as a name differs from the usual one of
    the character ("曾" -> "Zeng") and the two-character ones ("欧阳" -> "Ouyang")."""
    cut = 2 if len(name) > 2 and name[:2] in surnames else 1
    family = surnames.get(name[:cut]) or anyascii(name[:cut]).capitalize()
    return f"{family} {anyascii(name[cut:]).lower().capitalize()}"


def _syllables(word: str) -> str:
    """Revised Romanisation of Hangul syllables, hyphenated: "경동" -> "Gyeong-dong"."""
    return "-".join(anyascii(c).lower() for c in word).capitalize()


def _hangul_reading(name: str, surnames: Mapping[str, str]) -> str | None:
    """A Korean name of one word, surname first ("류경동" -> "Ryu Gyeong-dong"), or a
    foreign name in words ending in a surname of the table ("다니엘 리" -> "Daniel Lee"); None
    when the surname is not in the table (the name is read no more reliably than that)."""
    words = name.split()
    if not all(_HANGUL.fullmatch(c) for w in words for c in w):
        return None
    if len(words) == 1:
        word = words[0]
        if not 2 <= len(word) <= 4:
            return None
        cut = 2 if len(word) == 4 and word[:2] in surnames else 1
        family = surnames.get(word[:cut])
        return f"{family} {_syllables(word[cut:])}" if family else None
    family = surnames.get(words[-1])
    if family is None:
        return None
    return " ".join([*(anyascii(w).lower().capitalize() for w in words[:-1]), family])


# Devanagari in Latin letters the way Indian outlets write names: every consonant carries
# an "a" unless a vowel sign or a virama follows it, and Hindi drops that "a" at the end
# of a word and between a vowel and a consonant that carries a vowel ("मेहता": Mehta)
_DEVANAGARI_NAME = re.compile(r"[\u0900-\u097f]+(?: [\u0900-\u097f]+)*")
_DEVA_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
    "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
    "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh",
    "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s",
    "ह": "h", "ळ": "l", "क़": "q", "ख़": "kh", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "rh",
    "फ़": "f", "य़": "y",
}  # fmt: skip
_DEVA_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e",
    "ऐ": "ai", "ओ": "o", "औ": "au", "ऑ": "o", "ऍ": "e",
}  # fmt: skip
_DEVA_SIGNS = {
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai",
    "ो": "o", "ौ": "au", "ॉ": "o", "ॅ": "e",
}  # fmt: skip
_NUKTA, _VIRAMA, _NASALS = "\u093c", "\u094d", "\u0902\u0901"


def _devanagari_units(word: str) -> list[tuple[list[str], str | None, bool]]:
    """(consonants, vowel or None for the inherent "a", nasalised) per syllable."""
    units: list[tuple[list[str], str | None, bool]] = []
    cluster: list[str] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if word[i + 1 : i + 2] == _NUKTA:
            ch, i = ch + _NUKTA, i + 1
        nxt = word[i + 1 : i + 2]
        if ch in _DEVA_CONSONANTS:
            cluster.append(_DEVA_CONSONANTS[ch])
            if nxt == _VIRAMA:
                i += 2
                continue
            sign = _DEVA_SIGNS.get(nxt)
            units.append((cluster, sign, False))
            cluster, i = [], i + (2 if sign else 1)
        elif ch in _DEVA_VOWELS:
            units.append(([], _DEVA_VOWELS[ch], False))
            i += 1
        elif ch in _NASALS and units:
            units[-1] = (units[-1][0], units[-1][1], True)
            i += 1
        else:
            i += 1
    if cluster:  # a word ending in a virama
        units.append((cluster, "", False))
    return units


def _devanagari_word(word: str) -> str:
    units = _devanagari_units(word)
    vowels = [v if v is not None else "a" for _, v, _ in units]
    last = len(units) - 1
    if last > 0 and units[last][1] is None and len(units[last][0]) == 1 and not units[last][2]:
        vowels[last] = ""  # "राहुल": Rahul
    for k in range(last - 1, 0, -1):
        cons, vowel, nasal = units[k]
        if (
            vowel is None
            and not nasal
            and len(cons) == 1
            and len(units[k + 1][0]) == 1
            and vowels[k + 1]
            and vowels[k - 1]
            and vowels[k + 1 : k + 2] != [""]
        ):
            vowels[k] = ""
    out = []
    for k, ((cons, _, nasal), vowel) in enumerate(zip(units, vowels, strict=True)):
        out.append("".join(cons) + vowel)
        if nasal:
            after = units[k + 1][0][:1] if k < last else []
            out.append("m" if after and after[0][0] in "pbm" else "ng" if after == ["h"] else "n")
    return "".join(out)
