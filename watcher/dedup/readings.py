"""Readings of names across alphabets and grammar, for event linking.

`names.py` keys a name exactly (and links Latin to kana, hangul and pinyin through
consonant skeletons); this module reads more loosely, for evidence rather than keys:

- `loose(token)`: a consonant-class skeleton of a token in any alphabet, read through
  anyascii, that survives declension, suffixes and the vowels abjads leave out;
- `same_reading(a, b)`: two person keys for one person up to case endings, one letter
  of transliteration, words glued to the name, or a different alphabet;
- `spoken(title, text)` / `mention(key, spoken)`: the words of a text that could be
  names, and whether a person is written among them (in full, or the surname alone);
- `han_reading(title, text)` / `han_mentions(key, reading)`: Chinese characters read
  in pinyin, syllable by syllable, and whether a Latin-spelled name is among them;
- `sound(token)` / `same_sound(a, b)`: one consonant reading for every alphabet, and
  two person keys transcribed from one name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from watcher.dedup.names import _latin_skeleton, _token_skeleton, script

# A coarser skeleton for names in scripts read through anyascii (Cyrillic, Greek, Hebrew,
# Arabic, Devanagari, Thai...) and for declined or suffixed forms: abjads write vowels
# as w/v/y or not at all, so those are dropped along with the vowels.

_LOOSE_DROP = re.compile(r"[^a-z]|[vwy]")
# a word: a run up to the next space, digit or punctuation (combining vowel signs of
# Devanagari or Thai stay inside the word)
_WORD_RUN = re.compile(r"[^\s\d.,;:!?()\[\]{}\"“”«»„|/<>·・&*+=#@%~\-]+")
_LOOSE_SCRIPTS = frozenset({"latin", "other"})
# how transliteration tables write one sound that a Latin spelling writes with one
# letter ("Джон" -> "Dzhon" / "John"); and the English "-tion" as it is said, the way
# kana and hangul write it ("Reflection" / "リフレクション", "rifurekushon")
_TRANSLIT = (("dzh", "j"), ("dž", "j"), ("dz", "j"), ("tion", "shon"))


# Devanagari writes a nasal before a consonant with one sign (anusvara), which a
# transliteration table reads as m: "हिंटन" -> "himtn" for Hinton, "वांग" -> "vamg" for
# Wang. It is an n except before p, ph, b, bh, m.
_ANUSVARA = re.compile("\u0902(?=([\u092a-\u092e])?)")


def _nasal(m: re.Match[str]) -> str:
    return "\u092e\u094d" if m.group(1) else "\u0928\u094d"


@lru_cache(maxsize=16384)
def loose(token: str) -> str:
    """`Суцкевер`, `Sutskevera`, `מוראטי` -> a consonant-class skeleton (see above)."""
    kind = script(token)
    if kind not in _LOOSE_SCRIPTS:
        return _token_skeleton(token)
    if token[:1].isascii():
        token = re.split(r"['’]", token)[0]  # "Murati'nin", "Brandt'ın": a suffix
    latin = anyascii(_ANUSVARA.sub(_nasal, token)).lower()
    for digraph, sound in _TRANSLIT:
        latin = latin.replace(digraph, sound)
    latin = _LOOSE_DROP.sub("", latin)
    return re.sub(r"(.)\1+", r"\1", _latin_skeleton(latin))


def _loose_match(mine: str, theirs: str, across: bool = False) -> bool:
    """Equal loose skeletons, or a declined/suffixed form: one more consonant at the end
    of a skeleton of three or more ("Muratiny" / "Murati", "Zophem" / "Zoph"). `across`
    two alphabets, one more consonant anywhere: a letter one alphabet writes and the other
    leaves out ("Хинтон" read "Khinton" / "Hinton", "سوتسكيفر" with an f for the v that
    the Latin reading drops as a vowel sign)."""
    if mine == theirs:
        return True
    short, long_ = sorted((mine, theirs), key=len)
    if len(short) < 3 or len(long_) != len(short) + 1:
        return False
    if long_.startswith(short):
        return True
    return across and any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def spoken(title: str, text: str, limit: int = 1500) -> tuple[str, ...]:
    """The loose skeletons of the words of the title and lead that could be names:
    capitalised Latin words, and every word of a caseless alphabet (a name in Hebrew or
    Devanagari has no capital to spot it by). Kana, hangul and Chinese characters are
    read elsewhere (`written`, pinyin keys)."""
    lead = f"{title}\n{text}"[: len(title) + limit]
    found = set()
    for m in _WORD_RUN.finditer(lead):
        word = m.group(0)
        kind = script(word)
        if not word[0].isalpha() or (kind == "latin" and not word[0].isupper()):
            continue
        if kind not in _LOOSE_SCRIPTS or len(word) > 24:
            continue
        skel = loose(word)
        if len(skel) >= 2:
            found.add(skel)
    return tuple(sorted(found))


@lru_cache(maxsize=16384)
def mention(key: str, spoken_words: tuple[str, ...] | frozenset[str], strict: bool = False) -> str:
    """How a person (key) is named in a text read by `spoken`: "full" (every name token
    of two consonants or more, two tokens or more, five consonants or more in all),
    "surname" (one token of three consonants or more), or "" (not named). `strict`
    counts only a full mention of every token of the key, each of three consonants or
    more (short skeletons meet by chance: "Ben" reads like "OpenAI")."""
    tokens = sorted({loose(t) for t in key.split()} - {""}, key=len, reverse=True)
    tokens = [t for t in tokens if len(t) >= 2]
    if not tokens or not spoken_words:
        return ""
    heard = [any(_loose_match(t, w) for w in spoken_words) for t in tokens]
    full = len(tokens) >= 2 and all(heard) and sum(len(t) for t in tokens) >= 5
    if strict:  # every token of the key, none too short to tell
        every = all(len(loose(t)) >= 3 for t in key.split())
        return "full" if full and every else ""
    if full:
        return "full"
    if any(h and len(t) >= 3 for t, h in zip(tokens, heard, strict=True)):
        return "surname"
    return ""


def _stem_match(x: str, y: str, endings: frozenset[str]) -> bool:
    """`jasona` / `jason`: equal, or one is the other plus a case ending."""
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 3 and long_.startswith(short) and long_[len(short) :] in endings


# letters that transliteration tables use for one sound ("Ilja" / "Ilya", "Wiktor" / "Viktor")
_LETTER_VARIANTS = frozenset(
    frozenset(p) for p in (("j", "y"), ("i", "y"), ("k", "c"), ("v", "w"), ("s", "z"))
)


def _one_letter(x: str, y: str) -> bool:
    """`ilja` / `ilya`: two Latin spellings of four letters or more, one letter apart,
    the two letters variants of one sound."""
    if min(len(x), len(y)) < 4 or not (x + y).isascii() or len(x) != len(y):
        return False
    diff = [frozenset((p, q)) for p, q in zip(x, y, strict=True) if p != q]
    return len(diff) == 1 and diff[0] in _LETTER_VARIANTS


@lru_cache(maxsize=65536)
def same_reading(a: str, b: str, endings: frozenset[str] = frozenset()) -> bool:
    """Two keys read alike: every token of the shorter key matches a token of the longer
    one, spelled alike up to a case ending ("jasona wei" / "jason wei", "geofrey hinton
    pionir" / "geofrey hinton") or through the loose skeleton across alphabets ("илья
    суцкевер" / "ilya sutskevr"). Two tokens or more; when a token matches only through
    its skeleton, four consonants or more in all."""
    ta, tb = a.split(), b.split()
    short, long_ = sorted((ta, tb), key=len)
    if len(short) < 2:
        return False
    free = list(long_)  # each token of the longer key answers for one token only
    left = []
    for s in short:  # spelled alike first, so that a loose reading cannot claim them
        hit = next((t for t in free if _stem_match(s, t, endings)), None)
        if hit is None:
            left.append(s)
        else:
            free.remove(hit)
    loose_only = spelled = 0
    for s in left:
        hit = None if spelled else next((t for t in free if _one_letter(s, t)), None)
        spelled += hit is not None  # one token spelled one letter apart, at most
        if hit is None:
            ls = loose(s)  # across alphabets only: two Latin spellings were compared above
            hit = next(
                (
                    t
                    for t in free
                    if ls and not (s + t).isascii() and _loose_match(ls, loose(t), across=True)
                ),
                None,
            )
            loose_only += hit is not None
        if hit is None:
            return False
        free.remove(hit)
    return not loose_only or sum(len(loose(s)) for s in short) >= 4


_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def han_reading(title: str, text: str, limit: int = 600) -> str:
    """The runs of Chinese characters of the title and lead read in pinyin, one syllable
    per character, without tones ("姚顺雨加入" -> "yao-shun-yu-jia-ru"), runs apart: a
    name the extractor missed can still be found in it by its Latin spelling."""
    lead = f"{title}\n{text}"[: len(title) + limit]
    return " ".join(
        "-".join(anyascii(ch).lower() for ch in m.group(0)) for m in _HAN_RUN.finditer(lead)
    )


def han_mentions(key: str, reading: str) -> bool:
    """Whether a Latin person key of two tokens (surname and given name, in either
    order, six letters or more) is read in a `han_reading`, starting and ending on
    syllables ("xiaoming wang" in "wang-xiao-ming", not in "wang-xiao-ming-li-kai" as
    "xiaoming li")."""
    tokens = key.split()
    if len(tokens) != 2 or not reading or not key.isascii():
        return False
    for run in reading.split():
        syllables = run.split("-")
        bounds = {0}
        for syl in syllables:
            bounds.add(max(bounds) + len(syl))
        joined = "".join(syllables)
        for name in (tokens[0] + tokens[1], tokens[1] + tokens[0]):
            if len(name) < 6:
                continue
            at = joined.find(name)
            while at >= 0:
                if at in bounds and at + len(name) in bounds:
                    return True
                at = joined.find(name, at + 1)
    return False


# -- one reading for every alphabet ------------------------------------------------------
#
# A name the people table does not know reaches each language in its own transcription:
# "Daniel Rosen" is ダニエル・ローゼン, 대니얼 로젠, 丹尼尔·罗森, דניאל רוזן, دانيال روزن,
# डेनियल रोज़न. `sound` reads every one of them into the same consonant classes: what
# transcription keeps of a foreign name is its consonants, while vowels, h, w, y and v
# (which abjads also write for vowels), and r and l (which kana and hangul add to a vowel
# or write for each other, and Chinese adds or leaves out) are not kept alike.

# Hebrew bet stands for b in foreign names (anyascii reads it v, which is dropped with
# vav); a geresh turns gimel, zayin and tsadi into j, zh and ch ("ג׳ון" is John).
_HEBREW = str.maketrans({"ב": "b"})
_GERESH = (("ג׳", "j"), ("ז׳", "zh"), ("צ׳", "ch"))
# The small tsu of kana doubles the next consonant: no sound of its own.
_SOKUON = str.maketrans({"ッ": None, "っ": None})
# Greek writes a foreign b, d, g at the start of a word as μπ, ντ, γκ.
_GREEK_START = re.compile(r"^(mp|nt|gk)")
_GREEK_STOPS = {"mp": "b", "nt": "d", "gk": "g"}
# Thai writes the vowels e, ae, o, ai before the consonant they follow in speech
_THAI_PREPOSED = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_SOUND_DROP = re.compile(r"[^a-z]|[vwyh]")


@lru_cache(maxsize=16384)
def _transcribed(token: str) -> str:
    """A token in lower-case Latin letters, read as a transcription (see above)."""
    kind = script(token)
    text = _THAI_PREPOSED.sub(r"\2\1", token.translate(_HEBREW).translate(_SOKUON))
    for letters, sound_ in _GERESH:
        text = text.replace(letters, sound_)
    latin = anyascii(text).lower()
    if kind == "han":  # pinyin q and x are ch and sh sounds
        latin = latin.replace("q", "ch").replace("x", "sh")
    elif kind == "latin":
        # a key read from Cyrillic or Greek: х for a foreign h, μπ / ντ / γκ for b / d / g
        latin = _GREEK_START.sub(lambda m: _GREEK_STOPS[m.group(1)], latin)
        latin = latin.replace("kh", "h")
    for digraph, one in (("dzh", "j"), ("tion", "shon"), ("kh", "k")):
        latin = latin.replace(digraph, one)
    return latin


@lru_cache(maxsize=16384)
def sound(token: str, liquids: bool = False) -> str:
    """`ローゼン`, `로젠`, `罗森`, `רוזן`, `روزن`, `rosen` -> "SN" (see above). `liquids`
    keeps r and l (as R): two spellings in Latin letters, one of them read from Cyrillic
    or Greek, which write them as the Latin spelling does."""
    raw = _latin_skeleton(_SOUND_DROP.sub("", _transcribed(token)))
    return re.sub(r"(.)\1+", r"\1", raw if liquids else raw.replace("R", ""))


def onset(token: str) -> str:
    """How a token begins: "V" with a vowel (or a letter that stands for one: alef, ayin,
    w, y, h: "Amit" / "עמית", "Walsh" / "والش"), "?" with a v (a b in kana and hangul,
    a w in Chinese), else "C" ("Marta")."""
    first = _transcribed(token)[:1]
    if first == "v":
        return "?"
    return "C" if first.isalpha() and first not in "aeiouwyh" else "V"


def _sound_near(x: str, y: str) -> bool:
    """Equal sounds, or sounds of three classes or more one class apart (a letter one
    transcription keeps and another leaves out or hears differently)."""
    if x == y:
        return True
    if min(len(x), len(y)) < 3 or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long_ = sorted((x, y), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=65536)
def same_sound(a: str, b: str, liquids: bool = False) -> bool:
    """Two person keys transcribed from one name: every token of the shorter key (two
    tokens or more, none silent) sounds like a token of the other and begins alike (a
    vowel, or not: "Amit Sagi" is not "Marta Wojcik"), four classes or more in all
    ("דניאל רוזן" / "ダニエル ローゼン"); `liquids`: see `sound`."""
    ta = [(sound(t, liquids), onset(t)) for t in a.split()]
    tb = [(sound(t, liquids), onset(t)) for t in b.split()]
    short, long_ = sorted((ta, tb), key=len)
    if len(short) < 2 or not all(s for s, _ in short):
        return False
    free = list(long_)
    for s, o in short:
        fits = [t for t in free if o == t[1] or "?" in (o, t[1])]
        hit = next((t for t in fits if t[0] == s), None) or next(
            (t for t in fits if _sound_near(s, t[0])), None
        )
        if hit is None:
            return False
        free.remove(hit)
    return sum(len(s) for s, _ in short) >= 4
