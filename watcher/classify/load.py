"""Read pattern files (TOML) into a validated, merged specification.

A pattern file may hold any of these top-level keys:

    lang = "de"                       language of the category tables below
    [<category>.<name>]               a pattern: kind, terms, optional weight
    [orgs."Canonical"]                aliases, leaders, startup, lab, ai
    [people."Latin Name"]             aliases (spellings in other scripts, variants)
    [scoring], [languages]            engine weights and language groups
    [[shapes]]                        case-sensitive regexes (lab names)
    [fx] [prefix] [suffix] [scale] [magnitude] [exact] [numbers]   amount words
    [scale_by_lang.<lang>]            scale words read one language's own way
    [names], [grammar]                a language's name and clause words (with `lang`;
                                      see watcher/classify/grammar.py)

Files are merged in order: a pattern with an id seen before gets the new terms appended
(and its kind/weight replaced when given); tables of numbers are updated key by key.
Every problem is reported as a ConfigError naming the file and the key.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from watcher.classify.grammar import CHOICES, GRAMMAR_KEYS, NAME_KEYS
from watcher.errors import ConfigError
from watcher.models import CATEGORIES

# Kinds matched positionally with regexes on evidence sentences, not by the automaton.
CUE_KINDS = frozenset(
    {
        "plan",
        "plan_after",
        "chrome",
        "from_before",
        "to_before",
        "from_after",
        "to_after",
        "pronoun",
        "subject_after",
        "background",
        "recent",
        "at_before",
        "found_before",
        "found_after",
    }
)
KINDS: dict[str, frozenset[str]] = {
    "offer": frozenset({"comp", "intense", "stat", "potential", "untrue", "everyone"}),
    "departure": frozenset(
        {
            "leave",
            "lose",
            "join",
            "recruit",
            "noun",
            "arrow",
            "denied",
            "threat",
            "board",
            "dispute",
            "unnamed",
            "headcount",
            "absence",
            "honour",
            "yearly",
            "post",
        }
    ),
    "lab_formation": frozenset(
        {"form", "lab", "object", "product", "part", "audience", "seed", "proposal"}
    ),
    "acquihire": frozenset(
        {
            "explicit",
            "deal",
            "team",
            "frame",
            "motive",
            "research",
            "arrive",
            "unmade",
            "term",
            "stake",
            "led",
            "inward",
        }
    ),
    "common": frozenset(
        {
            "mask",
            "role",
            "ai",
            "startup",
            "funding",
            "layoff",
            "sports",
            *CUE_KINDS,
            "nonname",
            "determiner",
            "chief",
            "orgnoun",
            "former",
            "examples",
            "examples_after",
            "practice",
            "teaching",
            "obituary",
        }
    ),
}
_AMOUNT_TABLES = (
    "fx",
    "prefix",
    "suffix",
    "implied",
    "scale",
    "scale_by_lang",
    "magnitude",
    "exact",
    "numbers",
    "glued",
)
_WORD_TABLES = {"names": NAME_KEYS | set(CHOICES), "grammar": GRAMMAR_KEYS}
_TOP_KEYS = frozenset(
    {
        "lang",
        "orgs",
        "people",
        "scoring",
        "languages",
        "shapes",
        *KINDS,
        *_AMOUNT_TABLES,
        *_WORD_TABLES,
    }
)


@dataclass
class PatternSpec:
    """One pattern as written in a file (before compilation)."""

    id: str
    category: str
    lang: str
    kind: str
    weight: float
    terms: list[str]


@dataclass
class OrgSpec:
    """One organisation: its aliases, the people who speak for it, whether a startup or a
    lab (a research unit formed inside a larger company, such as Microsoft AI)."""

    aliases: list[str]
    leaders: list[str] = field(default_factory=list)
    startup: bool = False
    lab: bool = False
    ai: bool = False  # an AI lab or AI company: naming it puts a text in the field


@dataclass
class Spec:
    """Everything read from the pattern files, merged."""

    patterns: dict[str, PatternSpec] = field(default_factory=dict)
    orgs: dict[str, OrgSpec] = field(default_factory=dict)
    people: dict[str, list[str]] = field(default_factory=dict)  # Latin name -> aliases
    scoring: dict[str, Any] = field(default_factory=dict)
    languages: dict[str, Any] = field(default_factory=dict)
    shapes: list[tuple[str, str]] = field(default_factory=list)
    amounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    # ("names" | "grammar", key) -> language -> words, in the order the files were read
    words: dict[tuple[str, str], dict[str, list[str]]] = field(default_factory=dict)
    # [names].script / .capitals -> language -> value
    choices: dict[str, dict[str, str]] = field(default_factory=dict)


def read_toml(path: Path) -> dict[str, Any]:
    """Parse one TOML file, translating I/O and syntax errors into ConfigError."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read pattern file: {e.strerror}") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from e


