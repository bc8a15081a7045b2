"""Scoring: one pure function per category turns a sentence's evidence into [0, 1].

A sentence is scored only when it holds a trigger of the category. Each function starts
from the strongest trigger's weight, adds context (people, organisations, amounts,
intensifiers, lab nouns, team words) and multiplies by negative cues (averages, funding
rounds, layoffs, product launches, sports). Weights come from [scoring] in
seeds/patterns.toml. The document score is the best sentence plus a share of the
second best (see `combine`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from watcher.classify.amounts import Amount
from watcher.classify.rules import Pattern
from watcher.classify.spans import Mention

# punctuation that ends a clause: an object of a verb stands before it
_BREAKS = frozenset(",;:")

NEW_UNIT = ".new_unit"  # the lexicon group of a new unit someone is hired to lead
MERGE = ".merge"  # the lexicon group of merge verbs ("merges", "legt ~ zusammen", "統合")
RECENT = ".recent"  # the lexicon group of a founding dated weeks back ("founded three weeks ago")
OFFERING = ".offer"  # the lexicon group of offering verbs ("offers", "bietet", "提供")


@dataclass
class Sentence:
    """What one sentence holds; filled by the analyser, read by the scorers."""

    index: int
    start: int
    end: int
    cjk: bool
    hits: dict[str, list[tuple[Pattern, int, int]]] = field(default_factory=dict)
    orgs: list[Mention] = field(default_factory=list)
    people: list[Mention] = field(default_factory=list)  # not counting leaders
    leaders: list[Mention] = field(default_factory=list)  # people who speak for an organisation
    amounts: list[Amount] = field(default_factory=list)
    # amounts of the headline and of the lead sentences next to a pay word that names none
    # ("Meta offered him a package. It is worth $100 million over four years.")
    near_amounts: list[Amount] = field(default_factory=list)
    planned: set[int] = field(default_factory=set)  # starts of triggers after "to", "plans to"
    historical: bool = False  # a formation word followed by a past year ("… in 2014")
    founding: bool = False  # a formation that is planned ("to launch") or has a named founder
    recent: bool = False  # a formation dated days, weeks or months back ("three weeks ago")
    dated: set[int] = field(
        default_factory=set
    )  # moves followed by a past year ("joined … in 2020")
    directed: set[int] = field(default_factory=set)  # recruit verbs followed by "to/by <org>"
    # formation words that only describe the lab a move is to or from: inside the joining
    # clause ("joins Meta's newly formed lab") or a clause before the lab's name ("设立した…")
    joined_forms: set[int] = field(default_factory=set)
    startup_org: bool = False  # an organisation marked startup = true is named
    ai_org: bool = False  # an AI lab or company (`ai`, `lab` or `startup` = true) is named
    lead_org: bool = False  # in the headline or lead, and the headline names an organisation
    lead_ai: bool = False  # in the headline or lead, and the headline names the AI field
    layoff_title: bool = False  # the headline reports job cuts
    text: str = ""  # the sentence as written
    teaching_doc: bool = False  # the text is about teaching: schools, pupils, classes
    audience_doc: bool = False  # the text opens a lab to users to try features
    share: bool = False  # a percentage is written in the sentence ("20% of new hires")
    counted: bool = False  # people counted by a number ("hires 1,000 engineers", "500명")
    headcount: int = 0  # the largest number that counts people in the sentence
    # an organisation the table does not know, named where the language names a workplace
    # ("head of research at Quillbyte", "joins Brightmoor", "odchází z Vltavixu")
    placed_org: bool = False
    prior_org: bool = False  # the sentence before names an organisation ("the company")
    # an organisation named right after an amount, nobody paid named ("$480 million in
    # cash for Quillbyte"): the amount is what the organisation costs
    priced: bool = False
    continued: bool = False  # its people are the last one the sentence before names
    # ends of move verbs an agent word follows at once ("ontslagen door", "fyret af"): a
    # passive, whose subject is the one moved
    passive: set[int] = field(default_factory=set)

    def has(self, *kinds: str) -> bool:
        """True when the sentence holds a hit of any of `kinds`."""
        return not self.hits.keys().isdisjoint(kinds)  # (asked very often: no generator)

    def best(self, *kinds: str) -> tuple[Pattern, int, int] | None:
        """The heaviest hit among `kinds` (earliest on ties)."""
        found = [h for k in kinds for h in self.hits.get(k, [])]
        return max(found, key=lambda h: (h[0].weight, -h[1])) if found else None


Scorer = Callable[[Sentence, Mapping[str, Any]], tuple[float, str]]


def hits_near(
    s: Sentence, kinds_a: tuple[str, ...], kinds_b: tuple[str, ...], chars: float
) -> bool:
    """True when a hit of `kinds_a` starts within `chars` of the start of a hit of `kinds_b`."""
    a = [h for k in kinds_a for h in s.hits.get(k, [])]
    b = [h for k in kinds_b for h in s.hits.get(k, [])]
    return any(abs(x[1] - y[1]) <= chars for x in a for y in b)


def _spans_near(
    s: Sentence, kinds_a: tuple[str, ...], kinds_b: tuple[str, ...], chars: float
) -> bool:
    """Like `hits_near`, but measured between the two spans, not their starts: a long unit name
    ("its division for artificial intelligence") leaves a verb-final clause its reach."""
    a = [h for k in kinds_a for h in s.hits.get(k, [])]
    b = [h for k in kinds_b for h in s.hits.get(k, [])]
    return any(max(x[1], y[1]) - min(x[2], y[2]) <= chars for x in a for y in b)


def _nearest_is(s: Sentence, kind: str, others: tuple[str, ...], near: tuple[str, ...]) -> bool:
    """True when, for every `kind` hit, the closest hit among `others` + `near` is in `others`
    (on a tie `near` wins: a lab noun that starts with a product word, "应用实验室")."""
    targets = [(h[1], k in others) for k in (*near, *others) for h in s.hits.get(k, [])]
    starts = [h[1] for h in s.hits.get(kind, [])]
    return bool(targets and starts) and all(
        min(targets, key=lambda t: abs(t[0] - start))[1] for start in starts
    )


def launches_product(s: Sentence) -> bool:
    """True when the thing a formation word launches is a product, not a lab: the hit
    closest to every formation word is a product word."""
    return s.has("product") and _nearest_is(s, "form", ("product",), ("lab", "lab_name"))


_PARTY_KINDS = ("role", "team", "chief")


def is_recent(pattern: Pattern) -> bool:
    """A term of the lexicon group of a company founded days, weeks or months back."""
    return pattern.id.endswith(RECENT)


def is_new_unit(pattern: Pattern) -> bool:
    """A term of the lexicon group of a new unit someone is hired to lead."""
    return pattern.id.endswith(NEW_UNIT)


def _joined(s: Sentence, form: tuple[Pattern, int, int]) -> bool:
    """A formation word inside a joining clause ("joins Meta's newly formed lab"); a new
    unit someone is hired to lead never is, even where another term starts at the same
    word ("yeni kurulan … ekibinin başına", "新設されるAI部門を率いる")."""
    return form[1] in s.joined_forms and not is_new_unit(form[0])


def score_offer(s: Sentence, w: Mapping[str, Any]) -> tuple[float, str]:
    """Compensation word + amount (>= min_big_usd) or intensifier, not stats/funding."""
    best = s.best("comp")
    if best is None:
        return 0.0, ""
    # "will receive $200 million": a verb of receiving is pay only when a person or a role
    # receives it; an organisation receives funding
    if best[0].weight < w["receive_below"] and not (s.people or s.has(*_PARTY_KINDS)):
        return 0.0, ""
    comp_ids = {h[0].id for h in s.hits["comp"]}
    score = best[0].weight + (w["two_terms"] if len(comp_ids) > 1 else 0.0)
    # "$10 to close a car door" is no talent-market pay
    pay = [a for a in s.amounts if a.lower_bound or a.usd >= w["min_pay_usd"]]
    big = any(a.lower_bound or a.usd >= w["min_big_usd"] for a in pay)
    if big:
        score += w["amount_big"]
    elif pay:
        score += w["amount_small"]
    near = not pay and any(
        (a.lower_bound or a.usd >= w["min_big_usd"]) and a.usd < w["min_price_usd"]
        for a in s.near_amounts
    )
    if near:
        score += w["amount_near"]
    # "record pay", "offered a staggering sum": the intensifier qualifies the pay; one
    # sentences away ("promised that the gains will be enormous") it does not
    comp_at = [h[1] for h in s.hits["comp"]]
    intense = any(
        min(abs(h[1] - c) for c in comp_at) <= w["intense_reach"] for h in s.hits.get("intense", [])
    )
    if intense:
        score += w["intense"]
    # a party: who offers or who is offered; pay is reported for a role as often as for a
    # name ("AI researchers are offered …", "AI人材に年収…", "연구원에게 … 제시")
    if s.people or s.orgs or s.has(*_PARTY_KINDS):
        score += w["entity"]
    if not pay and not intense and not near:
        score = min(score, w["no_amount_cap"])  # an offer needs an amount or a "record" word
    if s.has("stat"):
        score *= w["stat"]
    elif s.has("potential") and best[0].weight < w["potential_below"]:
        # "gaji … bisa mencapai" (pay can reach …): a level some reach, no one offering it
        # ("Meta offered up to $100m, which could reach $300m" is an offer)
        score *= w["stat"]
    if s.has("everyone") and not big and not intense:
        # "pays all staff a one-off bonus of $1,000": a bonus for a whole workforce, no
        # pay to win or keep talent (a retention bonus or a sum in millions still is one)
        score *= w["stat"]
    if best[1] in s.dated and best[0].weight < w["dated_below"]:
        # "received pay of $79 million in 2024": pay of a past year, as a company discloses
        # it; an offer verb dated so is still an offer told ("offered him $1bn in 2024")
        score *= w["historical"]
    if s.has("untrue") and (
        best[0].weight < w["untrue_below"] or _denied_offer(s, best[1], w["untrue_reach"])
    ):
        # "she denied the rumoured $100m bonus", "the bonus is fake news": the figure is
        # what is denied, no offer told ("X offered her $100m, a claim X denied" tells one)
        score *= w["untrue"]
    if _priced(s) and best[0].weight < w["pay_verb_below"]:
        score *= w["funding"]  # a price paid for a company or a licence, not pay
    elif pay and min(a.usd for a in pay) >= w["min_price_usd"]:
        score *= w["funding"]  # "offers $97.4 billion for OpenAI": a company's price
    elif best[0].weight < w["pay_verb_below"] and s.priced:
        score *= w["funding"]  # "is paying $480 million in cash for Quillbyte": its price
    if not s.people and _examples(s, w["examples_chars"]):
        # "companies like Meta and OpenAI offer top researchers $10m": the organisations
        # are instances of a trend, no one is offered anything
        score *= w["examples"]
    if s.has("sports"):
        score *= w["sports"]
    return score, best[0].id


def _hire_price(pattern_id: str) -> bool:
    """A hire told with its price ("hired ~ for", "für ~ eingestellt", "ドル超で獲得"): the
    hiring verb is part of the pay term, which is pay only with an amount."""
    return pattern_id.endswith(".hire_price")


def _priced(s: Sentence) -> bool:
    """True when a funding, deal or explicit word stands outside every longer pay term:
    "a four-year deal" names pay, its "deal" no price of a company ("paid", both a pay
    and a deal word, still prices)."""
    comp = [(h[1], h[2]) for h in s.hits["comp"]]
    return any(
        not any(a <= h[1] and h[2] <= b and b - a > h[2] - h[1] for a, b in comp)
        for kind in ("funding", "deal", "explicit")
        for h in s.hits.get(kind, [])
    )


def _denied_offer(s: Sentence, at: int, chars: float) -> bool:
    """True when a denial ends right before the offer word at `at`: the offer is what is
    denied ("denies it offered $1bn", "dément avoir offert", "niega haber ofrecido",
    "否认开出"); a denial told after it ("offered her $100m, a claim Meta denied") tells one."""
    return any(0 <= at - h[2] <= chars for h in s.hits.get("untrue", []))


def _examples(s: Sentence, chars: float) -> bool:
    """True when an organisation of the sentence is named as an example ("firms like
    OpenAI", "labs such as DeepMind"): an instance of something general."""
    return any(
        0 <= o.start - h[2] <= chars for h in s.hits.get("examples", []) for o in s.orgs
    ) or any(  # written after them: "メタやOpenAIなどの企業", "메타 같은 기업"
        0 <= h[1] - o.end <= chars for h in s.hits.get("examples_after", []) for o in s.orgs
    )


# the post may run on past its lexicon word before the comma ("la sua responsabile
# scientifica, X", "its head of applied research, X"): a few more words, no break
_APPOSED = re.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,2}\s*,\s*")


