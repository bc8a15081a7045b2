"""What capital letters say in a text: a Headline Style sentence (capitals mark no
names there), a move word written as a word of a name ("Formation Bio"), and the
people the headline and lead name."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence

from watcher.classify.entities import find_people, known_surnames
from watcher.classify.known_people import find_known_people
from watcher.classify.match import Hit
from watcher.classify.rules import Pattern, Rules
from watcher.classify.spans import Mention
from watcher.classify.text import sentence_index, sentence_span, sentence_starts


def title_case(sentence: str, shape: Mapping[str, float]) -> bool:
    """True for Headline Style Text, where capitals do not mark names: a share of the
    longer words capitalised (`shape`: [scoring.text] title_case_*)."""
    words = [
        w for w in sentence.split() if len(w) > shape["title_case_word_len"] and w[0].isalpha()
    ]
    if len(words) < shape["title_case_min_words"]:
        return False
    return sum(w[0].isupper() for w in words) >= shape["title_case_share"] * len(words)


def headline_style(
    rules: Rules,
    lang: str,
    index: int,
    full: str,
    span: tuple[int, int],
    terms: Sequence[tuple[int, int]] = (),
) -> bool:
    """True where capitals mark no names: a sentence `full[span]` in Headline Style in a
    language whose headlines capitalise every word (English); in any other language that
    does not capitalise its nouns, a first sentence in that style whose lexicon terms
    (`terms`: spans) are capitalised too ("Eksodus Massal Ilmuwan AI …"), for names and
    organisations alone make a short headline look like one ("Meta podkupiła Ruominga
    Panga z Apple")."""
    grammar = rules.grammar
    begin, end = span
    shape = rules.scoring["text"]
    # a lexicon word of the headline written in lower case, longer than the short words
    # Headline Style leaves so ("Apple recruits Meta's Karin Olsen", "Karin Olsen blir ny
    # AI-chef"): sentence case, its capitals name people and organisations
    lowered = any(
        begin <= a < end
        and full[a].islower()
        and len(full[a:end].split(maxsplit=1)[0]) > shape["title_case_word_len"]
        for a, _ in terms
    )
    if lowered:
        # ... unless it is a slip among many capitalised words ("… to Lead AI research Team
        # Following Tumultuous Exit From OpenAI")
        longer = [
            w
            for w in full[begin:end].split()
            if len(w) > shape["title_case_word_len"] and w[0].isalpha()
        ]
        lowered = sum(w[0].islower() for w in longer) >= shape["title_case_slip"] * len(longer)
    if lang in grammar.headline_case:
        return not lowered and title_case(full[begin:end], shape)
    if index or lang in grammar.noun_case:
        return False
    capitalised = any(
        begin < a < end and full[a].isupper() and full[a - 1] == " " for a, _ in terms
    )
    return capitalised and not lowered and title_case(full[begin:end], shape)


# move, formation and pay words that may also be a word of a name ("Formation Bio")
_NAME_KINDS = frozenset({"form", "leave", "lose", "join", "recruit", "noun", "comp", "deal"})
_NEXT_CAPITAL = re.compile(r"[ \xa0]+[A-Z\u00c0-\u00de\u0400-\u042f]")


def outside_names(
    hits: list[Hit],
    full: str,
    patterns: Sequence[Pattern],
    shape: Mapping[str, float],
    abbreviation: re.Pattern[str] | None = None,
) -> list[Hit]:
    """The hits but those of a move word written as part of a name: capitalised inside a
    sentence that is not in Headline Style, and followed by another capitalised word
    ("the founder and CEO of Formation Bio")."""
    starts: list[int] | None = None
    kept = []
    for h in hits:
        if (
            patterns[h.pattern].kind in _NAME_KINDS
            and full[h.start].isupper()
            and _NEXT_CAPITAL.match(full, h.end)
        ):
            starts = starts if starts is not None else sentence_starts(full, abbreviation)
            i = sentence_index(starts, h.start)
            begin, end = sentence_span(starts, i, len(full))
            first = not full[begin : h.start].strip(" \"'“‘«([")
            if not first and not title_case(full[begin:end], shape):
                continue
        kept.append(h)
    return kept


class SentenceNames:
    """Whether a sentence of one text is in Headline Style (`headline_style`) and the
    people its capitals name (`find_people`), each worked out once per sentence: the
    evidence, the lead read for a move that names no one and the names of the lead are
    often the same sentences, and both questions are costly.

    `hits` are the spans of lexicon terms (no part of a name in a script without
    capitals); `lowercase`, `determiners` and `langs` are passed on to `find_people`.
    """

    def __init__(
        self,
        rules: Rules,
        full: str,
        lang: str,
        lowercase: frozenset[str],
        determiners: frozenset[str],
        langs: frozenset[str],
        hits: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.rules, self.full, self.lang, self.hits = rules, full, lang, hits
        self.lowercase, self.determiners, self.langs = lowercase, determiners, langs
        self._styled: dict[tuple[int, int, int], bool] = {}
        self._people: dict[tuple[int, int], list[Mention]] = {}
        # the terms by where they start: a sentence's own are found without a look at
        # every term of the text (`headline_style` reads no others)
        self._by_start = sorted(hits)
        self._starts = [a for a, _ in self._by_start]

    def styled(self, index: int, begin: int, end: int) -> bool:
        """Sentence `index`, full[begin:end], is in Headline Style (capitals mark no names)."""
        key = (index, begin, end)
        if key not in self._styled:
            own = self._by_start[bisect_left(self._starts, begin) : bisect_left(self._starts, end)]
            self._styled[key] = headline_style(
                self.rules, self.lang, index, self.full, (begin, end), own
            )
        return self._styled[key]

    def people(self, begin: int, end: int) -> list[Mention]:
        """The people named in full[begin:end] (a new list: callers extend their own)."""
        if (begin, end) not in self._people:
            self._people[(begin, end)] = find_people(
                self.rules,
                self.full,
                begin,
                end,
                self.lowercase,
                self.determiners,
                self.langs,
                self.hits,
            )
        return list(self._people[(begin, end)])


def named_in_lead(rules: Rules, starts: list[int], limit: int, names: SentenceNames) -> list[str]:
    """Everyone the headline and lead (up to `limit`) of the text of `names` name, in
    text order."""
    full = names.full
    found: list[str] = []
    for i, begin in enumerate(starts):
        if begin >= limit:
            break
        end = sentence_span(starts, i, len(full))[1]
        if names.styled(i, begin, end):
            people = find_known_people(rules.known_people, full, begin, end)
        else:
            people = names.people(begin, end)
        people += known_surnames(rules, full, begin, end, people)
        found += [p.name for p in sorted(people, key=lambda p: p.start)]
    return list(dict.fromkeys(found))
