"""Read a classified entry into an `EventSignature`: who it is about, which way they
moved, the lab or startup it concerns, and the names written anywhere in it.

This is the text-reading half of event linking (it runs in the worker, next to the
classifier); `decide.py` is the pure decision over signatures.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from anyascii import anyascii

from watcher.classify import default_rules
from watcher.classify.entities import (
    find_orgs,
    find_people,
    is_leader,
    lowercase_words,
    surname,
    unknown_name_spans,
)
from watcher.classify.grammar import Grammar
from watcher.classify.known_people import find_known_people
from watcher.classify.match import term_spans
from watcher.classify.pipeline import FORMER_FOUNDER
from watcher.classify.rules import Rules
from watcher.classify.text import fold, sentences
from watcher.dedup.names import person_key, skeleton, slug
from watcher.dedup.readings import han_reading, spoken
from watcher.dedup.records import EventSignature
from watcher.models import Analysis


def org_key(name: str, rules: Rules) -> str:
    """`Facebook` -> `meta`, `DeepMind` -> `google-deepmind`: canonical name, slugged."""
    for variant in (name, name.title()):
        found = find_orgs(rules, variant)
        if found:
            return slug(max(found, key=lambda m: m.end - m.start).name)
    return slug(name)


def _subject(grammar: Grammar, people: Sequence[str], title: str, text: str = "") -> list[str]:
    """The people the entry is about: those named in the title (by full name or last
    name); else, for a roundup (three people or more), all of them; else those of the
    first sentence naming anyone; else the first one found. A name only ever written in
    the possessive ("Mira Murati's startup") or in a relative clause (", who reported to
    Ruoming Pang," or one that ends the sentence), in the headline too, is background,
    not a subject."""
    headline = grammar.relative.sub("", title)
    named = [
        p
        for p in people
        if (p in headline or surname(p) in headline)
        and not _possessive(grammar, surname(p), headline)
    ]
    if not named:
        plain = grammar.relative.sub("", text)
        movers = [p for p in people if not _background(grammar, p, text, plain)]
        if len(movers) >= 3:
            named = movers
        for sentence in () if named else sentences(text, grammar.abbreviation):
            sentence = grammar.relative.sub("", sentence)
            named = [p for p in people if p in sentence and not _possessive(grammar, p, sentence)]
            if any(p in sentence for p in people):
                break
    chosen = named or list(people[:1])
    body = f"{title}\n{text}"
    chosen += [p for p in people if p not in chosen and any(_glossed(c, p, body) for c in chosen)]
    keys = {person_key(p, grammar.dropped) for p in chosen} - {""}
    # "Wang" next to "Alexandr Wang": keep the full name only
    return sorted(
        k for k in keys if not any(o != k and set(k.split()) < set(o.split()) for o in keys)
    )


def _background(grammar: Grammar, name: str, text: str, plain: str) -> bool:
    """Named in `text` only in relative clauses (`plain` is `text` without them) or in
    the possessive."""
    return name in text and (name not in plain or _possessive(grammar, name, plain))


def _glossed(name: str, latin: str, body: str) -> bool:
    """`菲吉·西莫（Fidji Simo）`: a name followed by its Latin spelling in brackets."""
    return re.search(rf"{re.escape(name)}\s*[（(]\s*{re.escape(latin)}\s*[)）]", body) is not None


def _full_names(movers: Sequence[str], title: str, text: str) -> list[str]:
    """A mover read from a headline as a word and a surname ("KI-Pionier Hinton",
    "Ex-Chef Altman": a role glued to the name) whom the article then names in full
    ("Geoffrey Hinton"): the full name, the one other reports write."""
    out = []
    for name in movers:
        words = name.split()
        last = words[-1] if len(words) == 2 else ""
        if not last[:1].isupper() or name in text:
            out.append(name)
            continue
        given = {
            m.group(1) for m in re.finditer(rf"\b([A-ZÀ-ÖØ-Þ][\w'-]+) {re.escape(last)}\b", text)
        } - {words[0]}
        out.append(f"{given.pop()} {last}" if len(given) == 1 else name)
    return out


def _moving_leaders(title: str, cats: frozenset[str], rules: Rules | None) -> list[str]:
    """People the classifier sets aside as an organisation's voice (its CEO, founder…)
    but whom a departure headline names: "OpenAI board removes Sam Altman"."""
    if rules is None or "departure" not in cats:
        return []
    found = [m.name for m in find_people(rules, title)]
    return [name for name in found if is_leader(rules, name)]


def _possessive(grammar: Grammar, name: str, sentence: str) -> bool:
    """Every mention of `name` is a possessive: "Murati's", "穆拉蒂的", "ムラティの"."""
    found = _all(name, sentence)
    return bool(found) and all(grammar.genitive.match(sentence, i + len(name)) for i in found)


def _all(needle: str, hay: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(needle), hay)]


_QUOTED = re.compile(r"[「『“‘«„\"'‹]([^「」『』“”‘’«»„\"'‹›]{2,40})[」』”’»“\"'›]")


def _name_like(quoted: str) -> bool:
    """A quoted name, not a quoted remark: Latin words capitalised ("Quill Dynamics"), or a
    short run of another script ("サカナAI", "메타 초지능 연구소")."""
    words = quoted.split()
    if quoted[0].isascii():
        return len(words) <= 5 and all(w[0].isupper() or len(w) <= 3 for w in words)
    if quoted[0].islower():
        return False  # a script with capitals writes a name with one ("мозок-комп'ютер")
    return len(words) <= 3 and len(quoted) <= 16


def _quoted_names(title: str, rules: Rules, text: str = "") -> set[str]:
    """Names quoted in a headline ("founds 「Sakana AI」", "launches ‘Meta Superintelligence
    Labs’"), transliterated to Latin letters: the new lab or the startup bought, which the
    organisation table may not know yet. Known organisations among them keep their key. A
    quote in a script without capitals is as often words someone said (“继续并肩战斗”): it
    is a name only when the text, if any, writes it again."""
    found: set[str] = set()
    for m in _QUOTED.finditer(title):
        name = m.group(1).strip()
        if not _name_like(name) or (text and not name[0].isascii() and name not in text):
            continue
        known = find_orgs(rules, name)
        if known and known[0].end - known[0].start == len(name):
            found.add(slug(known[0].name))
        else:
            found.add(slug(anyascii(name)))
    return found


def _lab_names(title: str, rules: Rules) -> set[str]:
    """Lab-shaped names in a headline that the organisation table does not know: "Black
    Forest Labs", "Reflection AI" (not "Google AI": a known company's unit)."""
    found = rules.grammar.lab_name.finditer(title)
    return {slug(m.group(0)) for m in found if not find_orgs(rules, m.group(0))}


def _unknown_startups(title: str, text: str, people: Sequence[str], rules: Rules) -> set[str]:
    """The company an acqui-hire headline names when the organisation table does not know
    it ("Nvidia licenses Groq's technology"): a capitalised word of the headline that is
    no known organisation or person and that the article names again."""
    # organisations, people the table knows and the words of the lexicons ("OpenAI
    # Acquires …", "Sam Altman") are no startup's name
    taken = [(m.start, m.end) for m in find_orgs(rules, title)]
    taken += [(m.start, m.end) for m in find_known_people(rules.known_people, title)]
    taken += term_spans(rules, fold(title))
    words = {w for p in people for w in re.split(r"[\s·・-]+", p)}
    body = f"{title}\n{text}"
    lowercase = lowercase_words(body)
    # capitalised words next to each other are one name ("Light Year")
    names: list[str] = []
    end = -1
    for m in unknown_name_spans(rules, title, 0, len(title), taken, lowercase):
        if names and title[end : m.start] == " ":
            names[-1] = f"{names[-1]} {m.name}"
        else:
            names.append(m.name)
        end = m.end

    def again(name: str) -> bool:
        return len(re.findall(rf"\b{re.escape(name)}\b", body)) >= 2

    # ... unless the text never writes them together: a Headline Style line capitalises
    # the words around the name too ("Team Behind Pixelmoor")
    found = [n for name in names for n in ([name] if again(name) else name.split())]
    return {slug(name) for name in found if not set(name.split()) & words and again(name)}


def _targets(
    cats: frozenset[str],
    orgs: Sequence[str],
    people: Sequence[str],
    title: str,
    text: str,
    rules: Rules,
) -> list[str]:
    """The startup bought or the lab formed (rule 7), read from the headline (`title`:
    the lead sentence of a report that came without one): a startup of the organisation
    table (a lab too, for a formation), else a quoted name, else a lab-shaped name
    (formation) or a company the article names twice (acqui-hire)."""
    startups = {slug(s) for s in rules.startups}
    young = startups | {slug(s) for s in rules.labs} if "lab_formation" in cats else startups
    found = {slug(m.name) for m in find_orgs(rules, title)} & young
    if not found and cats & {"lab_formation", "acquihire"}:
        found = _quoted_names(title, rules, text)
    if not found and "lab_formation" in cats:
        found = _lab_names(title, rules)
    if not found and "acquihire" in cats:
        found = _unknown_startups(title, text, people, rules)
    if not found and ("acquihire" in cats or not title):
        # a startup named only in the text is the one bought; for a new lab it is more
        # often where the founders came from, and a lab there is only the context ("the
        # head of Microsoft AI forms a new team")
        found = set(orgs) & startups
    return sorted(found)


_CAPITALISED = re.compile(r"\b(?:[A-ZÀ-ÖØ-Þ]|[a-z]{1,2}[A-Z])[\w’'-]+")


_LEAD_CHARS = 3000
_KANA_HANGUL_RUN = re.compile(r"[\u30a1-\u30fa\u30fc\uac00-\ud7af]+")


def _names(title: str, text: str, dropped: tuple[str, ...]) -> tuple[str, ...]:
    """Name tokens (person_key spelling) of the capitalised words, to spot names the
    extractor missed: "Matt Deitke" in a sentence that held no evidence."""
    words = _CAPITALISED.findall(f"{title} {text}")
    return tuple(sorted({t for w in words for t in person_key(w, dropped).split()}))


def _written(title: str, text: str, dropped: tuple[str, ...]) -> tuple[str, ...]:
    """The consonant skeletons of each two neighbouring words in kana or hangul in the
    title and lead ("얀 르쿤", "ヤン・ルカン"), to spot a Latin-lettered name written in
    those scripts."""
    lead = f"{title}\n{text}"[: len(title) + _LEAD_CHARS]  # names are written out early
    found = set()
    for a, b in itertools.pairwise(_KANA_HANGUL_RUN.finditer(lead)):
        if lead[a.end() : b.start()] in (" ", "・", "·"):
            pair = skeleton(person_key(f"{a.group(0)} {b.group(0)}", dropped))
            if all(pair) and sum(len(x) for x in pair) >= 3:
                found.add(" ".join(pair))
    return tuple(sorted(found))


def _others(
    grammar: Grammar, named: Sequence[str], subject: Sequence[str], body: str, background: bool
) -> tuple[str, ...]:
    """The keys of the people named who are not the subject: those named in the clauses
    of the report, or (`background`) those named only in a relative clause or the
    possessive ("who helped X set up the lab", "X's startup")."""
    plain = grammar.relative.sub("", body)
    keys = {
        person_key(p, grammar.dropped)
        for p in named
        if _background(grammar, p, body, plain) == background
    }
    return tuple(sorted(keys - {"", *subject}))


def _lead(text: str, grammar: Grammar) -> str:
    """The first line or sentence of a text: the headline of a report that came without
    one (a lead names the lab formed or the startup bought as a headline does)."""
    first = text.strip().split("\n", 1)[0]
    return sentences(first, grammar.abbreviation)[0].strip()[:300]


def event_signature(
    analysis: Analysis, *, title: str = "", text: str = "", rules: Rules | None = None
) -> EventSignature | None:
    """The signature of a classified entry; None when it has no category.

    `title` picks the subject among the people found; `text` (with the title) gives the
    names mentioned; `rules` (the classifier's) tells startups apart and finds the
    organisations named in the title.
    """
    if not analysis.categories:
        return None
    cats = frozenset(analysis.categories)
    primary = max(analysis.categories, key=lambda c: analysis.scores.get(c, 0.0))
    moves = [e.pattern for e in analysis.evidence if e.category == "departure"]
    founder = "lab_formation" in cats and bool(moves) and set(moves) == {FORMER_FOUNDER}
    if founder:
        # "former OpenAI CTO launches a startup": the move is read from the formation and
        # was news of its own before; the report is linked as the formation it tells
        cats = cats - {"departure"}
        primary = "lab_formation"
    ents = analysis.entities
    orgs = sorted(
        {slug(o) for o in ents.orgs} | {slug(o) for o in (ents.from_org, ents.to_org) if o}
    )
    grammar = (rules or default_rules()).grammar
    headline = title or _lead(text, grammar)
    targets = _targets(cats, orgs, ents.movers, headline, text, rules) if rules else []
    movers = _full_names([*_moving_leaders(title, cats, rules), *ents.movers], title, text)
    people = _subject(grammar, movers, title, text)
    buyer = any(o not in targets for o in orgs)
    strong = bool(people) or (
        bool(targets) and ("lab_formation" in cats or ("acquihire" in cats and buyer))
    )
    return EventSignature(
        category=primary,
        categories=cats,
        people=tuple(people),
        orgs=tuple(orgs),
        from_org=slug(ents.from_org) if ents.from_org and not founder else None,
        # a formation's destination is the lab or the company forming it: where the
        # people it names work, not a move's end to agree or disagree with
        to_org=slug(ents.to_org) if ents.to_org and cats != {"lab_formation"} else None,
        amount_usd=ents.amount_usd,
        amount_floor=ents.amount_is_lower_bound,
        targets=tuple(targets),
        strong=strong,
        names=_names(title, text, grammar.dropped),
        title_names=_names(title, "", grammar.dropped),
        written=_written(title, text, grammar.dropped),
        spoken=spoken(title, text),
        han=han_reading(title, text),
        others=_others(grammar, ents.people, people, f"{title}\n{text}", background=False),
        background=_others(grammar, ents.people, people, f"{title}\n{text}", background=True),
        leaders=tuple(
            sorted(
                {
                    person_key(p, grammar.dropped)
                    for p in ents.people
                    if rules and is_leader(rules, p)
                }
                - {""}
            )
        ),
    )