def _apposed(s: Sentence, at: int, p: Mention) -> bool:
    """`p` is named in apposition to the post the verb at `at` takes as its object, the
    one comma between them closing the post ("fired its chief executive, Sam Altman")."""
    for kind in ("role", "chief"):
        for _, start, end in s.hits.get(kind, []):
            if (
                at < start
                and end <= p.start
                and _APPOSED.fullmatch(s.text[end - s.start : p.start - s.start])
                and not _BREAKS.intersection(s.text[at - s.start : start - s.start])
            ):
                return True
    return False


_CLAUSE_END = re.compile(r"[^\W\d]*\s*(?:[.,;:!?)。，、；：！？）]|$)")

_AGENT_GAP = 8  # characters: "ontslagen door Meta", "avskedades av Meta"
_CHIEF_GAP = 5  # characters: "fires its chief scientist", "解雇首席科学家"
_LEADER_GAP = 12  # characters: "heeft directeur X ontslagen", "X被公司解雇", "X was fired."

# a post in apposition after a name, then a few words of time before the verb: ", the
# leader of OpenAI, one of the most influential companies (AI), on Friday night "
_APPOSITION = re.compile(
    r"\s*,[^,;:.!?]{1,120}(?:,[^,;:.!?]{1,120})?,\s*[^\W\d]*(?:\s+[^\W\d]+){0,2}\s*"
)

