"""Names with the letters a language glues to them: case endings and clitic prefixes.

Polish, Czech and Slovak decline a company name like any noun ("z Googlu", "do Mety",
"w Mecie", "s Microsoftem"), Russian and Ukrainian do so with a name written in
Cyrillic ("из Гугла"), Finnish appends its case endings ("Googlelle"), and Hebrew and
Arabic write one-letter words (in, to, from, and, that) glued to the next word
("בגוגל", "وجوجل", "לOpenAI"). A table of names in the nominative misses all of these.

Each language declares what applies to it in its lexicon's [names] table (see
seeds/README.md), and the tables are compiled once:

- `org_endings`, with `org_final_vowels` and `org_stem_changes`, into every written form
  of each name (`declensions`), added to the name matcher beside the name itself, so the
  hot path matches them in the same single pass;
- `org_prefixes` into the set of letter runs that may stand glued before a name
  (`prefix_runs`), checked at the left edge of a match (`glued_prefix`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from itertools import product

from watcher.classify.text import is_word_char

_TATWEEL = "\u0640"  # Arabic kashida: ties a prefix to a foreign word ("لـOpenAI")
# vowels of the scripts that decline names: a name ending in one is indeclinable unless
# the language lists it among its final vowels
_VOWELS = frozenset("aeiouyáéíóúýěåäöüąęаеёиоуыэюяіїє")


def script_of(ch: str) -> str:
    """The script of one letter as its Unicode name begins ("LATIN", "CYRILLIC",
    "ARABIC", "HEBREW"…); "" for anything else."""
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return ""


def _first_letter(term: str) -> str:
    return next((c for c in term if c.isalpha()), "")


def declensions(
    alias: str,
    endings: Sequence[str],
    final_vowels: Iterable[str] = (),
    stem_changes: Iterable[str] = (),
) -> list[str]:
    """The forms of a name one language writes, the name itself excluded.

    An ending goes after the name, or after its stem when the name ends in one of
    `final_vowels` ("Meta" -> "Mety", "Google" -> "Googla"); a stem change "t>cie"
    replaces the stem's final "t" with "cie" ("Microsoft" -> "Microsofcie", "Meta" ->
    "Mecie"). Only names that end in a lower-case letter of the endings' script are
    declined: acronyms and names ending in a capital or a digit ("OpenAI", "xAI", "SSI")
    are not, and a Latin name in Cyrillic text stays as written ("в Google"). In a
    language with final vowels, a name ending in another vowel does not decline
    ("Sony", "Baidu", "Сони"); a language without them (Finnish, Persian) puts its
    endings after any name as written ("Sonylle", "گوگلی")."""
    if len(alias) < 3 or not alias[-1].isalpha() or alias[-1].isupper():
        return []
    script = script_of(alias[-1])
    finals = tuple(final_vowels)
    stem = alias
    for vowel in finals:
        if alias.endswith(vowel) and len(alias) - len(vowel) >= 3:
            stem = alias[: -len(vowel)]
            break
    else:
        if finals and alias[-1].casefold() in _VOWELS:
            return []
    forms: list[str] = []
    for ending in endings:
        if script_of(_first_letter(ending)) != script:
            continue
        forms.append(stem + ending)
    for change in stem_changes:
        old, _, new = change.partition(">")
        if old and new and stem.endswith(old) and script_of(new[0]) == script:
            forms.append(stem[: -len(old)] + new)
    return [f for f in dict.fromkeys(forms) if f != alias]


def declined_aliases(
    aliases: Iterable[tuple[str, str]],
    endings: Mapping[str, Sequence[str]],
    final_vowels: Mapping[str, Sequence[str]],
    stem_changes: Mapping[str, Sequence[str]],
) -> list[tuple[str, str]]:
    """(form, canonical name) for every declined form of every (alias, name) pair, over
    the languages that declare endings; forms already taken by an alias are left out."""
    pairs = list(aliases)
    taken = {alias for alias, _ in pairs}
    found: dict[str, str] = {}
    for lang, terms in endings.items():
        finals = final_vowels.get(lang, ())
        changes = stem_changes.get(lang, ())
        for alias, name in pairs:
            for form in declensions(alias, terms, finals, changes):
                if form not in taken:
                    found.setdefault(form, name)
    return list(found.items())


def prefix_runs(prefixes: Mapping[str, Sequence[str]], depth: int = 3) -> frozenset[str]:
    """Every run of up to `depth` prefixes of one language ("ו" + "ב": "וב")."""
    runs: set[str] = set()
    for terms in prefixes.values():
        units = [t for t in dict.fromkeys(terms) if t]
        for n in range(1, depth + 1):
            runs.update("".join(p) for p in product(units, repeat=n))
    return frozenset(runs)


def longest_run(runs: frozenset[str]) -> int:
    return max(map(len, runs), default=0)


def glued_prefix(text: str, start: int, runs: frozenset[str], longest: int) -> bool:
    """True when the letters glued before `start` (back to the start of the word, a
    tatweel between them and the name aside) are a run of prefixes: "ב" in "בגוגל",
    "وب" in "وبجوجل", "ل" in "لـOpenAI"."""
    at = start
    if at > 0 and text[at - 1] == _TATWEEL:
        at -= 1
    begin = at
    while begin > 0 and at - begin < longest and is_word_char(text[begin - 1]):
        begin -= 1
    if begin == at or (begin > 0 and is_word_char(text[begin - 1])):
        return False
    return text[begin:at] in runs
