"""Lab formations told with money: a founder raising seed money for a new lab is a
formation; a round of a lab that exists is not, even when its founder is named."""

from __future__ import annotations

import pytest

from watcher.classify import analyse


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Priya Natarajan, a veteran speech researcher, is raising $80 million from "
            "investors to launch her own artificial intelligence startup, people said.",
        ),
        (
            "",
            "Die Forscherin Anna Weber sammelt bei Investoren 40 Millionen Euro ein, um "
            "ein eigenes KI-Start-up zu gründen.",
        ),
    ],
)
def test_seed_money_for_a_new_lab_is_a_formation(title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text).categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Lumen Labs, the AI company created by a former Meta researcher, said it has "
            "raised $300 million in a Series C round.",
        ),
        # "the lab X founded" (X 创办的 Y): the founder is background of the round
        ("", "前谷歌科学家王磊创办的深言实验室已完成5亿美元B轮融资。"),
        # young labs in general, money from investors ("투자사들이 투자를 집행")
        ("", "설립 1년도 안 된 AI 스타트업들에 투자사들이 수천억원의 투자를 집행하고 있다."),
    ],
)
def test_round_of_an_existing_lab_is_no_formation(title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text).categories


def test_founder_title_is_no_formation() -> None:
    # "创办人" (founder) holds "创办" (to found): a title beside a team word, not a new lab
    text = (
        "英伟达获得AI初创公司深流的技术授权。"
        "根据协议，深流公司创办人李明以及部分技术人员将加入英伟达团队。"
    )
    result = analyse("", text)
    assert "acquihire" in result.categories
    assert "lab_formation" not in result.categories