_DISMISSAL_GAP = 16  # characters: "the firing of Sam Altman", "el despido de su directora"


def job_cuts(s: Sentence) -> bool:
    """A word of job cuts that cuts jobs: one with a person named right after it tells
    that person's dismissal ("in the ouster of X", "tras el despido de X")."""
    return any(
        not any(
            0 <= p.start - end <= _DISMISSAL_GAP
            and not _BREAKS.intersection(s.text[end - s.start : p.start - s.start])
            for p in (*s.people, *s.leaders)
        )
        for _, _, end in s.hits.get("layoff", [])
    )


def _hit_end(s: Sentence, at: int, *kinds: str) -> int:
    """Where the hit of one of `kinds` that starts at `at` ends (`at` when none does)."""
    return next((e for k in kinds for _, a, e in s.hits.get(k, []) if a == at), at)


def _passive_subject(s: Sentence, at: int, p: Mention) -> bool:
    """`p` is the subject of the passive verb at `at`, its post in apposition between
    ("werd X, de leider van OpenAI, …, vrijdagavond ontslagen door het bestuur", "blev X,
    lederen af OpenAI, …, fyret af bestyrelsen"): past the apposition, a few words of
    time, the verb, and its agent."""
    end = _hit_end(s, at, "lose", "leave")
    return (
        end in s.passive
        and _APPOSITION.fullmatch(s.text, p.end - s.start, at - s.start) is not None
    )


