"""Keys for event dedup: `slug` for organisations and targets, and person-name keys that
are case-, accent-, order- and spelling-insensitive.

Two layers:

- `person_key(name)` is the exact key: Unicode-folded, lower case, accents removed,
  punctuation dropped, "Wei, Jason" turned round, tokens sorted (so "Wu Yonghui" and
  "Yonghui Wu" agree), and a few Latin transliteration variants unified ("Aleksandr",
  "Alexander", "Alexandr" -> one spelling). Idempotent by construction.
- `skeleton(key)` is a coarse consonant skeleton per name token, used only to link a
  name written in Latin letters with the same name written in katakana or hangul
  ("Matt Deitke" / "マット・デイトキー", "John Schulman" / "존 슐먼"). Vowels, h/w/y and
  a final r (which Japanese and Korean do not write) are dropped; consonants fall into
  broad classes.
- A Chinese name of two or three characters is read in pinyin, surname first ("姚顺雨"
  -> "Yao Shunyu"), before the rest; longer runs and transliterations of foreign names
  ("约翰·舒尔曼") are read in pinyin and linked to a name in another script when some
  part of each reads alike; they never count as a different person.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from watcher.models import Match


def slug(text: str) -> str:
    """`Karén Simonyan` → `karen-simonyan`: case- and accent-insensitive, for keys."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return out or hashlib.sha256(text.encode()).hexdigest()[:12]


def match_key(category: str, match: Match) -> str:
    """`departure:jason-wei:openai>meta` from a match alone (when no event signature was
    made): what happened, to whom, from where to where."""
    ents = match.entities
    who = slug(ents.people[0]) if ents.people else (slug(ents.orgs[0]) if ents.orgs else "")
    direction = ""
    if ents.from_org or ents.to_org:
        direction = f"{slug(ents.from_org or '?')}>{slug(ents.to_org or '?')}"
    return ":".join(p for p in (category, who, direction) if p)


