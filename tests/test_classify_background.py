"""What is no news of a move: words of a name, dated moves, small sums, far-off praise,
and a long body reporting what the headline and lead do not."""

from __future__ import annotations

import pytest

from watcher.classify import analyse


@pytest.mark.parametrize(
    ("title", "text", "absent"),
    [
        (
            "Drug trials could get cheaper",
            "Trials cost too much, says Dana Roe, the founder and chief executive of Formation "
            "Therapeutics, an AI company working on biotech.",
            "lab_formation",
        ),
        (
            "Court papers describe a safety team's warnings",
            "A former head of safety testified that when she joined Meta in 2020 she was "
            "surprised by how reports were handled, according to the filing.",
            "departure",
        ),
        (
            "Entretien avec Claire Dubois",
            "Claire Dubois a rejoint Google en 2015 avant de quitter le groupe en 2020 pour "
            "fonder sa start-up d'IA. Elle revient sur son parcours.",
            "lab_formation",
        ),
        (
            "Entrevista a Pablo Ruiz",
            "Ruiz se unió a Meta en 2017 y la dejó en 2021 para fundar su propia startup de "
            "inteligencia artificial. Hoy habla del futuro de la IA.",
            "lab_formation",
        ),
        (
            "Payments firm names three new directors",
            "Halvard Pay appointed Mira Castell to its board as an independent director. "
            "Castell left her post as head of research at the cloud unit of Google in October "
            "2019.",
            "departure",
        ),
        (
            "Logistikkonzern beruft neue Aufsichtsrätin",
            "Die Spedition Rhenus Frachtwerk hat Clara Imhof in den Aufsichtsrat berufen. "
            "Imhof verließ den Softwarekonzern SAP im Frühjahr 2019.",
            "departure",
        ),
        (
            "Robotaxi firm tries a new fix for open doors",
            "Waymo has launched a pilot program that pays delivery drivers around $10 to close "
            "the doors of its parked cars.",
            "offer",
        ),
        (
            "A lab tests how far models can go in science",
            "OpenAI's chief promised that the gains to everyday life from faster research "
            "driven by AI will, in time, be enormous.",
            "offer",
        ),
    ],
)
def test_no_category_from_background(title: str, text: str, absent: str) -> None:
    assert absent not in analyse(title, text).categories


def test_a_dated_move_in_the_headline_is_still_news() -> None:
    a = analyse("Jane Doe joined Anthropic in 2024 from OpenAI", "")
    assert "departure" in a.categories


def test_a_long_body_alone_raises_no_category() -> None:
    title = "How AI labs are changing drug research"
    lead = "Drug research is slow and costly, and labs are trying new tools to change that."
    body = " ".join(["The field has grown quickly over the past year and spent widely."] * 12)
    body += " OpenAI researcher Jane Doe is leaving the company to join Anthropic, she said."
    assert analyse(title, f"{lead}\n\n{body}").categories == ()


def test_a_formation_dated_by_month_and_year_is_background() -> None:
    a = analyse(
        "Orla Finch leaves Amazon",
        "Orla Finch, head of Amazon's agents lab, is leaving the company. The lab was set up "
        "in March 2024 for long-term research.",
    )
    assert "lab_formation" not in a.categories
    assert "departure" in a.categories


def test_an_acquihire_dated_in_a_later_sentence_is_background() -> None:
    a = analyse(
        "Orla Finch leaves Amazon",
        "Orla Finch, head of Amazon's agents lab, is leaving the company. Finch came to "
        "Amazon in the 2024 acqui-hire of her startup Quillmark, when Amazon hired its "
        "founders.",
    )
    assert "acquihire" not in a.categories
    assert "departure" in a.categories
    b = analyse(
        "Amazon hires the founders of Quillmark",
        "Amazon has struck an acqui-hire deal with the agents startup Quillmark, whose "
        "founders join its AGI lab, in a deal expected to close in March 2026.",
    )
    assert "acquihire" in b.categories


@pytest.mark.parametrize(
    ("title", "text", "category"),
    [
        # a date to come in a headline, a number that is no year: no background
        ("Velora opens AI research lab in Lyon in January 2026", "", "lab_formation"),
        ("Velora opens AI research lab in Lyon with 2000 researchers", "", "lab_formation"),
        ("", "Velora researcher Jane Roe has joined Meta in Lyon with 2000 others.", "departure"),
        # a research lab that also runs workshops for schools is still a research lab
        (
            "Velora opens AI research lab in Nairobi",
            "Velora has opened an AI research lab in Nairobi. It will also run workshops for "
            "students and teachers at local schools.",
            "lab_formation",
        ),
    ],
)
def test_no_background_read_where_there_is_none(title: str, text: str, category: str) -> None:
    assert category in analyse(title, text).categories