def _fired(s: Sentence, at: int, span: float) -> bool:
    """A verb of dismissal that is also a word of job cuts ("entlässt", "licenzia",
    "demite") at `at` fires the one named as its object, right after it (past a role:
    "entlässt KI-Chef X") or (passive) just before it, if that is no leader of the
    company who speaks for the cuts; one named past a comma only comments ("…, says
    analyst X"). Counted staff, a share of them, or a job-cuts word of its own mean cuts."""
    if s.counted or s.share:
        return False
    if not all(
        any(a < h[2] and h[1] < b for _, a, b in s.hits.get("lose", []))
        for h in s.hits.get("layoff", [])
    ):
        return False
    leaders = {p.start for p in s.leaders}
    end = _hit_end(s, at, "lose")  # the verb's end

    def after_verb(p: Mention) -> bool:
        between = s.text[at - s.start : p.start - s.start]
        return 0 <= p.start - at <= span and (
            not _BREAKS.intersection(between) or _apposed(s, at, p)
        )

    def before_final_verb(p: Mention) -> bool:
        # a verb that closes its clause takes the one named at the clause's start, words
        # of time and agent between: a passive or perfect of a verb-final clause ("X wurde
        # am Freitag vom Vorstand entlassen", "X werd vrijdag ontslagen", "X został w
        # piątek zwolniony"); a verb with an object after it fires that object instead
        # (or the agent follows it: "X werd vrijdag ontslagen door Meta")
        agent = end in s.passive or any(0 < o.start - end <= _AGENT_GAP for o in s.orgs)
        return (
            0 <= at - p.end <= span
            and not _BREAKS.intersection(s.text[p.end - s.start : at - s.start])
            and (agent or _CLAUSE_END.match(s.text, end - s.start) is not None)
        )

    def chief_after() -> bool:
        # the post right after the verb, the name left out or unread ("解雇首席科学家",
        # "fires its chief scientist"): one chief dismissed
        return any(
            0 <= a - end <= _CHIEF_GAP
            and not _BREAKS.intersection(s.text[end - s.start : a - s.start])
            for _, a, _ in s.hits.get("chief", [])
        )

    # a leader named right after the verb is its object ("OpenAI fires Sam Altman"), one
    # before it is the subject who does the firing, unless the verb closes the clause
    # right after the name: a perfect or a passive ("het bestuur heeft directeur X
    # ontslagen", "X被公司解雇", "X was fired by the board")
    return (
        any(
            p.start not in leaders
            and (after_verb(p) or 0 <= at - p.end <= 12 or before_final_verb(p))
            for p in s.people
        )
        or any(
            after_verb(p)
            or (at - p.end <= _LEADER_GAP and before_final_verb(p))
            or _passive_subject(s, at, p)
            for p in s.leaders
        )
        or chief_after()
    )


_COMPLEMENT_GAP = 36  # characters: "la salida de su máximo responsable, X"


# the rest of a post's word, a space, and a given name: "topman X", "szef|a X", "X"
_TITLED = re.compile(r"[^\W\d]{0,3}\s{0,2}(?:([^\W\d]+)\s{1,2})?")
_GENITIVE_GAP = 4  # characters: "X's exit", "X의 퇴사", "X के जाने", "X:n lähtö"


def posts_end(s: Sentence) -> list[int]:
    """Where the posts of a sentence end ("CEO", "topman", "руководитель")."""
    return [b for kind in ("role", "chief") for _, _, b in s.hits.get(kind, [])]


def _titled(between: str) -> bool:
    """The text between the end of a post's stem and a name is the rest of the post's
    word ("szef|a X") and a space, a given name the name table left out between (an
    inflected one: "керівника Деміса Хассабіса")."""
    m = _TITLED.fullmatch(between)
    return m is not None and (m.group(1) is None or m.group(1)[0].isupper())


def _head_of_ai(s: Sentence) -> bool:
    """A post in AI: the head of a field with an AI word right beside it ("head of AI",
    "руководителем направления ИИ", "رئيساً للذكاء الاصطناعي", "kepala AI")."""
    return any(
        -_AI_POST_CHARS <= a_start - r_end and r_start - a_end <= _AI_POST_CHARS
        for _, r_start, r_end in s.hits.get("post", [])
        for _, a_start, a_end in s.hits.get("ai", [])
    )


_AI_POST_CHARS = 15  # characters between a post word and the AI word beside it


def _complement(s: Sentence, at: int, p: Mention) -> bool:
    """`p` is named right after the noun at `at`, a post or a possessive between ("the
    exit of its chief, X", "het vertrek van topman X"), no clause break but a comma
    closing a post ("su máximo responsable, X"); or right before it, in the genitive
    ("Hassabisin lähtö", "X के जाने")."""
    titled = any(
        b <= p.start and _titled(s.text[b - s.start : p.start - s.start]) for b in posts_end(s)
    )
    if 0 <= at - p.end <= _GENITIVE_GAP:
        return titled and not _BREAKS.intersection(s.text[p.end - s.start : at - s.start])
    end = _hit_end(s, at, "noun")
    if not 0 <= p.start - end <= _COMPLEMENT_GAP:
        return False
    between = s.text[end - s.start : p.start - s.start]
    return (titled and not _BREAKS.intersection(between)) or _apposed(s, at, p)


LEAVER = ".leaver"  # the lexicon group of nouns for the one who leaves ("vertrekker")
_LEAVER_GAP = 24  # characters: "leaver is X", "avhopparen är X", "的离职者是X"


def _named_after(s: Sentence, at: int, p: Mention) -> bool:
    """`p` is named right after the noun at `at`, no clause break between."""
    end = _hit_end(s, at, "noun")
    between = s.text[end - s.start : max(end, p.start) - s.start]
    return 0 <= p.start - end <= _LEAVER_GAP and not _BREAKS.intersection(between)


# characters between a job word and an AI word: "head of AI", "руководителем направления ИИ"
_AI_POST_GAP = 16
_YEARLY_GAP = 3  # characters: "AI leader of the year", "Yılın Yapay Zeka Lideri"


def _honour(s: Sentence) -> bool:
    """An honour in the sentence: a list, a ranking, an honorary title, or a title "of the
    year" right beside a job or AI word ("AI leader of the year", "experte IA de l'année",
    "Yılın Yapay Zeka Lideri"); "at the start of the year" is no title."""
    if s.has("honour"):
        return True
    words = [(a, b) for k in ("role", "ai") for _, a, b in s.hits.get(k, [])]
    return any(
        max(a, c) - min(b, d) <= _YEARLY_GAP
        for _, a, b in s.hits.get("yearly", [])
        for c, d in words
    )


def orgs_apart(s: Sentence) -> set[str]:
    """The organisations the sentence names, a unit counted with its company ("Google
    DeepMind" is Google's): two of them tell a move from one to the other."""
    names = {o.name for o in s.orgs}
    return {n for n in names if not any(n != m and (n in m or m in n) for m in names)}


