"""Chinese names listed with "、" and closed by "等(人)" ("包括…的张伟、李娜等人") are people:
the people of a poach the sentence tells; "连挖" (poached one after another) is a hiring
verb. Negatives: the same list beside no move."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

POACHED = [
    ("zh", "Meta近期从OpenAI连挖四名核心研究员，包括参与多款模型研发的张伟、李娜等人。"),
    ("zh", "Meta近期從OpenAI連挖四名核心研究員，包括參與多款模型研發的張偉、李娜等人。"),
    ("zh", "谷歌从Anthropic挖走三名工程师，包括王芳、刘洋、陈静等。"),
]

NO_MOVE = [
    ("zh", "OpenAI的研究员包括张伟、李娜等人都参加了这次会议。"),
    ("zh", "张伟、李娜等人在会上介绍了OpenAI的新模型。"),
]


@pytest.mark.parametrize(("lang", "text"), POACHED)
def test_a_listed_group_poached_departs_and_is_named(lang: str, text: str) -> None:
    analysis = analyse("", text, lang_hint=lang)
    assert "departure" in analysis.categories
    assert len(analysis.entities.people) >= 2


@pytest.mark.parametrize(("lang", "text"), NO_MOVE)
def test_a_listed_group_beside_no_move_is_none(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories
