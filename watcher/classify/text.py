"""Text primitives: length-preserving folding, word boundaries, sentence spans.

Folding lowers case, strips Latin accents and unifies quotes, dashes and spaces, one
character for one character, so that offsets found in the folded text are valid in the
original text (evidence is quoted from the original).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

_SPECIAL = {
    "ø": "o",
    "đ": "d",
    "ł": "l",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
    "ð": "d",
    "þ": "t",
    "\n": " ",
    "\t": " ",
    "\r": " ",
    "\xa0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2007": " ",
    "’": "'",
    "‘": "'",
    "‚": "'",
    "ʼ": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "\u00ad": "-",
}


def _build_table() -> dict[int, str]:
    """Map each accented Latin letter (U+00C0..U+024F, and U+1E00..U+1EFF where most
    Vietnamese letters with two marks live, "ế", "ộ", "ữ") to its base letter."""
    table: dict[int, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[code] = base.lower()
    for ch, repl in _SPECIAL.items():
        table[ord(ch)] = repl
    return table


_TABLE = _build_table()


_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group(0).translate(_TABLE)


def fold(text: str) -> str:
    """Casefold-like lowering plus accent folding; always the same length as `text`."""
    if "İ" in text:  # the one letter whose lower() is two characters long
        text = text.replace("İ", "I")
    # str.translate is slow on non-ASCII text; a regex visits only the characters to fold.
    return _FOLDABLE.sub(_fold_run, text.lower())


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_cjk(term: str) -> bool:
    """True when the term contains Chinese, Japanese or Korean characters."""
    return _CJK.search(term) is not None


# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer and CJK (Korean
# puts spaces between words, but its particles cling to them). Terms in these scripts match
# without word boundaries, and their characters border Latin words like a space does.
_SPACELESS = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f"
    r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


def is_spaceless(text: str) -> bool:
    """True when `text` holds a letter of a script written without spaces between words."""
    return _SPACELESS.search(text) is not None


_JOINERS = frozenset("\u200c\u200d")  # zero-width (non-)joiner: inside Persian and Indic words
_TATWEEL = "\u0640"  # Arabic kashida: ties a prefix to a foreign word ("لـOpenAI")


@lru_cache(maxsize=4096)  # asked of every character around every term: read once
def is_word_char(ch: str) -> bool:
    """A letter, digit or combining mark that joins a word (used for word-boundary tests).

    Vowel signs, viramas and nuktas (Devanagari "ि", "्") and Arabic/Hebrew points are
    inside a word although str.isalnum() is False for them, and so is the zero-width
    non-joiner of Persian spelling. The Arabic tatweel after a clitic ("لـOpenAI") ends
    the clitic. Characters of scripts written without spaces (Thai, CJK) border a Latin
    word like a space does.
    """
    if ch < "\u0e00":
        if ch.isalnum():
            return ch != _TATWEEL
        return ch in _JOINERS or (ch > "\u02ff" and unicodedata.category(ch)[0] == "M")
    if _SPACELESS.match(ch) is not None or ch >= "\u2e80":
        return False
    return ch.isalnum() or ch in _JOINERS or unicodedata.category(ch)[0] == "M"


# A sentence ends at . ! ? followed by space and a capital (of any cased alphabet: Latin,
# Cyrillic, Greek), a quote, a digit or kana/hanzi/hangul, at a newline, at a bullet, or
# after CJK full stops. (No leading lookbehind: the scan stays fast. The first character
# of every ending is matched by one class, then a lookbehind tells which ending it opens:
# a regex that starts with a class lets the engine skip to the characters in it, one
# that starts with alternatives tries each at every character.) Scripts without
# capitals (Arabic, Hebrew, Devanagari, Thai) end sentences at newlines and bullets.
_SENTENCE_END = re.compile(
    r"[.!?…\s。！？](?:(?<=[.!?…])[\"'”’)\]]*[^\S\n]+(?=[\"'“‘(\[•\-–]*([^\W_]))"
    r"|(?<=\n)\s*|(?<=\s)•\s|(?<=[。！？]))"
)
_CJK_START = re.compile(r"[0-9\u3040-\u9fff\uac00-\ud7af]")

# A number and a short capitalised abbreviation before the period: a scale word, not
# the end of a sentence ("1 Mrd. Dollar", "100 Mio. Euro": German capitalises the noun).
_SCALE_ABBREVIATION = re.compile(r"\d\s?[A-Z][a-z]{1,3}$")


def sentence_starts(
    text: str, abbreviation: re.Pattern[str] | None = None, until: int | None = None
) -> list[int]:
    """Start offsets of the sentences of `text` (always begins with 0). A period after an
    initial, a scale word or a match of `abbreviation` (a title or an abbreviation names
    follow, read from the lexicons: `Grammar.abbreviation`) ends no sentence.

    With `until`, the scan stops at the first start past that offset: the starts up to it
    and the one after are all that a reader of the beginning needs (`view.lead`), and a
    long article is not scanned to its end for them.
    """
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        if m.end() > starts[-1] and m.end() < len(text):
            first = m.group(1)
            if first is not None and not (first.isupper() or _CJK_START.match(first)):
                continue
            at = m.start()
            if text[at] == "." and (
                _SCALE_ABBREVIATION.search(text, max(0, at - 8), at)
                or _initial(text, at)
                or (abbreviation is not None and abbreviation.search(text, max(0, at - 12), at))
            ):
                continue
            starts.append(m.end())
            if until is not None and m.end() > until:
                break
    return starts


# words a single capital follows that is no initial ("a Series B.", "Plan B.")
_NOT_INITIAL_AFTER = frozenset(
    {"series", "round", "class", "plan", "part", "phase", "type", "tier"}
)


def _initial(text: str, at: int) -> bool:
    """A single capital before the period at `at`: an initial ("Andrew Y. Ng", "И. Петров"),
    which ends no sentence; not the last letter of a dotted abbreviation ("the U.S."), a
    letter that names a round or a plan ("a Series B.") nor the platform X."""
    if at == 0 or not text[at - 1].isupper() or text[at - 1] == "X":  # "a post on X."
        return False
    if at == 1:
        return True
    if text[at - 2].isalnum() or text[at - 2] == ".":
        return False
    before = text[max(0, at - 12) : at - 1].split()
    return not (before and before[-1].lower() in _NOT_INITIAL_AFTER)


def sentences(text: str, abbreviation: re.Pattern[str] | None = None) -> list[str]:
    """The sentences of `text` (see `sentence_starts`), trailing whitespace kept."""
    starts = sentence_starts(text, abbreviation)
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def sentence_index(starts: list[int], offset: int) -> int:
    """Index of the sentence that contains `offset`."""
    return bisect_right(starts, offset) - 1


def sentence_span(starts: list[int], index: int, length: int) -> tuple[int, int]:
    """(start, end) of sentence `index`; end excludes trailing whitespace."""
    end = starts[index + 1] if index + 1 < len(starts) else length
    return starts[index], end
