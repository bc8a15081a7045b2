"""Compile a merged pattern specification into a frozen, ready-to-match Rules object.

Compilation happens once (see `compile_rules`); matching then needs one Aho-Corasick
pass over the folded text for every trigger and context word of every language, one
case-sensitive pass for organisation names, and a few small regexes run only on the
sentences that already hold evidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from types import MappingProxyType
from typing import Any

import ahocorasick_rs

from watcher.classify.affixes import declined_aliases, longest_run, prefix_runs
from watcher.classify.amounts import AmountRules, compile_amounts
from watcher.classify.grammar import Grammar, compile_grammar, folded
from watcher.classify.known_people import NO_PEOPLE, KnownPeople, compile_people
from watcher.classify.load import CUE_KINDS, Spec
from watcher.classify.text import fold, is_spaceless
from watcher.errors import ConfigError

# Kinds that are plain word sets (checked by lookup, never matched by the automaton).
WORD_KINDS = frozenset({"nonname"})
# Kinds that start a category's evaluation: without one of them a category scores 0.
TRIGGERS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "offer": frozenset({"comp"}),
        "departure": frozenset({"leave", "lose", "join", "recruit", "noun", "arrow"}),
        "lab_formation": frozenset({"form"}),
        "acquihire": frozenset({"explicit", "deal", "frame", "motive", "arrive"}),
    }
)
# Kinds a mask term can cancel (never domain or negative cues, except sports words in a
# comparison: "paid like NBA stars" tells pay, no sports story).
MASKABLE = frozenset(
    {
        "sports",
        "comp",
        "intense",
        "stat",
        "leave",
        "lose",
        "join",
        "recruit",
        "noun",
        "form",
        "lab",
        "explicit",
        "deal",
        "team",
        "motive",
        "arrive",
        "research",
        "role",
        "chief",
        "arrow",
        "orgnoun",
        "funding",
        "teaching",
        "former",
    }
)


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled pattern: its id (category.lang.name), kind and weight."""

    id: str
    category: str
    lang: str
    kind: str
    weight: float


@dataclass(frozen=True, slots=True)
class Cues:
    """Positional cue regexes of one language (run on folded text)."""

    plan: re.Pattern[str] | None
    chrome: re.Pattern[str] | None
    from_before: re.Pattern[str] | None
    to_before: re.Pattern[str] | None
    from_after: re.Pattern[str] | None
    to_after: re.Pattern[str] | None
    pronoun: re.Pattern[str] | None  # a subject pronoun ("he", "elle") anywhere in a span
    subject_after: re.Pattern[str] | None  # a subject marker right after a name ("は", "는")
    background: re.Pattern[str] | None  # "when", "since": a move told as background
    plan_after: re.Pattern[str] | None  # "영입하기 위해", "買収する方針": a plan, verb first
    # the recent past ("acaba de", "vient de"): a plan cue it ends with ("de") is no plan
    recent: re.Pattern[str] | None = None
    # "at" before a workplace ("head of research at X"): an organisation, no direction
    at_before: re.Pattern[str] | None = None
    # a verb of founding with the new lab as its object ("to found X", "X를 창업"): the lab
    # is the destination when no word of moving places one
    found_before: re.Pattern[str] | None = None
    found_after: re.Pattern[str] | None = None


EntryRun = tuple[bool, bool, int, tuple[int, ...]]


