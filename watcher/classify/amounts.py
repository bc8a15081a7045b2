"""Money amounts in many notations, converted to whole US dollars.

Understands "$250 million", "US$14.3b", "US$100-200 million" (a range keeps its upper
bound), "$400.000" (European thousands separator), "2 milioni di dollari",
"300 millions de dollars", "€50m" (fixed FX rates from seeds/amounts.toml), "2億ドル",
"1억 달러", "3亿美元", "2億5000万ドル", "两亿美元" (Chinese numerals), "₹10 crore",
"100 000 €", "100 M$", single units without a numeral ("مليار دولار", "a billion"
in Arabic: the [exact] table), and magnitude words ("nine-figure", "neunstellig": a
flagged lower bound). All parsing runs on folded text (see text.fold).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from watcher.classify.text import fold
from watcher.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount found in a text: value in USD, whether a lower bound, and its span."""

    usd: int
    lower_bound: bool
    start: int
    end: int
    currency: str = ""  # the currency written ("" for a magnitude word)


@dataclass(frozen=True, slots=True)
class AmountRules:
    """Compiled amount grammar: one regex for numbers, one for magnitude words."""

    number_re: re.Pattern[str]
    magnitude_re: re.Pattern[str] | None
    fx: Mapping[str, float]
    prefix: Mapping[str, str]
    suffix: Mapping[str, str]
    scale: Mapping[str, float]
    magnitude: Mapping[str, float]
    numbers: Mapping[str, float]
    exact_re: re.Pattern[str] | None = None
    exact: Mapping[str, float] | None = None
    # a scale word one language reads its own way ("mil": a thousand in Spanish and
    # Portuguese, a million in English "$5 mil"): language -> word -> factor
    lang_scale: Mapping[str, Mapping[str, float]] | None = None
    # a unit word glued between the digits of one number ("2천700억": 2,700 hundred millions)
    glued: Mapping[str, float] | None = None
    # pay words after which a number with a scale word of the script and no currency is in
    # the local one ("연봉 1000억": KRW); the regex ends at such a word and the space after it
    implied_re: re.Pattern[str] | None = None
    implied: Mapping[str, str] | None = None


