"""Text helpers every renderer shares: category labels, limits, safe links, amounts."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

LABELS = {
    "offer": "Offer",
    "departure": "Move / departure",
    "lab_formation": "AI lab formation",
    "acquihire": "Acqui-hire",
}


def label(categories: Iterable[object]) -> str:
    """The categories as people read them, comma-separated."""
    return ", ".join(LABELS.get(str(c), str(c)) for c in categories)


def cut(text: str, limit: int) -> str:
    """`text` at most `limit` characters long, ending in an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def safe_link(url: object) -> str | None:
    """The URL if it is a plain http(s) link a chat platform can show safely, else None."""
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        return None
    if any(c in url for c in "<>|\n\r\t "):
        return None
    return url


def money(amount: object, lower_bound: object) -> str | None:
    """An amount in US dollars as a person writes it ("$1.2 billion"), or None."""
    if not isinstance(amount, int):
        return None
    text = f"${amount / 1e9:.1f} billion" if amount >= 1e9 else f"${amount / 1e6:,.1f} million"
    if amount < 1e6:
        text = f"${amount:,}"
    return ("at least " if lower_bound else "") + text
