"""A move whose mover the report does not name. A headline that reads one from an
organisation to another ("Meta poaches OpenAI researcher") is news however the lead
goes on to tell the mover ("has hired a researcher who worked on..."); a hiring drive or
a job advertisement, which names no origin, stays no move. Known people named by their
distinctive surname alone are named ("Sutskever, who co-founded OpenAI, ..."), the
leaders of organisations are not ("Musk's xAI": the company). Invented reports."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

MOVES = [
    (
        "en",
        "Meta poaches OpenAI researcher",
        "The social media giant has hired a researcher who worked on reasoning models at"
        " OpenAI, people familiar with the matter said.",
        ("OpenAI", "Meta"),
    ),
    (
        "en",
        "Apple loses another AI researcher to Meta",
        "The iPhone maker has lost another engineer from its foundation models team.",
        ("Apple", "Meta"),
    ),
    (
        "en",
        "Anthropic hires senior Google DeepMind engineer",
        "The startup has hired a senior engineer who led infrastructure work at Google DeepMind.",
        ("Google DeepMind", "Anthropic"),
    ),
]

SEARCHES = [
    ("en", "Google is hiring AI researchers", "The company is looking for dozens of engineers."),
    (
        "en",
        "Microsoft is hiring AI engineers",
        "The company is seeking hundreds of engineers for new data centres.",
    ),
    (
        "en",
        "OpenAI is looking for a researcher",
        "The company posted a job listing for a researcher in its safety team.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "ends"), MOVES, ids=lambda v: str(v)[:30])
def test_a_headline_move_of_an_unnamed_mover_is_a_departure(
    lang: str, title: str, text: str, ends: tuple[str, str]
) -> None:
    a = analyse(title, text, lang_hint=lang)
    assert "departure" in a.categories, a.scores
    assert (a.entities.from_org, a.entities.to_org) == ends


@pytest.mark.parametrize(("lang", "title", "text"), SEARCHES, ids=lambda v: str(v)[:30])
def test_a_hiring_drive_is_no_move(lang: str, title: str, text: str) -> None:
    assert analyse(title, text, lang_hint=lang).categories == ()


NAMED = [
    (
        "en",
        "Sutskever, who co-founded OpenAI, has started a new company called Safe"
        " Superintelligence.",
        "Ilya Sutskever",
    ),
    (
        "es",
        "Karpathy, que dirigía el equipo de IA de Tesla, se marcha de OpenAI.",
        "Andrej Karpathy",
    ),
]


@pytest.mark.parametrize(("lang", "text", "name"), NAMED, ids=lambda v: str(v)[:30])
def test_a_distinctive_surname_alone_names_the_known_person(
    lang: str, text: str, name: str
) -> None:
    a = analyse("", text, lang_hint=lang)
    assert a.categories
    assert name in a.entities.people


def test_a_leader_named_by_surname_is_the_company_not_a_person_named() -> None:
    a = analyse("", "Musk's xAI has hired two researchers from Google DeepMind.", lang_hint="en")
    assert "departure" in a.categories
    assert "Elon Musk" not in a.entities.people