def _ai_post(s: Sentence) -> bool:
    """A post in AI given to a person named before it: a job word beside an AI word ("head
    of AI", "directora de inteligencia artificial", "KI-Chefin", "yapay zeka direktörü")."""
    ais = [(a, b) for _, a, b in s.hits.get("ai", [])]
    return any(
        any(p.end <= a for p in s.people)
        and any(max(a, c) - min(b, d) <= _AI_POST_GAP for c, d in ais)
        for _, a, b in s.hits.get("role", [])
    )


def score_departure(s: Sentence, w: Mapping[str, Any]) -> tuple[float, str]:
    """A move word with a named person (or a named group) and the organisations.

    Context only counts with a verb of moving; a noun ("departure", "exodus") needs a
    named person. A recruiting verb after "to"/"plans to" is a plan, not an event.
    """
    triggers = [
        (p.weight, p.kind == "recruit" and start in s.planned, p, start)
        for k in ("leave", "lose", "join", "recruit", "noun", "arrow")
        for p, start, _ in s.hits.get(k, [])
    ]
    if not triggers:
        return 0.0, ""
    # "staff threaten to leave the company", "menacent de rejoindre Microsoft": the move word
    # right after a threat is no move; another in the sentence is ("after X's exit, …"),
    # and the threatened one still tells whom the sentence is about
    threats = [(a, b) for _, a, b in s.hits.get("threat", [])]

    def threatened(at: int) -> bool:
        return any(a <= at <= b + w["threat_chars"] for a, b in threats)

    honour = _honour(s)
    apart = orgs_apart(s)

    def aside(kind: str, at: int) -> float:
        # "takes a leave of absence from OpenAI", "quitte temporairement Meta": a leave
        # told in the verb's clause is no exit; "named among the 100 most influential
        # people in AI", "joins TIME's list": an honour is no job; a move from one
        # organisation to another is one ("after a sabbatical, leaves OpenAI for Google")
        if len(apart) > 1:
            return 1.0
        if kind in ("leave", "lose", "noun"):
            end = _hit_end(s, at, kind)
            for _, a, b in s.hits.get("absence", []):
                gap_from, gap_to = min(b, end), max(a, at)  # the words between the two
                between = s.text[gap_from - s.start : gap_to - s.start]
                if gap_to - gap_from <= w["absence_chars"] and not _BREAKS.intersection(between):
                    return float(w["absence"])
        if kind in ("join", "recruit") and honour:
            return float(w["honour"])
        return 1.0

    rank = w["planned_rank"]
    # a move dated in the past ranks below the one told as news ("who left X last year,
    # have decided to return to X": the return is the news)
    base, planned, pattern, at = max(
        triggers,
        key=lambda t: (
            t[0]
            * (rank if t[1] else 1.0)
            * (w["historical"] if t[3] in s.dated else 1.0)
            * (w["threat"] if threatened(t[3]) else 1.0)
            * aside(t[2].kind, t[3]),
            -t[0],
        ),
    )
    score = base
    names = {o.name for o in s.orgs}
    # the person must be close to the verb (its clause), not anywhere in a long sentence;
    # CJK names are rarely segmentable: there "the founder", "the CEO" stand for a person
    span = w["person_chars"] if pattern.kind != "noun" else s.end - s.start  # "…, his exit"
    if pattern.id.endswith(LEAVER):
        # the one who leaves, named by the words right after ("the most notable leaver is
        # X"): one named past a clause speaks of leavers ("school leavers…, says X")
        person = any(_named_after(s, at, p) for p in s.people)
    else:
        person = any(abs(p.start - at) <= span or p.start <= at <= p.end + span for p in s.people)
    person = person or (s.cjk and s.has("chief"))
    if not person and pattern.kind in ("leave", "lose") and not s.has("recruit", "comp"):
        # a leader hires and pays for his organisation ("Zuckerberg lured …"): no mover;
        # one who leaves or is ousted is ("Altman leaves OpenAI", "OpenAI fires Altman")
        person = any(abs(p.start - at) <= span or _passive_subject(s, at, p) for p in s.leaders)
    if not person and pattern.kind == "noun":
        # the noun's own leader as its complement ("the departure of its top man X",
        # "het vertrek van topman X", "уход своего главы X"): the leader moves; one
        # before the noun speaks of others ("X on the exodus of researchers")
        person = any(_complement(s, at, p) for p in s.leaders)
    if person:
        # a move is to or from an organisation: without one named (or "the company", "a
        # startup", an organisation in the headline), the person counts half; a post in AI
        # given by an organisation the table does not know ("Quillmark names X chief AI
        # officer", "ernennt X zur KI-Chefin", "nomina X responsabile dell'IA") places the
        # move by itself; an honour is no post ("experte IA de l'année")
        somewhere = (
            names
            or s.lead_org
            or s.prior_org
            or s.placed_org
            or s.has("orgnoun")
            or (
                pattern.kind in ("recruit", "join")
                and s.has("ai")
                and (s.has("chief") or _ai_post(s) or _head_of_ai(s))
                and not honour
            )
        )
        score += w["person"] if somewhere else w["person"] * w["person_no_org"]
    elif (
        names
        and s.has("role")
        and pattern.kind != "noun"
        and (
            len(names) > 1
            or pattern.kind not in ("join", "recruit")
            or s.has("chief", "former", "startup", "explicit", "deal")
        )
    ):
        # a group named by its role moves from one organisation to another, leaves one
        # ("OpenAI loses researchers"), was at another ("a former researcher"), is a post
        # that stands for its holder ("the founder and the CEO follow") or comes with a
        # startup bought; a company hiring engineers names no move ("Google hires
        # engineers in Milan")
        score += w["group_cjk"] if s.cjk else w["group"]
    if names and (person or pattern.kind != "noun"):
        score += w["org"] + (w["two_orgs"] if len(names) > 1 else 0.0)
    elif person and s.placed_org:
        score += w["org"]  # an organisation the table does not know, named as one
    # a pay word beside the hiring verb makes it an attempt ("lures researchers with $100m");
    # a hire told with its price holds the verb itself ("hired two researchers for $20m"):
    # the hire was made
    attempt = (
        pattern.kind == "recruit"
        and at not in s.directed
        and any(not _hire_price(h[0].id) for h in s.hits.get("comp", []))
    )
    if planned or (attempt and not person and not s.cjk):
        score *= w["plan"]  # "to hire", or "lures researchers with $100m": an attempt
    # a noun of dismissal with the one dismissed right after it ("die Entlassung von X",
    # "увольнение X") is no job cuts either
    fired = (pattern.kind == "lose" and _fired(s, at, span)) or (
        s.has("layoff") and person and not (s.counted or s.share) and not job_cuts(s)
    )
    if (s.has("layoff") and not fired) or (s.layoff_title and not person):
        # "shed thousands of roles", or unnamed staff under a job-cuts headline
        score *= w["layoff"]
    if s.has("denied"):
        score *= w["denied"]  # "the company denied reports that she is leaving"
    if threatened(at):
        score *= w["threat"]  # "threaten to leave": no one has moved yet
    score *= aside(pattern.kind, at)  # a leave of absence, an honour: no move
    if pattern.kind in ("join", "recruit") and any(
        b[2] > at or at - b[1] <= w["board_chars"] or 0 <= at - b[2] <= 1
        for b in s.hits.get("board", [])
    ):
        # "joins the board of directors", "사외이사로 합류", "in den Aufsichtsrat berufen"
        # (the board right before the verb): a seat, not a job ("X, a former board
        # member, joins Anthropic" is a move)
        score *= w["board"]
    # "under the deal, the buyer took a stake and X joined it": the move is a term of the
    # deal the sentence tells; a named mover of a deal told elsewhere moves ("X moves to
    # the buyer with four engineers as part of the deal")
    frames = [(h[1], h[2]) for h in s.hits.get("frame", [])]
    told = any(
        not any(a <= h[1] < b for a, b in frames)
        for k in ("deal", "explicit", "funding")
        for h in s.hits.get(k, [])
    )
    termed = bool(frames) and (not person or s.share or told)
    if termed or (
        s.has("explicit", "deal") and s.has("team") and not person and not s.has("chief")
    ):
        score *= w["absorbed"]  # unnamed staff absorbed in a deal, or "under the deal, …"
    elif (
        not person
        and pattern.kind in ("join", "recruit")
        and s.has("form")
        and s.has("lab")
        and not s.historical
        and any(f[1] not in s.joined_forms and not is_new_unit(f[0]) for f in s.hits["form"])
    ):
        # the staff of a lab being formed, recruited for it (not a lab the formation of
        # which is only background: "创立于2018年的实验室有三人跳槽至腾讯", nor the unit
        # formed for the one hired to lead it)
        score *= w["absorbed"]
    # the cues below tell a move of nobody in particular; a person named anywhere in the
    # sentence may be the mover, however far from the move word
    nobody = not (person or s.people)
    if nobody and s.has("unnamed"):
        # "hires a senior researcher", "lost another engineer": nobody named
        score *= w["unnamed"]
    if nobody and s.share:
        # "20% of its new AI engineers are former staff": moves counted, nobody moving
        score *= w["share"]
    if nobody and s.counted and len({o.name for o in s.orgs}) <= 1:
        # "hires 1,000 AI engineers", "인재 500명 채용": staff hired by the hundred, a
        # hiring drive, nobody moving ("hires 50 engineers from Google" names where
        # they come from: they move)
        score *= w["counted"]
    if nobody and s.has("dispute"):
        # "sues a rival over poaching its staff": a claim, nobody named moving
        score *= w["dispute"]
    if nobody and _examples(s, w["examples_chars"]):
        # "researchers are leaving companies like Google and Meta": the organisations are
        # instances of a trend, nobody moves between them
        score *= w["examples"]
    if at in s.dated:
        score *= w["historical"]  # "when she joined Meta in 2020": background, not news
    if s.has("sports") and not s.ai_org:
        # (the press borrows the transfer market's words for AI labs: "Mercato de l'IA :
        # Meta s'offre un chercheur d'OpenAI", "Transfer roku"; an AI lab named is no club)
        score *= w["sports"]
    return score, pattern.id


