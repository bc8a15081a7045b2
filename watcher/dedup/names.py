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
# an apostrophe after a Hebrew letter is a geresh (ג' for j), not a break between words
_HEBREW_GERESH = re.compile(r"([\u05d0-\u05ea])['’]")
_SEPARATORS = re.compile(r"[\s・·･‧.,'’\-_/]+")
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
def person_key(name: str, dropped: tuple[str, ...] = ()) -> str:
    """`Jason Wei`, `WEI, Jason`, `Jáson  Wei` -> `jason wei` (stable across spellings).

    `dropped`: courtesy words written after a name ("さん", "씨"; the lexicons' [names]
    dropped), cut off first."""
    text = name.strip()
    while dropped and text.endswith(dropped):
        text = text[: -len(next(h for h in dropped if text.endswith(h)))]
    text = _HEBREW_GERESH.sub("\\1\u05f3", text)  # "ג'ון": a geresh is part of the letter
    bare = _SEPARATORS.sub("", text)  # ",姚顺雨-" is the name 姚顺雨 too
    if _HAN_NAME.fullmatch(bare):
        text = _pinyin(bare)
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
