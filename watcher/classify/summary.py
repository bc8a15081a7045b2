"""Entities of an analysed article, ordered by relevance: the main move first.

subject = first named person of the evidence, in text order (headline and lead
          come first, background paragraphs last)
from/to = direction read from the departure sentences naming the subject, else from
          the best departure sentence; an offer goes to the organisation of the leader
          who makes it, else to the one it names that employs nobody offered, from the
          employer of the one offered; a lab formation (alone, or with a move no
          sentence gives a destination) goes to the lab, named or not in the table, or
          the company forming it, of its best sentence; an acqui-hire comes from the
          startup named beside the word for one
movers  = subject, then the other people of the move sentences in text order
people  = movers, then the others the headline and lead name (who hired, who spoke),
          each once (a surname alone is the full name seen before); every name in
          Latin letters (known people by their Latin name, Cyrillic, Greek and Devanagari
          read out, Korean names by the Latin spelling of their surname, Chinese names in
          pinyin)
orgs    = the subject's organisations (from, to), then the others in text order
amount  = the first concrete amount of the best offer sentences (a range keeps its
          upper bound; the largest of several, leaving out an amount closer to a
          funding or deal word than to the pay word: a company's price), else a
          magnitude word ("nine-figure": a lower bound)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace
from typing import Any

from watcher.classify.amounts import Amount
from watcher.classify.entities import LIST_GAP, direction, led_orgs
from watcher.classify.known_people import PinyinSpelling, latin_reading
from watcher.classify.rules import Rules
from watcher.classify.score import Sentence
from watcher.classify.text import fold
from watcher.models import Entities

Scored = list[tuple[float, Sentence, str]]
_MOVE_CATEGORIES = ("departure", "offer", "acquihire")


def _evidence(per_cat: Mapping[str, Scored], cats: Sequence[str], floor: float) -> list[Sentence]:
    """Evidence sentences of `cats` scoring at least `floor`, in text order, once each."""
    seen: dict[int, Sentence] = {}
    for cat in cats:
        for value, s, _ in per_cat.get(cat, []):
            if value >= floor:
                seen.setdefault(s.start, s)
    return [seen[k] for k in sorted(seen)]


def _names(s: Sentence, who: str) -> bool:
    return any(p.name == who for p in s.people)


def _direction(
    rules: Rules,
    folded: str,
    per_cat: Mapping[str, Scored],
    subject: str | None,
    langs: frozenset[str],
    floor: float,
) -> tuple[str | None, str | None]:
    """(from_org, to_org) of the subject's move.

    Read from the departure sentences naming the subject; when the subject only has an
    offer, the organisation of the offer is the destination; without a named subject,
    the best departure sentence decides.
    """
    ranked = [s for v, s, _ in per_cat.get("departure", []) if v >= floor]
    own = sorted((s for s in ranked if subject and _names(s, subject)), key=lambda s: s.start)
    if subject and not own:
        offers = [s for v, s, _ in per_cat.get("offer", []) if v >= floor and _names(s, subject)]
        return _offer_direction(rules, folded, offers[0], langs) if offers else (None, None)
    origin = target = None
    for s in own or ranked:
        o, t = direction(rules, folded, s, langs)
        # a later sentence never turns the destination already read into the origin
        origin = origin or (o if o != target else None)
        target = target or (t if t != origin else None)
        if origin and target:
            break
    if own and origin is None and target is None:
        # the sentence naming the subject gives no organisation ("Meta names X its chief
        # scientist"): the next one, which speaks of the subject as "the researcher",
        # places the move
        for s in ranked:
            origin, target = direction(rules, folded, s, langs)
            if origin or target:
                break
    if own and target is None:
        # the headline tells where the move goes and the lead who moves ("… to Meta" /
        # "two OpenAI researchers, among them X, join its new lab"): the headline's
        # destination completes the subject's move
        told = {s.index for s in own}
        headline = next((s for s in ranked if s.index == 0 and 0 not in told), None)
        if headline is not None:
            came_from, went_to = direction(rules, folded, headline, langs)
            if went_to and went_to != origin and came_from in (None, origin):
                target = went_to
    moving = own or ranked
    if origin is None and any(s.has("leave") for s in moving):
        # "X, who ran AI research at Volvo, is stepping down": no cue word places the employer
        # named beside a leaving subject, which is the origin; of several, the one nearest
        # the leaving word ("Meta offered her $100m so that she leaves OpenAI")
        origin = next((o for s in moving if (o := _nearest_left(s, target))), None)
    return origin, (None if target == origin else target)


def _nearest_left(s: Sentence, target: str | None) -> str | None:
    """The organisation of `s` nearest one of its leaving words, `target` aside."""
    leaving = [(a, b) for _, a, b in s.hits.get("leave", [])]
    orgs = [o for o in s.orgs if o.name != target]
    if not orgs:
        return None
    if not leaving:
        return orgs[0].name
    return min(orgs, key=lambda o: min(max(a - o.end, o.start - b, 0) for a, b in leaving)).name


# characters between a role and its employer: "researchers at OpenAI", "OpenAIの研究者"
_ROLE_GAP = 5


def _employers(folded: str, s: Sentence) -> set[str]:
    """The organisations of `s` right beside a role word, and those listed after them
    ("researchers at OpenAI and Google"): where the people offered work."""
    roles = [(a, b) for _, a, b in s.hits.get("role", [])]
    found: set[str] = set()
    listed_end = -1
    for o in sorted(s.orgs, key=lambda o: o.start):
        if any(0 <= a - o.end <= _ROLE_GAP or 0 <= o.start - b <= _ROLE_GAP for a, b in roles) or (
            listed_end >= 0 and LIST_GAP.fullmatch(folded[listed_end : o.start])
        ):
            found.add(o.name)
            listed_end = o.end
    return found


def _offer_direction(
    rules: Rules, folded: str, s: Sentence, langs: frozenset[str]
) -> tuple[str | None, str | None]:
    """(from_org, to_org) of an offer sentence: it comes from the organisation its cue
    words place as left ("to leave OpenAI"), else from the employer of the one offered ("a
    researcher of OpenAI", "OpenAIの研究者に"), and goes to the first other one named,
    which makes it ("Meta offers X $100m", "メタ、OpenAIの研究者に1億ドルを提示")."""
    came_from, _ = direction(rules, folded, s, langs)
    employers = _employers(folded, s)
    maker = next((o.name for o in s.orgs if o.name not in (came_from, *employers)), None)
    if maker is None and came_from and not _left(rules, s, came_from):
        # "received an offer from Meta": the one organisation is the one offering
        return None, came_from
    if came_from is None:
        came_from = next((o.name for o in s.orgs if o.name in employers), None)
    return came_from, maker


def _left(rules: Rules, s: Sentence, org: str) -> bool:
    """True when a leaving word of `s` stands right before or after `org` ("to leave
    OpenAI", "OpenAI verlässt")."""
    reach = int(rules.scoring["text"]["cue_before_chars"])
    leaving = [(a, b) for _, a, b in s.hits.get("leave", [])]
    return any(
        0 <= o.start - b <= reach or 0 <= a - o.end <= reach
        for o in s.orgs
        if o.name == org
        for a, b in leaving
    )


def _offered(
    rules: Rules,
    folded: str,
    per_cat: Mapping[str, Scored],
    subject: str | None,
    origin: str | None,
    langs: frozenset[str],
    floor: float,
) -> str | None:
    """The organisation making the offer of the best offer sentence (naming the subject
    when one does) that is not the `origin`: "Meta offers X $100m to leave OpenAI",
    "Microsoft is handing out retention bonuses to AI staff"."""
    ranked = [s for _, s, _ in _best_first(per_cat, "offer", floor)]
    own = [s for s in ranked if subject and _names(s, subject)]
    for s in own or ranked:
        _, maker = _offer_direction(rules, folded, s, langs)
        if not own and maker is not None:
            # nobody named: only an organisation told before the pay word offers it, as
            # its subject ("Microsoft is handing out retention bonuses"); one named after
            # it may be the one whose offer an unnamed person turns down
            pay = min((a for _, a, _ in s.hits.get("comp", [])), default=s.end)
            if not any(o.name == maker and o.end <= pay for o in s.orgs):
                continue
        if maker and maker != origin:
            return maker
    return None


def _offering(
    rules: Rules,
    per_cat: Mapping[str, Scored],
    chosen: tuple[str, ...],
    floor: float,
    origin: str | None,
    named: Set[str],
) -> str | None:
    """The organisation whose leader makes the offer or does the hiring ("Zuckerberg
    offered her $200m", "Altman poached …"): the destination no cue word named, when the
    text (`named`) names that organisation too (Musk speaking of Tesla places no move
    at xAI)."""
    sentences = [s for v, s, _ in per_cat.get("offer", []) if v >= floor and "offer" in chosen]
    sentences += [
        s
        for v, s, _ in per_cat.get("departure", [])
        if v >= floor and "departure" in chosen and s.has("recruit")
    ]
    for s in sentences:
        for leader in sorted(s.leaders, key=lambda p: p.start):
            here = [o for o in led_orgs(rules, leader.name) if o in named]
            if len(here) == 1 and here[0] != origin:
                return here[0]
    return None


_FORMER_REACH = 16  # characters: "former OpenAI", "ex-Google", "前OpenAI": who the founders were


# a name in Latin letters the organisation table may not know: one to three capitalised
# words, glued or not to the script around it ("startup Quill", "スタートアップQuill")
_LATIN = "A-Za-z0-9\u00c0-\u024f"
_LATIN_NAME = re.compile(
    rf"(?<![{_LATIN}])[A-Z][{_LATIN}.&-]*(?: [A-Z][{_LATIN}.&-]*){{0,2}}(?![{_LATIN}])"
)
_GLUE = 2  # characters a script that writes no spaces puts between a noun and a name ("の")


def _unknown_name(
    rules: Rules, folded: str, s: Sentence, kinds: Sequence[str], lab: bool = False
) -> str | None:
    """The name in Latin letters the table does not know that stands right beside a word of
    `kinds` in `s` ("the startup Quill", "Quill girişimi", "found Nimbus Labs"), an article
    or a particle of a script without spaces between them, or right after a word of naming
    ("a startup called Quill"); no known organisation, person or lexicon term."""
    taken = [(o.start, o.end) for o in (*s.orgs, *s.people, *s.leaders)]
    # (a lab word may end the name: "Nimbus Labs")
    taken += [
        (a, b) for k, hits in s.hits.items() if k not in ("lab", "lab_name") for _, a, b in hits
    ]
    anchors = [(a, b) for k in kinds for _, a, b in s.hits.get(k, [])]
    named = rules.grammar.naming.match(folded, s.start, s.end)
    called = (named.end(), named.end()) if named else None
    if called:
        anchors.append(called)
    for m in _LATIN_NAME.finditer(s.text):
        start = s.start + m.start()
        words = m.group(0).rstrip(".&-").split(" ")
        # words of the lexicon or common words around it are no part of the name
        while words and _common(rules, words[-1]):
            if rules.grammar.lab_name.fullmatch(" ".join(words)):
                break  # "Nimbus Labs": the lab word ends the name
            words.pop()
        while words and _common(rules, words[0]):
            start += len(words.pop(0)) + 1
        if not words or any(a < start + len(" ".join(words)) and start < b for a, b in taken):
            continue
        end = start + len(" ".join(words))
        for a, b in anchors:
            gap = folded[b:start] if b <= start else folded[end:a] if end <= a else None
            name = " ".join(words)
            if gap is None or not _beside(rules, gap, s.cjk):
                continue
            # a lab is told by a lab word ending its name, or by a word of naming
            if not lab or rules.grammar.lab_name.fullmatch(name) or (a, b) == called:
                return name
    return None


def _common(rules: Rules, word: str) -> bool:
    key = fold(word)
    return key in rules.nonname or key in rules.org_words


def _beside(rules: Rules, gap: str, cjk: bool) -> bool:
    """True when `gap` joins a noun and a name: spaces, an article, or a particle of a
    script without spaces."""
    bare = gap.strip()
    if not bare:
        return True
    if cjk:
        return len(bare) <= _GLUE
    return " " not in bare and rules.grammar.definite_end.fullmatch(bare + " ") is not None


def _best_first(per_cat: Mapping[str, Scored], cat: str, floor: float) -> Scored:
    """The evidence sentences of `cat` scoring at least `floor`, best first, then in
    text order."""
    kept = (x for x in per_cat.get(cat, []) if x[0] >= floor)
    return sorted(kept, key=lambda x: (-x[0], x[1].start))


def _formed_at(
    rules: Rules,
    folded: str,
    per_cat: Mapping[str, Scored],
    chosen: tuple[str, ...],
    floor: float,
    origin: str | None,
    langs: frozenset[str],
) -> str | None:
    """Where a formation places its people: the new lab, or the company that forms it,
    read from the best formation sentence ("Kakao sets up an AI unit", "Musk launches
    xAI"): its cue's destination, else the first organisation named that is not where
    the founders came from ("former OpenAI researchers", "researchers from Google")."""
    if "lab_formation" not in chosen:
        return None
    ranked = _best_first(per_cat, "lab_formation", floor)
    for _, s, _ in ranked:
        came_from, target = direction(rules, folded, s, langs)
        if target:
            return target
        # the new lab by a name the table does not know ("found Nimbus Labs")
        named = _unknown_name(rules, folded, s, ("lab_name", "form", "lab", "startup"), lab=True)
        if named:
            return named
        formers = [start for _, start, _ in s.hits.get("former", [])]
        listed_end = -1  # end of the list of origins read so far ("from Google, Meta and X")
        for org in sorted(s.orgs, key=lambda o: o.start):
            if (
                org.name in (origin, came_from)
                or any(0 <= org.start - f <= _FORMER_REACH for f in formers)
                or (listed_end >= 0 and LIST_GAP.fullmatch(folded[listed_end : org.start]))
            ):
                listed_end = org.end
                continue
            return org.name
    return None


def _bought(
    rules: Rules,
    folded: str,
    per_cat: Mapping[str, Scored],
    floor: float,
    origin: str | None,
    langs: frozenset[str],
) -> tuple[str | None, str | None]:
    """(from_org, to_org) of an acqui-hire no move sentence placed: the cue words of its
    best sentence ("join Google", "to Amazon"), else the buyer, which is the one
    organisation it names that is not a startup ("Google buys the French startup …",
    "Microsoft hires Inflection's founders"); the startup bought is the origin."""
    ranked = _best_first(per_cat, "acquihire", floor)
    for _, s, _ in ranked:
        came_from, went_to = direction(rules, folded, s, langs)
        if went_to and went_to != origin:
            return origin or came_from, went_to
        buyers = {o.name for o in s.orgs if o.name not in rules.startups} - {origin, came_from}
        if len(buyers) == 1:
            bought = next((o.name for o in s.orgs if o.name in rules.startups), None)
            return origin or came_from or bought, buyers.pop()
    return origin, None


def _startup_bought(
    rules: Rules, folded: str, per_cat: Mapping[str, Scored], floor: float, buyer: str
) -> str | None:
    """The startup an acqui-hire of `buyer` takes its team from, in its best sentence: the
    organisation named right beside the word for a startup, known to the table or not
    ("hires the founders of the startup Quill", "スタートアップQuillの創業者")."""
    for _, s, _ in _best_first(per_cat, "acquihire", floor):
        nouns = [(a, b) for _, a, b in s.hits.get("startup", [])]
        known = next(
            (
                o.name
                for o in s.orgs
                if o.name != buyer
                and any(
                    _beside(
                        rules, folded[b : o.start] if b <= o.start else folded[o.end : a], s.cjk
                    )
                    for a, b in nouns
                    if b <= o.start or o.end <= a
                )
            ),
            None,
        )
        named = known or _unknown_name(rules, folded, s, ("startup",))
        if named and named != buyer:
            return named
    return None


_PRICE_KINDS = ("funding", "deal", "stat")
_PRICE_RATIO = 20  # a company's price is some twenty times a pay package or more
_FAR = 15  # characters: an amount this close to the pay word is the pay itself
_FAR_CJK = 5  # the same in Chinese and Japanese, where a character says more


def _gap(a: Amount, s: Sentence, kinds: Sequence[str]) -> int | None:
    """Characters between amount `a` and the closest hit of `kinds` in its sentence."""
    start, end = s.start + a.start, s.start + a.end
    gaps = [max(h[1] - end, start - h[2], 0) for k in kinds for h in s.hits.get(k, [])]
    return min(gaps) if gaps else None


def _pay(s: Sentence, amounts: Sequence[Amount]) -> list[Amount]:
    """The amounts of `s` that are pay: a sentence often also prices the company or its
    round ("offered $100m to the staff of a startup valued at $2bn"); an amount closer to
    a funding, deal or statistics word than to the pay word is that price."""
    pay = []
    for a in amounts:
        comp, price = _gap(a, s, ("comp",)), _gap(a, s, _PRICE_KINDS)
        if price is None or comp is None or comp <= price:
            pay.append(a)
    pay = pay or list(amounts)
    # "a $250m package ... after paying $14.3bn for a stake in Scale AI": a sum orders of
    # magnitude above another, and further from the pay word, is a company's price even
    # when no funding word of the language marks it
    while len(pay) > 1:
        big = max(pay, key=lambda a: a.usd)
        far = _gap(big, s, ("comp",))
        if (
            far is None
            or far <= (_FAR_CJK if s.cjk else _FAR)
            or not any(
                big.usd >= _PRICE_RATIO * a.usd and (_gap(a, s, ("comp",)) or 0) < far
                for a in pay
                if a is not big
            )
        ):
            break
        pay.remove(big)
    return pay


def _amount(offers: Scored, floor: float) -> Amount | None:
    """The first concrete amount among the offer sentences by score (the largest pay
    amount of that sentence); else a magnitude."""
    found = [a for v, s, _ in offers if v >= floor for a in s.amounts]
    concrete = [a for a in found if not a.lower_bound]
    if concrete:
        first = next(
            s for v, s, _ in offers if v >= floor and any(not a.lower_bound for a in s.amounts)
        )
        pay = _pay(first, [a for a in first.amounts if not a.lower_bound])
        best = max(pay, key=lambda a: a.usd)
        # "150 million dollars (about 1,250 crore rupees)": the same sum twice; the dollar
        # figure is the one the text states, the other went through a rate of its day
        same = [a for a in pay if a.currency == "USD" and abs(a.usd - best.usd) <= 0.1 * best.usd]
        return max(same, key=lambda a: a.usd) if best.currency != "USD" and same else best
    return max(found, key=lambda a: a.usd) if found else None


def summarise(
    rules: Rules,
    folded: str,
    per_cat: Mapping[str, Scored],
    chosen: tuple[str, ...],
    langs: frozenset[str],
    w: Mapping[str, Any],
    named: Set[str] = frozenset(),
) -> Entities:
    """The Entities record of one article (see the module docstring for the order);
    `named` are the organisations the whole text names."""
    floor = float(w["evidence_min"])
    cats = chosen or tuple(per_cat)
    sentences = _evidence(per_cat, cats, floor)
    people: list[str] = []
    for s in _evidence(per_cat, [c for c in cats if c in _MOVE_CATEGORIES], floor):
        people += [p.name for p in sorted(s.people, key=lambda p: p.start)]
    people = list(dict.fromkeys(people))
    subject = people[0] if people else None
    origin, target = _direction(rules, folded, per_cat, subject, langs, floor)
    if target is None:
        target = _offering(rules, per_cat, chosen, floor, origin, named)
    if target is None and "offer" in chosen:
        target = _offered(rules, folded, per_cat, subject, origin, langs, floor)
    if target is None:
        target = _formed_at(rules, folded, per_cat, chosen, floor, origin, langs)
    if target is None and "acquihire" in chosen:
        origin, target = _bought(rules, folded, per_cat, floor, origin, langs)
    if origin is None and target is not None and "acquihire" in chosen:
        origin = _startup_bought(rules, folded, per_cat, floor, target)
    orgs = [o.name for s in sentences for o in sorted(s.orgs, key=lambda o: o.start)]
    first = [n for n in (origin, target) if n]
    org_names = list(dict.fromkeys([*first, *orgs]))
    amount = _amount(per_cat.get("offer", []), floor) if "offer" in chosen else None
    return Entities(
        people=tuple(people),
        movers=tuple(people),
        orgs=tuple(org_names),
        from_org=origin,
        to_org=target,
        amount_usd=amount.usd if amount else None,
        amount_is_lower_bound=amount.lower_bound if amount else False,
    )


def with_named(
    entities: Entities,
    named: Sequence[str],
    surnames: Mapping[str, str] | None = None,
    han: bool = False,
    pinyin: PinyinSpelling | None = None,
) -> Entities:
    """`entities` with the other people of the headline and lead appended to `people`,
    and every name in Latin letters (`surnames`: Latin spellings of Hangul and Chinese
    surnames; `han`: the text is Chinese, its names in characters are read in pinyin;
    `pinyin`: how the text's language spells Chinese names in its own letters)."""
    movers = list(dict.fromkeys(latin_reading(p, surnames, han, pinyin) for p in entities.movers))
    people = list(movers)
    for name in (latin_reading(n, surnames, han, pinyin) for n in named):
        # a surname alone is the full name seen before; "Fei-Fei Li" after "Jia Li" is
        # someone else of a common surname
        lone = len(name.split()) == 1
        # a capitalised word before a name already found is a role opening the sentence
        # ("Badacz Piotr Zieliński"), no one else
        if not any(
            name == p or (lone and name == p.split()[-1]) or name in p or name.endswith(f" {p}")
            for p in people
        ):
            people.append(name)
    return replace(entities, people=tuple(people), movers=tuple(movers))
