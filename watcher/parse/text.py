"""Clean text from feed markup, and the small normalisations of dates and languages."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html import unescape
from html.parser import HTMLParser
from typing import Any

__all__ = [
    "CONTROL",
    "MAX_TEXT",
    "datetime_from_iso",
    "datetime_from_tuple",
    "normalise_lang",
    "plain_text",
]

MAX_TEXT = 20_000  # characters of plain text kept per entry

# -- plain text ------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript"})
# C0 controls but \t and \n, DEL, C1 controls (\x9b is a terminal CSI), lone surrogates
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\s*\n\s*")


class _TextExtractor(HTMLParser):
    """Collects the text of an HTML fragment; block elements become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def plain_text(markup: str, *, limit: int = MAX_TEXT, single_line: bool = False) -> str:
    """HTML (or plain text) → clean text: tags stripped, entities decoded, whitespace
    collapsed, control characters (C0 except newline and tab, DEL, C1) and lone
    surrogates removed, at most `limit` characters. `single_line` also folds line
    breaks into spaces (titles)."""
    if not markup:
        return ""
    # Bound the work before parsing: markup is rarely more than 20× its text.
    markup = CONTROL.sub("", markup[: limit * 20])
    if "<" in markup or "&" in markup:
        extractor = _TextExtractor()
        try:
            extractor.feed(markup)
            extractor.close()
            text = "".join(extractor.parts)
        except Exception:  # html.parser is lenient, but never let markup crash the stage
            text = unescape(markup)
    else:
        text = markup
    text = CONTROL.sub("", text).replace("\xa0", " ")
    if single_line:
        text = " ".join(text.split())
    else:
        text = _NEWLINES.sub("\n", _SPACES.sub(" ", text)).strip()
    if len(text) > limit:
        text = text[:limit].rstrip()
    return text


# -- dates and languages ---------------------------------------------------------------


def datetime_from_tuple(value: Any) -> datetime | None:
    """A feedparser time tuple (UTC) → aware datetime, or None for anything invalid."""
    if value is None:
        return None
    try:
        y, mo, d, h, mi, s = (int(v) for v in tuple(value)[:6])
        return datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):  # year 0, month 13, garbage
        return None


def datetime_from_iso(value: Any) -> datetime | None:
    """An RFC 3339 string (JSON Feed) → aware UTC datetime, or None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip())
        if dt.tzinfo is None:
            return dt.replace(tzinfo=UTC)
        return dt.astimezone(UTC)
    except (ValueError, OverflowError):  # 9999-12-31T23:00-05:00 overflows
        return None


_LANG = re.compile(r"[A-Za-z]{2,3}")


def normalise_lang(value: Any) -> str | None:
    """Language tag → primary subtag: "en-US", "en_GB", "EN" → "en"; junk → None."""
    if not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-", 1)[0]
    return primary.lower() if _LANG.fullmatch(primary) else None
