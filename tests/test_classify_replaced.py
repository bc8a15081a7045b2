"""The one who leaves told as "replaced by" the one who comes, in the passive ("will be
replaced by", "será sustituida por", "wird durch … ersetzt", "sarà sostituita da"): a
departure of a named person. A product replaced by a new version is none. Invented
people."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

REPLACED = [
    ("en", "Jane Marsh, senior vice president for AI at Apple, will be replaced by John Roe."),
    ("es", "Jane Marsh, jefa de IA de Apple, será sustituida por John Roe, que venía de Google."),
    ("de", "Jane Marsh, KI-Chefin von Apple, wird durch John Roe ersetzt, der von Google kommt."),
    ("it", "Jane Marsh, responsabile dell'IA di Apple, sarà sostituita da John Roe, ex Google."),
]


@pytest.mark.parametrize(("lang", "text"), REPLACED)
def test_a_leader_replaced_by_another_departs(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert "departure" in found.categories
    assert found.entities.people[0] == "Jane Marsh"


def test_a_model_replaced_by_a_new_version_is_none() -> None:
    text = "The old model will be replaced by a new version next month, Apple said."
    assert not analyse("", text).categories