_NUM = r"\d{1,3}(?:[.,'\u2009 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Chinese and Japanese numerals before a scale word: "两亿美元", "一千万美元", "十亿美元"
_HAN_DIGITS = {
    **{"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5},
    **{"六": 6, "七": 7, "八": 8, "九": 9},
}
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
_HAN = "[" + "".join([*_HAN_DIGITS, *_HAN_UNITS]) + "]+"
_VAGUE = frozenset("数數几幾上")
YEAR = re.compile(r"(?:19|20)\d\d")  # a year written as a number, no amount


def han_number(raw: str) -> float:
    """Read "两", "十", "一千", "三十五" (a numeral below ten thousand)."""
    total = digit = 0
    for ch in raw:
        if ch in _HAN_DIGITS:
            digit = _HAN_DIGITS[ch]
        else:
            total += (digit or 1) * _HAN_UNITS[ch]
            digit = 0
    return float(total + digit)


def _after(word: str) -> str:
    """Latin words must end at a word boundary; CJK ones need not. A currency sign
    after a number ("100 €", "100 M$") must not be the sign of a number that follows
    ("in 2024 $50m")."""
    tail = ""
    if word[-1].isascii() and word[-1].isalpha():
        tail = "(?![a-z])"
    elif not word[-1].isalnum() and not word[-1] == ".":
        tail = r"(?!\s?\d)"
    return re.escape(word) + tail


def compile_amounts(
    spec: Mapping[str, Mapping[str, Any]], range_words: Sequence[str] = ()
) -> AmountRules:
    """Build the amount regexes from the [fx]/[prefix]/[suffix]/[scale]/[magnitude] tables
    and the words that join the two ends of a range ("to", "bis": the lexicons' [grammar]
    range)."""
    prefix = {str(k): str(v) for k, v in spec.get("prefix", {}).items()}
    suffix = {str(k): str(v) for k, v in spec.get("suffix", {}).items()}
    scale = {str(k): float(v) for k, v in spec.get("scale", {}).items()}
    magnitude = {str(k): float(v) for k, v in spec.get("magnitude", {}).items()}
    fx = {str(k): float(v) for k, v in spec.get("fx", {}).items()}
    numbers = {fold(str(k)): float(v) for k, v in spec.get("numbers", {}).items()}
    scales = "|".join(_after(w) for w in sorted(scale, key=len, reverse=True))
    suffixes = "|".join(_after(w) for w in sorted(suffix, key=len, reverse=True))
    words = rf"|(?<!\w)(?P<word>{_alt(list(numbers))})(?=\s(?:{scales}))" if numbers else ""
    cjk = sorted((w for w in scale if not w.isascii()), key=len, reverse=True)
    cjk_scales = "|".join(re.escape(w) for w in cjk)
    words += rf"|(?P<han>{_HAN})(?=(?:{cjk_scales}))" if cjk_scales else ""
    # "2億5000万ドル", "3억5천만", "1조3000억", "33만8천300달러": a count of 10^4, 10^8 or 10^12
    # written before the rest of the number
    dashes = "|".join(["-", *(re.escape(w) for w in range_words), "~", "〜", "～"])
    oku = [w for w, v in scale.items() if v in (1e4, 1e8, 1e12) and not w.isascii()]
    high = rf"(?:(?P<hi>\d+|{_HAN})\s?(?P<hiscale>{_alt(oku)})\s?)?" if oku else ""
    glued = {str(k): float(v) for k, v in spec.get("glued", {}).items()}
    # "2천700억원", "1천20억원": thousands written with a word inside the number
    high += rf"(?:(?P<glued>\d+)(?P<gword>{_alt(list(glued))})(?=\d))?" if glued else ""
    pattern = (
        rf"(?:(?<![a-z])(?P<pre>{_alt(list(prefix))})\s?)?{high}"
        rf"(?P<num>{_NUM}{words})(?:\s?(?:{dashes})\s?(?P<num2>{_NUM}))?"
        # "a $100-million package", "ein 100-Millionen-Dollar-Angebot"
        rf"(?:[\s-]?(?P<scale>{scales}))?"
        rf"(?:[\s-]?(?P<suf>{suffixes}))?"
    )
    mag = re.compile(rf"(?<![a-z])(?:{_alt(list(magnitude))})") if magnitude else None
    exact = {fold(str(k)): float(v) for k, v in spec.get("exact", {}).items()}
    one = re.compile(rf"(?<!\w)(?:{_alt(list(exact))})(?!\w)") if exact else None
    lang_scale = {
        str(lang): {str(k): float(v) for k, v in words.items()}
        for lang, words in spec.get("scale_by_lang", {}).items()
    }
    unknown = {w for words in lang_scale.values() for w in words} - scale.keys()
    if unknown:
        raise ConfigError(f"amounts: scale_by_lang: words not in [scale]: {sorted(unknown)}")
    implied = {str(k): str(v) for k, v in spec.get("implied", {}).items()}
    # "年薪高达300万", "연봉 최대 100억", "年俸は1億": a short word of reach or a particle
    # may stand between the pay word and the number
    implied_re = (
        re.compile(rf"(?P<word>{_alt(list(implied))})\s?(?:[^\W\d]{{1,3}}\s?)?$")
        if implied
        else None
    )
    return AmountRules(
        re.compile(pattern),
        mag,
        fx,
        prefix,
        suffix,
        scale,
        magnitude,
        numbers,
        one,
        exact,
        lang_scale,
        glued,
        implied_re,
        implied,
    )


def parse_number(raw: str) -> float:
    """Read a number written with '.', ',', apostrophe or thin-space separators.

    With both '.' and ',' the last one is the decimal mark; a single kind of separator
    followed by exactly three digits (or repeated) groups thousands ("$400.000" = 400000).
    """
    s = raw.replace(" ", "").replace("\u2009", "").replace("'", "")
    if "." in s and "," in s:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if dec == "." else ".", "").replace(dec, ".")
    elif "." in s or "," in s:
        sep = "." if "." in s else ","
        parts = s.split(sep)
        if len(parts) > 2 or len(parts[1]) == 3:
            s = "".join(parts)
        else:
            s = ".".join(parts)
    return float(s)


