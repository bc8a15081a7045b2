"""The analyser: text in, Analysis out. Pure; safe to run in a process pool.

lang   = detect_language(title + text)            script first, then fastText lite
folded = fold(title + text)                       one lowering, same offsets
hits   = find_hits(folded, langs(lang) + "en")    one Aho-Corasick pass
if no category trigger among hits: return zeros   (most news stops here)
sentences holding hits <- orgs, people, amounts   only around the evidence
  plans ("to hire"), directed moves ("hired by X"), "X へ" arrows, dated formations
per category: score each sentence, combine, apply document cues and watchlists
  headline + lead: an acqui-hire told across sentences ("X buys Y" + "its team joins")
  in an acqui-hire only named people depart, and its price is not an offer
entities <- evidence sentences of the categories found (see summary.py)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from itertools import pairwise
from typing import Any
from weakref import WeakKeyDictionary

from watcher.classify.amounts import YEAR, find_amounts
from watcher.classify.capitals import SentenceNames, named_in_lead, outside_names, title_case
from watcher.classify.entities import (
    LIST_GAP,
    Mention,
    find_orgs,
    find_surnames,
    is_leader,
    led_orgs,
    lone_surnames,
    lowercase_words,
    resolve_pronoun,
    surname,
    unknown_name_spans,
    unknown_names,
)
from watcher.classify.known_people import find_known_people, named_in_full
from watcher.classify.lang import identify
from watcher.classify.match import any_term_of, find_hits, find_terms
from watcher.classify.rules import TRIGGERS, Pattern, Rules
from watcher.classify.score import (
    MERGE,
    OFFERING,
    SCORERS,
    Sentence,
    combine,
    hits_near,
    is_new_unit,
    is_recent,
    job_cuts,
    launches_product,
    lead_acquihire,
    orgs_apart,
)
from watcher.classify.summary import summarise, with_named
from watcher.classify.text import (
    fold,
    is_cjk,
    is_word_char,
    sentence_index,
    sentence_span,
    sentence_starts,
)
from watcher.models import CATEGORIES, Analysis, Entities, Evidence

# a version number after a name ("Mistral 3", "Mistral Large 3", "Claude 4.5")
_VERSIONED = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?[vV]?\d")
_CLAUSE_MARK = re.compile(r"[,，;；]")  # marks that end a clause
# a name in quotes right after a word ("the company “Vltavix”"): up to 31 characters
_QUOTED_NAME = re.compile(r"\s?[\"“„«‹「『]\w[^\"“”„«»‹›「」『』\n]{0,30}?[\"”“»›」』]")


# the move read from a formation by a former member ("former OpenAI CTO launches …")
FORMER_FOUNDER = "departure.xx.former"

# words that describe a party to an offer without naming it ("a Norwegian AI company")
_PARTIES = frozenset({"orgnoun", "startup", "chief"})
# a percentage in any script: digits then a percent sign (ASCII, full-width, Arabic)
_PERCENT = re.compile(r"\d\s*[%％٪]")
# the word for a thousand, written out where a figure would do ("contratará mil ingenieros",
# "recrute mille ingénieurs", "a thousand engineers"): it counts people as "1,000" does
_THOUSAND = (
    "mil",
    "mille",
    "thousands?",
    "tausend",
    "duizend",
    "tusen",
    "tusind",
    "tysiąc",
    "tisíc",
    "тысяч[аиу]?",
    "тисяч[аіу]?",
)
# a number right before a word for people, up to two words between ("1,000 AI engineers",
# "3000名", "2000 KI-Entwickler")
_COUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+|(?<!\w)(?:"
    + "|".join(_THOUSAND)
    + r")\b)\s*(?:[^\W\d]+[\s-]+){0,2}$",
    re.IGNORECASE,
)

# a year written right before a deal word: "the 2024 acqui-hire", "its 2019 purchase of"
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d\W{0,2}$")
# a year right before a formation word, where the verb comes last ("wurde 2012 gegründet",
# "۱۳۹۰ تأسیس شد", "2012'de kuruldu"): Western, Arabic-Indic and Persian digits, the solar
# and lunar Hijri centuries too, and a case ending glued on with an apostrophe
_YEAR_BEFORE_FORM = re.compile(
    r"(?<![\d.,])(?:(?:19|20)\d\d|[\u0661\u06f1][\u0663\u06f3\u0664\u06f4\u0669\u06f9][\u0660-\u0669\u06f0-\u06f9]{2}"
    r"|[\u0662\u06f2][\u0660\u06f0][\u0660-\u0669\u06f0-\u06f9]{2})(?:['’]\w{1,4})?\W{0,2}$"
)

# a year in the clause that ends at a formation word: "2024 von früheren Forschern gegründet",
# "das 2018 gegründete Start-up" (the date written before the participle)
_YEAR_IN_CLAUSE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)[^.;:!?,\d]{0,50}$")


# vowel and reading marks that Arabic and Hebrew outlets write on some words only
# ("تنحّى" for "تنحى", "עָזַב" for "עזב"): the lexicons and the people table spell words
# without them
_POINTING = re.compile(r"[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670]")


# "A.I." and "I.A." (French, Spanish, Italian, Portuguese): the abbreviation with full
# stops, as some outlets write it, is the word the lexicons know
_DOTTED_AI = re.compile(r"(?<![\w.])(A\.I|I\.A)\.(?![\w.])")


def _composed(text: str) -> str:
    """The text in composed letters, without Arabic and Hebrew vowel marks, with "A.I."
    written "AI"."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "A.I." in text or "I.A." in text:  # (what `_DOTTED_AI` needs: most text has neither)
        text = _DOTTED_AI.sub(lambda m: m.group(1).replace(".", ""), text)
    return _POINTING.sub("", text) if _POINTING.search(text) else text


def _empty(lang: str) -> Analysis:
    return Analysis(lang, dict.fromkeys(CATEGORIES, 0.0), (), Entities(), ())