def score_lab(s: Sentence, w: Mapping[str, Any]) -> tuple[float, str]:
    """A formation word near a lab noun (or a lab-shaped name), by a named org."""
    best = s.best("form")
    # a startup founded weeks ago ("a French startup founded four weeks ago") is a new lab
    labs = ("lab", "lab_name", "startup") if s.recent else ("lab", "lab_name")
    if best is None or not s.has(*labs):
        return 0.0, ""
    if not _spans_near(s, ("form",), labs, w["near_chars"]):
        return 0.0, ""
    lab = s.best("lab", "lab_name")
    score = 0.5 * (best[0].weight + (lab[0].weight if lab else w["lab_name"]))  # their mean
    if s.orgs or s.people or s.lead_org:  # the lead may leave out the headline's subject
        score += w["entity"]
    # "Kakao sets up an AI unit. The new team …"; "former OpenAI researchers launch
    # Veridian Labs": founders from an AI lab found one
    if s.has("ai", "lab_name") or s.lead_ai or (s.ai_org and s.has("former") and s.founding):
        score += w["ai"]
    if launches_product(s) or s.has("audience") or s.audience_doc:
        # a lab opened to users or customers to try features ("Search Labs", "a lab in
        # its app where users test AI tools"): a product space, no research lab
        score *= w["product"]
    parts = {(h[1], h[2]) for h in s.hits.get("part", [])}
    if not s.recent and any((h[1], h[2]) not in parts for h in s.hits.get("funding", [])):
        # a round of an existing lab is no formation; money raised to found one is
        # ("raises $100m to launch her own lab", a founder seeking seed money for it).
        # A unit's part ("its infrastructure team") is no money at all.
        # A seed round is a new company's first money: told with its launch ("comes out of
        # stealth with a seed round"), it is founding money too. A company founded weeks
        # ago raises its first money: the formation is the news.
        founding = s.founding or s.has("seed")
        score *= w["funding_founder"] if founding else w["funding"]
    if job_cuts(s) or s.layoff_title:
        score *= w["layoff"]  # "lays off 1,000 staff in restructuring of its cloud unit"
    if s.has("proposal"):
        # "her proposal to set up an AI group was discussed", "关于成立AI小组的提议": an idea
        score *= w["proposal"]
    if _counted_labs(s):
        score *= w["counted_labs"]  # "expatriates launched 150 startups": a statistic, no lab
    if _company_merger(s):
        score *= w["merger"]  # "the merger shows the startup needs cash": two companies join
    if all(_joined(s, f) for f in s.hits["form"]):
        score *= w["historical"]  # "joins Meta's newly formed lab": the move is the news
    if s.historical:
        score *= w["historical"]  # "who set up FAIR in 2014": background, not news
    if s.has("teaching") or s.teaching_doc:
        # "a school opens an AI lab for its pupils": a classroom, not a research lab
        score *= w["teaching"]
    if s.has("sports"):
        score *= w["sports"]
    return score, best[0].id