def _strings(path: Path, where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{path}: {where} must be a list of non-empty strings")
    return [v.strip() for v in value]


def _number(path: Path, where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{path}: {where} must be a number, got {value!r}")
    return float(value)


def _merge_patterns(spec: Spec, path: Path, data: dict[str, Any]) -> None:
    lang = data.get("lang")
    tables = [c for c in KINDS if c in data]
    if tables and not (isinstance(lang, str) and lang.strip()):
        raise ConfigError(
            f"{path}: key 'lang' (e.g. lang = \"en\") is required with pattern tables"
        )
    for category in tables:
        section = data[category]
        if not isinstance(section, dict):
            raise ConfigError(f"{path}: [{category}] must be a table of patterns")
        for name, body in section.items():
            where = f"[{category}.{name}]"
            if not isinstance(body, dict):
                raise ConfigError(f"{path}: {where} must be a table with 'kind' and 'terms'")
            unknown = set(body) - {"kind", "terms", "weight"}
            if unknown:
                raise ConfigError(f"{path}: {where} has unknown key(s) {sorted(unknown)}")
            pid = f"{category}.{lang}.{name}"
            old = spec.patterns.get(pid)
            kind = body.get("kind", old.kind if old else None)
            if kind not in KINDS[category]:
                raise ConfigError(
                    f"{path}: {where}.kind must be one of {sorted(KINDS[category])}, got {kind!r}"
                )
            terms = _strings(path, f"{where}.terms", body.get("terms", []))
            # "*" marks a stem or a tail; inside a term it is a literal no text holds
            parts = [(t, p) for t in terms for p in re.split(r"[~|]", t)]
            inner = [t for t, p in parts if "*" in p.strip().strip("*")]
            if inner:
                raise ConfigError(f"{path}: {where}.terms: '*' only at a word's ends: {inner}")
            weight = _number(
                path, f"{where}.weight", body.get("weight", old.weight if old else 1.0)
            )
            if not 0.0 <= weight <= 1.0:
                raise ConfigError(f"{path}: {where}.weight must be within [0, 1]")
            if old:
                old.kind, old.weight = kind, weight
                old.terms.extend(t for t in terms if t not in old.terms)
            else:
                spec.patterns[pid] = PatternSpec(pid, category, str(lang), kind, weight, terms)


def _merge_words(spec: Spec, path: Path, data: dict[str, Any]) -> None:
    """[names] and [grammar]: lists of words of the file's language, appended."""
    tables = [t for t in _WORD_TABLES if t in data]
    lang = data.get("lang")
    if tables and not (isinstance(lang, str) and lang.strip()):
        raise ConfigError(f"{path}: key 'lang' (e.g. lang = \"en\") is required with [{tables[0]}]")
    for table in tables:
        body = data[table]
        if not isinstance(body, dict):
            raise ConfigError(f"{path}: [{table}] must be a table of word lists")
        unknown = set(body) - _WORD_TABLES[table]
        if unknown:
            raise ConfigError(f"{path}: [{table}] has unknown key(s) {sorted(unknown)}")
        for key, value in body.items():
            if key in CHOICES:
                if value not in CHOICES[key]:
                    raise ConfigError(
                        f"{path}: [{table}].{key} must be one of {sorted(CHOICES[key])},"
                        f" got {value!r}"
                    )
                spec.choices.setdefault(key, {})[str(lang)] = value
                continue
            terms = _strings(path, f"[{table}].{key}", value)
            old = spec.words.setdefault((table, key), {}).setdefault(str(lang), [])
            old.extend(t for t in terms if t not in old)


def _merge_orgs(spec: Spec, path: Path, orgs: Any) -> None:
    if not isinstance(orgs, dict):
        raise ConfigError(f"{path}: [orgs] must be a table of organisations")
    for name, body in orgs.items():
        where = f'[orgs."{name}"]'
        if not isinstance(body, dict) or "aliases" not in body:
            raise ConfigError(f"{path}: {where} must be a table with 'aliases'")
        aliases = _strings(path, f"{where}.aliases", body["aliases"])
        leaders = _strings(path, f"{where}.leaders", body.get("leaders", []))
        flags = {key: body.get(key, False) for key in ("startup", "lab", "ai")}
        for key, value in flags.items():
            if not isinstance(value, bool):
                raise ConfigError(f"{path}: {where}.{key} must be true or false")
        old = spec.orgs.setdefault(name, OrgSpec([name]))
        old.aliases.extend(a for a in aliases if a not in old.aliases)
        old.leaders.extend(p for p in leaders if p not in old.leaders)
        old.startup = old.startup or flags["startup"]
        old.lab = old.lab or flags["lab"]
        old.ai = old.ai or flags["ai"]


def _merge_people(spec: Spec, path: Path, people: Any) -> None:
    if not isinstance(people, dict):
        raise ConfigError(f"{path}: [people] must be a table of people")
    owner = {a: name for name, aliases in spec.people.items() for a in aliases}
    for name, body in people.items():
        where = f'[people."{name}"]'
        if not isinstance(body, dict) or set(body) - {"aliases"}:
            raise ConfigError(f"{path}: {where} must be a table with only 'aliases'")
        old = spec.people.setdefault(name, [])
        for alias in _strings(path, f"{where}.aliases", body.get("aliases", [])):
            if owner.setdefault(alias, name) != name:
                raise ConfigError(f"{path}: {where}: alias {alias!r} already names {owner[alias]}")
            if alias not in old:
                old.append(alias)


def _merge_numbers(path: Path, where: str, target: dict[str, Any], table: Any) -> None:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{where}] must be a table")
    for key, value in table.items():
        if isinstance(value, dict):
            _merge_numbers(path, f"{where}.{key}", target.setdefault(key, {}), value)
        else:
            target[key] = _number(path, f"{where}.{key}", value)


def merge_file(spec: Spec, path: Path) -> None:
    """Read one pattern file and merge it into `spec` (in place)."""
    data = read_toml(path)
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown top-level key(s) {sorted(unknown)}")
    _merge_patterns(spec, path, data)
    _merge_words(spec, path, data)
    if "orgs" in data:
        _merge_orgs(spec, path, data["orgs"])
    if "people" in data:
        _merge_people(spec, path, data["people"])
    if "scoring" in data:
        _merge_numbers(path, "scoring", spec.scoring, data["scoring"])
    if "languages" in data:
        langs = data["languages"]
        if not isinstance(langs, dict):
            raise ConfigError(f"{path}: [languages] must be a table")
        for group in langs.get("groups", []):
            _strings(path, "languages.groups[]", group)
        spec.languages.update(langs)
    for i, shape in enumerate(data.get("shapes", [])):
        if not isinstance(shape, dict) or not isinstance(shape.get("regex"), str):
            raise ConfigError(f"{path}: shapes[{i}] needs 'id' and 'regex'")
        spec.shapes.append((str(shape.get("id", f"shape{i}")), shape["regex"]))
    for table in _AMOUNT_TABLES:
        if table in data:
            body = data[table]
            if not isinstance(body, dict):
                raise ConfigError(f"{path}: [{table}] must be a table")
            if table in ("prefix", "suffix", "implied"):
                for key, cur in body.items():
                    if not isinstance(cur, str):
                        raise ConfigError(f"{path}: [{table}].{key} must be a currency code")
                spec.amounts.setdefault(table, {}).update(body)
            elif table == "scale_by_lang":  # [scale_by_lang.<lang>]: word -> factor
                for lang, words in body.items():
                    if not isinstance(words, dict):
                        raise ConfigError(f"{path}: [{table}.{lang}] must be a table")
                    own = spec.amounts.setdefault(table, {}).setdefault(lang, {})
                    _merge_numbers(path, f"{table}.{lang}", own, words)
            else:
                _merge_numbers(path, table, spec.amounts.setdefault(table, {}), body)


def merge_grammar(spec: Spec, path: Path) -> None:
    """Merge only the [names] and [grammar] tables of one lexicon (in place): how its
    language names people and builds clauses, without its category terms."""
    _merge_words(spec, path, read_toml(path))


def check_categories(categories: list[str]) -> None:
    """Reject category names the classifier does not know."""
    bad = [c for c in categories if c not in CATEGORIES]
    if bad:
        raise ConfigError(f"unknown categories {bad}; known: {list(CATEGORIES)}")