def analyse_text(title: str, text: str, rules: Rules, lang_hint: str | None = None) -> Analysis:
    """Score the four categories for one article and extract its entities."""
    # composed letters: Vietnamese text often comes decomposed ("ê" + U+0301 for "ế");
    # Arabic and Hebrew vowel marks left out
    title, text = _composed(title), _composed(text)
    full = f"{title}\n{text}" if title and text else title or text
    folded = fold(full)
    wanted = rules.categories or CATEGORIES
    # one automaton pass serves both the first look and the hits of the text's languages
    terms = find_terms(rules, folded)
    if not any_term_of(rules, folded, frozenset().union(*(TRIGGERS[c] for c in wanted)), terms):
        return _empty(lang_hint or "xx")  # no move, formation or pay word in any language
    lang, alternates = identify(full, lang_hint)
    langs = rules.langs_for(lang, lang_hint)
    for other in alternates:
        langs |= rules.langs_for(other)
    grammar = rules.grammar
    if lang in grammar.cjk_langs:
        langs = langs | grammar.cjk_langs
    hits = find_hits(rules, folded, langs, terms)
    patterns = rules.patterns
    if lang not in grammar.cjk_langs and lang not in grammar.noun_case:
        hits = outside_names(hits, full, patterns, rules.scoring["text"], grammar.abbreviation)
    kinds_seen = {patterns[h.pattern].kind for h in hits}
    # "former OpenAI CTO launches a startup": a formation by a former member is a move too
    founders = "former" in kinds_seen and "lab_formation" in wanted
    active = [
        c
        for c in wanted
        if TRIGGERS[c] & kinds_seen or (c == "departure" and founders and "form" in kinds_seen)
    ]
    if not active:
        return _empty(lang)

    starts = sentence_starts(full, grammar.abbreviation)
    sentences: dict[int, Sentence] = {}
    cjk = lang in grammar.cjk_langs
    doc_kinds: dict[str, int] = {}
    triggers = frozenset().union(*(TRIGGERS[c] for c in active))
    located = []
    for h in hits:
        p = patterns[h.pattern]
        doc_kinds[p.kind] = doc_kinds.get(p.kind, 0) + 1
        i = sentence_index(starts, h.start)
        located.append((i, p, h))
        if p.kind in triggers and i not in sentences:
            begin, end = sentence_span(starts, i, len(full))
            sentences[i] = Sentence(i, begin, end, cjk, text=full[begin:end])
    for i, p, h in located:
        s = sentences.get(i)
        if s is not None:
            s.hits.setdefault(p.kind, []).append((p, h.start, h.end))

    if "lab_formation" in active:
        for shape, regex in rules.shapes:
            for m in regex.finditer(full):
                s = sentences.get(sentence_index(starts, m.start()))
                if s is not None:
                    s.hits.setdefault("lab_name", []).append((shape, m.start(), m.end()))

    cue_sets = [rules.cues[x] for x in langs if x in rules.cues]
    evidence_sentences = [
        s for s in sentences.values() if any(TRIGGERS[c] & s.hits.keys() for c in active)
    ]
    evidence_sentences = [
        s
        for s in evidence_sentences
        if not any(c.chrome and c.chrome.match(folded, s.start, s.end) for c in cue_sets)
    ]
    w: Mapping[str, Any] = rules.scoring
    orgs = find_orgs(rules, full)
    people_all: list[Mention] = []
    determiners = _determiners(rules, langs)
    lowercase = lowercase_words(full)
    spans = [(h.start, h.end) for h in hits]  # lexicon terms: no part of a name
    names = SentenceNames(rules, full, lang, lowercase, determiners, langs, spans)
    for s in evidence_sentences:
        # English headlines capitalise every word, so capitals do not mark names there
        if not names.styled(s.index, s.start, s.end):
            people_all += names.people(s.start, s.end)
            taken = [(p.start, p.end) for p in people_all]
            people_all += [
                p
                for p in lone_surnames(rules, full, s.hits, (s.start, s.end), lowercase, langs)
                if not any(a <= p.start < b for a, b in taken)
            ]
    title_end = len(title) if title and text else sentence_span(starts, 0, len(full))[1]
    # a move sentence may name its subject only by surname or pronoun ("He left DeepMind"):
    # the people the headline and lead name outside the evidence were named before it
    lead_end = title_end + int(w["lead_chars"])
    taken_sentences = {s.index for s in evidence_sentences}
    unnamed = [
        s
        for s in evidence_sentences
        if s.has("leave", "lose", "join", "recruit")
        and not any(s.start <= p.start < s.end for p in people_all)
    ]
    for i in range(sentence_index(starts, lead_end) + 1 if unnamed else 0):
        begin, end = sentence_span(starts, i, len(full))
        styled = names.styled(i, begin, end)
        if i not in taken_sentences and not styled:
            people_all += names.people(begin, end)
    people_all = [p for p in map(_strip_roles(sentences), people_all) if p is not None]
    leading = [is_leader(rules, p.name) for p in people_all]
    leaders_all = [p for p, lead in zip(people_all, leading, strict=True) if lead]
    people_all = [p for p, lead in zip(people_all, leading, strict=True) if not lead]
    surnames = {surname(p.name): p.name for p in people_all}
    title_org = any(o.start < title_end for o in orgs)
    title_kinds = {patterns[h.pattern].kind for h in hits if h.start < title_end}
    # the sentences with an organisation, or an organisation noun ("the company"), in them
    org_sentences = {sentence_index(starts, o.start) for o in orgs}
    org_sentences |= {i for i, p, _ in located if p.kind == "orgnoun"}
    if "offer" in active:
        _lend_amounts(evidence_sentences, located, rules, folded, starts, lead_end, lang)
    moved_in = {i for i, p, _ in located if p.kind in _MOVES}
    for s in evidence_sentences:
        _fill(s, rules, full, folded, orgs, people_all, surnames, cue_sets, lang)
        s.passive = {e for _, a, e in s.hits.get("lose", []) if _agent_next(rules, folded, a, e)}
        s.leaders = [p for p in leaders_all if s.start <= p.start < s.end]
        # the news is told first: later on, a leader's move is as often the background
        # of another event ("before he returned, he had announced that he would join …");
        # and a leader moves only where no one else is named, who would be the mover the
        # other reports of the same move name first
        news = s.index <= _NEWS_SENTENCES and not people_all
        moving = _moving_leaders(rules, s, int(w["departure"]["person_chars"])) if news else []
        if moving:
            s.leaders = [p for p in s.leaders if p not in moving]
            s.people = [*s.people, *moving]
        if s.start <= lead_end:  # "He left DeepMind" in the lead; later on it is biography
            reach = int(w["text"]["pronoun_chars"])
            s.people += resolve_pronoun(s, people_all, folded, cue_sets, reach)
        if not s.people and s.index > 0 and s.has(*_MOVES) and not _described(s):
            # "Anna Nowak ran the safety team for five years. Next month moves to Mistral":
            # languages that drop the subject pronoun tell the next step of the person
            # just named without naming her; a move that names nobody continues the
            # sentence before, whose last person moves
            s.people = _continued(people_all, sentence_span(starts, s.index - 1, len(full)), s)
            s.continued = bool(s.people)
        if (
            not s.people
            and s.start <= lead_end
            and s.has("recruit", "join")
            and s.has("role", "headcount", "team")
        ):
            # "Meta hires three researchers from OpenAI. They are A, B and C.": a hire
            # of people counted or described, naming nobody, is named by the list of
            # people the next sentence gives
            s.people = _listed_next(people_all, full, starts, s, moved_in)
        in_lead = s.start <= title_end + w["lead_chars"]
        s.lead_org = title_org and in_lead
        s.lead_ai = "ai" in title_kinds and in_lead
        # a company the organisation table does not know names a party in the headline; in
        # the lead only as what a buying verb acquires ("Intel has acquired Quorvo, a …"):
        # beside an investment or a licence a capitalised name is as often a fund
        bought = any(h[0].weight >= w["acquihire"]["light_deal"] for h in s.hits.get("deal", []))
        if (
            (s.start < title_end or (bought and s.start <= lead_end))
            and lang not in grammar.noun_case  # German capitalises every noun
            and not title_case(full[s.start : s.end], w["text"])
        ):
            s.startup_org = s.startup_org or _unknown_org(rules, full, s, lowercase)
        # "… many departures from the company. Among those who resigned were X and Y.":
        # the organisation of the move is named in the sentence before
        s.prior_org = s.index > 0 and s.index - 1 in org_sentences
        if "departure" in active and s.people and not s.orgs:
            s.placed_org = _placed_org(rules, full, folded, s, lowercase, cue_sets, people_all)
        if "offer" in active and s.amounts and s.has("comp"):
            s.priced = _priced(rules, full, s, lowercase, people_all, lang in grammar.noun_case)

    doc_factor = 1.0
    sports = doc_kinds.get("sports", 0)
    if sports >= w["sports_doc_hits"] and sports > doc_kinds.get("ai", 0):
        doc_factor *= w["sports_doc"]
    # a headline that reports a death: the labs founded and the jobs held in the text are
    # the life of the one who died ("Il avait fondé un laboratoire …"), no news of a move
    if "obituary" in title_kinds:
        doc_factor *= w["obituary"]
    # the leader of a known organisation ("Zuckerberg offered …") places the text too
    if not orgs and not doc_kinds.get("ai") and not leaders_all:
        doc_factor *= w["off_domain"]

    # a headline about a survey or an average makes every pay figure a statistic
    title_stat = "stat" in title_kinds
    # a headline about job cuts makes every move of unnamed staff part of the cuts
    title_layoff = "layoff" in title_kinds
    # a text about schools, pupils and classes: its labs are classrooms (as with sports,
    # only when teaching words outnumber the AI ones: a research lab may run workshops)
    taught = doc_kinds.get("teaching", 0)
    teaching = taught >= w["teaching_doc_hits"] and taught > doc_kinds.get("ai", 0)
    # a text that opens a lab to users ("lets users test", a waitlist): its headline's lab
    # is the same product space
    audience = "audience" in doc_kinds
    headline = next((s for s in evidence_sentences if s.index == 0), None)
    if headline is not None and not job_cuts(headline):
        title_layoff = False  # "tras el despido de X": one person's dismissal
    for s in evidence_sentences:
        s.layoff_title = title_layoff
        s.teaching_doc = teaching
        s.audience_doc = audience
    scores = dict.fromkeys(CATEGORIES, 0.0)
    per_cat: dict[str, list[tuple[float, Sentence, str]]] = {}
    nobody = not (orgs or people_all or leaders_all)  # no one and no organisation named
    # "instead of buying startups, big tech hires their founders": the practice, no deal
    practice = nobody and "practice" in doc_kinds
    for cat in active:
        scorer, weights = SCORERS[cat], {**w, **w.get(cat, {})}
        scored = []
        for s in evidence_sentences:
            value, pid = scorer(s, weights)
            if value > 0:
                scored.append((value, s, pid))
        factor = doc_factor * (weights["stat"] if cat == "offer" and title_stat else 1.0)
        if cat == "offer" and not (orgs or people_all or doc_kinds.keys() & _PARTIES):
            # pay that no one named or described offers or gets; an organisation's leader
            # who makes the offer speaks for it ("Zuckerberg offers researchers packages of
            # $100m"), a leader's own pay ("Pichai earned $226m") is no offer to anyone
            if not (leaders_all and any(pid.endswith(OFFERING) for _, _, pid in scored)):
                factor *= weights["nobody"]
        if cat == "offer" and practice:
            # "big tech lures top researchers with millions, a trend analysts watch": pay
            # told as a trend of the industry, no one named who offers or gets it
            factor *= weights["trend"]
        if cat == "departure" and nobody:
            factor *= weights["nobody"]  # "top researchers are leaving": no one, nowhere
        if cat == "departure" and _stays(evidence_sentences):
            factor *= weights["denied"]
        if cat == "departure" and title_kinds & {"absence", "honour"}:
            # a headline that tells a leave or an honour and no move of its own ("X takes a
            # leave of absence", "named among the 100 most influential people in AI"): an
            # exit in the text is the same leave ("she will step away for three months"), a
            # join the same list; a move from one organisation to another is still news
            head = max((v for v, s, _ in scored if s.index == 0), default=0.0)
            if head < rules.min_score and not any(len(orgs_apart(s)) > 1 for _, s, _ in scored):
                factor *= weights["absence" if "absence" in title_kinds else "honour"]
        if (
            cat == "departure"
            and not people_all
            and "unnamed" in doc_kinds
            and not any(s.index == 0 and len(orgs_apart(s)) > 1 for _, s, _ in scored)
        ):
            # "is hiring AI researchers" over "is looking for dozens of engineers": the
            # headline's move is the same search, and no one is named in the whole text;
            # a headline's move from one organisation to another is news however its
            # mover is told ("Meta poaches OpenAI researcher" over "has hired a researcher")
            factor *= weights["unnamed"]
        if cat == "acquihire" and practice:
            factor *= weights["no_party"]
        if cat == "lab_formation" and not (doc_kinds.keys() & {"ai", "chief"} or people_all):
            # "restructures its cloud division": no AI unit, unless an AI lab is named
            # ("merges Brain and DeepMind")
            if not any(o.name in rules.ai_orgs for o in orgs):
                factor *= weights["no_ai"]
        score = combine([v for v, _, _ in scored], w["second_sentence"]) * factor
        if score > 0:
            score = min(1.0, score + _watch_bonus(rules, folded, scored, w))
        scores[cat] = round(score, 3)
        scored.sort(key=lambda t: (-t[0], t[1].start))
        per_cat[cat] = scored
    if "acquihire" in active:
        reach = w["acquihire"]["lead_reach"]  # the deal and the team joining told apart
        lead = [s for s in evidence_sentences if s.start <= title_end + reach]
        paired = lead_acquihire(lead, w, w["acquihire"]) * doc_factor
        if practice:
            paired *= w["acquihire"]["no_party"]
        paired = round(paired, 3)
        scores["acquihire"] = max(scores["acquihire"], paired)
    if "offer" in active and scores["acquihire"] >= rules.min_score:
        # "pays $900m to hire the startup's CEO and team": the price of the deal, not pay
        kept = [t for t in per_cat["offer"] if not _deal_price(t[1], w)]
        per_cat["offer"] = kept
        scores["offer"] = min(scores["offer"], _combined(kept, w, doc_factor))
    if "departure" in active and scores["acquihire"] >= rules.min_score:
        # in an acqui-hire only identifiable people (named, or the founders/CEO: a group
        # one can name) depart; the unnamed staff who come along are part of the deal
        # (a mover read from the sentence before is no one the deal names)
        kept = [
            t
            for t in per_cat["departure"]
            if (t[1].people and not t[1].continued) or t[1].has("chief")
        ]
        per_cat["departure"] = kept
        scores["departure"] = min(scores["departure"], _combined(kept, w, doc_factor))
    if "departure" in active and scores["lab_formation"] < rules.min_score:
        # a founder's move is read from the formation: without the formation, no move;
        # a sentence that tells another move besides is scored again without it
        kept = [t for t in per_cat["departure"] if t[2] != FORMER_FOUNDER]
        weights = {**w, **w.get("departure", {})}
        for _, s, pid in per_cat["departure"]:
            if pid != FORMER_FOUNDER:
                continue
            s.hits["leave"] = [h for h in s.hits["leave"] if h[0].id != FORMER_FOUNDER]
            if not s.hits["leave"]:
                del s.hits["leave"]
            value, other = SCORERS["departure"](s, weights)
            if value > 0:
                kept.append((value, s, other))
        kept.sort(key=lambda t: (-t[0], t[1].start))
        if kept != per_cat["departure"]:
            per_cat["departure"] = kept
            scores["departure"] = min(scores["departure"], _combined(kept, w, doc_factor))
    chosen = tuple(c for c in CATEGORIES if c in active and scores[c] >= rules.min_score)
    evidence = tuple(
        Evidence(cat, pid, full[s.start : s.end].strip())
        for cat in CATEGORIES
        for value, s, pid in per_cat.get(cat, [])[: int(w["evidence_per_category"])]
        if value * doc_factor >= w["evidence_min"]
    )
    # direction cues are short words ("for", "til", "bij"): those of the languages always
    # tried (English) misread other languages once accents are folded ("för" -> "for"),
    # so they apply to text in those languages only
    always = rules.always_langs
    cue_langs = langs if lang in always or not langs - always - {"xx"} else langs - always
    entities = summarise(rules, folded, per_cat, chosen, cue_langs, w, {o.name for o in orgs})
    named: list[str] = []
    if chosen:
        named = named_in_lead(rules, starts, lead_end, names)
    elif per_cat:
        # below the threshold the article may be about something else, where capitals
        # name anyone: the people of its headline and lead the gazetteer knows
        named = [p.name for p in find_known_people(rules.known_people, full, 0, lead_end)]
    if chosen or per_cat:
        known = [n for n in (*entities.movers, *named) if n in rules.known_people.spellings]
        movers = [named_in_full(rules.known_people, n, known) for n in entities.movers]
        named = [named_in_full(rules.known_people, n, known) for n in named]
        entities = replace(entities, movers=tuple(dict.fromkeys(movers)))
        han = lang in grammar.han_langs
        entities = with_named(
            entities, named, grammar.latin_surnames, han, grammar.pinyin.get(lang)
        )
    return Analysis(lang, scores, chosen, entities, evidence)


