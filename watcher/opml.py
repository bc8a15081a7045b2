"""Import feeds from an OPML subscription list (what other feed readers export).

`watcher opml FILE` prints `[[feeds]]` blocks to append to a config. Adding many feeds
at once never floods anyone: a feed's first poll records its entries without alerting,
and first polls are spread over `polling.startup_spread`.
"""

from __future__ import annotations

import json
from xml.etree import ElementTree

from .errors import ParseError
from .parse import canonical_url, check_prolog


def feeds_from_opml(body: bytes) -> list[tuple[str, str | None]]:
    """(url, title) of every http(s) outline with an `xmlUrl`, in order, without repeats."""
    check_prolog(body)  # the same guard as for feeds: no DTDs, no entities
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as e:
        raise ParseError(f"not a valid OPML file: {e}") from e
    if root.tag.lower() != "opml":
        raise ParseError("not an OPML file (root element is not <opml>)")
    seen: set[str] = set()
    out: list[tuple[str, str | None]] = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        key = canonical_url(url)
        if not key or key in seen:
            continue
        seen.add(key)
        title = (outline.get("title") or outline.get("text") or "").strip() or None
        out.append((url, title))
    return out


def to_toml(feeds: list[tuple[str, str | None]]) -> str:
    """`[[feeds]]` blocks; strings are written as JSON strings, which TOML accepts."""
    blocks = []
    for url, title in feeds:
        lines = ["[[feeds]]", f"url = {json.dumps(url)}"]
        if title:
            lines.append(f"title = {json.dumps(title, ensure_ascii=False)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
