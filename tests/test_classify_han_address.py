"""Chinese names with a title of address after them ("张伟博士", "李娜教授") and after a
role the tables lacked ("首席架构师"): the name is read and the move found; the title of
address alone ("李先生", "王教授") is no name. Invented people."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

MOVES = [
    ("前谷歌研究员张明远博士已加盟字节跳动", "Zhang Mingyuan"),
    ("张明远博士加盟字节跳动", "Zhang Mingyuan"),
    ("英伟达挖走AMD首席架构师王立军", "Wang Lijun"),
    ("AMD首席架构师王立军加盟英伟达", "Wang Lijun"),
    ("前微软研究员陈思远教授离开微软，加入阿里巴巴", "Chen Siyuan"),
]


@pytest.mark.parametrize(("text", "person"), MOVES)
def test_the_named_person_moves(text: str, person: str) -> None:
    found = analyse(text, "", lang_hint="zh")
    assert "departure" in found.categories
    assert person in found.entities.people


NOBODY = [
    "李先生加入了当地的读书会",
    "王教授表示，谷歌的人才流失并不严重",
    "谷歌首席架构师表示新芯片将于明年发布",
]


@pytest.mark.parametrize("text", NOBODY)
def test_a_title_of_address_alone_is_no_name(text: str) -> None:
    assert analyse(text, "", lang_hint="zh").entities.people == ()