# a sentence about funding, a deal, a statistic, job cuts or sports lends no amount to a pay
# word, nor does one with a pay word of its own (its amount is counted there)
_NO_LEND = frozenset({"funding", "deal", "explicit", "stat", "layoff", "sports", "comp"})


def _stays(sentences: list[Sentence]) -> bool:
    """The text says the one it is about stays ("Doe is not leaving Google", "but remains at
    the company") and tells no joining anywhere: the post given up in another sentence
    ("steps down as head of the app, making way for X") is a change of title, no move."""
    stays = any(
        p.id.endswith(".stays") or any(a <= h[1] < b for h in s.hits.get("leave", []))
        for s in sentences
        for p, a, b in s.hits.get("denied", [])
    )
    return stays and not any(s.has("join", "recruit", "arrow") for s in sentences)


def _lend_amounts(
    sentences: list[Sentence],
    located: list[tuple[int, Pattern, Any]],
    rules: Rules,
    folded: str,
    starts: list[int],
    lead_end: int,
    lang: str,
) -> None:
    """A pay word in the headline or lead that names no amount reads the amounts of the
    headline and of the sentences next to it: outlets give the figure once ("Meta's $100
    million man" + "… an offer he could not refuse")."""
    kinds: dict[int, set[str]] = {}
    for i, p, _ in located:
        kinds.setdefault(i, set()).add(p.kind)
    for s in sentences:
        if not s.has("comp") or s.start > lead_end:
            continue
        for j in sorted({0, s.index - 1, s.index + 1} - {s.index}):
            if not 0 <= j < len(starts) or starts[j] > lead_end or kinds.get(j, set()) & _NO_LEND:
                continue
            begin, end = sentence_span(starts, j, len(folded))
            s.near_amounts += find_amounts(folded[begin:end], rules.amounts, lang)


def _headcount(s: Sentence, full: str, kinds: tuple[str, ...]) -> int:
    """The largest number that counts the people of a sentence: a word of `kinds` (a role,
    a people word: "engineers", "명", "名"; a team word: "employees") right after it; 0 for
    none."""
    most = 0
    for kind in kinds:
        for _, start, _ in s.hits.get(kind, []):
            m = _COUNT.search(full, max(s.start, start - 40), start)
            if m and not YEAR.fullmatch(m.group(1)):  # "in March 2025 the team …"
                digits = re.sub(r"\D", "", m.group(1))
                most = max(most, int(digits) if digits else 1000)  # a word for a thousand
    return most


_NEWS_SENTENCES = 1  # the headline and the first sentence of the text (indexes 0 and 1)
_RETURN_REACH = 40  # characters of a post named between a return and the organisation
_JOINED = 12  # the organisation a leader joins follows the verb at once ("joins the …")


def _first_after(orgs: Iterable[Mention], at: int) -> Mention | None:
    """The first organisation named at or after `at`."""
    return min((o for o in orgs if o.start >= at), key=lambda o: o.start, default=None)


def _last_before(orgs: Iterable[Mention], at: int) -> Mention | None:
    """The last organisation named before `at`."""
    return max((o for o in orgs if o.end <= at), key=lambda o: o.end, default=None)


def _post_between(s: Sentence, end: int, org: Mention) -> bool:
    """A post named between a return word ending at `end` and the organisation, not far
    ("returns as CEO of OpenAI", "вернулся на пост гендиректора OpenAI")."""
    return org.start - end <= _RETURN_REACH and any(
        end <= a and b <= org.start for k in ("chief", "role") for _, a, b in s.hits.get(k, [])
    )


def _moving_leaders(rules: Rules, s: Sentence, reach: int) -> list[Mention]:
    """The leaders of one organisation who move to another: the subject of a joining verb
    the other organisation follows at once ("Altman joins Microsoft"), or the one whom
    the other organisation's recruiting verb takes ("Microsoft hires OpenAI's Altman"),
    or the subject of a passive hire with the other organisation its agent ("Altman har
    anställts av Microsoft"), or the subject of a return to the organisation he led
    ("Altman returns to OpenAI"). A leader who joins or is hired by his own organisation
    otherwise, or stands before a recruiting verb in the active ("Zuckerberg lured …"),
    speaks or hires for it."""
    moving: list[Mention] = []
    for p in dict.fromkeys(s.leaders):
        led = led_orgs(rules, p.name)
        joins = False
        for _, start, end in s.hits.get("join", []):
            if not 0 <= start - p.end <= reach:
                continue
            first = _first_after(s.orgs, end)
            near = first is not None and first.start - end <= _JOINED
            # another organisation right after the verb; or a return to the one he led,
            # named right after or not at all ("Altman returns to OpenAI", "OpenAI
            # oznámila, že sa Altman vracia")
            back = rules.grammar.returns.search(fold(s.text[start - s.start : end - s.start]))
            home = (
                first is not None and first.name in led and (near or _post_between(s, end, first))
            )
            joins = (
                joins
                or (near and first is not None and first.name not in led)
                or (back is not None and (first is None or home))
            )
        hired = False
        for _, start, end in s.hits.get("recruit", []):
            last = _last_before(s.orgs, start)
            if 0 <= p.start - end <= reach and last is not None:
                hired = hired or (start - last.end <= _JOINED and last.name not in led)
            # the passive: the agent right after the verb ("anställts av Microsoft") or,
            # the verb last, right before it ("ist von Microsoft eingestellt worden")
            agent, gap = None, ""
            first = _first_after(s.orgs, end)
            if 0 <= start - p.end <= reach and first is not None:
                agent, gap = first, s.text[end - s.start : first.start - s.start]
            elif last is not None:
                agent, gap = last, s.text[p.end - s.start : last.start - s.start]
            hired = hired or (
                agent is not None
                and 0 < len(gap) <= _JOINED
                and agent.name not in led
                and rules.grammar.agent.search(" " + fold(gap)) is not None
                and (agent.start >= end or 0 <= start - agent.end <= _JOINED)
            )
        if joins or hired:
            moving.append(p)
    return moving