# a count of ten or more right before a lab word ("150 startups", "۱۵۰ استارتاپ", "150家初创公司"),
# a measure word between at most, or right after it ("스타트업 150곳"); a year is no count
_COUNT_BEFORE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d\D)\d{2,}\W{0,2}\w?\W{0,2}$")
_COUNT_AFTER = re.compile(r"\W{0,2}\d{2,}(?!\d)")


def _counted_labs(s: Sentence) -> bool:
    """Every lab word of the sentence counted by a number: companies founded by the dozen
    are a statistic of the field, not one lab formed."""
    labs = s.hits.get("lab", [])
    at = s.start
    return bool(labs) and all(
        _COUNT_BEFORE.search(s.text[max(0, a - at - 12) : a - at]) is not None
        or _COUNT_AFTER.match(s.text, b - at) is not None
        for _, a, b in labs
    )


def _company_merger(s: Sentence) -> bool:
    """Every formation word is a merger and every lab word a company ("the merger shows the
    startup needs money", "此次合并表明这家初创公司…"): two companies combine, no unit is formed.
    Merging units inside one company names them ("merges Brain and DeepMind into one unit")."""
    merged = {h[1] for h in s.hits.get("deal", [])}
    merged |= {a for p, a, _ in s.hits["form"] if p.id.endswith(MERGE)}
    firms = [(h[1], h[2]) for h in s.hits.get("startup", [])]
    labs = s.hits.get("lab", []) + s.hits.get("lab_name", [])
    return all(a in merged for _, a, _ in s.hits["form"]) and all(
        any(a < e and f < b for f, e in firms) for _, a, b in labs
    )


def _funding_deal(s: Sentence, deal: tuple[Pattern, int, int], w: Mapping[str, Any]) -> bool:
    """A light deal word ("investment", "stake", "deal") in a sentence about a funding
    round or a valuation: money raised by a company, not a startup bought for its people."""
    if deal[0].weight >= w["light_deal"]:
        return False
    # "in exchange for a stake": the word that names the deal is no funding round
    deals = {(h[1], h[2]) for h in s.hits.get("deal", [])}
    return any((f[1], f[2]) not in deals for f in s.hits.get("funding", []))


def _pay_deal(s: Sentence, deal: tuple[Pattern, int, int], w: Mapping[str, Any]) -> bool:
    """A light deal word beside a pay package: "the deal Meta offered him is a package
    worth $200m" is someone's pay, not a startup bought for its people."""
    return deal[0].weight < w["light_deal"] and any(
        h[0].weight >= w["pay_package"] for h in s.hits.get("comp", [])
    )


