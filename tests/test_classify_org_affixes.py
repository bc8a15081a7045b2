"""Organisation names with the case endings and glued prefixes of the languages that
write them so: declared per language in the lexicons' [names] table, compiled once."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.classify import analyse, default_rules, load_rules
from watcher.classify.affixes import declensions, glued_prefix, prefix_runs
from watcher.classify.entities import find_orgs

RULES = default_rules()

PL_ENDINGS = ["a", "u", "owi", "em", "ie", "y", "i", "ę", "ą"]


def test_endings_follow_the_name_or_its_stem() -> None:
    forms = declensions("Meta", PL_ENDINGS, ["a", "e"], ["t>cie"])
    assert {"Mety", "Metę", "Metą", "Mecie"} <= set(forms)
    assert "Meta" not in forms  # the name itself is no extra form
    assert {"Googla", "Googlu", "Googlem"} <= set(declensions("Google", PL_ENDINGS, ["a", "e"]))
    assert "Microsofcie" in declensions("Microsoft", PL_ENDINGS, ["a", "e"], ["t>cie"])


@pytest.mark.parametrize("alias", ["OpenAI", "xAI", "SSI", "AI2", "Sony", "Baidu"])
def test_acronyms_and_names_in_other_vowels_do_not_decline(alias: str) -> None:
    assert declensions(alias, PL_ENDINGS, ["a", "e"]) == []


def test_endings_apply_to_names_of_their_own_script() -> None:
    assert declensions("Google", ["а", "ом"], ["а"]) == []  # "в Google" stays as written
    assert declensions("Гугл", ["а", "ом"], ["а"]) == ["Гугла", "Гуглом"]
    # a language without final vowels puts its endings after any name as written
    assert declensions("Sony", ["lle"]) == ["Sonylle"]


def test_glued_prefixes_are_runs_of_declared_letters() -> None:
    runs = prefix_runs({"he": ["ב", "ו"]}, depth=2)
    assert glued_prefix("ובגוגל", 2, runs, 2)
    assert glued_prefix("בגוגל", 1, runs, 2)
    assert not glued_prefix("אבגוגל", 2, runs, 2)  # a longer word, not prefixes
    assert glued_prefix("בـOpenAI", 2, runs, 2)  # a tatweel between prefix and name


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        ("odszedł z Nvidii", "Nvidia", "Nvidii"),
        ("pracował w Microsofcie", "Microsoft", "Microsofcie"),
        ("przechodzi do Anthropica", "Anthropic", "Anthropica"),
        ("odchází z Amazonu", "Amazon", "Amazonu"),
        ("opustil Metu", "Meta", "Metu"),
        ("odišla z Tesly", "Tesla", "Tesly"),
        ("ушёл из Яндекса", "Yandex", "Яндекса"),
        ("пішов з Гугла", "Google", "Гугла"),
        ("מצטרפת לאנבידיה", "Nvidia", "אנבידיה"),
        ("עבר ומOpenAI", "OpenAI", "OpenAI"),
        ("انضم لأمازون", "Amazon", "أمازون"),
        ("وبإنفيديا", "Nvidia", "إنفيديا"),
    ],
)
def test_declined_and_prefixed_names_are_found(text: str, name: str, span: str) -> None:
    found = find_orgs(RULES, text)
    assert [(m.name, text[m.start : m.end]) for m in found] == [(name, span)]


@pytest.mark.parametrize(
    "text",
    ["Sonya Huang", "w Amazonii", "Metro", "Metalowcy", "Intelligence", "Appleton", "גוגלים"],
)
def test_other_words_are_no_organisation(text: str) -> None:
    assert find_orgs(RULES, text) == []


def test_a_declined_name_carries_the_move() -> None:
    a = analyse(
        "", "Исследователь Иван Петров ушёл из Яндекса в Сбер.", rules=RULES, lang_hint="ru"
    )
    assert "departure" in a.categories
    assert (a.entities.from_org, a.entities.to_org) == ("Yandex", "Sber")


def test_a_lexicon_declares_endings_and_prefixes(tmp_path: Path) -> None:
    (tmp_path / "orgs.toml").write_text('[orgs."Quill"]\naliases = ["Quill", "קוויל"]\n')
    (tmp_path / "zz.toml").write_text(
        'lang = "zz"\n[names]\norg_endings = ["em", "u"]\norg_prefixes = ["ב"]\n'
    )
    rules = load_rules([tmp_path / "orgs.toml", tmp_path / "zz.toml"])
    for text, span in (("s Quillem", "Quillem"), ("z Quillu", "Quillu"), ("בקוויל", "קוויל")):
        assert [text[m.start : m.end] for m in find_orgs(rules, text)] == [span]
    assert find_orgs(rules, "Quillx") == []
