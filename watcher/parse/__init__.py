"""Pipeline stage 2 — parse: the bytes of one HTTP response in, normalised entries out.

    body ──► prolog guard ──► kind? ──► feedparser (RSS/Atom/RDF)  ─┐
             (DTD/entities     │  └──► json (JSON Feed 1.0/1.1)    ─┼─► Entry records
              refused)         └─────► ParseError (empty, HTML, not a feed)

Pure: no network, no files, no clock. It runs in a worker process (see `watcher.worker`)
whose address space is capped by `init_parse_worker`, so a parser blow-up becomes a
MemoryError in the worker instead of the death of the daemon.

This is the only module that imports feedparser. feedparser is always given an
in-memory stream (`io.BytesIO`): given bytes that look like a path or URL it would
read the local file or fetch the URL.

The parts: `prolog` (the DTD/entity guard), `text` (clean text, dates, languages),
`urls` (canonical article URLs); this module turns a document into entries.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import feedparser

from ..errors import ParseError
from ..models import Entry, ParsedFeed
from .prolog import check_prolog
from .text import (
    CONTROL,
    MAX_TEXT,
    datetime_from_iso,
    datetime_from_tuple,
    normalise_lang,
    plain_text,
)
from .urls import MAX_URL, canonical_url

__all__ = [
    "MAX_TEXT",
    "MAX_URL",
    "canonical_url",
    "check_prolog",
    "init_parse_worker",
    "normalise_lang",
    "parse_feed",
    "plain_text",
]

MAX_TITLE = 1_000
MAX_GUID = 512  # longer ids are hashed: they are identities, not content
_JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1")


# -- entries ---------------------------------------------------------------------------


def _make_entry(
    feed_id: str,
    *,
    guid: Any,
    link: Any,
    title: Any,
    bodies: Iterable[Any],
    published: datetime | None,
    lang: str | None,
) -> Entry | None:
    """Build one Entry from raw fields; None if it has neither title nor link."""
    title_text = (
        plain_text(title, limit=MAX_TITLE, single_line=True) if isinstance(title, str) else ""
    )
    url = canonical_url(link) if isinstance(link, str) else None
    if not title_text and not url:
        return None
    text = ""
    for body in bodies:
        if isinstance(body, str) and (text := plain_text(body)):
            break
    ident = " ".join(guid.split()) if isinstance(guid, str) else ""
    ident = CONTROL.sub("", ident)
    if len(ident) > MAX_GUID:
        ident = "sha256:" + hashlib.sha256(ident.encode("utf-8", "replace")).hexdigest()
    if not ident:
        ident = url or "sha256:" + hashlib.sha256(f"{title_text}\n{text}".encode()).hexdigest()
    return Entry(
        feed_id=feed_id,
        guid=ident,
        url=url,
        title=title_text,
        text=text,
        published=published,
        lang=lang,
    )


def _feedparser_entry(feed_id: str, e: Mapping[str, Any], feed_lang: str | None) -> Entry | None:
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # `in` rather than .get(): FeedParserDict maps some missing keys to others
        if key in e and (published := datetime_from_tuple(e[key])) is not None:
            break
    bodies = [c.get("value") for c in e.get("content") or () if isinstance(c, Mapping)]
    bodies.append(e.get("summary"))
    lang = None
    for detail in ("content", "summary_detail", "title_detail"):
        d = e.get(detail)
        d = d[0] if isinstance(d, list) and d else d
        if isinstance(d, Mapping) and (lang := normalise_lang(d.get("language"))):
            break
    return _make_entry(
        feed_id,
        guid=e.get("id"),
        link=e.get("link"),
        title=e.get("title"),
        bodies=bodies,
        published=published,
        lang=lang or feed_lang,
    )


# -- the kinds of body -----------------------------------------------------------------

_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)


def _looks_like_html(body: bytes, content_type: str | None) -> bool:
    if content_type and content_type.split(";", 1)[0].strip().lower() in (
        "text/html",
        "application/xhtml+xml",
    ):
        return True
    return bool(_HTML.search(body[:4096]))


_MEDIA_TYPE = re.compile(r"[A-Za-z0-9!#$&^_.+-]{1,64}/[A-Za-z0-9!#$&^_.+-]{1,64}")


def _media_type(content_type: str | None) -> str | None:
    """The media type of a Content-Type header, if well-formed (it goes into reasons)."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    return mime if _MEDIA_TYPE.fullmatch(mime) else None


