"""How Chinese, Japanese and Korean reports are read: the date and the clause written
before the verb, plans written after it, words that hold a move word without being one,
and the other markets (sport, entertainment, elections) that recruit people too.
Each row is (title, text, expected categories); the sentences are invented."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

CASES = [
    # a year written before the formation verb dates it: background of a move
    (
        "",
        "这家实验室于2018年由两位前谷歌研究员共同创立,如今已有三名核心研究员跳槽至腾讯。",
        {"departure"},
    ),
    # the same formation told as this week's news stays a formation
    (
        "",
        "两位前谷歌研究员本周在北京成立了一家大模型初创公司,专注于多模态研究。",
        {"departure", "lab_formation"},  # former members who found one: both
    ),
    # a verb-final clause before the lab's name only describes the lab the move is from
    (
        "",
        "元グーグル研究者が設立したAIスタートアップから、主要な研究者2人がソニーに移籍した。",
        {"departure"},
    ),
    (
        "",
        "전 네이버 연구원들이 설립한 AI 스타트업에서 핵심 개발자 두 명이 카카오로 이직했다.",
        {"departure"},
    ),
    # a clause mark ends the joining clause: the unit opened for the mover is news too
    (
        "",
        "前谷歌研究员张明将跳槽到阿里巴巴,阿里巴巴还为他开设了一个全新的大模型实验室。",
        {"departure", "lab_formation"},
    ),
    # a plan written after the verb: a recruiting push, not a move
    (
        "삼성전자, 세계적 AI 연구원 영입에 나섰다",
        "삼성전자는 미국 빅테크 출신 AI 연구원 영입에 나섰다고 밝혔다.",
        set(),
    ),
    # "入社" inside "入社ボーナス": the bonus is offered, nobody has moved
    (
        "",
        "関係者によると、メタはOpenAIの研究者に1億ドルの入社ボーナスを提示した。",
        {"offer"},
    ),
    # a baseball club signing a player: another market
    (
        "",
        "한화 이글스는 KT 위즈 내야수 박정우를 4년 총액 50억 원에 영입했다.",
        set(),
    ),
    # a party presenting a candidate it recruited: another market
    (
        "",
        "더불어민주당은 AI 스타트업 대표 김서연 씨를 총선 영입 인재 3호로 발표했다.",
        set(),
    ),
    # pay told as the level of a whole trade is no offer
    (
        "",
        "薪酬数据显示,大模型算法工程师的年薪普遍在100万元以上,部分资深研究员超过500万元。",
        set(),
    ),
    # Japanese: a company founded to build AI ("開発企業を設立")
    (
        "",
        "元NTTの研究者2人が、東京を拠点に生成AIの開発企業を設立したと発表した。",
        {"departure", "lab_formation"},  # former members who found one: both
    ),
    # Korean: teams gathered into one AI unit
    (
        "",
        "카카오가 여러 부서에 흩어진 AI 팀을 모아 통합 조직을 꾸렸다.",
        {"lab_formation"},
    ),
    # Taiwanese reporting writes the founder "創辦人": named founders join in the deal
    (
        "",
        "谷歌與新創公司星海AI簽署技術授權協議,該公司創辦人及研發團隊將加入谷歌。",
        {"departure", "acquihire"},
    ),
    # the quoted name beside a founding verb is the new company
    (
        "",
        "前搜狐高管李然拿出3000万美元成立“星河智能”,专注于大模型应用研发。",
        {"lab_formation"},
    ),
    (
        "",
        "元ソニーの研究者らが、生成AIを開発する「ミライ知能」を設立したと発表した。",
        {"departure", "lab_formation"},  # former members who found one: both
    ),
    # the new company's Latin name written bare after the verb (Chinese), or before it
    # with the object particle (Japanese, Korean)
    (
        "",
        "2024年辞职后,他和大学同学联合成立了Novarise AI,专注于多模态模型。",
        {"lab_formation"},
    ),
    (
        "",
        "元楽天の研究者らが、東京でLumina Forgeを設立したと発表した。",
        {"departure", "lab_formation"},  # former members who found one: both
    ),
    # a Latin name before a bare Chinese verb is the founder, not the company
    (
        "",
        "Sam Altman创立基金会时曾表示,将长期关注教育公平。",
        set(),
    ),
    # the company named by its legal form ("科技有限公司")
    (
        "",
        "前阿里巴巴高管赵雷设立北京星火科技有限公司,个人出资2000万美元。",
        {"departure", "lab_formation"},  # a former member who founds one: both
    ),
    # a startup bought, described by a clause that tells who founded it: a deal, no formation
    (
        "",
        "한빛전자는 전 구글 연구원들이 설립한 AI 스타트업 '누리랩스'를 인수했다고 밝혔다.",
        {"acquihire"},
    ),
    (
        "",
        "ミナト電機は、元ソニーの技術者らが設立したAI新興企業を買収したと発表した。",
        {"acquihire"},
    ),
    # the year and its particle date a formation told later in the clause: background
    (
        "",
        "ミナト電機は2016年に東京でAI研究所を設立し、現在は約百人の研究者が在籍している。",
        set(),
    ),
    (
        "",
        "한빛전자는 2018년에 서울에 AI 연구소를 설립했고, 지금은 직원이 200명에 이른다.",
        set(),
    ),
    # a quoted plan launched is no company founded
    (
        "",
        "该市今天启动“人工智能+制造”专项行动,计划三年内培育一批应用场景。",
        set(),
    ),
    # the lead leaves out the subject the headline names (Korean, Japanese, Chinese)
    (
        "LG유플러스, AI 조직 재정비",
        "흩어져 있던 AI 팀들을 모아 통합 조직을 신설하는 조직 개편을 단행했다.",
        {"lab_formation"},
    ),
    # a sentence that describes a company by its founding is background of a funding round
    (
        "",
        "하늘AI는 시드 투자로 300억 원을 유치했다. 하늘AI는 전 구글 연구원 두 명이 지난해 설립한 신생 기업이다.",
        set(),
    ),
    # Japanese "雇用": a named chief executive employed by a rival
    (
        "",
        "グーグルは、AIスタートアップのCEOであるケン・サトウ氏らを雇用すると発表した。",
        {"departure"},
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), CASES)
def test_cjk_reporting(title: str, text: str, expected: set[str]) -> None:
    assert set(analyse(title, text).categories) == expected


def test_an_investor_is_no_investment_deal() -> None:
    text = "知名风险投资人李华与联合创始人王强共同宣布,双方将继续推进该公司的海外业务。"
    assert "acquihire" not in analyse("", text).categories


def test_a_nationality_before_a_title_is_no_name() -> None:
    analysis = analyse(
        "메타, 오픈AI서 한국인 연구원 영입", "메타가 오픈AI에서 한국인 연구원을 영입했다."
    )
    assert "departure" in analysis.categories
    assert not any("Han" in p for p in analysis.entities.people)
    assert analysis.entities.from_org == "OpenAI"


def test_a_hundred_million_with_a_measure_word() -> None:
    analysis = analyse("", "据报道,字节跳动以年薪一个亿从谷歌挖走了多模态负责人王磊。")
    assert "offer" in analysis.categories
    assert analysis.entities.amount_usd == pytest.approx(14_000_000)


def test_a_chinese_pronoun_stands_for_the_person_named_before() -> None:
    text = "小米大模型负责人陈雪已首次公开亮相。就在两个月前,雷军以千万年薪将她从DeepSeek挖到小米。"
    analysis = analyse("", text)
    assert {"offer", "departure"} <= set(analysis.categories)
    assert "Chen Xue" in analysis.entities.people


def test_an_honorific_after_a_korean_name_is_no_part_of_it() -> None:
    a = analyse("", "네이버 연구원 박민준 씨가 구글로 이직했다.", lang_hint="ko")
    assert "departure" in a.categories
    assert all(" " not in p or p.isascii() for p in a.entities.people), a.entities.people
    assert not any("씨" in p for p in a.entities.people)


@pytest.mark.parametrize("name", ["俞明", "庞立", "翟文", "聂海"])
def test_a_less_frequent_surname_after_a_title_starts_a_name(name: str) -> None:
    a = analyse(f"字节跳动AI实验室副主任{name}离职", "", lang_hint="zh")
    assert "departure" in a.categories
    assert len(a.entities.people) == 1, a.entities.people