@dataclass(frozen=True, eq=False)
class Rules:
    """Everything the classifier needs, compiled once; immutable and shareable."""

    patterns: tuple[Pattern, ...]
    automaton: ahocorasick_rs.AhoCorasick
    # per automaton literal: its patterns, in runs that ask the same of the text around
    # it: (needs left boundary, needs right boundary, index into `tails` of the separated
    # particle that must follow or -1, the pattern indexes); see `_runs`
    entries: tuple[tuple[EntryRun, ...], ...]
    tails: tuple[re.Pattern[str], ...]
    org_automaton: ahocorasick_rs.AhoCorasick | None
    org_names: tuple[str, ...]  # canonical name per org alias
    org_alias_cjk: tuple[bool, ...]  # alias in a script written without spaces: no boundaries
    # runs of the letters glued before a name (Hebrew "ב", "וב"; Arabic "و", "ب"…) and
    # the length of the longest
    org_prefixes: frozenset[str]
    org_prefix_len: int
    startups: frozenset[str]
    labs: frozenset[str]  # units formed inside a company (Meta Superintelligence Labs)
    ai_orgs: frozenset[str]  # AI labs and companies, startups and labs among them
    # leaders: folded full names and surnames -> the organisations each speaks for
    leader_orgs: Mapping[str, frozenset[str]]
    nonname: frozenset[str]  # common, role and amount words: no part of a person's name
    # the common words among them, with the languages they are common in: Turkish "kim"
    # (who) is no name in Turkish text, while "Kim" names a person in Vietnamese text
    common_in: Mapping[str, frozenset[str]]
    roles: frozenset[str]  # role words of one word, folded ("сооснователь", "ceo")
    # per language: words after which a capitalised word is no person name ("the", "der")
    determiners: Mapping[str, frozenset[str]]
    org_words: frozenset[str]  # folded words of org aliases: never part of a person name
    cues: Mapping[str, Cues]
    shapes: tuple[tuple[Pattern, re.Pattern[str]], ...]
    amounts: AmountRules
    grammar: Grammar  # name and clause patterns of the lexicons' [names] and [grammar]
    scoring: Mapping[str, Any]
    lang_groups: Mapping[str, frozenset[str]]
    always_langs: frozenset[str]
    known_people: KnownPeople = NO_PEOPLE  # the gazetteer of seeds/people.toml
    watch_people: tuple[str, ...] = ()
    watch_orgs: tuple[str, ...] = ()
    min_score: float = 0.5
    categories: tuple[str, ...] = field(default=())

    def langs_for(self, lang: str, hint: str | None = None) -> frozenset[str]:
        """The pattern languages worth trying on a text detected as `lang`."""
        langs = set(self.always_langs) | {lang, "xx"}
        langs |= self.lang_groups.get(lang, frozenset())
        if hint:
            langs.add(hint)
            langs |= self.lang_groups.get(hint, frozenset())
        return frozenset(langs)


def _runs(entries: list[tuple[int, bool, bool, int]]) -> tuple[EntryRun, ...]:
    """The (pattern index, left, right, tail) entries of one literal as runs of
    consecutive entries that ask the same of the text (boundaries, particle): the matcher
    checks that once per run, not once per pattern (a word of many languages has one
    entry per language). The entries keep their order."""
    return tuple(
        (left, right, tail, tuple(index for index, _, _, _ in run))
        for (left, right, tail), run in groupby(entries, key=lambda e: e[1:])
    )


def _literal(term: str) -> tuple[str, bool, bool]:
    """Term syntax -> (folded literal, needs left boundary, needs right boundary).

    A separable verb is written "stellt ~ ein": the literal is the part before "~".
    """
    term = term.split("~")[0].strip()
    left = not term.startswith("*")
    right = not term.endswith("*")
    literal = fold(term.strip("*"))
    if is_spaceless(literal):  # Thai, CJK: words are not separated by spaces
        left = right = False
    return literal, left, right


def _tail_word(tail: str) -> str:
    """One word a tail may be: "team" whole, "zespo*" a stem, "*tiimiä" the last part of
    a compound ("tekoälytiimiä", "forskningslabbet"); a word of a script written without
    spaces ("企業を ~ 設立") borders anything."""
    word = fold(tail.strip())
    if is_spaceless(word):
        return re.escape(word.strip("*"))
    start = "" if word.startswith("*") else r"(?<!\w)"
    end = "" if word.endswith("*") else r"(?!\w)"
    return rf"{start}{re.escape(word.strip('*'))}{end}"


def _tail_regex(term: str) -> re.Pattern[str] | None:
    """The particle of a separable verb ("stellt ~ ein"), later in the same clause; the
    tail may name alternatives ("lead the new ~ team|division|lab"), one of which follows."""
    if "~" not in term:
        return None
    bounded = "(?:" + "|".join(_tail_word(t) for t in term.split("~", 1)[1].split("|")) + ")"
    # the clause runs to a stop, but a point between digits ("3.600") is a number
    return re.compile(rf"(?:[^.;:!?\n。！？]|(?<=\d)\.(?=\d)){{0,120}}?{bounded}")


def _cue_regex(terms: list[str], kind: str, articles: list[str]) -> re.Pattern[str] | None:
    """A cue regex; `articles` may stand between a cue and what follows ("from its …")."""
    if not terms:
        return None
    words = sorted({fold(t) for t in terms}, key=len, reverse=True)
    latin = "|".join(re.escape(w) for w in words if not is_spaceless(w)) or "(?!)"
    between = "|".join(re.escape(w) for w in articles) or "(?!)"
    cjk = "|".join(re.escape(w) for w in words if is_spaceless(w)) or "(?!)"
    if kind == "chrome":
        return re.compile(rf"[\W\d]*(?:{latin}|{cjk})")
    if kind == "subject_after":  # written right after the name, no space between
        return re.compile(rf"^(?:{cjk}|(?:{latin})(?!\w))")
    if kind in ("pronoun", "background"):
        return re.compile(rf"(?<!\w)(?:{latin})(?!\w)|(?:{cjk})")
    if kind in ("plan", "from_before", "to_before", "recent", "at_before", "found_before"):
        # the cue ends right before the word that follows (an org or a trigger)
        return re.compile(rf"(?:(?:^|[^\w])(?:{latin})\s*(?:(?:{between})\s+)?|(?:{cjk})\s*)$")
    return re.compile(rf"^\s*(?:{cjk}|(?:{latin})(?!\w))")


