"""Language data is data: a new language is a lexicon file, with no change to the code.

The tests build the rules from a copy of seeds/ that holds one more lexicon, for a
language that does not exist ("xq"), and read a sentence written in it.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from watcher.classify import analyse, default_rules, load_rules, seeds_dir
from watcher.classify.entities import find_people
from watcher.classify.known_people import NO_PEOPLE
from watcher.classify.text import fold, sentence_starts
from watcher.dedup.signature import event_signature
from watcher.errors import ConfigError

# Category terms, a name particle ("ul"), an agent marker ("pex"), a relative pronoun
# ("kel") and a genitive ending ("-ka").
XQ = """
lang = "xq"

[departure.leave]
kind = "leave"
weight = 0.3
terms = ["zorfit"]

[departure.join]
kind = "join"
weight = 0.3
terms = ["lumat"]

[lab_formation.form]
kind = "form"
weight = 0.4
terms = ["funderat"]

[lab_formation.lab]
kind = "lab"
weight = 0.4
terms = ["laboraton"]

[names]
particles = ["ul"]

[grammar]
agent = ["pex"]
relative = ["kel"]
genitive = ["ka"]
"""

TITLE = "Sorna zorfit OpenAI"
TEXT = "Ana Berg zorfit OpenAI, kel Tomas Rell dirat, ed lumat Meta."


def seeds_with_xq(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of seeds/ with xq.toml, for load_rules() from now on. (default_rules() is
    cached for the whole process: the tests never call it, they pass their rules.)"""
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), folder)
    (folder / "lexicon" / "xq.toml").write_text(XQ, encoding="utf-8")
    monkeypatch.setenv("WATCHER_SEEDS", str(folder))
    return folder


def test_a_new_language_is_a_lexicon_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = analyse(TITLE, TEXT, rules=load_rules(), lang_hint="xq")
    assert plain.categories == ()  # the default seeds know nothing of xq

    seeds_with_xq(tmp_path, monkeypatch)
    rules = load_rules()
    result = analyse(TITLE, TEXT, rules=rules, lang_hint="xq")
    assert result.categories == ("departure",)
    assert result.evidence[0].pattern == "departure.xq.leave"
    assert result.entities.people[0] == "Ana Berg"
    assert (result.entities.from_org, "Meta" in result.entities.orgs) == ("OpenAI", True)
    # [grammar] relative: Tomas Rell, named in a relative clause, is background
    signature = event_signature(result, title=TITLE, text=TEXT, rules=rules)
    assert signature is not None and signature.people == ("ana berg",)


def test_grammar_tables_of_a_new_language_apply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = load_rules()
    seeds_with_xq(tmp_path, monkeypatch)
    rules = load_rules()
    # [names] particles join the parts of a name
    text = "Nova laboraton funderat pex Ana ul Berg."
    assert [p.name for p in find_people(before, text)] == []
    assert [p.name for p in find_people(rules, text)] == ["Ana ul Berg"]
    assert rules.grammar.agent.search("funderat pex ", 0) is not None
    assert rules.grammar.genitive.match("Bergka", 4) is not None
    assert rules.grammar.relative.search("Ana, kel dirat, zorfit") is not None
    # and none of it is known without the file
    assert before.grammar.agent.search("funderat pex ") is None


def test_default_grammar_comes_from_the_lexicons() -> None:
    rules = default_rules()
    folded = "co-founded by "
    assert rules.grammar.agent.search(folded) is not None
    assert "zh" in rules.grammar.cjk_langs and "en" in rules.grammar.headline_case
    # a title word before a common surname marks a name (the gazetteer aside)
    mechanisms = replace(rules, known_people=NO_PEOPLE)
    assert [p.name for p in find_people(mechanisms, "研究员姚顺雨加盟腾讯")] == ["姚顺雨"]
    assert [p.name for p in find_people(mechanisms, "CEO 노암 샤지어가 합류")] == ["노암 샤지어"]


BAD = [
    ("no lang", '[grammar]\nagent = ["by"]\n', "'lang'"),
    ("unknown key", 'lang = "xq"\n[names]\nnicknames = ["x"]\n', "nicknames"),
    ("bad script", 'lang = "xq"\n[names]\nscript = "runic"\n', "[names].script"),
    ("not a list", 'lang = "xq"\n[grammar]\nagent = "by"\n', "[grammar].agent"),
]


@pytest.mark.parametrize(("name", "body", "message"), BAD, ids=[b[0] for b in BAD])
def test_malformed_word_tables(tmp_path: Path, name: str, body: str, message: str) -> None:
    path = tmp_path / "xq.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as excinfo:
        load_rules([path])
    assert message in str(excinfo.value) and str(path) in str(excinfo.value)


# (grammar pattern, text, offset for match() or None for search()): one row per language
CLAUSES = [
    ("relative", "Игорь Бабушкин, который работал в xAI, ушёл.", None),
    ("relative", "Jan Novák, který vedl tým, odchází.", None),
    ("relative", "Budi Santoso, yang memimpin tim, keluar.", None),
    ("genitive", "Mira Murati'nin girişimi", len("Mira Murati")),
    ("agent", "didirikan oleh ", None),
    ("agent", "zalozone przez ", None),
    ("past_year", " w 2014 roku", 0),
    ("past_year", " два года назад", 0),
    ("past_year", " år 2014", 0),  # matched folded: "ar 2014"
]


@pytest.mark.parametrize(("kind", "text", "at"), CLAUSES)
def test_clause_grammar_of_more_languages(kind: str, text: str, at: int | None) -> None:
    regex = getattr(default_rules().grammar, kind)
    subject = text if kind in ("relative", "genitive") else fold(text)
    found = regex.search(subject) if at is None else regex.match(subject, at)
    assert found is not None, (kind, text)


SENTENCES = [
    # (text, number of sentences)
    ("Dr. Anna Kowal joined Mistral. She led vision at Meta.", 2),
    ("Andrew Y. Ng leaves Baidu. The lab stays.", 2),
    ("Badacze, m.in. Jan Nowak, odeszli z firmy. Prof. Nowak dołączy do Google.", 2),
    ("Иван Петров ушёл из Яндекса. Он возглавит лабораторию.", 2),
    ("Проф. И. Петров ушёл из Яндекса. Он возглавит лабораторию.", 2),
    ("Łukasz Zieliński odszedł z OpenAI. Śladem poszli inni.", 2),
    ("Acme hired him in 2019. its rival followed.", 1),  # no capital, no new sentence
    ("PGS.TS. Nguyễn Văn An rời Viettel. Ông gia nhập FPT.", 2),
    ("أعلنت الشركة عن مختبر جديد. وقال المدير", 1),  # no capitals in Arabic script
    ("أعلنت الشركة عن مختبر جديد.\nوقال المدير إن الفريق سيكبر.", 2),  # but a new line ends one
    ("Er ging.\nund dann kam er.", 2),
    ("It raised money in a Series B. Its founder left.", 2),  # a round, no initial
    ("It moved to the U.S. The company grew.", 2),
    ("She said so in a post on X. The lab grew.", 2),
]


@pytest.mark.parametrize(("text", "count"), SENTENCES)
def test_sentences_end_before_any_capital_but_not_after_initials_or_titles(
    text: str, count: int
) -> None:
    assert len(sentence_starts(text, default_rules().grammar.abbreviation)) == count, text