def find_amounts(folded: str, rules: AmountRules, lang: str = "en") -> list[Amount]:
    """All currency amounts in `folded` text, in order of appearance."""
    found: list[Amount] = []
    own = rules.lang_scale.get(lang, {}) if rules.lang_scale else {}  # this language's scale
    for m in rules.number_re.finditer(folded):
        pre, suf, scale = m.group("pre"), m.group("suf"), m.group("scale")
        local = ""
        if not pre and not suf:
            # "연봉 1000억", "年収1億": a pay word names the currency the scale word leaves out
            if not (scale and not scale.isascii() and rules.implied_re and rules.implied):
                continue
            if (m.group("han") or "") in _HAN_UNITS:
                continue  # "年薪千万": a tier of pay named loosely, no sum
            said = rules.implied_re.search(folded, max(0, m.start() - 12), m.start())
            if said is None:
                continue
            local = rules.implied[said.group("word")]
        if not pre and not scale and suf not in rules.prefix and YEAR.fullmatch(m.group("num")):
            continue  # "who in 2024 won the award", "năm 2025 do": a year, not a sum
        currency = local or rules.prefix.get(pre or "") or rules.suffix.get(suf or "") or "USD"
        if currency == "JPY" and pre in ("¥", "￥") and lang == "zh":
            currency = "CNY"
        word, han = m.group("word"), m.group("han")
        if word:
            before = folded[max(0, m.start() - 12) : m.start()].split()
            if before and rules.numbers.get(before[-1], 1) != 1:
                continue  # "two hundred million": a compound this table cannot add up
        try:
            if word:
                value = rules.numbers[word]
            elif han:
                value = han_number(han)
            else:
                value = parse_number(m.group("num2") or m.group("num"))
        except ValueError:
            continue
        if rules.glued and m.group("glued"):
            value += int(m.group("glued")) * rules.glued[m.group("gword")]
        value *= own.get(scale or "", rules.scale.get(scale or "", 1.0))
        hi = m.group("hi")
        if hi:
            value += (int(hi) if hi.isdigit() else han_number(hi)) * rules.scale[m.group("hiscale")]
        usd = value * rules.fx.get(currency, 1.0)
        # "数千万美元", "几十亿美元": some tens of millions, a count left vague
        vague = (
            bool(han or (hi and not hi.isdigit())) and folded[m.start() - 1 : m.start()] in _VAGUE
        )
        if usd >= 1:
            found.append(Amount(round(usd), vague, m.start(), m.end(), currency))
    if rules.exact_re is not None and rules.exact:
        for m in rules.exact_re.finditer(folded):
            if any(a.start < m.end() and m.start() < a.end for a in found):
                continue  # "2 مليار دولار": the numeral already counted
            found.append(Amount(int(rules.exact[m.group(0)]), False, m.start(), m.end(), "USD"))
    if rules.magnitude_re is not None:
        for m in rules.magnitude_re.finditer(folded):
            if any(a.start < m.end() and m.start() < a.end for a in found):
                continue  # "2 milioni di dollari" is already a concrete amount
            usd = rules.magnitude[m.group(0)]
            found.append(Amount(int(usd), True, m.start(), m.end()))
    found.sort(key=lambda a: a.start)
    return found
