"""People named in scripts without capital letters: Arabic, Persian, Hebrew, Devanagari
and Thai.

Capitals find unknown names in Latin and Cyrillic text; these scripts have none, so a
name the gazetteer does not know is found by what anchors it in the sentence:

- a title or role noun right before it ("الباحث", "המנכ\"ל", "मुख्य वैज्ञानिक", "นาย"),
  then two words (first name and surname; a Thai honorific may precede a surname
  alone), with words that may stand between them
  ("former", "of", an organisation);
- a title after it, past a comma ("X Y, the chief scientist of …"): two or three words
  that start their clause;
- quotes around two words, where a language quotes the names of its headlines (Thai);
- a case marker after it that only follows the one who acts (Hindi "ने"), or a verb of
  moving a headline puts right after its mover (Hebrew "עוזב"): two words that start
  their clause;
- its Latin spelling in brackets right after it ("ברט זופ (Barret Zoph)"), which is then
  the name given;
- a preposition and an organisation after it, where the verb comes last (Persian "X Y به
  گوگل پیوست"): two words that start their clause;
- a verb of moving that starts its clause before it, where the language puts the verb
  first (Arabic "انتقل X Y إلى …"): two words, then the word that ends the mover's
  phrase (a preposition of the destination or origin, "بشركة") or an organisation.

A name is one to three words of the script that are no common word, title, organisation
word, beginning of a lexicon term (a verb of moving: "يغادر"), nor begin like a word that
is no name (the article "ال", "ה": the adjective of the title, "החוקר הבכיר"). A title
that takes its organisation right after it (construct state, ezafe: "מנכ"ל גוגל",
"مدیرعامل گوگل") is followed by a name only past a known organisation and a comma
("مدیرعامل گوگل، X،"). The words are the [names] tables of the lexicons whose
`script` is one of these (`titles`, `titles_of`, `title_links`, `title_orgs`,
`not_names`, `not_name_starts`, `name_markers`, `org_markers`, `mover_verbs`,
`mover_ends`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from watcher.classify.grammar import CASELESS_LETTERS
from watcher.classify.rules import Rules
from watcher.classify.spans import Mention
from watcher.classify.text import fold, is_spaceless

_LETTER = re.compile(f"[{CASELESS_LETTERS}]")
_THAI = re.compile(r"[\u0e01-\u0e4e]")
_NEXT = re.compile(rf"[ \xa0]*([{CASELESS_LETTERS}]+)")
_PREVIOUS = re.compile(rf"([{CASELESS_LETTERS}]+)[ \xa0]*$")
_COMMA = re.compile(r"\s*[,،]\s*")
_COMMA_BEFORE = re.compile(r"[,،][ \xa0]*$")
# (no ASCII quote: Hebrew writes its abbreviations with one, "מנכ"ל")
_CLAUSE_END = re.compile(r"[.,،;:!?()\[\]“”«»|\n]")
_LATIN_NAME = re.compile(
    r"[ \xa0]?[(（]\s*([A-Z\u00c0-\u00de][\w'’.-]*(?:[ \xa0]+[A-Z\u00c0-\u00de][\w'’.-]*){1,3})"
    r"\s*[)）]"
)
_OPENING = ' \xa0-־«"“'
_CLOSING = '»"”'
_MAX_WORDS = 3  # before a comma: a name of up to three words starting its clause
_MAX_AFTER = 2  # after a title: a verb often follows the name at once ("X عيّن …")
_MAX_THAI_WORD = 16  # a Thai name part runs to the next space; a longer run holds more
_TITLE_REACH = 40  # characters after a comma in which the title of an apposition stands


Orgs = Callable[[str], list[Mention]]


def has_caseless(text: str) -> bool:
    return _LETTER.search(text) is not None


def caseless_people(
    rules: Rules,
    text: str,
    start: int,
    end: int,
    orgs: Orgs,
    hits: Sequence[tuple[int, int]] = (),
    langs: frozenset[str] | None = None,
) -> list[Mention]:
    """Unknown people named in text[start:end] in a script without capitals (see the
    module docstring); `orgs` finds the known organisations in a string (entities'
    find_orgs), `hits` are the spans of lexicon terms, which no name holds; the titles
    are those of `langs` (all when None)."""
    found: list[Mention] = []
    for m in _LATIN_NAME.finditer(text, start, end):
        words = _words_before(rules, orgs, text, start, m.start(), hits)
        latin = m.group(1)
        if words and _latin_ok(rules, orgs, latin):
            found.append(Mention(latin, words[0][1], words[-1][2]))
    grammar = rules.grammar
    titles = [
        regex for lang, regex in grammar.caseless_titles.items() if langs is None or lang in langs
    ]
    for m in (m for regex in titles for m in regex.finditer(text, start, end)):
        at = _past_links(rules, orgs, text, m.end(), end)
        if at is None or (grammar.caseless_titles_of.match(m.group(0)) and not at.comma):
            continue  # "מנכ"ל גוגל": the words after such a title name its organisation
        words = _words_after(rules, orgs, text, at.end, end, hits)
        # "the CEO of OpenAI, Sam Altman, said": past a comma, the name closes with one
        closed = not at.comma or (words and _COMMA.match(text, words[-1][2], end))
        # one word after a title is as often a noun, except after a Thai honorific, which
        # only ever precedes a name ("นายอัลต์แมน": Mr Altman)
        enough = 1 if is_spaceless(m.group(0)) else _MAX_AFTER
        if len(words) >= enough and closed:
            _add(found, text, words)
            if m.group(0).endswith(grammar.caseless_plurals or ("\0",)):
                for more in _joined_after(rules, orgs, text, words[-1][2], end, hits):
                    _add(found, text, more)
    for m in grammar.caseless_quoted.finditer(text, start, end):
        # "‘แซม อัลต์แมน’ …": a headline quotes the name it is about
        quoted = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i))
        first, _, last = m.group(quoted).partition(" ")
        pair = [
            (first, m.start(quoted), m.start(quoted) + len(first)),
            (last, m.end(quoted) - len(last), m.end(quoted)),
        ]
        if not any(_bad(rules, orgs, *word, hits, first=i == 0) for i, word in enumerate(pair)):
            _add(found, text, pair)
    for m in grammar.caseless_marker.finditer(text, start, end):
        # "X Y ने इस्तीफा दिया": the one who acts, marked by a case ending of its own
        for words in _marked(rules, orgs, text, start, m.start(), hits):
            _add(found, text, words)
    for m in grammar.caseless_org_marker.finditer(text, start, end):
        # "X Y به گوگل پیوست": the mover, then where to or from, the verb last
        rest = text[m.end() : min(end, m.end() + 40)]
        named = orgs(rest.lstrip(_OPENING))
        if not named or named[0].start != 0:
            continue
        for words in _marked(rules, orgs, text, start, m.start(), hits):
            _add(found, text, words)
    for m in grammar.caseless_mover_verb.finditer(text, start, end):
        # "التحق X Y بشركة …": the verb first, the mover, then where he goes
        words = _words_after(rules, orgs, text, m.end(), end, hits)
        if len(words) == _MAX_AFTER and _mover_ends(rules, orgs, text, words[-1][2], end):
            _add(found, text, words)
    for m in _COMMA.finditer(text, start, end):
        if not _title_follows(rules, orgs, titles, text, m.end(), end):
            continue
        words = _words_before(rules, orgs, text, start, m.start(), hits, least=2)
        if words:
            _add(found, text, words)
    return sorted(found, key=lambda p: p.start)


def _title_follows(
    rules: Rules, orgs: Orgs, titles: list[re.Pattern[str]], text: str, at: int, end: int
) -> bool:
    """True when a title follows at `at`, past only an organisation and the words around
    it ("…, OpenAI के पूर्व सीईओ", "…, former CEO of"), within a few words."""
    grammar = rules.grammar
    clause = text[at : min(end, at + _TITLE_REACH)]
    cut = _CLAUSE_END.search(clause)
    clause = clause[: cut.start() if cut else None]
    found = [t for t in (regex.search(clause) for regex in titles) if t is not None]
    if not found:
        return False
    title = min(found, key=lambda t: t.start())
    for word in clause[: title.start()].split():
        key = fold(word)
        if _LETTER.search(word) and key not in grammar.caseless_skip and key not in rules.nonname:
            if key not in rules.org_words and not orgs(word):
                return False
    return True


def _mover_ends(rules: Rules, orgs: Orgs, text: str, at: int, end: int) -> bool:
    """True when the mover's phrase ends at `at`: a word of its own (`mover_ends`: "to",
    "from", "at the company") or an organisation follows."""
    m = _NEXT.match(text, at, end)
    if m is not None and fold(m.group(1)) in rules.grammar.caseless_mover_ends:
        return True
    rest = text[at:end].lstrip(_OPENING)
    if not rest.strip():
        return True  # the headline ends with the name ("גוגל מפטרת את X Y")
    named = orgs(rest[:40])
    # the organisation may carry a glued preposition ("מגוגל": from Google)
    return bool(named) and " " not in rest[: named[0].start]


def _add(found: list[Mention], text: str, words: list[tuple[str, int, int]]) -> None:
    begin, stop = words[0][1], words[-1][2]
    if not any(p.start < stop and begin < p.end for p in found):
        found.append(Mention(text[begin:stop], begin, stop))


def _latin_ok(rules: Rules, orgs: Orgs, name: str) -> bool:
    """A Latin spelling in brackets names a person, not an organisation or a term."""
    if orgs(name):
        return False
    return not any(fold(w) in rules.nonname or fold(w) in rules.org_words for w in name.split())


def _bad(
    rules: Rules,
    orgs: Orgs,
    word: str,
    begin: int,
    stop: int,
    hits: Sequence[tuple[int, int]],
    first: bool = True,
) -> bool:
    """True for a word that is no part of a name (`first`: no first word of one)."""
    grammar = rules.grammar
    key = fold(word)
    if len(word) < 2 or key in rules.nonname or key in grammar.caseless_stops:
        return True
    if grammar.caseless_endings and word.endswith(grammar.caseless_endings):
        return True
    if key in rules.org_words or key in grammar.caseless_links or key in grammar.caseless_org_links:
        return True
    if (first and word.startswith(grammar.caseless_starts)) or grammar.caseless_title.match(word):
        return True
    if _THAI.match(word) and (
        len(word) > _MAX_THAI_WORD or any(s in word for s in grammar.caseless_long_stops)
    ):
        return True
    return any(a < stop and begin < b for a, b in hits) or bool(orgs(word))


@dataclass(frozen=True, slots=True)
class _Past:
    end: int  # where the name may begin
    comma: bool  # an organisation and a comma come before it ("the CEO of OpenAI, X")


def _past_links(rules: Rules, orgs: Orgs, text: str, at: int, end: int) -> _Past | None:
    """The offset after the words that may stand between a title and a name: links
    ("former", "senior") and an organisation ("CEO of OpenAI Sam Altman"), with a comma
    after it; None when a word that ties the title to an organisation ("of") is followed
    by none."""
    grammar = rules.grammar
    for _ in range(3):
        m = _NEXT.match(text, at, end)
        key = fold(m.group(1)) if m else ""
        if key in grammar.caseless_links:
            at = m.end()  # type: ignore[union-attr]
            continue
        tied = key in grammar.caseless_org_links
        begin = m.end() if tied else at  # type: ignore[union-attr]
        rest = text[begin:end]
        lead = len(rest) - len(rest.lstrip(_OPENING))
        named = orgs(rest[lead : lead + 40])
        if named and named[0].start == 0:
            at = begin + lead + named[0].end
            at += len(text[at:end]) - len(text[at:end].lstrip(_CLOSING))
            comma = _COMMA.match(text, at, end)
            if comma:
                return _Past(comma.end(), True)
            continue
        if tied:
            return None
        break
    comma = _COMMA.match(text, at, end)  # "the CTO, Mira Murati, and …"
    return _Past(comma.end(), True) if comma else _Past(at, False)


def _words_after(
    rules: Rules, orgs: Orgs, text: str, at: int, end: int, hits: Sequence[tuple[int, int]]
) -> list[tuple[str, int, int]]:
    """Up to two good words from `at` on (a Thai name may touch its title)."""
    words: list[tuple[str, int, int]] = []
    while len(words) < _MAX_AFTER:
        m = _NEXT.match(text, at, end)
        if m is None:
            break
        word, begin = m.group(1), m.start(1)
        cut = _thai_cut(rules, word, begin, hits) if _THAI.match(word) else len(word)
        word = word[:cut]
        if _bad(rules, orgs, word, begin, begin + cut, hits, first=not words):
            break
        if rules.grammar.caseless_title.match(text, begin):
            break  # a title of several words starts here ("رحيل رئيسة الأبحاث X"): no name
        words.append((word, begin, begin + cut))
        if cut < len(m.group(1)):
            break  # the name ran into the next word
        at = m.end()
    return words


def _joined_after(
    rules: Rules, orgs: Orgs, text: str, at: int, end: int, hits: Sequence[tuple[int, int]]
) -> list[list[tuple[str, int, int]]]:
    """The names of two words each joined by "and" (`name_ands`, a word of its own or a
    letter glued to the name) after a name that ends at `at` ("X Y وZ W")."""
    ands = rules.grammar.caseless_ands
    names: list[list[tuple[str, int, int]]] = []
    while True:
        m = _NEXT.match(text, at, end)
        if m is None:
            return names
        word, begin = m.group(1), m.start(1)
        if fold(word) in ands:
            name = _words_after(rules, orgs, text, m.end(), end, hits)
        elif word[:1] in ands and len(word) > 3:
            first = (word[1:], begin + 1, m.end())
            if _bad(rules, orgs, *first, hits):
                return names
            name = [first, *_words_after(rules, orgs, text, m.end(), end, hits)[:1]]
        else:
            return names
        if len(name) != _MAX_AFTER:
            return names
        names.append(name)
        at = name[-1][2]


def _thai_cut(rules: Rules, word: str, begin: int, hits: Sequence[tuple[int, int]]) -> int:
    """Where a run of Thai letters stops being a name: Thai writes no space between
    words, so a name may touch the verb or word after it ("อัลต์แมนเป็น…"); the first
    word that is no name (`not_names`) or lexicon term in it ends the name."""
    cut = len(word)
    for stop in rules.grammar.caseless_long_stops:
        at = word.find(stop, 2)
        if at >= 2:
            cut = min(cut, at)
    for a, _ in hits:
        if begin + 2 <= a < begin + cut:
            cut = a - begin
    return cut


def _marked(
    rules: Rules,
    orgs: Orgs,
    text: str,
    start: int,
    at: int,
    hits: Sequence[tuple[int, int]],
    joined: bool = True,
) -> list[list[tuple[str, int, int]]]:
    """The two words before a case marker at `at` when they start their phrase: the word
    before them is no good word of a name (a postposition, a title, an organisation, a
    mark); [] otherwise. Two names joined by "and" (`name_ands`) share the marker ("X Y
    और Z W ने", "X Y وZ W يؤسسان"): both are given."""
    ands = rules.grammar.caseless_ands
    words: list[tuple[str, int, int]] = []
    while True:
        m = _PREVIOUS.search(text, max(start, at - 40), at)
        if m is None or _bad(rules, orgs, m.group(1), m.start(1), m.end(1), hits, first=False):
            break
        if len(words) == 2:
            # "and" glued to the second name (Arabic, Hebrew): the first name before it
            word, begin, stop = words[0]
            if joined and word[:1] in ands and len(word) > 3:
                before = _marked(rules, orgs, text, start, begin, hits, joined=False)
                if before:
                    return [*before, [(word[1:], begin + 1, stop), words[1]]]
            return []  # a third word: the phrase is longer than a name
        words.insert(0, (m.group(1), m.start(1), m.end(1)))
        at = m.start()
    if words and words[0][0].startswith(rules.grammar.caseless_starts):
        return []  # "the new director leaves": a noun with its article, no name
    if len(words) != 2:
        return []
    # "and" as a word of its own before the second name (Hindi "और", Thai "และ")
    m = _PREVIOUS.search(text, max(start, at - 40), at)
    if joined and m is not None and fold(m.group(1)) in ands:
        before = _marked(rules, orgs, text, start, m.start(), hits, joined=False)
        while before and before[0]:
            # a list with commas before "and" ("X Y, Z W और U V ने"): its names too
            comma = _COMMA_BEFORE.search(text, max(start, before[0][0][1] - 3), before[0][0][1])
            listed = comma and _marked(rules, orgs, text, start, comma.start(), hits, joined=False)
            if not listed:
                break
            before = [*listed, *before]
        return [*before, words]
    return [words]


def _words_before(
    rules: Rules,
    orgs: Orgs,
    text: str,
    start: int,
    at: int,
    hits: Sequence[tuple[int, int]],
    least: int = 1,
) -> list[tuple[str, int, int]]:
    """Up to three good words that end at `at`; [] when fewer than `least`, or when a
    fourth good word comes before them (the name's clause does not start there)."""
    words: list[tuple[str, int, int]] = []
    while True:
        m = _PREVIOUS.search(text, max(start, at - 40), at)
        if m is None or _bad(rules, orgs, m.group(1), m.start(1), m.end(1), hits, first=False):
            break
        if len(words) == _MAX_WORDS:
            return []
        words.insert(0, (m.group(1), m.start(1), m.end(1)))
        at = m.start()
    while words and words[0][0].startswith(rules.grammar.caseless_starts):
        words.pop(0)  # "… the Iranian Ali Rezaei": no name begins with an article
    return words if len(words) >= least else []
