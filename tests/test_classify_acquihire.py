"""Acqui-hires by the way the press tells them, and the deals and hires that are none."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, lead): each an acqui-hire, one row per construction
ACQUIHIRES = [
    # the deal told as bought for its people
    (
        "en",
        "Adobe buys design start-up Quillframe",
        "Adobe has acquired Quillframe for an undisclosed sum, mainly for talent: the app closes "
        "in June.",
    ),
    (
        "en",
        "Oracle picks up a small compiler company",
        "Oracle bought the eight-person company to widen its pool of compiler talent.",
    ),
    (
        "es",
        "Telefónica compra la empresa emergente Lumbre",
        "Telefónica ha comprado Lumbre sobre todo por sus ingenieros; la aplicación dejará de "
        "funcionar.",
    ),
]

# (language, headline, lead): deals and hires that are no acqui-hire
NOT_ACQUIHIRES = [
    # a buying verb whose object is "top" people: a hire
    (
        "en",
        "Amazon acquires top Apple engineering talent",
        "Amazon has hired Dana Whitfield, who ran Apple's on-device model team, the company said.",
    ),
    # a talent pool is what HR software sells
    (
        "en",
        "SAP buys maker of talent pool software",
        "SAP agreed to purchase Rostra, whose tools let recruiters search a talent pool, for "
        "$300 million.",
    ),
    # an ordinary acquisition of a company for its products
    (
        "en",
        "Cisco to buy security firm Harrowgate",
        "Cisco will acquire Harrowgate for $1.2 billion to add its firewall products to its "
        "portfolio.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), ACQUIHIRES)
def test_acquihire(lang: str, title: str, text: str) -> None:
    result = analyse(title, text)
    assert result.lang == lang
    assert "acquihire" in result.categories


@pytest.mark.parametrize(("lang", "title", "text"), NOT_ACQUIHIRES)
def test_not_acquihire(lang: str, title: str, text: str) -> None:
    result = analyse(title, text)
    assert result.lang == lang
    assert "acquihire" not in result.categories