def _agreement(rules: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
    """`[grammar] agreement` entries ("é>ée|és|ées"): an ending and the forms a word
    with it takes when it agrees with a feminine or plural noun, longest ending first."""
    table = []
    for rule in rules:
        ending, _, forms = rule.partition(">")
        table.append((ending, tuple(f for f in forms.split("|") if f)))
    return sorted(table, key=lambda r: -len(r[0]))


_MAX_FORMS = 8  # the agreeing forms one term is written in, at most


def _agreeing(term: str, table: Sequence[tuple[str, tuple[str, ...]]]) -> list[str]:
    """The term and its forms when its words agree in gender and number ("racheté" ->
    "rachetée", "rachetés", "rachetées"; "contratado" -> "contratada", ...): a move,
    a purchase or a founding is told of a woman, a company or a team as often as of a
    man. Only the words before a tail ("~") agree; a stem ("*") is left alone."""
    if not table:
        return [term]
    head, sep, tail = term.partition("~")
    forms = [""]
    for word in re.split(r"(\s+)", head):
        options = [word]
        if word and "*" not in word and not word.isspace():
            for ending, alts in table:
                if word.endswith(ending) and len(word) > len(ending) + 2:
                    stem = word[: -len(ending)]
                    options += [stem + alt for alt in alts]
                    break
        forms = [f + o for f in forms for o in options][:_MAX_FORMS]
    return [f + sep + tail for f in forms]


def compile_rules(
    spec: Spec,
    *,
    watch_people: Sequence[str] = (),
    watch_orgs: Sequence[str] = (),
    min_score: float = 0.5,
    categories: Sequence[str] = (),
) -> Rules:
    """Turn a merged Spec into Rules: automata, regexes and lookup tables."""
    patterns: list[Pattern] = []
    literal_index: dict[str, int] = {}
    entries: list[list[tuple[int, bool, bool, int]]] = []
    tails: list[re.Pattern[str]] = []
    cue_terms: dict[str, dict[str, list[str]]] = {}
    words: dict[str, set[str]] = {k: set() for k in WORD_KINDS}
    determiners: dict[str, set[str]] = {}
    common: dict[str, set[str]] = {}  # common word -> the languages it is common in
    agreement = {
        lang: _agreement(found)
        for lang, found in spec.words.get(("grammar", "agreement"), {}).items()
    }
    for ps in spec.patterns.values():
        if ps.kind == "determiner":
            determiners.setdefault(ps.lang, set()).update(fold(t) for t in ps.terms)
            continue
        if ps.kind in WORD_KINDS:
            words[ps.kind].update(fold(t) for t in ps.terms)
            for t in ps.terms:
                common.setdefault(fold(t), set()).add(ps.lang)
            continue
        if ps.kind in CUE_KINDS:
            cue_terms.setdefault(ps.lang, {}).setdefault(ps.kind, []).extend(ps.terms)
            continue
        index = len(patterns)
        patterns.append(Pattern(ps.id, ps.category, ps.lang, ps.kind, ps.weight))
        agrees = agreement.get(ps.lang, [])
        for term in (form for t in ps.terms for form in _agreeing(t, agrees)):
            literal, left, right = _literal(term)
            if not literal:
                continue
            tail = _tail_regex(term)
            if tail is not None:
                tails.append(tail)
            slot = literal_index.setdefault(literal, len(entries))
            if slot == len(entries):
                entries.append([])
            entries[slot].append((index, left, right, len(tails) - 1 if tail else -1))
    if not patterns:
        raise ConfigError("no patterns loaded: the pattern files define no terms")
    everywhere: set[str] = set()  # role and amount words: never a name, in any text
    company: dict[str, set[str]] = {}
    for ps in spec.patterns.values():
        one_word = [fold(t) for t in ps.terms if "*" not in t and " " not in t]
        if ps.kind in ("role", "chief"):
            everywhere.update(one_word)
        elif ps.kind in ("startup", "orgnoun"):
            for word in one_word:
                company.setdefault(word, set()).add(ps.lang)
    # a company noun opening a sentence ("Startup Vireo was bought…") is no first name, in
    # the language it is a noun of (Turkish "devi", the giant, is a first name elsewhere)
    for word, langs in company.items():
        if word not in everywhere:
            words["nonname"].add(word)
            common.setdefault(word, set()).update(langs)
    roles = frozenset(everywhere)
    for table in ("scale", "suffix"):
        everywhere.update(k for k in spec.amounts.get(table, {}) if k.isalpha())
    words["nonname"] |= everywhere
    literals = sorted(literal_index, key=literal_index.__getitem__)
    automaton = ahocorasick_rs.AhoCorasick(literals, matchkind=ahocorasick_rs.MatchKind.Standard)

    aliases: list[str] = []
    names: list[str] = []
    leader_orgs: dict[str, set[str]] = {}
    org_words: set[str] = set()
    for name, org in spec.orgs.items():
        for alias in org.aliases:
            aliases.append(alias)
            names.append(name)
        for person in org.leaders:
            for key in (fold(person), fold(person.split()[-1])):
                leader_orgs.setdefault(key, set()).add(name)
    # the case forms languages write a name in ("z Googlu", "из Гугла"): matched in the
    # same pass as the names themselves
    for form, name in declined_aliases(
        zip(aliases, names, strict=True),
        spec.words.get(("names", "org_endings"), {}),
        spec.words.get(("names", "org_final_vowels"), {}),
        spec.words.get(("names", "org_stem_changes"), {}),
    ):
        aliases.append(form)
        names.append(name)
    for alias in aliases:
        org_words.update(fold(alias).split())
    org_prefixes = prefix_runs(spec.words.get(("names", "org_prefixes"), {}))
    org_automaton = (
        ahocorasick_rs.AhoCorasick(aliases, matchkind=ahocorasick_rs.MatchKind.Standard)
        if aliases
        else None
    )
    articles = folded(spec.words, "grammar", "articles")
    cues = {
        lang: Cues(
            *(
                _cue_regex(kinds.get(k, []), k, articles)
                for k in (
                    "plan",
                    "chrome",
                    "from_before",
                    "to_before",
                    "from_after",
                    "to_after",
                    "pronoun",
                    "subject_after",
                    "background",
                    "plan_after",
                    "recent",
                    "at_before",
                    "found_before",
                    "found_after",
                )
            )
        )
        for lang, kinds in cue_terms.items()
    }
    shapes = []
    shape_weight = float(spec.scoring["lab_formation"]["lab_shape"])
    for sid, regex in spec.shapes:
        try:
            shape = Pattern(sid, "lab_formation", "xx", "lab_name", shape_weight)
            shapes.append((shape, re.compile(regex)))
        except re.error as e:
            raise ConfigError(f"shapes: {sid}: invalid regex: {e}") from e
    groups: dict[str, set[str]] = {}
    for group in spec.languages.get("groups", []):
        for lang in group:
            groups.setdefault(lang, set()).update(group)
    return Rules(
        patterns=tuple(patterns),
        automaton=automaton,
        entries=tuple(_runs(e) for e in entries),
        tails=tuple(tails),
        org_automaton=org_automaton,
        org_names=tuple(names),
        org_alias_cjk=tuple(is_spaceless(a) for a in aliases),
        org_prefixes=org_prefixes,
        org_prefix_len=longest_run(org_prefixes),
        startups=frozenset(n for n, o in spec.orgs.items() if o.startup),
        labs=frozenset(n for n, o in spec.orgs.items() if o.lab),
        ai_orgs=frozenset(n for n, o in spec.orgs.items() if o.ai or o.lab or o.startup),
        leader_orgs=MappingProxyType({k: frozenset(v) for k, v in leader_orgs.items()}),
        nonname=frozenset(words["nonname"]),
        common_in={w: frozenset(ls) for w, ls in common.items() if w not in everywhere},
        roles=roles,
        determiners=MappingProxyType({k: frozenset(v) for k, v in determiners.items()}),
        org_words=frozenset(org_words),
        cues=MappingProxyType(cues),
        shapes=tuple(shapes),
        amounts=compile_amounts(spec.amounts, folded(spec.words, "grammar", "range")),
        grammar=compile_grammar(spec.words, spec.choices),
        scoring=MappingProxyType(spec.scoring),
        lang_groups=MappingProxyType({k: frozenset(v) for k, v in groups.items()}),
        always_langs=frozenset(spec.languages.get("always", ["en"])),
        known_people=compile_people(spec.people),
        watch_people=tuple(fold(p) for p in watch_people if p.strip()),
        watch_orgs=tuple(fold(o) for o in watch_orgs if o.strip()),
        min_score=min_score,
        categories=tuple(categories),
    )