_NEXT_WORD = re.compile(r"\s+(\w+\s+)")
_LAST_WORD = re.compile(r"\w+\s+$")


def _agent_next(rules: Rules, folded: str, start: int, end: int) -> bool:
    """The verb at `start`..`end` is a passive: the word right after it marks its agent
    ("ontslagen door", "fyret af", "fired by"), or, the verb last, the word before the
    one before it ("vom Vorstand entlassen")."""
    m = _NEXT_WORD.match(folded, end, end + 20)
    if m is not None and rules.grammar.agent.search(" " + m.group(1)):
        return True
    before = _LAST_WORD.search(folded, max(0, start - 30), start)
    return before is not None and bool(
        rules.grammar.agent.search(folded[max(0, start - 30) : before.start()])
    )


def _fill(
    s: Sentence,
    rules: Rules,
    full: str,
    folded: str,
    orgs: list[Mention],
    people: list[Mention],
    surnames: dict[str, str],
    cue_sets: list[Any],
    lang: str = "en",
) -> None:
    """Attach organisations, people, amounts, startup flag and plan cues to a sentence
    (`lang`: the text's language, which says whose currency "¥" is)."""
    w = rules.scoring
    near: Mapping[str, float] = w["text"]
    s.orgs = [o for o in orgs if s.start <= o.start < s.end]
    s.share = _PERCENT.search(full, s.start, s.end) is not None
    staff = _headcount(s, full, ("role", "headcount"))
    s.counted = staff >= int(near["counted_min"])
    s.headcount = max(staff, _headcount(s, full, ("team",)))
    s.startup_org = any(o.name in rules.startups for o in s.orgs)
    s.ai_org = any(o.name in rules.ai_orgs for o in s.orgs)
    if not s.cjk and is_cjk(full[s.start : s.end]):
        s.cjk = True
    if s.has("leave", "lose", "join", "recruit", "noun", "comp", "form"):
        # the agent of a passive ("co-founded by X", "led by X") is not the one who moves
        found = [p for p in people if s.start <= p.start < s.end]
        named = {p.name for p in found}
        found += [p for p in find_surnames(full, s.start, s.end, surnames) if p.name not in named]
        agent = rules.grammar.agent
        reach = int(near["agent_chars"])
        # ("die Entlassung von X", "avskedandet av X": a noun of the lexicon that ends in
        # the word of the agent names the one it befalls)
        nouns = [h[2] for k in ("noun", "lose") for h in s.hits.get(k, [])]
        s.people = [
            p
            for p in found
            if not agent.search(folded, max(0, p.start - reach), p.start)
            or any(0 <= p.start - e <= 1 for e in nouns)
        ]
    if s.has("comp"):
        s.amounts = find_amounts(folded[s.start : s.end], rules.amounts, lang)
    for kind, (_, start, end) in [
        (k, h) for k in ("recruit", "deal", "form") for h in s.hits.get(k, [])
    ]:
        before = folded[max(s.start, start - int(near["plan_chars"])) : start]
        cue = next((m for c in cue_sets if c.plan and (m := c.plan.search(before))), None)
        if cue is None:
            # verb-final languages write the plan after the verb ("영입하기 위해", "買収する方針"),
            # after the whole word a stem term ends inside ("भर्ती कर|ने की योजना")
            if not s.cjk:
                while end < s.end and is_word_char(folded[end]):
                    end += 1
            after = folded[end : min(s.end, end + int(near["plan_chars"]))]
            if any(c.plan_after and c.plan_after.match(after) for c in cue_sets):
                s.planned.add(start)
            continue
        # "acaba de contratar", "vient de racheter": the recent past, done, not planned
        if any(c.recent and c.recent.search(before) for c in cue_sets):
            continue
        # a bare "to" before a verb with a named object is a purpose ("paid $900m to hire
        # Rochan Sankar"), not a plan; "plans to", "tries to" stay plans
        bare = len(cue.group(0).strip()) <= near["bare_cue_len"]
        if bare and any(0 <= p.start - end <= near["purpose_chars"] for p in s.people):
            continue
        if bare and kind == "deal" and s.has("comp"):  # "pays $650m to license its models"
            continue
        s.planned.add(start)
    for _, start, end in s.hits.get("recruit", []):
        # "hentet til OpenAI", "débauché par OpenAI": a move with a destination
        for o in s.orgs:
            if 0 <= o.start - end <= near["directed_chars"] and any(
                c.to_before and c.to_before.search(folded[end : o.start]) for c in cue_sets
            ):
                s.directed.add(start)
    if "arrow" in s.hits:  # "…がメタへ", "앤트로픽행": a move only right after an organisation
        ends = {o.end for o in s.orgs}
        s.hits["arrow"] = [h for h in s.hits["arrow"] if h[1] in ends]
        if not s.hits["arrow"]:
            del s.hits["arrow"]
    forms = [start for _, start, _ in s.hits.get("form", [])]
    weight = float(w["lab_formation"]["lab_name"])
    for o in s.orgs if s.index == 0 else ():  # "X launches <young company>" in a headline
        young = o.name in rules.startups or o.name in rules.labs
        # "Mistral AI lance Mistral 3", "xAI launches Grok 4": a versioned product, not the lab
        young = young and not _VERSIONED.match(full, o.end)
        # "Shake-up: Windsurf's CEO joins Google": a possessive names the company's people
        young = young and not rules.grammar.genitive.match(full, o.end)
        if young and any(0 < o.start - f <= w["lab_formation"]["young_chars"] for f in forms):
            lab = Pattern("lab_formation.xx.startup", "lab_formation", "xx", "lab_name", weight)
            s.hits.setdefault("lab_name", []).append((lab, o.start, o.end))
    # "Google merges Brain and DeepMind", "谷歌合并Brain与DeepMind", "BrainとDeepMindを統合": an
    # AI lab named as what a headline merges is the unit merged. The object follows the verb,
    # or (verb-final languages) comes before it; the headline's first organisation is its
    # subject ("DeepMind merges two teams" names no lab merged). Beside a product word the lab
    # is the maker of what is merged ("merges OpenAI models into its apps").
    merges = [(a, b) for p, a, b in s.hits.get("form", []) if p.id.endswith(MERGE)]
    merges = [] if s.has("product") else merges
    reach = int(w["lab_formation"]["young_chars"])
    for o in s.orgs[1:] if s.index == 0 and merges else ():
        if o.name in rules.ai_orgs and any(
            -reach <= o.start - b and o.start - a <= reach for a, b in merges
        ):
            lab = Pattern("lab_formation.xx.merged", "lab_formation", "xx", "lab_name", weight)
            s.hits.setdefault("lab_name", []).append((lab, o.start, o.end))
    # the company founded, written as the object right after a formation word ("launches a
    # startup", "crée une société", "zakłada firmę"): a lab; elsewhere (before the verb, "a
    # startup launched …") it is the subject, or only a company named, and after a comma it
    # describes the company just named ("co-founded Vercept, a startup focused on …")
    objects = s.hits.pop("object", [])
    reach = int(w["lab_formation"]["object_chars"])
    form_ends = [end for _, _, end in s.hits.get("form", [])]
    for hit in objects:
        if any(
            0 <= hit[1] - end <= reach and not _CLAUSE_MARK.search(folded, end, hit[1])
            for end in form_ends
        ):
            s.hits.setdefault("lab", []).append(hit)
    reach = int(w["lab_formation"]["join_chars"])
    workplace = int(w["lab_formation"]["workplace_chars"])
    for pattern, start, end in s.hits.get("form", []):
        if is_new_unit(pattern):
            # "joins Microsoft to lead a new team": the unit is formed for the one who
            # joins; the words that tell it name the unit too
            s.hits.setdefault("lab", []).append((pattern, start, end))
            continue
        # "joins Meta's newly formed lab": the formation word inside the joining clause (a
        # clause mark between them starts another: "跳槽到微软,微软还为他开设了…部门")
        # A unit named right after ("joined a new division called X") is introduced, not joined.
        # A recruiting verb points at it the same way ("to lure them to his new lab").
        if any(
            0 <= start - j <= reach and not _CLAUSE_MARK.search(folded, j, start)
            for k in ("join", "recruit")
            for _, _, j in s.hits.get(k, [])
        ) and not rules.grammar.naming.match(folded, start, s.end):
            s.joined_forms.add(start)
            continue
        # "the staff of the new lab", "chief of Acme's newly created lab": a lab told before, as
        # where people work (a role or staff word, then at most a name before "the new"); "the
        # new unit will work with …" stays a formation
        told = (
            rules.grammar.definite_end.search(folded, max(s.start, start - 12), start)
            if rules.grammar.new_word.match(folded, start)
            else None
        ) or rules.grammar.definite_new_end.search(folded, max(s.start, start - 20), start)
        # A possessive ending on the role word itself names the lab its holder founds
        # ("ex-Google researcher's new AI lab"), not where someone works ("chief of Acme's").
        if told and any(
            0 <= told.start() - j <= workplace
            and not _CLAUSE_MARK.search(folded, j, told.start())
            and not (told.start() == j and rules.grammar.genitive.match(folded, j))
            for _, _, j in (*s.hits.get("role", []), *s.hits.get("team", []))
        ):
            s.joined_forms.add(start)
    # a sentence about a move or a deal ("…が設立したAI新興企業を買収"), or one that
    # describes ("…가 설립한 신생 기업이다")
    moves = s.has("join", "leave", "lose", "recruit", "deal", "explicit")
    moves = moves or bool(rules.grammar.copula_end.search(folded, s.start, s.end))
    recent = [h for h in s.hits.get("form", []) if is_recent(h[0])]
    # "founded three weeks ago", "vor vier Wochen gegründet": a company days, weeks or
    # months old is news, and the money it raises is its first
    s.recent = bool(recent)
    s.founding = s.founding or s.recent
    for pattern, start, end in s.hits.get("form", []) if moves and s.cjk else ():
        # "ムラティ氏が設立したThinking Machinesから3人がOpenAIに移籍": the formation only
        # describes the lab the move is from or to (the ending may be part of the word).
        # A new unit someone is hired to lead ("新設されるAI部門を率いる") is the news.
        if is_new_unit(pattern):
            continue
        # (nor is one founded weeks ago that now raises money: "3주 전 설립한 스타트업이 …")
        if any(a <= end and start - 40 <= b for _, a, b in recent):
            continue
        adnominal = rules.grammar.adnominal
        if any(
            m.end() >= end
            for q in range(max(start, end - 2), end + 1)
            if (m := adnominal.match(folded, q))
        ):
            s.joined_forms.add(start)
    if s.cjk and forms:  # "成立“百川智能”", "「サカナAI」を設立": the named company is the lab
        # on the original text: a bare Latin name is told by its capitals
        for m in rules.grammar.quoted_founding.finditer(full, s.start, s.end):
            a, b = m.span(next(g for g in ("a", "b", "c") if m.group(g)))
            lab = Pattern("lab_formation.xx.quoted", "lab_formation", "xx", "lab_name", weight)
            s.hits.setdefault("lab_name", []).append((lab, a, b))
    genitive = rules.grammar.genitive
    for _, start, end in s.hits.get("form", []):
        if rules.grammar.past_year.match(folded, end):  # "… in 2014", "two years ago"
            s.historical = True
        elif s.index > 0 and rules.grammar.dated_move.match(folded, end):
            s.historical = True  # "was set up in March 2024": outside a headline, of that date
        elif s.cjk and rules.grammar.year_then_form.search(folded, s.start, start):
            s.historical = True  # "于2015年由…共同创立": the year is written first
        elif s.cjk and rules.grammar.ago_before.search(folded, max(s.start, start - 40), start):
            s.historical = True  # "3年前に…が設立した": years ago, written first
        elif s.index > 0 and _YEAR_BEFORE_FORM.search(folded, max(s.start, start - 12), start):
            s.historical = True  # "wurde 2012 gegründet": the year right before the verb
        elif (
            s.index > 0
            and not s.cjk
            and _YEAR_IN_CLAUSE.search(folded, max(s.start, start - 60), start)
        ):
            s.historical = True  # "2024 von früheren Forschern gegründet": of that date
        elif (
            s.index > 0  # a headline that dates its move is news of that year
            and not s.cjk
            and rules.grammar.dated_purpose.search(folded, max(s.start, start - 80), start)
        ):
            s.historical = True  # "quitte Google en 2020 pour fonder …": as old as the move
        # a founder named beside the formation (not "the lab X founded": "X 创办的 Y"),
        # or a planned one ("raises $50m to launch"): money raised is for a new lab
        # founders described as former members of a named organisation ("Former OpenAI
        # researchers start a company with $50 million"): money raised for a new lab too
        former = any(h[1] < start for h in s.hits.get("former", [])) and bool(s.orgs)
        # (not a lab they founded before, told as what raises: "由前OpenAI研究员创办的公司获融资")
        told = genitive.match(full, end)
        if start in s.planned or ((former or s.people) and not told):
            s.founding = True
    reach = int(near["background_chars"])
    for _, start, _ in [h for k in ("join", "leave") for h in s.hits.get(k, [])]:
        # "When she left OpenAI, …", "since leaving Google": the move is background
        before = folded[max(s.start, start - reach) : start]
        if any(c.background and c.background.search(before) for c in cue_sets):
            s.dated.add(start)
    if s.index > 0:  # a headline that dates its move is news of that year
        in_order = sorted(
            (h for k in ("join", "leave") for h in s.hits.get(k, [])), key=lambda h: h[1]
        )
        for _, start, end in s.hits.get("comp", []):
            if rules.grammar.dated_move.match(folded, end):  # "was paid $79 million in 2024"
                s.dated.add(start)
        for n, (_, start, end) in enumerate(in_order):
            if rules.grammar.dated_move.match(folded, end):  # "joined Meta in 2020"
                s.dated.add(start)
            elif rules.grammar.ago_move.match(folded, end):  # "joined Meta two years ago"
                s.dated.add(start)
            elif rules.grammar.dated_purpose.search(folded, max(s.start, start - 80), start):
                s.dated.add(start)  # "left Google in 2014 to join Baidu": as old as the move
            else:
                # "3年前にグーグルから移籍した": the date before the move it is nearest to
                # (not "两年前离开谷歌的X今天宣布加入…", where it dates the leaving only)
                since = in_order[n - 1][2] if n else s.start
                m = rules.grammar.ago_before.search(folded, max(since, start - 40), start)
                # (or the year, written first as these scripts date a move: "2015年にグーグルを
                # 退社")
                year = rules.grammar.year_then_form.search(folded, max(since, start - 40), start)
                if m or (s.cjk and year):
                    s.dated.add(start)
        # "the 2024 acqui-hire of …", "its 2019 purchase of": a deal of that year told as
        # background to the news, and with it the sentence's other deal words (", when it
        # hired the founders and licensed the technology"); a date after the deal word may
        # as well be a closing still to come ("expected to close in March"), so it is not read
        deals = [h for k in ("explicit", "deal") for h in s.hits.get(k, [])]
        if any(
            _YEAR_BEFORE.search(folded, max(s.start, start - 8), start) for _, start, _ in deals
        ):
            s.dated.update(start for _, start, _ in deals)
    if "former" in s.hits and s.orgs:
        _former_founder(s, full, w, genitive)


