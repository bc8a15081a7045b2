"""The organisation table: the companies, labs and institutes of the AI talent market
are found under the names the press uses, and no ordinary word or first name is taken
for one."""

from __future__ import annotations

import pytest

from watcher.classify import analyse, default_rules
from watcher.classify.entities import find_orgs


@pytest.mark.parametrize(
    ("title", "origin", "target"),
    [
        (
            "Databricks research director Priya Raman leaves to join Cerebras",
            "Databricks",
            "Cerebras",
        ),
        ("Qualcomm hires former AMD chip architect Tomas Lindqvist", "AMD", "Qualcomm"),
        ("ElevenLabs poaches Spotify's head of audio research Mara Quint", "Spotify", "ElevenLabs"),
        ("Palantir engineer Owen Carey departs for Anysphere", "Palantir", "Anysphere"),
        # Asian companies, in the script their press writes them in
        ("字节跳动大模型研究员陈一鸣离职，加盟宇树科技", "ByteDance", "Unitree"),
        ("Infosys AI head Rohan Mehta quits to join Flipkart", "Infosys", "Flipkart"),
        ("Kỹ sư Trần Minh Khoa rời VinAI để gia nhập FPT", "VinAI", "FPT"),
        ("Former Alibaba Cloud scientist Lin Hao joins Unitree", "Alibaba", "Unitree"),
        # a group's model team or research academy stands for the group
        ("千问大模型技术负责人张伟宣布离职，加盟字节跳动", "Alibaba", "ByteDance"),
        # the labs founded by researchers who left the large ones
        ("Meta research scientist Jonas Berg leaves to join AMI Labs", "Meta", "AMI Labs"),
        ("G42 hires Mobileye vision lead Dana Levi", "Mobileye", "G42"),
        # universities lose professors to labs
        ("Stanford professor Elena Ruiz joins OpenAI", "Stanford University", "OpenAI"),
        ("清华大学教授王立新加盟字节跳动", "Tsinghua University", "ByteDance"),
        (
            "Carnegie Mellon researcher Paul Nguyen leaves for Anthropic",
            "Carnegie Mellon University",
            "Anthropic",
        ),
        # in the script of the language, declined or with a glued preposition
        ("Профессор Игорь Смирнов ушёл из Гарварда в OpenAI", "Harvard University", "OpenAI"),
        ("החוקרת נועה כהן עוזבת את סטנפורד ומצטרפת לגוגל", "Stanford University", "Google"),
    ],
)
def test_moves_between_companies_of_the_table(title: str, origin: str, target: str) -> None:
    a = analyse(title, "")
    assert "departure" in a.categories
    assert (a.entities.from_org, a.entities.to_org) == (origin, target)


def test_ordinary_words_and_first_names_are_no_organisations() -> None:
    # companies named by a common word are listed only in their safe forms
    text = "Harvey Stone held a Figure of Magic; the Writer left Sierra with a Notion of Arm."
    assert find_orgs(default_rules(), text) == []
    # "한화 약 1조 원" is an amount in Korean won, "कृत्रिम बुद्धिमत्ता" artificial intelligence
    assert find_orgs(default_rules(), "한화 약 1조 원 규모의 कृत्रिम बुद्धिमत्ता") == []
    assert [m.name for m in find_orgs(default_rules(), "Figure AI and Magic.dev")] == [
        "Figure AI",
        "Magic.dev",
    ]


def test_organisation_names_hold_no_first_names() -> None:
    # every word of an alias stops being read as part of a name: "Max", "Li" stay names
    a = analyse("Max Müller and Jia Li join Google", "")
    assert a.entities.people == ("Max Müller", "Jia Li")
    # short university names that sit inside other words are not listed
    assert find_orgs(default_rules(), "北大西洋の東大阪") == []


def test_young_companies_are_marked_startups() -> None:
    startups = default_rules().startups
    for name in ("Anysphere", "Cognition AI", "Figure AI", "Groq", "Cerebras", "ElevenLabs"):
        assert name in startups
    for name in ("AMD", "Databricks", "Netflix"):
        assert name not in startups