def score_acquihire(s: Sentence, w: Mapping[str, Any]) -> tuple[float, str]:
    """An explicit acqui-hire, or a deal word near founders/team of a startup."""
    explicit = s.best("explicit")
    if explicit is not None:
        score = explicit[0].weight + (w["explicit_org"] if s.orgs else 0.0)
        if explicit[1] in s.dated:
            score *= w["historical"]  # "the 2024 acqui-hire of …": background to the news
        if not (s.orgs or s.people) and (s.has("practice") or not (s.lead_org or s.startup_org)):
            # "acqui-hires are on the rise", "this practice, known as a reverse acqui-hire":
            # the practice, no deal (the headline's organisation is not its party then)
            score *= w["no_party"]
        # "the team joins …" is also how sports pages report a club's moves
        return score * (w["sports"] if s.has("sports") else 1.0), explicit[0].id
    deal = s.best("deal")
    # a deal told as bought for its people ("for its talent") needs no team word beside it;
    # so does a deep-learning startup bought ("buys a deep-learning firm"): a research
    # team, bought for its researchers (money invested in one is funding, no purchase)
    motive = s.has("motive") or (
        deal is not None and deal[0].weight >= w["light_deal"] and s.has("research")
    )
    # "under the deal, its founders and staff join …": the frame ties the people to the deal
    framed = s.has("frame") and s.has("team", "chief")
    base = deal[0].weight if deal is not None else 0.0
    if deal is None and framed:
        # the frame names the deal itself ("계약에 따라 설립자와 개발팀이 합류한다"); a club's
        # signing is told the same way, hence the sports cue
        deal = s.best("frame")
        base = w["frame_deal"] * (w["sports"] if s.has("sports") else 1.0)
    # the team or a chief of the startup beside the deal; a chief word right before the name
    # of an organisation's leader is the buyer's voice ("Google's CEO, Sundar Pichai,
    # announced a deal to buy …"), no one bought, and so is a team word on the same span
    voices = [
        (a, b)
        for _, a, b in s.hits.get("chief", [])
        if any(0 <= p.start - b <= w["voice_chars"] for p in s.leaders)
    ]
    people = [
        h
        for k in ("team", "chief")
        for h in s.hits.get(k, [])
        if not any(a < h[2] and h[1] < b for a, b in voices)
    ]
    beside = any(
        abs(d[1] - h[1]) <= w["near_chars"] for d in s.hits.get("deal", []) for h in people
    )
    if deal is None or not (motive or framed or beside):
        return 0.0, ""
    score = base + (w["motive"] if motive else 0.0)
    if _funding_deal(s, deal, w) and not motive:
        score *= w["funding"]  # "the CEO talks to investors about a new round": no team bought
    elif _pay_deal(s, deal, w):
        score *= w["funding"]  # "the deal is a $200m pay package": someone's pay, no team bought
    # a second organisation named is the startup bought; beside a licence, a stake or an
    # agreement it is as often a partner ("Google and Samsung sign a licensing deal"),
    # so there only a startup named or marked counts
    names = {o.name for o in s.orgs}
    paired = len(names) > 1 and deal[0].weight >= w["light_deal"]
    if s.has("startup") or paired or s.startup_org:
        score += w["startup"]
    if s.has("join", "recruit"):
        score += w["hire"]
    if s.has("layoff"):
        score *= w["layoff"]
    if (s.share or s.has("stake")) and not (motive or framed or s.has("join", "recruit", "arrive")):
        # "bought a 10% stake in Tessel; its founders keep running it": a part of the
        # company bought, and nobody hired or joining, a stake, not its team
        score *= w["stake"]
    if s.headcount >= w["whole_staff"]:
        # "the deal brings some 300 employees into the buyer": a company's whole staff,
        # counted in the hundreds, comes with an outright purchase; an acqui-hire takes a team
        score *= w["whole"]
    if s.has("denied"):
        score *= w["denied"]  # "rejected acquisition offers", "is not for sale"
    if deal[1] in s.planned:
        score *= w["plan"]  # "the money will be used to buy computing power and hire …"
    if deal[1] in s.dated:
        score *= w["historical"]
    return score, deal[0].id


def _people_to_buyer(s: Sentence) -> bool:
    """A lead sentence that tells the startup's people going to the buyer: its team or
    founders joining, now part of it, brought to it, or tied to the deal by its frame ("the
    engineers hired as part of the Tessel deal"); or the deal's motive told on its own,
    naming an organisation ("it gives Meta access to Tessel's engineers": "companies
    compete for access to talent" is the market, no party to a deal)."""
    if s.has("motive") and s.orgs:
        return True
    return s.has("team", "chief") and (
        s.has("join", "arrive", "frame")
        or any(h[1] not in s.planned for h in s.hits.get("recruit", []))
    )


def lead_acquihire(lead: list[Sentence], w: Mapping[str, Any], wa: Mapping[str, Any]) -> float:
    """An acqui-hire told across the headline and lead: a deal in one sentence and the
    startup's people going to the buyer in another ("X buys Y" + "its 12 engineers join X",
    "Y's staff are now part of X's AI unit", "it gives X access to Y's engineers")."""
    deals = [
        h
        for s in lead
        for h in s.hits.get("deal", []) + s.hits.get("explicit", [])
        if h[1] not in s.planned
        and h[1] not in s.dated
        and not (h[0].kind == "deal" and (_funding_deal(s, h, wa) or _pay_deal(s, h, wa)))
    ]
    moving = [s for s in lead if _people_to_buyer(s)]
    if not deals or not moving:
        return 0.0
    score = max(h[0].weight for h in deals) + wa["hire"]
    orgs = {o.name for s in lead for o in s.orgs}
    if any(s.has("startup") or s.startup_org for s in lead) or len(orgs) > 1:
        score += wa["startup"]
    if any(s.headcount >= wa["whole_staff"] for s in moving):
        score *= wa["whole"]  # "the deal brings some 300 employees": the whole company
    if any(s.has("denied") for s in lead):
        score *= wa["denied"]
    if not any(s.orgs or s.people or s.startup_org for s in lead):
        score *= wa["no_party"]  # the practice explained, no buyer or startup named
    if any(s.has("layoff") for s in lead):
        score *= wa["layoff"]
    elif any(s.has("sports") for s in lead):
        score *= w["sports"]
    return min(1.0, score)


SCORERS: Mapping[str, Scorer] = {
    "offer": score_offer,
    "departure": score_departure,
    "lab_formation": score_lab,
    "acquihire": score_acquihire,
}


def combine(sentence_scores: list[float], second_share: float) -> float:
    """Best sentence plus a share of the second best, capped at 1."""
    if not sentence_scores:
        return 0.0
    top = sorted(sentence_scores, reverse=True)
    second = top[1] if len(top) > 1 else 0.0
    return min(1.0, top[0] + second_share * second)