def _former_founder(
    s: Sentence, full: str, w: Mapping[str, Any], genitive: re.Pattern[str]
) -> None:
    """A lab or startup founded by someone the sentence calls a former member of a named
    organisation ("Former OpenAI CTO Mira Murati launches …", "ex-DeepMind researchers
    start a lab", "OpenAIの元CTOが…設立"): the founder has left that organisation. The
    move is read as a leaving word standing at the organisation left, so that the
    departure scorer weighs the founder beside it and the organisation is the origin.
    A biography line ("a former Google engineer said …") holds no formation and stays
    silent; so does a formation told before the former member (he is not its subject),
    or as the lab the former member founded ("前OpenAI CTO 创办的 X": background)."""
    lab, move = w["lab_formation"], w["departure"]
    if s.historical or s.has("funding", "layoff", "sports"):
        return
    if not hits_near(s, ("form",), ("lab", "lab_name"), lab["near_chars"]):
        return
    if launches_product(s):
        return
    forms = [start for _, start, end in s.hits["form"] if not genitive.match(full, end)]
    for _, start, end in sorted(s.hits["former"], key=lambda h: h[1]):
        if _inside_word(full, start, end):
            continue
        after = [f for f in forms if 0 < f - start <= move["former_chars"]]
        if not after:
            continue
        outside = [o for o in s.orgs if o.end <= start or o.start >= end]
        if not outside:
            continue
        org = min(outside, key=lambda o: max(o.start - end, start - o.end))
        if max(org.start - end, start - org.end) > move["former_org_chars"]:
            continue
        if _han(full[start]) and not _touches(full, org, start, end):
            continue  # "目前，谷歌…" (currently): "前" is "former" only against the name
        # another organisation between the one left and the formation word founds it
        if any(o.name != org.name and org.end <= o.start < after[0] for o in s.orgs):
            continue
        former = Pattern(FORMER_FOUNDER, "departure", "xx", "leave", move["former_founder"])
        s.hits.setdefault("leave", []).append((former, org.start, org.start))
        return


