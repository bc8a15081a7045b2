"""Score the extracted entities against gold fields: people, origin, destination, amount.

Gold fields, as in ../shared/corpus/real-dev.jsonl: `people` (names in their usual
Latin spelling), `orgs_from`, `orgs_to` (lists of organisations) and `amount_usd`
(a number, or null when the offer is vague or absent). Only items with at least one
label count: the entities an alert would carry. Items without a gold field are not
counted for that field.

The rules, with fold = lower case and accents removed, and words = the runs of
letters and digits of a folded name (so "Fei-Fei Li" has the words fei, fei, li):

- **people**: the surname of a gold person is the last word of its name. A gold person
  is *found* when its surname is one of the words of an extracted person (which covers
  an extracted person with the same surname, "Wei" for "Jason Wei", and the surname
  inside a longer extraction, "Jason Wei's"). Recall = gold people found / gold people.
  An extracted person is *correct* when a gold person's surname is one of its words.
  Precision = correct / extracted people. Names read in another script ("姚顺雨") only
  count once they are given in Latin letters.
- **from/to**: over items whose gold list is non-empty, the predicted `from_org`
  (`to_org`) is right when it names one of the gold organisations: both sides are read
  through the organisation aliases of the rules (so "Facebook" is "Meta") and compared
  folded; a name the aliases do not know is compared folded as written. No prediction
  is wrong. Accuracy = right / items.
- **amount**: over items whose gold `amount_usd` is not null, the predicted amount is
  exact when it is within 5 % of the gold one. Exactness = exact / items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from watcher.classify.entities import find_orgs
from watcher.classify.rules import Rules
from watcher.classify.text import fold
from watcher.models import Analysis

AMOUNT_TOLERANCE = 0.05

_WORD = re.compile(r"\w+")


def name_words(name: str) -> list[str]:
    """The folded words of a name."""
    return [w for w in _WORD.findall(fold(name)) if w != "_"]


def surname(name: str) -> str | None:
    """The folded last word of a name, or None for a name without letters."""
    words = name_words(name)
    return words[-1] if words else None


@dataclass(frozen=True, slots=True)
class Ratio:
    """`hits` of `total`; an empty total reads as 1.0 (nothing to get wrong)."""

    hits: int
    total: int

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0


@dataclass(frozen=True, slots=True)
class EntityReport:
    """The entity figures of one set of items (see the module docstring)."""

    people_recall: Ratio
    people_precision: Ratio
    from_org: Ratio
    to_org: Ratio
    amount: Ratio


def org_key(name: str, rules: Rules) -> str:
    """The folded canonical organisation when one alias spans the name (a genitive
    "s" aside), else the folded name as written."""
    text = name.strip()
    for m in find_orgs(rules, text):
        if m.start == 0 and text[m.end :] in ("", "s", "'s", "’s"):
            return fold(m.name)
    return fold(text)


def _org_right(predicted: str | None, gold: Sequence[str], rules: Rules) -> bool:
    return bool(predicted) and org_key(str(predicted), rules) in {org_key(g, rules) for g in gold}


def evaluate_entities(
    items: Sequence[dict[str, Any]], analyses: Sequence[Analysis], rules: Rules
) -> EntityReport:
    """Count the entity figures over the labelled items that carry gold fields."""
    found = gold_people = correct = extracted = 0
    orgs = {"from_org": [0, 0], "to_org": [0, 0]}
    exact = amounts = 0
    for item, analysis in zip(items, analyses, strict=True):
        if not item.get("labels"):
            continue
        e = analysis.entities
        if isinstance(item.get("people"), list):
            gold = [s for s in (surname(str(p)) for p in item["people"]) if s]
            mine = [set(name_words(p)) for p in e.people]
            gold_people += len(gold)
            found += sum(1 for s in gold if any(s in words for words in mine))
            extracted += len(mine)
            correct += sum(1 for words in mine if words & set(gold))
        for field, gold_field in (("from_org", "orgs_from"), ("to_org", "orgs_to")):
            gold_orgs = item.get(gold_field)
            if isinstance(gold_orgs, list) and gold_orgs:
                orgs[field][1] += 1
                orgs[field][0] += _org_right(getattr(e, field), [str(g) for g in gold_orgs], rules)
        gold_amount = item.get("amount_usd")
        if isinstance(gold_amount, int | float) and gold_amount > 0:
            amounts += 1
            got = e.amount_usd
            exact += got is not None and abs(got - gold_amount) <= AMOUNT_TOLERANCE * gold_amount
    return EntityReport(
        people_recall=Ratio(found, gold_people),
        people_precision=Ratio(correct, extracted),
        from_org=Ratio(*orgs["from_org"]),
        to_org=Ratio(*orgs["to_org"]),
        amount=Ratio(exact, amounts),
    )