_SPECIAL = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ı": "i", "ß": "ss", "æ": "ae"})
_SEPARATORS = re.compile(r"[\s・·･‧.,'’\-_/]+")
_HONORIFICS = ("さん", "氏", "씨")
# Latin spelling variants, applied in order until nothing changes.
_LATIN_VARIANTS: tuple[tuple[str, str], ...] = (
    ("ph", "f"),
    ("ck", "k"),
    ("ks", "x"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("ij", "y"),
    ("ue", "u"),
    ("oe", "o"),
    ("ae", "a"),
    ("ie$", "i"),
    ("er$", "r"),
    ("(.)\\1", "\\1"),
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().translate(_SPECIAL)
    return "".join(_strip_accent(ch) for ch in text)


def _strip_accent(ch: str) -> str:
    """`é` -> `e`; letters of other scripts (kana with dakuten, hangul) stay whole."""
    if ch.isascii():
        return ch
    base = unicodedata.normalize("NFKD", ch)
    stripped = "".join(c for c in base if not unicodedata.combining(c))
    return stripped if stripped.isascii() and stripped else ch


def _latin_token(token: str) -> str:
    previous = None
    while previous != token:
        previous = token
        for pattern, repl in _LATIN_VARIANTS:
            token = re.sub(pattern, repl, token)
    return token


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _pinyin(name: str) -> str:
    """`姚顺雨` -> `Yao Shunyu`: a Chinese name (surname first) in pinyin, so that it meets
    the same name written in Latin letters."""
    syllables = re.findall(r"[A-Z][a-z]*", anyascii(name))
    if len(syllables) != len(name):
        return name
    return f"{syllables[0]} {''.join(syllables[1:]).lower()}"


@lru_cache(maxsize=8192)
def person_key(name: str) -> str:
    """`Jason Wei`, `WEI, Jason`, `Jáson  Wei` -> `jason wei` (stable across spellings)."""
    text = name.strip()
    while text.endswith(_HONORIFICS):
        text = text[: -len(next(h for h in _HONORIFICS if text.endswith(h)))]
    if _HAN_NAME.fullmatch(text):
        text = _pinyin(text)
    if text.count(",") == 1:  # "Wei, Jason" -> "Jason Wei"
        last, first = text.split(",")
        text = f"{first} {last}"
    tokens = [t for t in _SEPARATORS.split(_fold(text)) if t]
    tokens = [_latin_token(t) if t.isascii() else t for t in tokens if t]
    if len(tokens) > 1 and all(script(t) == "han" for t in tokens):
        return " ".join(tokens)  # "约翰·舒尔曼": a transliteration, given name first
    return " ".join(sorted(tokens))


@lru_cache(maxsize=8192)
def script(key: str) -> str:
    """The writing system of a key: latin, kana, hangul, han or other."""
    for ch in key:
        code = ord(ch)
        if ch.isascii():
            continue
        if 0x3040 <= code <= 0x30FF:
            return "kana"
        if 0xAC00 <= code <= 0xD7AF:
            return "hangul"
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            return "han"
        return "other"
    return "latin"


# -- consonant skeletons -----------------------------------------------------------------

_KANA_ROWS = {
    "K": "カキクケコガギグゲゴかきくけこがぎぐげご",
    "S": "サシスセソザジズゼゾチヂヅさしすせそざじずぜぞちぢづ",
    "T": "タテトダデドたてとだでど",
    "N": "ナニヌネノンなにぬねのん",
    "P": "ハヒフヘホバビブベボパピプペポヴはひふへほばびぶべぼぱぴぷぺぽ",
    "M": "マミムメモまみむめも",
    "R": "ラリルレロらりるれろ",
}
_KANA = {ch: cls for cls, chars in _KANA_ROWS.items() for ch in chars}
_KANA.update({"ツ": "TS", "つ": "TS"})
# h-row kana stand for h (dropped) except フ (fu, for f); keep ハ-row silent.
for _ch in "ハヒヘホはひへほ":
    _KANA[_ch] = ""
_HANGUL_INITIAL: tuple[str, ...] = tuple("K K N T T R M P P S S _ S S S K T P _".split())
_HANGUL_FINAL: tuple[str, ...] = tuple(
    "_ K K KS N NS N T R RK RM RP RS RT RP R M P PS T T N T T K T P _".split()
)
_LATIN_CLASSES: tuple[tuple[str, str], ...] = (
    ("x", "KS"),
    ("ts", "TS"),
    ("(sh|ch|zh|j|z|s)", "S"),
    ("c(?=[eiy])", "S"),
    ("(ng|n)", "N"),
    ("(qu|q|ck|c|k|g)", "K"),
    ("(ph|f|v|b|p)", "P"),
    ("(th|d|t)", "T"),
    ("(l|r)", "R"),
    ("m", "M"),
)


def _latin_skeleton(token: str) -> str:
    out = token
    for pattern, cls in _LATIN_CLASSES:
        out = re.sub(pattern, cls, out)
    return "".join(ch for ch in out if ch.isupper())


def _hangul_skeleton(token: str) -> str:
    parts: list[str] = []
    for ch in token:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            parts.append(_HANGUL_INITIAL[code // 588] + _HANGUL_FINAL[code % 28])
    return "".join(parts).replace("_", "")


def _token_skeleton(token: str) -> str:
    kind = script(token)
    if kind == "latin":
        raw = _latin_skeleton(token)
    elif kind == "kana":
        raw = "".join(_KANA.get(ch, "") for ch in token)
    elif kind == "hangul":
        raw = _hangul_skeleton(token)
    else:
        return token
    raw = re.sub(r"(.)\1+", r"\1", raw)
    return raw[:-1] if raw.endswith("R") and len(raw) > 1 else raw


@lru_cache(maxsize=8192)
def skeleton(key: str) -> tuple[str, ...]:
    """The sorted consonant skeletons of a key's tokens (see the module docstring)."""
    return tuple(sorted(_token_skeleton(t) for t in key.split()))


@lru_cache(maxsize=8192)
def _romanised(token: str) -> str:
    """The consonant skeleton of a token read in Latin letters, without r and l (Chinese
    transliteration drops or changes them): characters in pinyin (q and x are ch and sh
    sounds), kana in romaji."""
    latin = anyascii(token).lower()
    if script(token) == "han":
        latin = latin.replace("q", "ch").replace("x", "sh")
    raw = _latin_skeleton(re.sub(r"[^a-z]", "", latin)).replace("R", "")
    return re.sub(r"(.)\1+", r"\1", raw)


def _near(x: str, y: str) -> bool:
    """Equal skeletons, or skeletons of four or more one edit apart ("Jonathan" / 乔纳森:
    the "th" is written as an s)."""
    if x == y:
        return True
    if min(len(x), len(y)) < 4 or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long_ = sorted((x, y), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _same_transliteration(han: str, other: str) -> bool:
    """A foreign name transliterated into Chinese characters ("卢卡斯 拜尔", given name
    first) against a name in another script: the surname and every given name of two
    consonants or more read alike, three consonants or more in all."""
    parts = [_romanised(t) for t in han.split()]
    theirs = [_romanised(t) for t in other.split()]
    if len(parts) < 2 or not parts[-1]:
        return False
    matched = 0
    for i, part in enumerate(parts):
        if any(_near(part, t) for t in theirs if t):
            matched += len(part)
        elif i == len(parts) - 1 or len(part) >= 2:
            return False
    return matched >= 3


def same_person(a: str, b: str) -> bool:
    """Whether two person keys name the same person (exactly, or across scripts)."""
    if a == b:
        return True
    if script(a) == script(b):
        return False
    if "han" in (script(a), script(b)):
        return _same_transliteration(a, b) if script(a) == "han" else _same_transliteration(b, a)
    if script(a) != "latin":
        a, b = b, a
    sa, sb = skeleton(a), skeleton(b)
    if len(sb) == 1 and len(sa) > 1 and script(a) == "latin":
        # a surname alone ("フェダス氏") against a full name in Latin letters
        return sb[0] in sa and len(sb[0]) >= 3
    # a skeleton of fewer than three consonants is too ambiguous to link scripts with
    return sa == sb and sum(len(s) for s in sa) >= 3


def comparable(a: str, b: str) -> bool:
    """Whether two keys can be compared at all (same script, or Latin against kana/hangul)."""
    sa, sb = script(a), script(b)
    return sa == sb or {sa, sb} <= {"latin", "kana", "hangul"}


# -- loose readings across alphabets ---------------------------------------------------
# A coarser skeleton for names in scripts read through anyascii (Cyrillic, Greek, Hebrew,
# Arabic, Devanagari, Thai...) and for declined or suffixed forms: abjads write vowels
# as w/v/y or not at all, so those are dropped along with the vowels.

_LOOSE_DROP = re.compile(r"[^a-z]|[vwy]")
# a word: a run up to the next space, digit or punctuation (combining vowel signs of
# Devanagari or Thai stay inside the word)
_WORD_RUN = re.compile(r"[^\s\d.,;:!?()\[\]{}\"“”«»„|/<>·・&*+=#@%~\-]+")
_LOOSE_SCRIPTS = frozenset({"latin", "other"})
# how transliteration tables write one sound that a Latin spelling writes with one
# letter ("Джон" -> "Dzhon" / "John")
_TRANSLIT = (("dzh", "j"), ("dž", "j"), ("dz", "j"))


@lru_cache(maxsize=16384)
def loose(token: str) -> str:
    """`Суцкевер`, `Sutskevera`, `מוראטי` -> a consonant-class skeleton (see above)."""
    kind = script(token)
    if kind not in _LOOSE_SCRIPTS:
        return _token_skeleton(token)
    if token[:1].isascii():
        token = re.split(r"['’]", token)[0]  # "Murati'nin", "Brandt'ın": a suffix
    latin = anyascii(token).lower()
    for digraph, sound in _TRANSLIT:
        latin = latin.replace(digraph, sound)
    latin = _LOOSE_DROP.sub("", latin)
    return re.sub(r"(.)\1+", r"\1", _latin_skeleton(latin))


def _loose_match(mine: str, theirs: str) -> bool:
    """Equal loose skeletons, or a declined/suffixed form: one more consonant at the end
    of a skeleton of three or more ("Muratiny" / "Murati", "Zophem" / "Zoph")."""
    if mine == theirs:
        return True
    short, long_ = sorted((mine, theirs), key=len)
    return len(short) >= 3 and len(long_) == len(short) + 1 and long_.startswith(short)


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


def mention(key: str, spoken_words: tuple[str, ...] | frozenset[str]) -> str:
    """How a person (key) is named in a text read by `spoken`: "full" (every name token
    of two consonants or more, two tokens or more, five consonants or more in all),
    "surname" (one token of three consonants or more), or "" (not named)."""
    tokens = sorted({loose(t) for t in key.split()} - {""}, key=len, reverse=True)
    tokens = [t for t in tokens if len(t) >= 2]
    if not tokens or not spoken_words:
        return ""
    heard = [any(_loose_match(t, w) for w in spoken_words) for t in tokens]
    if len(tokens) >= 2 and all(heard) and sum(len(t) for t in tokens) >= 5:
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
    loose_only = spelled = 0
    for s in short:
        if any(_stem_match(s, t, endings) for t in long_):
            continue
        if not spelled and any(_one_letter(s, t) for t in long_):
            spelled = 1  # one token spelled one letter apart, the others alike
            continue
        ls = loose(s)
        if not ls or not any(_loose_match(ls, loose(t)) for t in long_):
            return False
        loose_only += 1
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
