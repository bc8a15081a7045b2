"""Amounts in many notations -> whole US dollars (table-driven)."""

from __future__ import annotations

import pytest

from watcher.classify import analyse, default_rules
from watcher.classify.amounts import find_amounts, parse_number
from watcher.classify.text import fold

AMOUNTS = [
    ("$250 million", 250_000_000, False),
    ("$250 Million", 250_000_000, False),
    ("US$14.3b", 14_300_000_000, False),
    ("US$14.3 billion", 14_300_000_000, False),
    ("US$100-200 million", 200_000_000, False),
    ("$400.000", 400_000, False),
    ("$400,000", 400_000, False),
    ("$1,000,000", 1_000_000, False),
    ("2 milioni di dollari", 2_000_000, False),
    ("5-10 milioni di dollari", 10_000_000, False),
    ("300 millions de dollars", 300_000_000, False),
    ("250 Millionen Dollar", 250_000_000, False),
    ("250 millones de dólares", 250_000_000, False),
    ("€50m", 54_000_000, False),
    ("1,5 Milliarden Euro", 1_620_000_000, False),
    ("$1.5bn", 1_500_000_000, False),
    ("nine-figure pay packages", 100_000_000, True),
    ("ni-cifret beløb", 100_000_000, True),
    ("neunstellige Summe", 100_000_000, True),
    ("2億ドル", 200_000_000, False),
    ("3000万ドル", 30_000_000, False),
    ("1억 달러", 100_000_000, False),
    ("10억달러", 1_000_000_000, False),
    ("3亿美元", 300_000_000, False),
    ("4年で2億5000万ドル", 250_000_000, False),
    ("2亿5000万美元", 250_000_000, False),
    ("3억5000만 달러", 350_000_000, False),
    ("1천억 달러", 100_000_000_000, False),
    ("2兆ドル", 2_000_000_000_000, False),
    # Chinese numerals; "数"/"几" before them leaves the count vague: a lower bound
    ("两亿美元", 200_000_000, False),
    ("一千万美元", 10_000_000, False),
    ("十亿美元", 1_000_000_000, False),
    ("两亿五千万美元", 250_000_000, False),
    ("数千万美元", 10_000_000, True),
    ("1亿日元", 670_000, False),
    # Indian English: lakhs and crores of rupees
    ("Rs 5 lakh", 6_000, False),
    ("₹10 crore", 1_200_000, False),
    ("Rs. 800 crore", 96_000_000, False),
    # the sign after the number, as French, German and Polish write it
    ("100 000 €", 108_000, False),
    ("1,5 Mio. €", 1_620_000, False),
    ("100 M$", 100_000_000, False),
    ("1 Md$", 1_000_000_000, False),
    ("1,5 mia. dollar", 1_500_000_000, False),
    ("$1.5tn", 1_500_000_000_000, False),
    ("100 million US dollars", 100_000_000, False),
    ("mil millones de dólares", 1_000_000_000, False),
    # Finnish declines the scale word and the currency ("of 100 million dollars")
    ("100 miljoonan dollarin", 100_000_000, False),
    ("1,5 miljardia dollaria", 1_500_000_000, False),
    ("miljardin dollarin", 1_000_000_000, False),
    # Korean writes the thousands of a count with a word inside the number
    ("2천700억원", 197_100_000, False),
    ("1천20억원", 74_460_000, False),
    ("19조6천500억원", 14_344_500_000, False),
    ("33만8천300달러", 338_300, False),
    ("23만2천달러", 232_000, False),
    # the long scale: a German, French, Spanish or Dutch "billion" is a million millions
    ("4 Billionen Dollar", 4_000_000_000_000, False),
    ("un billón de dólares", 1_000_000_000_000, False),
    ("1 biljoen dollar", 1_000_000_000_000, False),
    ("mezzo miliardo di dollari", 500_000_000, False),
    ("ve výši miliardy dolarů", 1_000_000_000, False),
    ("یک میلیارد دلاری", 1_000_000_000, False),
    ("1,5 tỉ USD", 1_500_000_000, False),
    ("S$2 million", 1_480_000, False),
    # one unit without a numeral
    ("مليار دولار", 1_000_000_000, False),
    ("מיליון דולר", 1_000_000, False),
    ("миллиард долларов", 1_000_000_000, False),
    # half a unit, or a hundred, in words
    ("half a billion dollars", 500_000_000, False),
    ("חצי מיליארד דולר", 500_000_000, False),
    ("نصف مليار دولار", 500_000_000, False),
    ("eine halbe Milliarde Dollar", 500_000_000, False),
    # Hindi number words before the scale ("two million dollars")
    ("दो मिलियन डॉलर", 2_000_000, False),
    ("दस अरब डॉलर", 10_000_000_000, False),
    ("מאה מיליון דולר", 100_000_000, False),
    ("1,5 mil milhões de dólares", 1_500_000_000, False),
    ("100 triệu đô", 100_000_000, False),
    ("2000 USD", 2_000, False),
    # hyphenated compounds and "a hundred" in words
    ("ein 100-Millionen-Dollar-Angebot", 100_000_000, False),
    ("a $100-million package", 100_000_000, False),
    ("bis zu hundert Millionen Dollar", 100_000_000, False),
    ("сто миллионов долларов", 100_000_000, False),
    ("cien millones de dólares", 100_000_000, False),
]


@pytest.mark.parametrize(("text", "usd", "lower_bound"), AMOUNTS)
def test_amounts(text: str, usd: int, lower_bound: bool) -> None:
    found = find_amounts(fold(text), default_rules().amounts)
    assert [(a.usd, a.lower_bound) for a in found] == [(usd, lower_bound)]


@pytest.mark.parametrize(
    "text",
    [
        "in 2024 the company",
        "300 millions of users",
        "page 3 of 10",
        "version 4.5",
        "一万名员工",
        "年薪千万",
        "the researcher who in 2024 won the prize",
        "vào năm 2025 do công ty tổ chức",
        "two hundred million dollars",
    ],
)
def test_numbers_without_currency_are_not_amounts(text: str) -> None:
    assert find_amounts(fold(text), default_rules().amounts) == []


@pytest.mark.parametrize(
    ("raw", "value"),
    [("400.000", 400000.0), ("14.3", 14.3), ("1,5", 1.5), ("1,234.5", 1234.5), ("1.234,5", 1234.5)],
)
def test_parse_number(raw: str, value: float) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize(
    ("text", "usd"),
    [("연봉 1000억 제시", 73_000_000), ("年収1億を提示", 670_000)],
    ids=["ko", "ja"],
)
def test_a_pay_word_names_the_currency_a_scale_word_leaves_out(text: str, usd: int) -> None:
    found = find_amounts(fold(text), default_rules().amounts)
    assert [round(a.usd, -4) for a in found] == [usd]


def test_a_scale_word_without_a_pay_word_is_no_amount() -> None:
    assert find_amounts(fold("매개변수 1000억 개"), default_rules().amounts) == []


def test_a_sign_after_a_number_is_not_taken_from_the_next_amount() -> None:
    found = find_amounts(fold("Raised in 2024 $50m from investors"), default_rules().amounts)
    assert [a.usd for a in found] == [50_000_000]


def test_amounts_record_their_currency() -> None:
    found = find_amounts(
        fold("150 million dollars (about 1,250 crore rupees)"), default_rules().amounts
    )
    assert [a.currency for a in found] == ["USD", "INR"]


# (title, text, amount): which amount of an offer is the pay
CHOSEN = [
    # the same sum in two currencies: the dollar figure as the text states it
    (
        "Lab poaches researcher",
        "Meta offered the researcher a pay package of 150 million dollars "
        "(about 1,250 crore rupees) over four years.",
        150_000_000,
    ),
    # the price of a company in the same sentence as the pay
    (
        "Meta hires a founder",
        "Meta offered her a pay package of $200 million, after it invested "
        "$14.3 billion in her former startup.",
        200_000_000,
    ),
    (
        "Meta挖角研究员",
        "Meta以四年2.5亿美元的薪酬挖走一名研究员,此前它还斥资143亿美元买下一家初创公司近半股份。",
        250_000_000,
    ),
    # "¥" in Chinese text is the yuan, in Japanese the yen
    (
        "字节跳动为AI研究员开出年薪¥500万",
        "字节跳动向一名大模型研究员开出年薪¥500万的薪酬包。",
        700_000,
    ),
    (
        "ソニー、AI人材に年収¥3000万を提示",
        "ソニーはAI研究者に年収¥3000万の報酬を提示した。",
        201_000,
    ),
    # a range and the first year: the largest sum of the package
    (
        "Researchers offered record pay",
        "Meta offered researchers pay packages ranging from $200 million to $500 million "
        "over four years, with $100 million in the first year.",
        500_000_000,
    ),
]


@pytest.mark.parametrize(("title", "text", "usd"), CHOSEN)
def test_the_pay_is_chosen(title: str, text: str, usd: int) -> None:
    a = analyse(title, text)
    assert "offer" in a.categories
    assert a.entities.amount_usd == usd


@pytest.mark.parametrize(
    ("text", "lang", "usd"),
    [
        ("a $5 mil signing bonus", "en", 5_000_000),  # English shortens million to "mil"
        ("500 mil dólares al año", "es", 500_000),  # Spanish: a thousand
        ("500 mil dólares por ano", "pt", 500_000),
        ("eine Billion Dollar", "de", 1_000_000_000_000),  # German: a million millions
        ("1 billion de dollars", "fr", 1_000_000_000_000),
        ("1 billion dollars", "en", 1_000_000_000),
    ],
)
def test_a_scale_word_is_read_as_its_language_reads_it(text: str, lang: str, usd: int) -> None:
    amounts = find_amounts(fold(text), default_rules().amounts, lang)
    assert [a.usd for a in amounts] == [usd]


def test_a_language_scale_for_an_unknown_word_is_a_config_error() -> None:
    from watcher.classify.amounts import compile_amounts
    from watcher.errors import ConfigError

    with pytest.raises(ConfigError, match="scale_by_lang"):
        compile_amounts({"scale": {"mil": 1e3}, "scale_by_lang": {"en": {"bn": 1e9}}})
