"""The organisation table across the world's AI talent market: the large-model startups
of China under their Chinese names, the AI units and institutes of Asia, the Gulf and
Russia, the labs founded since 2021 and the acqui-hire targets of the last decade are
read as organisations (where a person moves from and to, what a company buys), and the
first names, surnames and ordinary words their names hold are not."""

from __future__ import annotations

import pytest

from watcher.classify import analyse, default_rules
from watcher.classify.entities import find_orgs


@pytest.mark.parametrize(
    ("title", "origin", "target"),
    [
        # Chinese large-model startups and AI companies, simplified and traditional
        ("前旷视科技研究员张伟离职，加盟面壁智能", "Megvii", "ModelBest"),
        ("前曠視科技研究員張偉離職，加盟光年之外", "Megvii", "Light Year"),
        ("阿里巴巴通义实验室研究员王磊加盟生数科技", "Alibaba", "Shengshu Technology"),
        ("百度前首席科学家陈一鸣加入智源研究院", "Baidu", "BAAI"),
        # the AI unit of a group is named before the group
        ("카카오브레인 연구원 김민수, 업스테이지로 이직", "Kakao Brain", "Upstage"),
        # companies outside the large labs that trade people with them
        (
            "Megvii vision researcher Ivo Marek leaves to join Moonshot AI",
            "Megvii",
            "Moonshot AI",
        ),
        (
            "Waymo perception lead Jane Doe departs for Physical Intelligence",
            "Waymo",
            "Physical Intelligence",
        ),
        (
            "Graphcore chip architect Tomas Lindqvist joins Tenstorrent",
            "Graphcore",
            "Tenstorrent",
        ),
        ("Researcher Van Nguyen joins Tenstorrent from Lightmatter", "Lightmatter", "Tenstorrent"),
        ("Nebius engineer Pavel Orlov joins Mistral AI", "Nebius", "Mistral AI"),
        ("HUMAIN hires Lena Brandt from G42", "G42", "HUMAIN"),
        # in the script of the language, declined
        ("Павел Орлов ушёл из Сколтеха в Небиус", "Skoltech", "Nebius"),
    ],
)
def test_moves_between_organisations_of_the_world(title: str, origin: str, target: str) -> None:
    a = analyse(title, "")
    assert "departure" in a.categories
    assert (a.entities.from_org, a.entities.to_org) == (origin, target)


@pytest.mark.parametrize(
    ("title", "bought", "buyer"),
    [
        (
            "Apple acquires DarwinAI, and its team joins the machine learning group",
            "DarwinAI",
            "Apple",
        ),
        (
            "OpenAI acquires Global Illumination, its team joins to work on ChatGPT",
            "Global Illumination",
            "OpenAI",
        ),
        ("Databricks buys MosaicML for its researchers", "MosaicML", "Databricks"),
    ],
)
def test_acquihire_targets_are_the_startups_bought(title: str, bought: str, buyer: str) -> None:
    a = analyse(title, "")
    assert "acquihire" in a.categories
    assert (a.entities.from_org, a.entities.to_org) == (bought, buyer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Twitter buys Madbits and brings its founders on board", "Madbits"),
        ("Nvidia acquires Run:ai and hires its founders", "Run:ai"),
        (
            "Microsoft acquires Semantic Machines to hire its conversational AI team",
            "Semantic Machines",
        ),
        ("Google acquires DNNresearch, hiring its founders", "DNNresearch"),
        ("Apple bought Xnor.ai for its engineers", "Xnor.ai"),
    ],
)
def test_acquihire_targets_are_named(text: str, name: str) -> None:
    a = analyse(text, "")
    assert "acquihire" in a.categories
    assert name in a.entities.orgs
    assert name in default_rules().startups


def test_young_companies_units_and_institutes_are_marked() -> None:
    rules = default_rules()
    for name in (
        "ModelBest",
        "Light Year",
        "Shengshu Technology",
        "DarwinAI",
        "Run:ai",
        "Graphcore",
    ):
        assert name in rules.startups
    for name in ("BAAI", "Shanghai AI Laboratory", "Kakao Brain", "RIKEN", "EleutherAI", "AIRI"):
        assert name in rules.labs
    for name in ("Megvii", "HUMAIN", "Waymo", "Nebius"):
        assert name in rules.ai_orgs
        assert name not in rules.startups
    for name in ("Twitter", "Fudan University", "NYU"):
        assert name not in rules.startups | rules.labs


def test_names_and_ordinary_words_of_the_world_are_no_organisations() -> None:
    rules = default_rules()
    # first names, surnames and place names that some organisations hold are listed
    # only in their safe forms ("Quebec AI Institute", "NYU", "HKUST")
    text = "Mila Kunis, Georgia Lane and Pony Ma met in New York, Hong Kong and London."
    assert find_orgs(rules, text) == []
    a = analyse("Georgia Lane and Alberta Ruiz join Google", "")
    assert a.entities.people == ("Georgia Lane", "Alberta Ruiz")
    assert analyse("Van Nguyen joins Google", "").entities.people == ("Van Nguyen",)
    assert analyse("Pony Ma backs a new lab", "").entities.people == ("Pony Ma",)
    # ordinary words and short Chinese words are no names: "momenta" in physics, "面壁"
    # (to face a wall) and "豆包" (a steamed bun) alone
    assert find_orgs(rules, "The Momenta of the particles; 他面壁思过，吃了一个豆包。") == []
    # the full forms are
    names = [m.name for m in find_orgs(rules, "面壁智能与Doubao、Pony.ai")]
    assert names == ["ModelBest", "ByteDance", "Pony.ai"]


def test_unknown_startups_of_ordinary_words_stay_readable() -> None:
    # a startup the table does not know, named by words like those of known names
    a = analyse(
        "",
        "Nimbus Cloud will pay the startup Lattice Minds $200 million for a licence to its "
        "models and hire most of its staff.",
    )
    assert "acquihire" in a.categories
