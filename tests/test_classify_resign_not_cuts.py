"""A word of resigning is no word of job cuts: Hebrew "מתפטר", "התפטר" (resigns, resigned)
hold the letters of "תפטר" (will fire), which tells job cuts only as a word of its own.
Negatives: the company that will fire hundreds."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

RESIGNS = [
    ("he", "יוסי כהן, נשיא Google DeepMind, הודיע שהוא מתפטר."),
    (
        "he",
        'זמן קצר לאחר ההודעה נודע כי לצד המנכ"ל עוזב את Google DeepMind גם הנשיא שלה יוסי '
        "כהן, שהודיע שהוא מתפטר.",
    ),
]

CUTS = [
    ("he", "Google DeepMind תפטר 300 עובדים בחודש הבא."),
]


@pytest.mark.parametrize(("lang", "text"), RESIGNS)
def test_a_named_person_who_resigns_departs(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), CUTS)
def test_a_company_that_will_fire_hundreds_is_no_departure(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories
