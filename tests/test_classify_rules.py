"""Loading rules: extra files, malformed files, watchlists, thresholds, categories."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from watcher.classify import analyse, default_rules, load_rules
from watcher.classify.entities import find_orgs, find_people
from watcher.classify.match import find_hits
from watcher.classify.text import fold, is_spaceless, is_word_char
from watcher.errors import ConfigError

MALFORMED = [
    ("not toml", "this is = = not toml", "not valid TOML"),
    ("no lang", '[offer.x]\nkind = "comp"\nterms = ["a"]\n', "'lang'"),
    ("bad kind", 'lang = "en"\n[offer.x]\nkind = "nope"\nterms = ["a"]\n', "[offer.x].kind"),
    ("bad terms", 'lang = "en"\n[offer.x]\nkind = "comp"\nterms = "a"\n', "[offer.x].terms"),
    ("bad weight", 'lang = "en"\n[offer.x]\nkind = "comp"\nterms = ["a"]\nweight = 3\n', "weight"),
    ("unknown key", 'lang = "en"\n[offer.x]\nkind = "comp"\nterms = ["a"]\ncolour = 1\n', "colour"),
    ("unknown table", "[gossip]\nx = 1\n", "gossip"),
    ("bad org", '[orgs."X"]\nname = "x"\n', '[orgs."X"]'),
    ("bad lab flag", '[orgs."X"]\naliases = ["X"]\nlab = "yes"\n', '[orgs."X"].lab'),
    ("bad scoring", '[scoring]\nsecond_sentence = "lots"\n', "scoring.second_sentence"),
    ("bad shape", '[[shapes]]\nid = "s"\nregex = "(unclosed"\n', "invalid regex"),
    ("inner star", 'lang = "en"\n[offer.x]\nkind = "comp"\nterms = ["pay* deal"]\n', "pay* deal"),
]


@pytest.mark.parametrize(("name", "body", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_file_raises_config_error(
    tmp_path: Path, name: str, body: str, message: str
) -> None:
    path = tmp_path / "extra.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as excinfo:
        load_rules([path])
    assert message in str(excinfo.value)
    if name != "bad shape":
        assert str(path) in str(excinfo.value)


def test_missing_file_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_rules([tmp_path / "absent.toml"])


def test_unknown_category_and_bad_threshold() -> None:
    with pytest.raises(ConfigError, match="unknown categories"):
        load_rules(categories=["gossip"])
    with pytest.raises(ConfigError, match="min_score"):
        load_rules(min_score=2.0)


def test_extra_file_extends_defaults(tmp_path: Path) -> None:
    path = tmp_path / "extra.toml"
    path.write_text(
        'lang = "en"\n[departure.absconds]\nkind = "leave"\nweight = 0.3\nterms = ["absconds"]\n',
        encoding="utf-8",
    )
    text = "Jason Wei absconds from OpenAI."
    assert analyse("", text).categories == ()
    result = analyse("", text, rules=load_rules([path]))
    assert result.categories == ("departure",)
    assert result.evidence[0].pattern == "departure.en.absconds"


def test_replace_defaults_drops_default_lexicon(tmp_path: Path) -> None:
    path = tmp_path / "only.toml"
    path.write_text(
        'lang = "en"\n[offer.x]\nkind = "comp"\nterms = ["stipend"]\n', encoding="utf-8"
    )
    rules = load_rules([path], replace_defaults=True)
    assert {p.id for p in rules.patterns} == {"offer.en.x"}
    # how languages name people and build clauses stays: it is no lexicon of terms
    assert rules.grammar.agent.search("co-founded by ") is not None
    assert [p.name for p in find_people(rules, "研究员姚顺雨加盟腾讯")] == ["姚顺雨"]


def test_watchlist_raises_score() -> None:
    title, text = "Researchers move", "Hyung Won Chung is joining a new team at the company."
    plain = analyse(title, text).scores["departure"]
    watched = analyse(title, text, rules=load_rules(watch_people=["Hyung Won Chung"]))
    assert watched.scores["departure"] > plain
    org_watch = analyse(title, text, rules=load_rules(watch_orgs=["OpenAI"]))
    assert org_watch.scores["departure"] == plain  # not named: no bonus


def test_threshold_and_category_filter() -> None:
    title, text = "Jason Wei leaves OpenAI", "Jason Wei has left OpenAI to join Meta."
    assert analyse(title, text).categories == ("departure",)
    assert analyse(title, text, rules=load_rules(min_score=1.0)).categories == ()
    only_offer = load_rules(categories=["offer"])
    result = analyse(title, text, rules=only_offer)
    assert result.categories == () and result.scores["departure"] == 0.0


def test_default_rules_cached() -> None:
    assert default_rules() is default_rules()


def test_extra_file_adds_a_lab(tmp_path: Path) -> None:
    path = tmp_path / "labs.toml"
    path.write_text(
        '[orgs."Quill Labs"]\naliases = ["Quill Labs", "クイル・ラボ"]\nlab = true\n',
        encoding="utf-8",
    )
    rules = load_rules([path])
    assert "Quill Labs" in rules.labs and "Quill Labs" not in rules.startups
    assert "Quill Labs" not in default_rules().labs


def test_scripts_written_without_spaces() -> None:
    for text in ("ลาออก", "ລາອອກ", "ထွက်ခွာ", "លាលែង", "离职", "退社", "합류"):
        assert is_spaceless(text), text
    for text in ("resigns", "rời khỏi", "увольняется", "استقال", "इस्तीफा"):
        assert not is_spaceless(text), text
    # letters of such scripts border a Latin word like a space does
    assert is_word_char("a") and is_word_char("é") and is_word_char("ж")
    assert not is_word_char("ล") and not is_word_char("中") and not is_word_char("-")


def test_spaceless_terms_match_inside_running_text(tmp_path: Path) -> None:
    path = tmp_path / "th.toml"
    path.write_text(
        'lang = "th"\n[departure.leave]\nkind = "leave"\nweight = 0.3\nterms = ["ลาออก"]\n'
        '[departure.join]\nkind = "join"\nweight = 0.3\nterms = ["join"]\n'
        '[orgs."Quill"]\naliases = ["ควิลล์", "Quill"]\n',
        encoding="utf-8",
    )
    rules = load_rules([path], replace_defaults=True)
    text = "นักวิจัยลาออกจากควิลล์แล้วไปjoinที่Quillเมื่อวาน"
    kinds = {
        rules.patterns[h.pattern].kind for h in find_hits(rules, fold(text), frozenset({"th"}))
    }
    assert kinds == {"leave", "join"}
    assert [m.name for m in find_orgs(rules, text)] == ["Quill", "Quill"]
    # a Latin term still needs its boundaries inside a Latin word
    assert not find_hits(rules, fold("rejoined"), frozenset({"th"}))


def test_fold_treats_vietnamese_letters_alike() -> None:
    # every letter loses its marks, whatever Unicode block it sits in, one for one
    for word in ("tuyển dụng", "rời khỏi", "Đồng sáng lập", "người", "gia nhập", "ỨNG VIÊN"):
        assert len(fold(word)) == len(word) and fold(word).isascii(), word
    assert fold("Chiêu mộ") == fold("chieu mo")
    # text that comes decomposed ("e" + U+0302 + U+0301 for "ế") reads like composed text,
    # and Vietnamese names count as names
    text = "Kỹ sư Nguyễn Đức Thắng chính thức rời khỏi Google để đầu quân cho OpenAI."
    composed = analyse("", text)
    decomposed = analyse("", unicodedata.normalize("NFD", text))
    assert composed.categories == decomposed.categories == ("departure",)
    assert decomposed.entities.people == ("Nguyễn Đức Thắng",)
    assert decomposed.evidence[0].text == text


def test_word_boundaries_in_caseless_scripts(tmp_path: Path) -> None:
    from watcher.classify.match import find_hits
    from watcher.classify.text import fold, is_word_char

    # Devanagari vowel signs and viramas, Arabic points and the Persian zero-width
    # non-joiner are inside a word; an Arabic tatweel after a clitic is not
    for ch in ("\u093f", "\u0940", "\u094d", "\u0902", "\u064e", "\u05b0", "\u200c"):
        assert is_word_char(ch), repr(ch)
    for ch in (" ", "-", "\u0640", "\u05be", "\u0964"):
        assert not is_word_char(ch), repr(ch)
    path = tmp_path / "x.toml"
    path.write_text(
        'lang = "xx"\n[departure.t]\nkind = "leave"\nterms = ["दी", "رود", "छोड़*"]\n',
        encoding="utf-8",
    )
    rules = load_rules([path], replace_defaults=True)

    def words(text: str) -> list[str]:
        folded = fold(text)
        return [folded[h.start : h.end] for h in find_hits(rules, folded, frozenset({"xx"}))]

    assert words("हिंदी") == []  # "दी" after an anusvara is no word of its own
    assert words("उसने इस्तीफा दी") == ["दी"]
    assert words("می\u200cرود") == []  # a verb with its prefix is one word
    assert words("می رود") == ["رود"]
    assert words("छोड़ा और छोड़ दिया") == ["छोड़", "छोड़"]


def test_a_separated_particle_reads_past_a_number_with_a_point() -> None:
    """ "sa thải 3.600 nhân viên": the point in a number does not end the clause."""
    from watcher.classify.rules import _tail_regex

    tail = _tail_regex("sa thai ~ nhan vien")
    assert tail is not None
    assert tail.match(" 3.600 nhan vien")
    assert not tail.match(" ba. nhan vien")
