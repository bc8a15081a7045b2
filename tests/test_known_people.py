"""The gazetteer of known people: aliases in every script, matched where the script lets
a word end, reported by the Latin name."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.classify import load_rules
from watcher.classify.entities import find_people
from watcher.classify.known_people import (
    compile_people,
    declined_person,
    find_known_people,
    latin_reading,
)
from watcher.errors import ConfigError

KNOWN = compile_people(
    {
        "Ada Quill": [
            "Ада Квилл",
            "Квилл",
            "עדה קוויל",
            "קוויל",
            "آدا كويل",
            "에이다 퀼",
            "エイダ・クイル",
            "艾达·奎尔",
        ],
        "Bo Stern": ["Бо Штерн"],
    }
)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ada Quill's new lab", "Ada Quill"),
        ("уход Квилла из компании", "Квилла"[:5]),  # a case ending follows the alias
        ("אמר וקוויל אתמול", "קוויל"),  # "and" glued in front
        ("قال وآدا كويل", "آدا كويل"),  # "and" glued in front
        ("انضمت آدا كويل إلى", "آدا كويل"),
        ("에이다 퀼이 합류했다", "에이다 퀼"),  # a particle follows
        ("据悉艾达·奎尔已加盟", "艾达·奎尔"),
        ("エイダ・クイル氏が", "エイダ・クイル"),
    ],
)
def test_aliases_match_where_their_script_ends_a_word(text: str, span: str) -> None:
    found = find_known_people(KNOWN, text)
    assert [(m.name, text[m.start : m.end]) for m in found] == [("Ada Quill", span)]


@pytest.mark.parametrize("text", ["Ada Quillson spoke", "Квилловский", "חקווילים", "MAda Quill"])
def test_an_alias_inside_a_longer_word_is_no_match(text: str) -> None:
    assert find_known_people(KNOWN, text) == []


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("राहुल मेहता", "Rahul Mehta"),  # a final "a" and one between vowels are not said
        ("अमन गुप्ता", "Aman Gupta"),  # a consonant cluster keeps the "a" before it
        ("नरेंद्र जोशी", "Narendra Joshi"),  # … and a final cluster its own
        ("प्रिया अंबानी", "Priya Ambani"),  # a nasal before "b" is "m"
        ("ज़ाकिर सिंह", "Zakir Singh"),  # a dot under "ज" makes it "z"; "ंह" at the end is "ngh"
    ],
)
def test_latin_reading_of_devanagari_names(name: str, latin: str) -> None:
    assert latin_reading(name) == latin


def test_latin_reading_of_cyrillic_and_greek_names() -> None:
    assert latin_reading("Илья Суцкевер") == "Ilya Sutskever"
    assert latin_reading("Сем Альтман") == "Sem Altman"
    assert latin_reading("Jan Leike") == "Jan Leike"


def test_latin_reading_of_korean_names_by_their_surname() -> None:
    surnames = {"박": "Park", "리": "Lee", "남궁": "Namgoong"}
    assert latin_reading("박지훈", surnames) == "Park Ji-hun"
    assert latin_reading("남궁민수", surnames) == "Namgoong Min-su"
    assert latin_reading("다니엘 리", surnames) == "Daniel Lee"
    # no surname of the table: no reliable reading, the name stays as written
    assert latin_reading("빼간 비법", surnames) == "빼간 비법"
    assert latin_reading("박지훈") == "박지훈"


@pytest.mark.parametrize(
    "name",
    ["Ada Quilla", "Ada Quillowi", "Ada Quillem"],
)
def test_a_declined_latin_name_is_the_known_person(name: str) -> None:
    found = declined_person(KNOWN, name)
    assert found is not None and found[0] == "Ada Quill"


SHORT = compile_people({"Tomas Rue": [], "Li Fan": []})


@pytest.mark.parametrize("name", ["Tomasa Ruea", "Tomasem Ruem", "Tomasovi Ruei"])
def test_a_declined_surname_of_three_letters_is_the_known_person(name: str) -> None:
    found = declined_person(SHORT, name)
    assert found is not None and found[0] == "Tomas Rue"


@pytest.mark.parametrize("name", ["Tomislav Ruess", "Tom Ruea", "Tomasa Ruessler", "Lia Fana"])
def test_a_surname_of_three_letters_needs_the_whole_first_name(name: str) -> None:
    # "Tomislav" is not "Tomas"; "Tom" is not the whole first name; an ending too long; a
    # first name of two letters tells nobody apart
    assert declined_person(SHORT, name) is None


@pytest.mark.parametrize("name", ["Ada Quillsonberg", "Oto Quilla", "Adu Quilla", "Quilla"])
def test_other_names_are_not_declined_known_people(name: str) -> None:
    # an ending too long, other first names (a short surname needs three letters of the
    # first name in common: "Zhou Wenjie" is not "Zhu Wenjia"), no first name
    assert declined_person(KNOWN, name) is None


def test_latin_reading_of_chinese_names_in_chinese_text() -> None:
    surnames = {"曾": "Zeng", "欧阳": "Ouyang"}
    assert latin_reading("顾明远", surnames, han=True) == "Gu Mingyuan"
    assert latin_reading("曾立新", surnames, han=True) == "Zeng Lixin"  # not "Ceng"
    assert latin_reading("欧阳子涵", surnames, han=True) == "Ouyang Zihan"
    # the same characters in Japanese text are read otherwise: left as written
    assert latin_reading("山田太郎", surnames) == "山田太郎"
    # a transliterated foreign name (with a middle dot) has no pinyin reading
    assert latin_reading("约翰·舒尔曼", surnames, han=True) == "约翰·舒尔曼"


def test_gazetteer_names_replace_capitalised_runs(tmp_path: Path) -> None:
    extra = tmp_path / "people.toml"
    extra.write_text('[people."Igor Babuschkin"]\naliases = ["Igor Babushkin", "Игорь Бабушкин"]\n')
    rules = load_rules([extra])
    for text in ("Igor Babushkin leaves xAI", "Игорь Бабушкин покинул xAI"):
        assert [m.name for m in find_people(rules, text)] == ["Igor Babuschkin"]


def test_an_alias_given_to_two_people_is_refused(tmp_path: Path) -> None:
    extra = tmp_path / "people.toml"
    extra.write_text('[people."A B"]\naliases = ["Зет"]\n[people."C D"]\naliases = ["Зет"]\n')
    with pytest.raises(ConfigError, match="already names"):
        load_rules([extra])


def test_declined_full_names_are_found_by_the_surname() -> None:
    known = compile_people({"Ada Quill": ["Ада Квиллер"], "Bo Shen": ["Бо Шен"]})
    found = find_known_people(known, "уход Ады Квиллера из компании")
    assert [m.name for m in found] == ["Ada Quill"]
    assert find_known_people(known, "у Шена") == []  # a surname of three letters: too short


SEEDED = load_rules()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据报道，田渊栋已离开Meta，正在筹建新公司。", "Yuandong Tian"),
        ("英伟达研究科学家范麟熙表示，团队将继续招聘。", "Jim Fan"),
        ("Tim Rocktaschel joins a new lab in London", "Tim Rocktäschel"),
        ("Lachlan Groom co-founded Physical Intelligence", "Lachy Groom"),
        ("최예진 교수가 엔비디아에 합류했다", "Yejin Choi"),
        ("백준호 대표는 인수 제안을 거절했다", "June Paik"),
        ("月之暗面联合创始人周昕宇表示", "Zhou Xinyu"),
        ("Nhà khoa học Lê Viết Quốc rời Google", "Quoc Le"),
        ("MongoDB mua lại startup của Tengyu Ma", "Tengyu Ma"),
    ],
)
def test_seeded_people_resolve_in_their_press_spelling(text: str, name: str) -> None:
    assert name in [m.name for m in find_people(SEEDED, text)]