def _looks_like_json(start: bytes, content_type: str | None) -> bool:
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    return start.startswith(b"{") or mime in ("application/feed+json", "application/json")


def _parse_json_feed(body: bytes, feed_id: str, max_entries: int) -> ParsedFeed:
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise ParseError("not a feed (invalid JSON)") from e
    if not isinstance(doc, dict) or doc.get("version") not in _JSON_FEED_VERSIONS:
        raise ParseError("not a feed (JSON without a JSON Feed version)")
    items = doc.get("items")
    if not isinstance(items, list):
        raise ParseError("not a feed (JSON Feed without items)")
    feed_lang = normalise_lang(doc.get("language"))
    entries: list[Entry] = []
    for item in items:
        if len(entries) >= max_entries:
            break
        if not isinstance(item, dict):
            continue
        guid = item.get("id")
        if isinstance(guid, int) and not isinstance(guid, bool):
            guid = str(guid)  # JSON Feed 1.0 allowed numbers
        entry = _make_entry(
            feed_id,
            guid=guid,
            link=item.get("url") or item.get("external_url"),
            title=item.get("title"),
            bodies=(item.get("content_html"), item.get("content_text"), item.get("summary")),
            published=datetime_from_iso(item.get("date_published"))
            or datetime_from_iso(item.get("date_modified")),
            lang=normalise_lang(item.get("language")) or feed_lang,
        )
        if entry is not None:
            entries.append(entry)
    return _parsed(doc.get("title"), feed_lang, entries)


def parse_feed(
    body: bytes,
    *,
    feed_id: str,
    url: str,
    content_type: str | None = None,
    max_entries: int = 500,
) -> ParsedFeed:
    """Parse one response body into a ParsedFeed of normalised entries.

    Raises ParseError with a specific reason: "empty body", "DTD/entities refused",
    "HTML page, not a feed", "not a feed (Content-Type image/png)", "parser crashed:
    <type>". A feed that is not well-formed but yields entries is accepted; entries
    with neither a title nor a link are dropped; at most `max_entries` entries are
    kept, in document order.
    """
    start = body.lstrip(b" \t\r\n\x00").removeprefix(codecs.BOM_UTF8).lstrip()
    if not start or not start.strip(b"\x00"):
        raise ParseError("empty body")
    check_prolog(body, content_type)
    if _looks_like_json(start, content_type) and not start.startswith(b"<"):
        return _parse_json_feed(body, feed_id, max_entries)

    # Without a content type feedparser assumes text/plain and ISO-8859-1 (breaking
    # UTF-16 documents); application/xml lets the BOM and XML declaration decide.
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    try:
        # Always a stream: bytes that look like a path or URL would be opened by feedparser.
        result = feedparser.parse(io.BytesIO(body), response_headers=headers)
    except Exception as e:  # feedparser raises on some tiny inputs (`</height>`: TypeError)
        raise ParseError(f"parser crashed: {type(e).__name__}") from e

    raw_entries = result.get("entries") or []
    if not result.get("version") and not raw_entries:
        if _looks_like_html(start, content_type):
            raise ParseError("HTML page, not a feed")
        mime = _media_type(content_type)
        raise ParseError(f"not a feed (Content-Type {mime})" if mime else "not a feed")

    feed = result.get("feed") or {}
    feed_lang = normalise_lang(feed.get("language")) or normalise_lang(
        (feed.get("title_detail") or {}).get("language")
    )
    entries: list[Entry] = []
    for raw in raw_entries:
        if len(entries) >= max_entries:
            break
        if isinstance(raw, Mapping) and (entry := _feedparser_entry(feed_id, raw, feed_lang)):
            entries.append(entry)
    return _parsed(feed.get("title"), feed_lang, entries)


def _parsed(title: object, lang: str | None, entries: list[Entry]) -> ParsedFeed:
    """The parse result, with the feed's title as clean single-line text."""
    clean = plain_text(title, limit=MAX_TITLE, single_line=True) if isinstance(title, str) else ""
    return ParsedFeed(title=clean or None, lang=lang, entries=tuple(entries))


# -- the worker ------------------------------------------------------------------------


def init_parse_worker(max_memory_bytes: int) -> None:
    """ProcessPoolExecutor initializer: cap the worker's address space (RLIMIT_AS).

    A memory blow-up in the parser then raises MemoryError inside the worker instead
    of waking the kernel's OOM killer. A no-op where `resource` is unavailable.
    """
    try:
        import resource
    except ImportError:  # not POSIX
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = max_memory_bytes if hard == resource.RLIM_INFINITY else min(max_memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