def _han(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _touches(full: str, org: Mention, start: int, end: int) -> bool:
    """A Chinese or Japanese "former" (前, 元) written against the organisation, at most a
    space or a particle between ("OpenAI前首席技术官", "前 OpenAI 研究员", "OpenAIの元CTO"):
    the characters also stand in other words ("目前", "以前", "地元"), which are no
    "former" of the organisation beside them."""
    gap = full[org.end : start] if org.end <= start else full[end : org.start]
    return len(gap) <= 1 and (gap.isspace() or gap.isalpha() or not gap)


def _inside_word(full: str, start: int, end: int) -> bool:
    """A Hangul term inside a longer word ("전" in "전략"): Korean separates words with
    spaces although its terms match without boundaries."""
    if not ("\uac00" <= full[start] <= "\ud7af"):
        return False
    return (start > 0 and full[start - 1].isalnum()) or (end < len(full) and full[end].isalnum())


def _unknown_org(rules: Rules, full: str, s: Sentence, lowercase: frozenset[str]) -> bool:
    """A headline, or a lead sentence with a buying verb, names a company the organisation
    table does not know ("Nvidia licenses Groq's technology", "OpenAI tar över appen Roi"):
    counts like a startup for an acqui-hire. Hits of the lexicon are no names."""
    names = unknown_names(rules, full, s.start, s.end, _taken(s, s.orgs), lowercase)
    return any(not any(n in p.name.split() for p in s.people) for n in names)


def _taken(s: Sentence, mentions: Iterable[Mention]) -> list[tuple[int, int]]:
    """The spans of a sentence that hold no unknown name: `mentions`, its people and the
    hits of the lexicon."""
    taken = [(m.start, m.end) for m in (*mentions, *s.people)]
    return taken + [(a, b) for hits in s.hits.values() for _, a, b in hits]


_MOVES = ("leave", "lose", "join", "recruit")


def _described(s: Sentence) -> bool:
    """True when the sentence gives its move a subject of its own before its first move
    word: movers described ("Three engineers left …", "another researcher joined …"), an
    organisation ("The company has hired …", "OpenAI lost …"); or when that word is one
    whose subject is the employer (hiring, losing staff). Only a bare leaving or joining
    verb continues the person named before."""
    first = min(((h[1], k) for k in _MOVES for h in s.hits.get(k, [])), key=lambda t: t[0])
    if first[1] not in ("leave", "join"):
        return True
    kinds = ("role", "team", "unnamed", "chief", "orgnoun")
    return any(h[1] < first[0] for k in kinds for h in s.hits.get(k, [])) or any(
        o.start < first[0] for o in s.orgs
    )


_LISTED = 2  # people a sentence lists to name a group hired just before
_CLAUSE_END = ".,;:!?)]—–-。、،"
_LIST_HEAD = 20  # characters before a list that opens its sentence ("Es handelt sich um")
_LIST_OPENERS = (":", "—", "–", "-", "：")


def _listed_next(
    people: list[Mention], full: str, starts: list[int], s: Sentence, moved_in: set[int]
) -> list[Mention]:
    """The people the sentence after `s` lists, placed at the start of `s`: two or more
    names written one after the other (commas or one short word between them), closing
    the sentence or a clause ("They are A, B and C.", "…, A, B y C, responsables de …"),
    in a sentence that tells no move of its own (`moved_in`: sentences with a move word).
    Names followed by their verb ("A and B presented the plan") are the subject of
    another story."""
    after = s.index + 1
    if after >= len(starts) or after in moved_in:
        return []
    begin, end = sentence_span(starts, after, len(full))
    named = sorted((p for p in people if begin <= p.start < end), key=lambda p: p.start)
    if named and _role_apposed(full, begin, named[0], s.text):
        # "… hired a senior AI researcher from Nordwell. The researcher, Jane Doe, led …": the
        # one described, named in apposition to the role that opens the next sentence
        return [Mention(named[0].name, s.start, s.start)]
    if len({p.name for p in named}) < _LISTED:
        return []
    if any(not LIST_GAP.fullmatch(full[a.end : b.start]) for a, b in pairwise(named)):
        return []
    tail = full[named[-1].end : end].strip()
    if tail and tail[0] not in _CLAUSE_END:
        return []
    # the list opens its sentence: a few words before it ("They are", "Se trata de") or
    # a colon or dash ("The three hires: …"); a list after a verb of its own ("… will
    # report to A and B") names other people
    head = full[begin : named[0].start].strip()
    if len(head) > _LIST_HEAD and not head.endswith(_LIST_OPENERS):
        return []
    return [Mention(p.name, s.start, s.start) for p in named]


_ROLE_LEN = 4  # a role word shorter than this is no role ("He, …")
_APPOSED_HEAD = re.compile(r"\s*\w+(?:\s+\w+)?\s*,\s*$")  # "The executive, "


def _role_apposed(full: str, begin: int, person: Mention, hired: str) -> bool:
    """A sentence opening with a role word or two and a comma, then the name and a comma
    ("The executive, Jane Doe, …", "Der Forscher, Ivo Marek, …"), the role word one the
    sentence of the hire (`hired`) used for the person it described."""
    head = full[begin : person.start]
    if len(head) > _LIST_HEAD or _APPOSED_HEAD.fullmatch(head) is None:
        return False
    role = fold(head).strip(" ,").split()[-1]
    # the role word may be the end of a compound there ("KI-Forscher" / "Der Forscher")
    return (
        full[person.end : person.end + 1] == "," and len(role) >= _ROLE_LEN and role in fold(hired)
    )


def _continued(people: list[Mention], before: tuple[int, int], s: Sentence) -> list[Mention]:
    """The last person the sentence `before` names, placed at the start of `s`."""
    named = [p for p in people if before[0] <= p.start < before[1]]
    if not named:
        return []
    last = max(named, key=lambda p: p.start)
    return [Mention(last.name, s.start, s.start)]


_GAP = re.compile(r"(?:\s+[^\W\d_]+)*\s+")  # words between an amount and a name


def _priced(
    rules: Rules,
    full: str,
    s: Sentence,
    lowercase: frozenset[str],
    people: list[Mention],
    nouns_capitalised: bool,
) -> bool:
    """An organisation named right after an amount and nobody who could be paid named
    ("pays $480 million in cash for Quillbyte", "zahlt 480 Millionen Dollar für Mistral"):
    the amount is the organisation's price. An unknown capitalised name counts where
    capitals mark names, not nouns."""
    if s.people or s.has("role", "team", "chief"):
        return False
    reach = int(rules.scoring["offer"]["price_chars"])
    ends = [s.start + a.end for a in s.amounts]  # amounts are placed in their sentence

    def after(at: int) -> bool:
        # only words between: "for", "in cash for" (not "(about Rp1.6 trillion)")
        return any(0 < at - e <= reach and _GAP.fullmatch(full, e, at) for e in ends)

    if any(after(o.start) for o in s.orgs):
        return True
    if nouns_capitalised:
        return False
    unknown = unknown_name_spans(rules, full, s.start, s.end, _taken(s, people), lowercase)
    return any(after(m.start) for m in unknown)


def _placed_org(
    rules: Rules,
    full: str,
    folded: str,
    s: Sentence,
    lowercase: frozenset[str],
    cue_sets: list[Any],
    people: list[Mention],
) -> bool:
    """A sentence names an organisation the table does not know where its language names
    a workplace: a capitalised word that is no common word, person or lexicon term right
    after a cue of origin, destination or place of work ("from", "joins", "at", "z", "do",
    "bei", "chez"), an article or an organisation noun between them allowed, or owning the
    role the mover takes ("Lyft's new head of AI")."""
    nouns = [(a, b) for _, a, b in s.hits.get("orgnoun", [])]
    # 'لشركة "نوفا"', "společnost „Vltavix“": an organisation noun and a quoted name
    if any(_QUOTED_NAME.match(full, b, s.end) for _, b in nouns):
        return True
    reach = int(rules.scoring["text"]["cue_before_chars"])
    roles = [a for k in ("role", "chief", "join") for _, a, _ in s.hits.get(k, [])]
    reach_role = int(rules.scoring["text"]["owner_chars"])
    cues = [r for c in cue_sets for r in (c.from_before, c.to_before, c.at_before) if r]
    for m in unknown_name_spans(rules, full, s.start, s.end, _taken(s, people), lowercase):
        # "Quillbyte's head of AI research": a possessive before a role
        owner = rules.grammar.genitive.match(full, m.end)
        if owner and any(0 <= a - owner.end() <= reach_role for a in roles):
            return True
        at = m.start
        # "ze společnosti Vltavix", "at the startup Quillbyte": the cue stands before the noun
        at = next((a for a, b in nouns if 0 <= at - b <= 1), at)
        before = folded[max(s.start, at - reach) : at]
        if any(r.search(before) for r in cues):
            return True
    return False


def _strip_roles(sentences: dict[int, Sentence]) -> Callable[[Mention], Mention | None]:
    """Cut role words that lead a capitalised run ("Forscherin Anna Berger" -> "Anna Berger",
    "Groq-Chef Jonathan Ross" -> "Jonathan Ross")."""
    roles = sorted(
        (start, end)
        for s in sentences.values()
        for k in ("role", "chief")
        for _, start, end in s.hits.get(k, [])
    )

    def strip(p: Mention) -> Mention | None:
        name, at = p.name, p.start
        for start, end in roles:
            # a role word leads the run, or ends its first word ("Groq-Chef Jonathan Ross")
            first = name.index(" ") if " " in name else 0
            if first and (start <= at < end or at < start < end == at + first):
                name, at = name[first + 1 :], at + first + 1
        if at == p.start:
            return p
        return Mention(name, at, p.end) if " " in name else None

    return strip


def _combined(
    scored: list[tuple[float, Sentence, str]], w: Mapping[str, Any], factor: float
) -> float:
    return round(combine([v for v, _, _ in scored], w["second_sentence"]) * factor, 3)


def _deal_price(s: Sentence, w: Mapping[str, Any]) -> bool:
    """A payment for people bundled in a deal: a pay verb (not a package word) next to a
    team, a founder/CEO or a hiring verb."""
    best = s.best("comp")
    light = best is not None and best[0].weight < w["pay_verb_below"]
    return light and s.has("team", "chief", "recruit")


def _watch_bonus(
    rules: Rules, folded: str, scored: list[tuple[float, Sentence, str]], w: Mapping[str, Any]
) -> float:
    names = rules.watch_people + rules.watch_orgs
    if not names:
        return 0.0
    for _, s, _ in scored:
        if any(n in folded[s.start : s.end] for n in names):
            return float(w["watch_in_evidence"])
    return float(w["watch_in_text"]) if any(n in folded for n in names) else 0.0


__all__ = ["FORMER_FOUNDER", "Pattern", "analyse_text"]


# the determiners of each set of languages, per rules (texts in one language ask for the
# same set every time; the entries go with the rules)
_DETERMINERS: WeakKeyDictionary[Rules, dict[frozenset[str], frozenset[str]]] = WeakKeyDictionary()


def _determiners(rules: Rules, langs: frozenset[str]) -> frozenset[str]:
    """The articles and possessives of `langs`, less those of the languages tried on every
    text that are common words of another meaning in the text's own language (English
    "at" is the conjunction "that" in Danish and Norwegian: "sier at X Y begynner")."""
    known = _DETERMINERS.setdefault(rules, {})
    if langs not in known:
        known[langs] = _determiners_of(rules, langs)
    return known[langs]


def _determiners_of(rules: Rules, langs: frozenset[str]) -> frozenset[str]:
    own = langs - rules.always_langs - {"xx"}
    found: set[str] = set()
    for lang in langs:
        for word in rules.determiners.get(lang, ()):
            where = rules.common_in.get(word) or frozenset()
            if lang in own or not own or where.isdisjoint(own):
                found.add(word)
    return frozenset(found)
