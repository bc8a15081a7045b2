"""Entities in evidence sentences: organisations (canonical names), people, direction.

Organisations come from the alias table (case-sensitive, an optional genitive "s");
people are runs of two or more capitalised words that are neither common words of the
text's languages nor parts of organisation names (plus katakana names written with "・",
CJK names by their titles and honorifics, known people by any spelling, and a known
surname alone next to a move verb), by the Latin spelling an outlet gives in brackets
when it gives one; the direction of a move (from_org -> to_org) is read from the cue
words around each organisation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from watcher.classify.affixes import glued_prefix
from watcher.classify.caseless import caseless_people, has_caseless
from watcher.classify.grammar import LOWER, TOKEN, UPPER, Grammar
from watcher.classify.known_people import (
    CLITICS,
    declined_person,
    find_known_people,
    kana_like,
    misspelled_person,
    spelled_like,
)
from watcher.classify.rules import Cues, Rules
from watcher.classify.spans import Mention
from watcher.classify.text import fold, is_word_char

if TYPE_CHECKING:
    from watcher.classify.score import Sentence


def find_orgs(rules: Rules, text: str) -> list[Mention]:
    """Organisation mentions in the original text, longest alias first, no overlaps.

    An alias (or a case form of it, see `affixes`) stands alone as a word, an "s" of
    the genitive aside, or after letters a language glues before a name ("בגוגל")."""
    if rules.org_automaton is None:
        return []
    n = len(text)
    found: list[Mention] = []
    for idx, start, end in rules.org_automaton.find_matches_as_indexes(text, overlapping=True):
        if not rules.org_alias_cjk[idx]:
            if (
                start > 0
                and is_word_char(text[start - 1])
                and not glued_prefix(text, start, rules.org_prefixes, rules.org_prefix_len)
            ):
                continue
            if end < n and is_word_char(text[end]):
                genitive = text[end] == "s" and (end + 1 == n or not is_word_char(text[end + 1]))
                if not genitive:
                    continue
        found.append(Mention(rules.org_names[idx], start, end))
    found.sort(key=lambda m: (m.start, m.start - m.end))
    kept: list[Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


# every part of a dotted katakana run: "ディー・エヌ・エー" (DeNA) is a name only as a whole
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}(?:[・=＝][\u30a1-\u30fa\u30fc]+)+")
_KATAKANA_LONG = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}(?:[・=＝][\u30a1-\u30fa\u30fc]{2,})+")
_KATAKANA_SHORT = re.compile(r"[・=＝][\u30a1-\u30fa\u30fc](?![\u30a1-\u30fa\u30fc])")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_SURNAME_TOKEN = re.compile(rf"(?<![\w])({TOKEN})(?![\w])")


def _clean(token: str) -> str:
    for suffix in ("'s", "’s"):
        if token.endswith(suffix):
            return token[: -len(suffix)]
    return token


_LOWER_WORD = re.compile(rf"(?<=\s)[{LOWER}]+(?=[\s,.;:])")


def lowercase_words(text: str) -> frozenset[str]:
    """The words written in lower case somewhere in `text` (common words, not names)."""
    return frozenset(_LOWER_WORD.findall(text))


def find_people(
    rules: Rules,
    text: str,
    start: int = 0,
    end: int | None = None,
    lowercase: frozenset[str] = frozenset(),
    determiners: frozenset[str] = frozenset(),
    langs: frozenset[str] | None = None,
    hits: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """People named in text[start:end]: two or more capitalised words that are not common
    words (`nonname`, of the text's `langs` when given; words of organisation names, words
    in `lowercase`, usually those of the whole text), nor right after a determiner ("The
    Info Lessin"); in scripts without capitals, names anchored by a title or a Latin
    spelling in brackets, which hold none of the lexicon terms at `hits`."""
    segment = text[start:end]
    people: list[Mention] = []
    # where every noun is capitalised, a lexicon word in a run of capitals is the role
    # noun before a name ("die KI-Forscherin Anna Keller"), not part of it
    noun_case = bool(langs and langs & rules.grammar.noun_case)
    nouns = sorted(hits) if noun_case else []
    surnames = frozenset().union(*(rules.grammar.surnames.get(lang, ()) for lang in langs or ()))
    for m in rules.grammar.person.finditer(_unglued(rules, segment)):
        run: list[tuple[str, int, int]] = []
        offset = m.start(1)
        tokens = [(t.group(0), offset + t.start()) for t in re.finditer(r"\S+", m.group(1))]
        for token, pos in [*tokens, ("", -1)]:
            word = _clean(token)
            key = word.lower() if word.isascii() else fold(word)  # fold: "İlk" -> "ilk"
            bad = word not in surnames and (
                not word
                or (
                    key in rules.nonname
                    and _common_here(rules, key, langs)
                    and not _foreign_name_part(rules, word, key, langs, run)
                )
                or key in rules.org_words
                or _org_genitive(rules, key, langs)
                or _org_compound(rules, word)
                or word.lower() in lowercase
                or (bool(nouns) and _in_hit(nouns, start + pos, start + pos + len(word)))
                or (noun_case and rules.grammar.noun_part.search(word) is not None)
            )
            if not bad or (run and word in rules.grammar.name_particles):
                # a particle inside a name stays in it ("Lotte de Vries", "Jan van der Berg")
                run.append((word, pos, pos + len(word)))
                continue
            while run and run[-1][0] in rules.grammar.name_particles:
                run.pop()  # a particle after the name's last word belongs to what follows
            capitals = [w for w, _, _ in run if w[0].isupper()]
            if (
                len(capitals) >= 2
                and not (
                    _after_determiner(determiners, text, start + run[0][1])
                    and not _ends_hit(hits, text, start + run[0][1])
                    and not _role_holder(rules, text, start + run[0][1])
                )
                and not _quoted(text, start + run[0][1], start + run[-1][2])
                and not _credited(text, start + run[0][1], start + run[-1][2])
            ):
                name = " ".join(w for w, _, _ in run)
                people.append(Mention(name, start + run[0][1], start + run[-1][2]))
            run = []
    for m in _KATAKANA_NAME.finditer(segment):
        if not find_orgs(rules, m.group(0)):  # "グーグル・ディープマインド" is no person
            spelled_as, stop = kana_like(rules.known_people, m.group(0)), m.end()
            if spelled_as is None and _KATAKANA_SHORT.search(m.group(0)):
                # a word of one letter: a known person's name only ("デビッド・ハ"); the
                # words of two letters or more before it are a name as they stand
                whole = _KATAKANA_LONG.match(m.group(0))
                if whole is None:
                    continue
                stop = m.start() + whole.end()
            people.append(
                Mention(spelled_as or segment[m.start() : stop], start + m.start(), start + stop)
            )
    if _CJK_CHAR.search(segment):
        cjk = _cjk_people(rules.grammar, segment, start, {p.start for p in people})
        # "네이버 대표" (Naver's CEO): an organisation before a title is no name, nor a
        # word of an organisation's name ("구글 브레인 연구원": a Google Brain researcher);
        # nor is a word of the lexicon after a title ("센터장 물러나": the head steps down)
        spans = sorted(hits)
        named = [(start + o.start, start + o.end) for o in find_orgs(rules, segment)]
        people += [
            p
            for p in cjk
            if not _whole_org(rules, p.name)
            and not any(a <= p.start and p.end <= b for a, b in named)
            and not (_HANGUL.search(p.name) and _in_hit(spans, p.start, p.end))
        ]
        people += _former_of(rules, segment, start, {p.start for p in people})
        people += _before_org_title(rules, segment, start, {p.start for p in people})
    if has_caseless(segment):
        stop = len(text) if end is None else end
        spelled = _spelled_known(rules, text, start, stop)
        people += [p for p in spelled if not _overlaps(p, people)]
        orgs = partial(find_orgs, rules)
        people += [
            Mention(spelled_like(rules.known_people, p.name) or p.name, p.start, p.end)
            for p in caseless_people(rules, text, start, stop, orgs, hits, langs)
            if not _overlaps(p, people)
        ]
    known = find_known_people(rules.known_people, text, start, end)
    if known:  # a known person's Latin name replaces what capitals or titles found there
        people = [p for p in people if not _overlaps(p, known)]
        people = sorted([*people, *known], key=lambda p: p.start)
    people = [u for u in (_undeclined(rules, p, langs) for p in people) if u is not None]
    people = [_uninflected(rules, p, langs) for p in people]
    # a name found by its honorific or title in katakana may be a known person spelled
    # another way ("デイヴィッド・ハ氏")
    people = [_kana_known(rules, p) for p in people]
    return [_given_reading(text, p) for p in people]


# a capitalised word written right after an organisation's name, a space lost in the copy
# ("DeepMindJane Doe", "OpenAIJane Doe"): where it may start
_GLUED_WORD = re.compile(rf"(?<=\w)(?=[{UPPER}][{LOWER}]{{2,}})")
_GLUED_MIN = 3  # the organisation has at least this many letters
# a capitalised word inside a word, after `_GLUED_MIN` letters of it: where a word may be
# glued at all (most text has none, and is then left as it is without a look at its words)
_GLUED_ANY = re.compile(rf"[{UPPER}](?<=[^\W_]{{{_GLUED_MIN + 1}}})[{LOWER}]{{2}}")


def _unglued(rules: Rules, segment: str) -> str:
    """`segment` with each organisation's name glued before a capitalised word blanked
    (the same length, so offsets hold): the word after it may begin a name."""
    if not _GLUED_ANY.search(segment):
        return segment
    chars = list(segment)
    for token in re.finditer(r"[^\W_]{5,}", segment):
        for cut in _GLUED_WORD.finditer(token.group(0), _GLUED_MIN):
            if _whole_org(rules, token.group(0)[: cut.start()]):
                chars[token.start() : token.start() + cut.start()] = " " * cut.start()
                break
    return "".join(chars)


def _kana_known(rules: Rules, person: Mention) -> Mention:
    name = kana_like(rules.known_people, person.name)
    return person if name is None else Mention(name, person.start, person.end)


# a run of capitalised words wrapped in quotes on both sides is a title, a slogan or a
# nickname ("Code Red", „Roter Alarm", «Projet Manhattan»), not a name; so is one that
# opens a quote the capitalised words of which go on to its end (the Title Case of a paper
# or a book: 「Sparse Experts Are Enough」)
_OPENING = frozenset("\"'“„«‘‚‹「『")
_CLOSING = frozenset("\"'”“»’‘›」』")
_TITLE_TAIL = re.compile(r"(?:[ \-:]+[A-Z0-9][\w'’]*)+[\"'”“»’‘›」』]")


def _quoted(text: str, start: int, end: int) -> bool:
    """True when text[start:end] stands right inside a pair of quotes, or opens a quoted
    title in capitals."""
    if start == 0 or text[start - 1] not in _OPENING:
        return False
    return (end < len(text) and text[end] in _CLOSING) or _TITLE_TAIL.match(text, end) is not None


# a photo credit: the photographer's name beside a slash ("Jane Doe/Getty Images",
# "(dpa / picture alliance / Jane Doe)") or after a label ("Photo: Jane Doe", "© Jane Doe")
_CREDIT_BEFORE = re.compile(r"(?:/|©|\b(?:photo|foto|bild|image|credit|crédit|фото)\s?:)\s*$", re.I)
_CREDIT_AFTER = re.compile(r"\s*/")


def _credited(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is the name a photo credit gives."""
    return (
        _CREDIT_BEFORE.search(text, max(0, start - 12), start) is not None
        or _CREDIT_AFTER.match(text, end) is not None
    )


def _in_hit(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when text[start:end] shares a character with one of the sorted `spans`."""
    i = bisect_right(spans, (end, 0))
    return any(b < end and start < e for b, e in spans[max(0, i - 4) : i])


def _overlaps(mention: Mention, others: Iterable[Mention]) -> bool:
    """True when `mention` shares a character with one of `others`."""
    return any(o.start < mention.end and mention.start < o.end for o in others)


_CASELESS_PAIR = re.compile(
    r"(?<![\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u200c])"
    r"([\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u200c]+)"
    r"(?=[ \xa0]([\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u200c]+))"
)


def _spelled_known(rules: Rules, text: str, start: int, end: int) -> list[Mention]:
    """Known people written in a script without capitals with another spelling than the
    gazetteer's: two neighbouring words (the first may carry a clitic, "and") that spell
    one of the person's aliases with the same consonants."""
    found: list[Mention] = []
    for m in _CASELESS_PAIR.finditer(text, start, end):
        first, last = m.group(1), m.group(2)
        stop = m.end(1) + 1 + len(last)
        if stop > end:
            continue
        for cut in (0, 1):
            if cut and (len(first) < 4 or first[0] not in CLITICS):
                break
            name = spelled_like(rules.known_people, f"{first[cut:]} {last}")
            if name is not None:
                found.append(Mention(name, m.start(1) + cut, stop))
                break
    return found


def _undeclined(
    rules: Rules, person: Mention, langs: frozenset[str] | None = None
) -> Mention | None:
    """A known person named with a case ending ("Sama Altmana") by the Latin name; None
    for one named with a possessive ending ("Miry Muratiiny firma": Mira Murati's
    company), who is not the one the sentence is about."""
    if person.name in rules.known_people.spellings:
        return person
    found = declined_person(rules.known_people, person.name)
    start = person.start
    words = person.name.split()
    if found is None and len(words) > 2:
        # a capitalised word before the name is no part of it ("šéf vývoja Gemini Amara
        # Subramanyu": the product, then the declined name)
        found = declined_person(rules.known_people, " ".join(words[-2:]))
        start = person.end - len(words[-2]) - len(words[-1]) - 1
    if found is None:
        misspelled = misspelled_person(rules.known_people, person.name)
        return person if misspelled is None else Mention(misspelled, person.start, person.end)
    name, ending = found
    owners = rules.grammar.possessive_langs.get(ending)
    if owners is not None and (langs is None or not owners.isdisjoint(langs)):
        return None  # a possessive ending of the text's language
    return Mention(name, start, person.end)


_CONSONANT_END = re.compile(r"[b-df-hj-np-tv-z]$")
# a consonant of the Latin or Cyrillic alphabet that ends a stem ("Svobod-u", "Орлов-ым")
_CONSONANT = re.compile(r"[^\W\daeiouyáéíóúýěůąęóаеёиоуыэюяіїє]$", re.IGNORECASE)
_STEM_MIN = 4  # letters of a surname left once its ending is cut


def _uninflected(rules: Rules, person: Mention, langs: frozenset[str] | None) -> Mention:
    """An unknown person whose surname carries a case ending of the text's language by the
    surname as written ("Lena Brandtin" -> "Lena Brandt"): a foreign surname that ends in
    a consonant takes its ending after a linking vowel, and the stem left is that
    surname; a native surname declined like an adjective or a noun gets back its own
    ending, and the given name in the same case its own ("Piotra Zielińskiego" -> "Piotr
    Zieliński"). A word of a name in Cyrillic before its given name and patronymic opens
    the sentence, and is left out. Known people are read by `_undeclined`."""
    words = person.name.split()
    if len(words) < 2 or person.name in rules.known_people.spellings or not langs:
        return person
    grammar = rules.grammar
    middle = [grammar.patronymics.get(lang) for lang in sorted(langs)]
    patronymic = next((p for p in middle if p is not None), None)
    kept = 3 if patronymic is not None and patronymic.search(words[-2]) else 2
    native = all(_NOT_LATIN.match(w) for w in words)  # Cyrillic: a Latin name is as written
    if patronymic is not None and len(words) > kept and native:
        # a word before the given name (and the patronymic) is a noun that opens the
        # sentence ("Переход Юрия Белецкого", "Отставка Юрия Ивановича Белецкого")
        words = words[-kept:]
        name = " ".join(words)
        person = Mention(name, person.end - len(name), person.end)
    for lang in sorted(langs):
        forms = grammar.name_case_forms.get(lang, ())
        givens = grammar.name_given_forms.get(lang, {})
        found = _case_ending(words[-1], forms, _STEM_MIN)
        if found is not None:
            # a given name in the same case carries one too: the surname's ending tells
            # which ("Юрия Белецкого", "Annę Kowalską")
            ending, surname = found
            given = [
                _given_form(w, givens.get(ending, ())) or _case_form(w, forms, _GIVEN_MIN) or w
                for w in words[:-1]
            ]
            return Mention(" ".join([*given, surname]), person.start, person.end)
        found = _case_ending(words[-1], grammar.name_given_cases.get(lang, ()), _GIVEN_MIN)
        if found is not None:
            # an ending a nominative takes too ("Орлова"): a case only beside a given
            # name in one ("Дмитрия Орлова"; not "Анна Орлова")
            ending, surname = found
            read = [_given_form(w, givens.get(ending, ())) for w in words[:-1]]
            if read[0] is not None and read[0] != words[0]:
                named = [g or w for g, w in zip(read, words[:-1], strict=True)]
                return Mention(" ".join([*named, surname]), person.start, person.end)
    for lang in langs:
        # longest first (`Grammar.name_case_endings`): Polish "-iem" before "-em"
        endings = rules.grammar.name_case_endings.get(lang, ())
        stem = _case_stem(words[-1], endings, _STEM_MIN)
        if stem is not None:
            # a given name in the same case carries an ending too ("Janem Novákem")
            given = [_case_stem(w, endings, _GIVEN_MIN) or w for w in words[:-1]]
            return Mention(" ".join([*given, stem]), person.start, person.end)
    return person


_GIVEN_MIN = 3  # letters of a given name left once its ending is cut ("Janem" -> "Jan")


def _case_form(word: str, forms: Sequence[tuple[str, str]], shortest: int) -> str | None:
    """`word` with the first of the case endings of `forms` it carries replaced by the
    nominative one, when at least `shortest` letters stand before it, ending in a
    consonant unless the ending starts with one ("Беле-цкого"); else None."""
    found = _case_ending(word, forms, shortest)
    return None if found is None else found[1]


def _case_ending(
    word: str, forms: Sequence[tuple[str, str]], shortest: int
) -> tuple[str, str] | None:
    """The case ending of `forms` `word` carries and `word` in the nominative (see
    `_case_form`); else None."""
    for ending, nominative in forms:
        stem = word[: -len(ending)]
        consonant = _CONSONANT.search(ending[:1]) or _CONSONANT.search(stem)
        if word.endswith(ending) and len(stem) >= shortest and consonant:
            return ending, stem + nominative
    return None


_GIVEN_STEM = 2  # letters of a given name left once its ending is cut ("Юр-ия")


def _given_form(word: str, forms: Sequence[tuple[str, str]]) -> str | None:
    """A given name in the nominative by the first of `forms` it carries; a form that
    starts with a capital is a whole name, irregular ("Льва>Лев") or kept as written
    ("Мария>Мария"); None when none fits."""
    for ending, nominative in forms:
        if ending[:1].isupper():
            if word == ending:
                return nominative
            continue
        found = _case_ending(word, ((ending, nominative),), _GIVEN_STEM)
        if found is not None:
            return found[1]
    return None


def _case_stem(word: str, endings: Sequence[str], shortest: int) -> str | None:
    """`word` without the first of `endings` it carries, when at least `shortest` letters
    that end in a consonant are left; else None."""
    for ending in endings:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= shortest and _CONSONANT_END.search(fold(stem)):
            return stem
    return None


# a name in Latin letters in brackets right after a name in another script: "Ян Сон (Yang Song)"
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_BRACKETED_LATIN = re.compile(
    r"\s?[(（]\s*([A-Z\u00c0-\u00de][\w'’.-]*(?:[ \xa0]+[A-Z\u00c0-\u00de][\w'’.-]*){1,3})\s*[)）]"
)


def _given_reading(text: str, person: Mention) -> Mention:
    """The person by the Latin spelling the text gives in brackets right after a name
    written in another script; else unchanged (the outlet's own reading beats any
    letter-by-letter one)."""
    if _LATIN_LETTER.search(person.name):
        return person
    m = _BRACKETED_LATIN.match(text, person.end)
    return Mention(m.group(1), person.start, person.end) if m else person


# one capitalised word (and an auxiliary: "X ha dejado", "X has left") right before a
# verb of leaving or joining, or right after a verb of hiring ("hires X")
_WORD_BEFORE = re.compile(
    rf"(?<![\w.&-])([{UPPER}][{LOWER}]+)(?:['’]s)?\s+(?:[{LOWER}]{{1,4}}\s+)?$"
)
_WORD_AFTER = re.compile(rf"\s+([{UPPER}][{LOWER}]+)(?![\w&-]|\s+[{UPPER}0-9]|\.\w)")
LONE_KINDS = {"leave": _WORD_BEFORE, "join": _WORD_BEFORE, "recruit": _WORD_AFTER}


def lone_surnames(
    rules: Rules,
    text: str,
    hits: Mapping[str, Sequence[tuple[object, int, int]]],
    bounds: tuple[int, int],
    lowercase: frozenset[str],
    langs: frozenset[str],
) -> list[Mention]:
    """Known people named by their surname alone as the subject of a move verb ("Karpathy
    leaves", "Musk ha dejado") or the object of a hiring verb ("hired Hinton"): one
    capitalised word that is no common word, organisation word or lower-case word of the
    text, and the surname of exactly one person of the gazetteer. A lone capitalised
    word is too often a place or a product to stand for someone unknown."""
    found: list[Mention] = []
    begin, end = bounds
    for kind, regex in LONE_KINDS.items():
        for _, start, stop in hits.get(kind, []):
            if regex is _WORD_BEFORE:
                m = regex.search(text, max(begin, start - 40), start)
            else:
                m = regex.match(text, stop, min(end, stop + 40))
            if m is None:
                continue
            word = m.group(1)
            key = fold(word)
            if (
                len(key) < 3
                or (key in rules.nonname and _common_here(rules, key, langs))
                or key in rules.org_words
                or _org_genitive(rules, key, langs)
                or word.lower() in lowercase
                or find_orgs(rules, word)
            ):
                continue
            name = rules.known_people.surnames.get(word) or _inflected_surname(rules, word, langs)
            if name is not None:
                found.append(Mention(name, m.start(1), m.end(1)))
    return found


_WORD = re.compile(r"\w+")


def known_surnames(
    rules: Rules, text: str, begin: int, end: int, found: Sequence[Mention]
) -> list[Mention]:
    """The people of the gazetteer known by their surname alone (`KnownPeople.surnames`:
    a distinctive one, "Sutskever", "Karpathy") named so in text[begin:end], outside the
    names `found` there: "Sutskever, who co-founded OpenAI, ..." names him. Not the
    leaders of organisations: "Musk's xAI", "Zuckerberg's hiring spree" name the company
    more often than someone who moves."""
    known = rules.known_people.surnames
    return [
        Mention(known[m.group(0)], m.start(), m.end())
        for m in _WORD.finditer(text, begin, end)
        if m.group(0) in known
        and not is_leader(rules, known[m.group(0)])
        and not any(p.start <= m.start() < p.end for p in found)
    ]


def _inflected_surname(rules: Rules, word: str, langs: Iterable[str]) -> str | None:
    """The known person whose surname `word` is with a case ending of one of `langs`
    ("Altmanille": to Altman)."""
    for lang in langs:
        for ending in rules.grammar.name_case_endings.get(lang, ()):
            if word.endswith(ending):
                name = rules.known_people.surnames.get(word[: -len(ending)])
                if name is not None:
                    return name
    return None


def _org_genitive(rules: Rules, key: str, langs: Iterable[str] | None) -> bool:
    """An organisation's name with the genitive ending its language glues to it ("Metas",
    "OpenAIs" in German, Dutch and the Nordic languages): no word of a person's name."""
    return any(
        key.endswith(ending) and key[: -len(ending)] in rules.org_words
        for lang in langs or ()
        for ending in rules.grammar.org_genitive.get(lang, ())
    )


def _common_here(rules: Rules, key: str, langs: frozenset[str] | None) -> bool:
    """True when the `nonname` word `key` is a common word in one of `langs` (all
    languages when None), or a role or amount word."""
    where = rules.common_in.get(key)
    return where is None or langs is None or not where.isdisjoint(langs)


def _foreign_name_part(
    rules: Rules,
    word: str,
    key: str,
    langs: frozenset[str] | None,
    run: Sequence[tuple[str, int, int]],
) -> bool:
    """True when a capitalised word common only in the languages tried on every text
    (English: "An", "Le") is a name part in a text of another language: written with
    marks English never has ("Lê"), or after a name part that has such marks ("Nguyễn
    Văn An"; not "Token Hub", "Motor Co", English words quoted in the text)."""
    if not langs:
        return False
    own = langs - rules.always_langs - {"xx"}
    where = rules.common_in.get(key)
    if not own or where is None or not where.isdisjoint(own):
        return False
    return not word.isascii() or any(not w.isascii() for w, _, _ in run)


def _org_compound(rules: Rules, word: str) -> bool:
    """A compound of an organisation and a noun ("Microsoft-sjef", "OpenAI-Forscher"): the
    role before a name, no part of it."""
    head, dash, tail = word.partition("-")
    return bool(dash and tail) and _whole_org(rules, head)


def _whole_org(rules: Rules, name: str) -> bool:
    orgs = find_orgs(rules, name)
    return bool(orgs) and orgs[0].start == 0 and orgs[0].end == len(name)


def _former_of(rules: Rules, segment: str, offset: int, taken: set[int]) -> list[Mention]:
    """Korean names of three syllables before "former" and an organisation ("이서준 전
    네이버 대표": Lee Seo-jun, formerly of Naver), whose surname the tables spell in Latin."""
    found = []
    for m in rules.grammar.name_before_former.finditer(segment):
        name, at = m.group(1), offset + m.start(1)
        orgs = find_orgs(rules, segment[m.end() : m.end() + 30])
        if at in taken or not orgs or orgs[0].start != 0 or _particle_end(rules.grammar, name):
            continue
        if name[0] in rules.grammar.latin_surnames or name[:2] in rules.grammar.latin_surnames:
            found.append(Mention(name, at, at + len(name)))
    return found


def _before_org_title(rules: Rules, segment: str, offset: int, taken: set[int]) -> list[Mention]:
    """Korean names of three syllables before an organisation and a title ("하도윤 네이버
    클라우드 센터장": Ha Do-yun, head of a centre at Naver), whose surname the tables
    spell in Latin."""
    found = []
    grammar = rules.grammar
    for m in grammar.name_before_word.finditer(segment):
        name, at = m.group(1), offset + m.start(1)
        orgs = find_orgs(rules, segment[m.end() : m.end() + 30])
        if (
            at in taken
            or not orgs
            or orgs[0].start != 0
            or grammar.not_name.search(name)
            or _particle_end(grammar, name)
        ):
            continue
        rest = segment[m.end() + orgs[0].end : m.end() + orgs[0].end + 16]
        rest = re.split(r"[,.;:!?·…\n\"'“”‘’()]", rest)[0]
        if not grammar.title.search(rest):
            continue
        if name[0] in grammar.latin_surnames or name[:2] in grammar.latin_surnames:
            found.append(Mention(name, at, at + len(name)))
    return found


_HANGUL = re.compile(r"[\uac00-\ud7af]")


def _cjk_people(grammar: Grammar, segment: str, offset: int, taken: set[int]) -> list[Mention]:
    """Names before an honorific (kana), next to a title (hangul, han), or written with
    a middle dot (han)."""
    found: list[Mention] = []
    for m in grammar.honorific_name.finditer(segment):
        name = m.group(1).strip("・")
        at = offset + m.start(1)
        if at not in taken and not any(p.start <= at < p.end for p in found):
            found.append(Mention(name, at, at + len(name)))
    for regex in (grammar.name_after_title, grammar.name_before_title):
        for m in regex.finditer(segment):
            words = m.group(1).split()
            at = offset + m.start(1)
            if regex is grammar.name_before_title and _particle_end(grammar, words[0]):
                continue  # "회사는 대표": a word and its particle
            if regex is grammar.name_after_title and grammar.verb_form.search(words[0]):
                # "연구원 빼간 비법": a verb after the title starts a clause of which the
                # title is the object; the noun after the verb is what it describes
                continue
            while words and grammar.not_name.search(words[0]):  # "출신 야오순위": "from"
                at += len(words.pop(0)) + 1
            if not words:
                continue
            if len(words) == 2 and len(words[0]) > 3 and grammar.particle.search(words[0]):
                words = words[:1]  # "박지훈이 삼성전자로": a particle ends the name
            if len(words) == 2 and grammar.title.match(words[1]):
                words = words[:1]  # "연구원 김철수 씨가": an honorific follows the name
            if len(words[-1]) > 2 and not _unfit_particle(words[-1]):
                words[-1] = grammar.particle.sub("", words[-1])
            name = " ".join(w for w in words if w and not grammar.not_name.search(w))
            if name and at not in taken:
                found.append(Mention(name, at, at + len(name)))
    for m in grammar.name_before_age.finditer(segment):  # "야오순위(29) 연구원"
        name, at = m.group(1), offset + m.start(1)
        if grammar.not_name.search(name) or at in taken or any(p.start == at for p in found):
            continue
        found.append(Mention(name, at, at + len(name)))
    for m in grammar.han_name.finditer(segment):
        name = m.group("dot") or m.group("native")
        at = offset + m.start("dot" if m.group("dot") else "native")
        if at not in taken and not any(p.start <= at < p.end for p in found):
            found.append(Mention(name, at, at + len(name)))
    for name, at in _bare_names(grammar, segment):
        at += offset
        if at not in taken and not any(p.start <= at < p.end for p in found):
            found.append(Mention(name, at, at + len(name)))
    return found


# the end of a clause, where the verb of a name with no title must have come
_CLAUSE_END = re.compile(r"[.!?。！？\n;；]")


def _bare_names(grammar: Grammar, segment: str) -> list[tuple[str, int]]:
    """Names with no title as the subject of a move verb (`Grammar.bare_han` and the
    others) or the object of a hiring verb (`Grammar.han_object`, `object_hangul`,
    `object_kana`): a surname of the tables first, no word that is no name ("高管",
    "何时")."""
    found = []
    objects = [
        (m.group(g), m.start(g))
        for m in grammar.han_object.finditer(segment)
        for g in (1, 2)
        if m.group(g)
    ]
    for m in grammar.han_list.finditer(segment):
        group = 1 if m.group(1) else 2
        at = m.start(group)
        for name in m.group(group).split("、"):
            objects.append((name, at))
            at += len(name) + 1
        if m.group(3):  # the last, after "and"
            objects.append((m.group(3), m.start(3)))
    for name, at in [
        (m.group(1), m.start(1)) for m in grammar.bare_han.finditer(segment)
    ] + objects:
        # three characters of transliteration only: a foreign name written without its
        # middle dot ("罗伯特": Robert), no surname and given name
        foreign = len(name) == 3 and set(name) <= grammar.transliteration
        if not foreign and not grammar.bare_stop.search(name):
            found.append((name, at))
    clauses = (
        (grammar.bare_hangul, grammar.move_word, "hangul"),
        (grammar.bare_kana, grammar.move_word, "kana"),
        (grammar.object_hangul, grammar.hire_word, "hangul"),
        (grammar.object_kana, grammar.hire_word, "kana"),
    )
    for regex, verb, script in clauses:
        for m in regex.finditer(segment):
            group = 1 if m.group(1) else 2
            name = m.group(group)
            if script == "hangul" and (
                name[0] not in grammar.latin_surnames
                or grammar.not_name.search(name)
                or _particle_end(grammar, name)
            ):
                continue
            if script == "kana" and any(
                # a word that is no name, beyond the surname ("松本市", "伊藤忠"; not
                # the "村" of "中村")
                stop.end() > len(m.group("surname"))
                for stop in grammar.bare_stop.finditer(name)
            ):
                continue
            end = _CLAUSE_END.search(segment, m.end())
            if verb.search(segment, m.end(), end.start() if end else len(segment)):
                found.append((name, m.start(group)))
    return found


# particles that follow a syllable ending in a consonant (은, 이, 을, 과) or in a vowel
# (는, 가, 를, 와): the last syllable of a word is a particle only where it fits the one
# before it, so "지은" in "이지은" (지 ends in a vowel) is part of a name, "국은" in "한국은"
# is not
_AFTER_CONSONANT = frozenset("은이을과")
_AFTER_VOWEL = frozenset("는가를와")


def _unfit_particle(word: str) -> bool:
    """True when the last syllable of a Hangul `word` is a particle that does not fit the
    syllable before it ("정하은": 은 follows a consonant, 하 ends in a vowel): no particle
    but the end of the name."""
    last = word[-1]
    if len(word) < 2 or not _HANGUL.match(word[-2]):
        return False
    consonant = (ord(word[-2]) - 0xAC00) % 28 != 0
    return (last in _AFTER_CONSONANT and not consonant) or (last in _AFTER_VOWEL and consonant)


def _particle_end(grammar: Grammar, word: str) -> bool:
    """True when the last syllable of a Hangul `word` is one of the particles a name
    never ends with (`not_final`) and fits the syllable before it."""
    last = word[-1]
    if last not in grammar.not_final or len(word) < 2 or not _HANGUL.match(word[-2]):
        return last in grammar.not_final
    consonant = (ord(word[-2]) - 0xAC00) % 28 != 0
    if last in _AFTER_CONSONANT:
        return consonant
    if last in _AFTER_VOWEL:
        return not consonant
    return True


# a capitalised word, not the first part of a compound ("Start-up"; "Groq-Chef" is kept)
_PROPER = re.compile(r"(?<![\w@#.-])([A-Z][\w.]*[a-z0-9][\w.]*)(?:['’]s)?(?!\w|-[a-z])")


def unknown_names(
    rules: Rules,
    text: str,
    start: int,
    end: int,
    taken: Iterable[tuple[int, int]],
    lowercase: frozenset[str],
) -> list[str]:
    """Capitalised words of text[start:end] that may name an organisation the table does
    not know: not the first word, not inside a `taken` span (organisations, people, lexicon
    hits), no common word (`nonname`, words of organisation names, words written in lower
    case elsewhere) and at least three letters long."""
    return [m.name for m in unknown_name_spans(rules, text, start, end, taken, lowercase)]


def unknown_name_spans(
    rules: Rules,
    text: str,
    start: int,
    end: int,
    taken: Iterable[tuple[int, int]],
    lowercase: frozenset[str],
) -> list[Mention]:
    """`unknown_names` with where each word stands."""
    spans = list(taken)
    found = []
    for m in _PROPER.finditer(text, start, end):
        word, at = m.group(1), m.start()
        if at == start or not text[start:at].strip() or any(a <= at < b for a, b in spans):
            continue
        key = fold(word.lower())
        if len(key) < 3 or key in rules.nonname or key in rules.org_words or key in lowercase:
            continue
        found.append(Mention(word, at, at + len(word)))
    return found


def _ends_hit(hits: Sequence[tuple[int, int]], text: str, at: int) -> bool:
    """True when the word before text[at] ends a lexicon term: the particle of a verb of
    hiring ("roped in Jane Doe"), not an article or a preposition before a place."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    word = end
    while word > 0 and not text[word - 1].isspace():
        word -= 1
    # the term holds more than the word itself: "roped in", not the noun "start-up"
    return any(b == end and a < word for a, b in hits)


def _after_determiner(determiners: frozenset[str], text: str, at: int) -> bool:
    """True when the word (or the two words) before text[at] is an article or a possessive
    ("The Info Lessin", "seines Unternehmens Wechselprämien"): people's names do not take
    one."""
    before = text[max(0, at - 20) : at]
    if "\n" in before[len(before.rstrip()) :]:
        return False  # the word before ends the headline, not a noun phrase
    before = before.rstrip()
    if not before or not before[-1].isalpha():
        return False
    words = before.split()
    # a determiner of two words ("công ty", "mô hình") is read as a whole: in a language
    # whose words are syllables, its last one alone is often a verb's too ("tuyển dụng")
    return fold(words[-1]) in determiners or fold(" ".join(words[-2:])) in determiners


_NOT_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")


def _role_holder(rules: Rules, text: str, at: int) -> bool:
    """True when the company noun before text[at] follows a role ("Сооснователь стартапа
    Игорь Лебедев": the startup's co-founder): in a script whose press writes a company's
    name in Latin letters or quotes, the capitalised words of its own script after it name
    the one who holds the role, not the company."""
    words = text[max(0, at - 60) : at].split()
    return (
        len(words) >= 2
        and _NOT_LATIN.match(text, at) is not None
        and _NOT_LATIN.match(words[-1]) is not None
        and fold(words[-2]) in rules.roles
    )


_NAME_PARTS = re.compile(r"[\s·・]+")


def surname(name: str) -> str:
    """`Mira Murati` -> `Murati`, `约翰·舒尔曼` -> `舒尔曼`."""
    return _NAME_PARTS.split(name.strip())[-1]


def find_surnames(text: str, start: int, end: int, known: dict[str, str]) -> list[Mention]:
    """Single surnames in text[start:end] of people named in full elsewhere in the text."""
    if not known:
        return []
    found = []
    for m in _SURNAME_TOKEN.finditer(text, start, end):
        full = known.get(_clean(m.group(1)))
        if full:
            found.append(Mention(full, m.start(1), m.end(1)))
    for last, full in known.items():  # Korean/Japanese surnames: no capitals to find them by
        if last and not last[0].isascii() and not last[0].isupper():
            at = text.find(last, start, end)
            if at >= 0:
                found.append(Mention(full, at, at + len(last)))
    return found


def resolve_pronoun(
    sentence: Sentence, before: list[Mention], folded: str, cues: list[Any], reach: int
) -> list[Mention]:
    """The person a subject pronoun of a move stands for ("He left DeepMind"): the last
    one named before the sentence, placed at the pronoun; [] when the sentence names
    someone, or no pronoun ([common.pronoun] of the languages tried) is within `reach`
    characters before a move word."""
    before = [p for p in before if p.end <= sentence.start]
    if sentence.people or not before:
        return []
    moves = [h[1] for k in ("leave", "lose", "join", "recruit") for h in sentence.hits.get(k, [])]
    for at in moves:
        for c in cues:
            m = c.pronoun and c.pronoun.search(folded, max(sentence.start, at - reach), at)
            if m:
                named = max(before, key=lambda p: p.start)
                return [Mention(named.name, m.start(), m.end())]
    return []


def is_leader(rules: Rules, name: str) -> bool:
    """True for people who speak or hire for an organisation (its CEO, founder…)."""
    return bool(led_orgs(rules, name))


def led_orgs(rules: Rules, name: str) -> frozenset[str]:
    """The organisations a leader (`is_leader`) speaks for."""
    folded = fold(name)
    found = rules.leader_orgs.get(folded)
    if found is None and folded.split():
        found = rules.leader_orgs.get(folded.split()[-1])
    return found or frozenset()


def direction(
    rules: Rules, folded: str, sentence: Sentence, langs: Iterable[str]
) -> tuple[str | None, str | None]:
    """(from_org, to_org) of a move described in one sentence.

    Cue words right before/after an organisation decide first ("from X", "to Y",
    "X에서", "Yに移籍"); otherwise the verb decides: the organisation after "leaves" is
    the origin, after "joins" the destination, before "hires"/"poaches" the destination,
    before "loses" the origin; failing both, the lab a verb of founding takes as its
    object ("left Google to found X", "X를 창업") is the destination.
    """
    cue_sets = [rules.cues[lang] for lang in langs if lang in rules.cues]
    reach = rules.scoring["text"]
    ahead, behind = int(reach["cue_before_chars"]), int(reach["cue_after_chars"])
    owner = int(reach["owner_chars"])
    origin: str | None = None
    target: str | None = None
    genitive = False
    for org in sentence.orgs:
        before = folded[max(sentence.start, org.start - ahead) : org.start]
        after = folded[org.end : org.end + behind]
        # of the languages the text may be in, the one whose cue spans most decides:
        # "років в OpenAI" (years at) over the bare "в" (to) of a neighbour language
        for cues in sorted(cue_sets, key=lambda c: -_cue_span(c, before)):
            came = cues.from_before.search(before) if cues.from_before else None
            went = cues.to_before.search(before) if cues.to_before else None
            if came and went and went.start() < came.start():
                # the longer cue holds the shorter one: "assunta da" (hired by) ends with
                # "da" (from), and the organisation is the one that hires
                came = None
            if (
                came
                and len(came.group(0).strip(" '’")) <= _GENITIVE_LEN
                and cues.to_after
                and cues.to_after.match(after)
            ):
                # "wurde von Apple eingestellt": the short word is the passive's agent
                came = None
            if origin is None and (came or (cues.from_after and cues.from_after.match(after))):
                origin = org.name
                genitive = came is not None and len(came.group(0).strip(" '’")) <= _GENITIVE_LEN
                break
            if target is None and (
                (cues.to_before and cues.to_before.search(before))
                or (cues.to_after and cues.to_after.match(after))
            ):
                target = org.name
                break
    # "left Google to found X", "X를 창업": the lab founded is where the move goes when no
    # word or verb of moving names another destination ("who left to found X, joins Meta")
    founded = None if target else _founded(folded, sentence, cue_sets, origin, ahead, behind)
    if (
        genitive
        and target is None
        and len(sentence.orgs) == 1
        and sentence.has("join")
        and not sentence.has("leave", "lose", "recruit", "former")
        and any(
            0 <= sentence.orgs[0].start - end <= ahead
            for _, _, end in sentence.hits.get("role", [])
        )
    ):
        # "X, nueva jefa de IA de Apple", "neue KI-Chefin von Apple": the word of origin is
        # the genitive of the post taken, and the one organisation is where it is taken
        origin, target = None, origin
    if target is None and sentence.has("recruit") and not sentence.has("leave", "lose"):
        # "テンセントは…を獲得", "삼성전자는 … 영입": in a verb-final clause the subject hires
        for org in sentence.orgs:
            after = folded[org.end : org.end + behind]
            if org.name != origin and any(
                c.subject_after and c.subject_after.match(after) for c in cue_sets
            ):
                target = org.name
                break
    for kind, side, is_origin in _VERB_SIDES:
        for _, start, end in sentence.hits.get(kind, []):
            if side == "after":
                near = next((o for o in sentence.orgs if o.start >= end), None)
            elif not is_origin:
                # the hirer before the verb, past the origin a cue already placed there
                # ("微软从谷歌挖来X", "Microsoft, X'i Google'dan transfer etti") and past the
                # workplace a role word names before a verb-final hire ("Meta, OpenAI'ın
                # araştırmacısı X'i transfer etti", "متا پژوهشگر OpenAI را جذب کرد")
                hirers = [o for o in sentence.orgs if o.end <= start and o.name != origin]
                free = [o for o in hirers if not _role_owned(sentence, o, owner)]
                near = (free or hirers)[-1] if hirers else None
            else:
                near = next((o for o in reversed(sentence.orgs) if o.end <= start), None)
            if near is None:
                continue
            if is_origin and origin is None and near.name not in (target, founded):
                origin = near.name
            elif not is_origin and target is None and near.name != origin:
                target = near.name
    target = target or founded
    if target and not origin and sentence.has("join", "recruit", "arrow"):
        # "X, a researcher at OpenAI, has joined Meta": the other organisation is the origin
        origin = next((o.name for o in sentence.orgs if o.name != target), None)
    elif origin and not target and sentence.has("join", "recruit") and not sentence.has("lose"):
        # "X, ex-DeepMind, appointed CTO of Mistral", "nommé directeur technique de Mistral":
        # the post is named with the organisation that gives it (a genitive, no word of
        # direction); the other organisation is where the person goes
        target = next((o.name for o in sentence.orgs if o.name != origin), None)
    if origin == target:
        target = None
    return origin, target


def _role_owned(sentence: Sentence, org: Mention, reach: int) -> bool:
    """Whether a role word names `org` as someone's workplace: the organisation right after
    the role (ezafe, construct state, genitive: "پژوهشگر ارشد OpenAI", "исследователя
    OpenAI"), or with none there the one right before it ("OpenAI'ın kıdemli araştırmacısı",
    "ओपनएआई के वरिष्ठ शोधकर्ता")."""
    for _, start, end in sentence.hits.get("role", []):
        after = next((o for o in sentence.orgs if 0 <= o.start - end <= reach), None)
        before = next((o for o in reversed(sentence.orgs) if 0 <= start - o.end <= reach), None)
        if (after or before) is org:
            return True
    return False


def _cue_span(cues: Cues, before: str) -> int:
    """Characters of the longest cue of origin or destination `before` ends with."""
    found = (r.search(before) for r in (cues.from_before, cues.to_before) if r)
    return max((len(m.group(0).strip()) for m in found if m), default=0)


def _founded(
    folded: str,
    sentence: Sentence,
    cue_sets: Sequence[Cues],
    origin: str | None,
    ahead: int,
    behind: int,
) -> str | None:
    """The first organisation of `sentence` a verb of founding takes as its object."""
    for org in sentence.orgs:
        if org.name == origin:
            continue
        before = folded[max(sentence.start, org.start - ahead) : org.start]
        after = folded[org.end : org.end + behind]
        for c in cue_sets:
            if (c.found_before and c.found_before.search(before)) or (
                c.found_after and c.found_after.match(after)
            ):
                return org.name
    return None


# between two names of a list: commas and at most one short word ("and", "y", "og", "و")
LIST_GAP = re.compile(r"[\s,、،;]*(?:\w{1,4}[\s,、،]+)?")

_GENITIVE_LEN = 3  # a cue of origin this short ("de", "von", "of") may be a genitive

_VERB_SIDES = (
    ("leave", "after", True),
    ("lose", "before", True),
    ("join", "after", False),
    ("recruit", "before", False),
)
