"""Pipeline stage 2 — parse: the bytes of one HTTP response in, normalised entries out.

    body ──► prolog guard ──► kind? ──► feedparser (RSS/Atom/RDF)  ─┐
             (DTD/entities     │  └──► json (JSON Feed 1.0/1.1)    ─┼─► Entry records
              refused)         └─────► ParseError (empty, HTML, not a feed)

Pure: no network, no files, no clock. It runs in a worker process (see `pool.py`)
whose address space is capped by `init_parse_worker`, so a parser blow-up becomes a
MemoryError in the worker instead of the death of the daemon.

This is the only module that imports feedparser. feedparser is always given an
in-memory stream (`io.BytesIO`): given bytes that look like a path or URL it would
read the local file or fetch the URL.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from html import unescape
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import feedparser

from .errors import ParseError
from .models import Entry, ParsedFeed

__all__ = ["canonical_url", "init_parse_worker", "parse_feed", "plain_text"]

MAX_TEXT = 20_000  # characters of plain text kept per entry
MAX_TITLE = 1_000
MAX_GUID = 512  # longer ids are hashed: they are identities, not content
MAX_URL = 4096
_JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1")

# -- the prolog guard --------------------------------------------------------------------
#
# feedparser falls back to a loose parser when expat rejects a document, and that parser
# expands internal entities with no limit (80 kB in → 1.2 GB RSS). No real feed needs an
# internal DTD subset, so we refuse them before feedparser sees the bytes. feedparser
# looks for declarations in everything before the first `<` + word character, so the scan
# covers that region, not just a well-formed prolog.

_ENTITY = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_DOCTYPE_SUBSET = re.compile(rb"<!\s*DOCTYPE[^>\[]*\[", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[\w:]")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)

# Byte patterns of encodings that are not ASCII-compatible (so a bytes scan would miss a
# declaration); checked longest first.
_SNIFF: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x4c\x6f\xa7\x94", "cp037"),  # "<?xm" in EBCDIC
)


def _ascii_view(body: bytes, content_type: str | None) -> bytes:
    """The body re-encoded so that markup can be found with byte patterns."""
    for prefix, encoding in _SNIFF:
        if body.startswith(prefix):
            return body.decode(encoding, "replace").encode("utf-8", "replace")
    declared = [m.group(1).decode("ascii") for m in [_XML_ENCODING.match(body[:512])] if m]
    if content_type and (m := _CHARSET.search(content_type)):
        declared.append(m.group(1))
    for name in declared:
        try:
            if codecs.lookup(name).name == "utf-7":  # `+ADw-` is a `<` in UTF-7
                return body.decode("utf-7", "replace").encode("utf-8", "replace")
        except LookupError:
            continue
    return body


def _root_start(view: bytes) -> int:
    """Offset of the root element's `<`, skipping comments, PIs and declarations;
    the length of `view` if there is none."""
    pos = 0
    while (lt := view.find(b"<", pos)) != -1:
        if view.startswith(b"<!--", lt):
            end, skip = view.find(b"-->", lt + 4), 3
        elif view.startswith((b"<?", b"<!"), lt):
            end, skip = view.find(b">", lt + 2), 1
        elif _FIRST_ELEMENT.match(view, lt):
            return lt
        else:
            end, skip = lt, 1
        if end == -1:
            break
        pos = end + skip
    return len(view)


def check_prolog(body: bytes, content_type: str | None = None) -> None:
    """Raise ParseError if the document declares entities or an internal DTD subset
    before its root element ("DTD/entities refused")."""
    view = _ascii_view(body, content_type)
    # Two views of "before the root": a real XML prolog (comments may hide a `<a`), and
    # what feedparser itself takes as the head (everything before the first `<word`).
    first = _FIRST_ELEMENT.search(view)
    end = max(_root_start(view), first.start() if first else len(view))
    head = view[:end]
    if _ENTITY.search(head) or _DOCTYPE_SUBSET.search(head):
        raise ParseError("DTD/entities refused")


# -- plain text ------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript"})
# C0 controls but \t and \n, DEL, C1 controls (\x9b is a terminal CSI), lone surrogates
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
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
    markup = _CONTROL.sub("", markup[: limit * 20])
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
    text = _CONTROL.sub("", text).replace("\xa0", " ")
    if single_line:
        text = " ".join(text.split())
    else:
        text = _NEWLINES.sub("\n", _SPACES.sub(" ", text)).strip()
    if len(text) > limit:
        text = text[:limit].rstrip()
    return text


# -- canonical URLs --------------------------------------------------------------------

_TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "at_custom", "hsa_")
_TRACKING_PARAMS = frozenset(
    """
    fbclid gclid gclsrc dclid gbraid wbraid msclkid twclid yclid ysclid igshid igsh srsltid
    mc_cid mc_eid mc_tc ref ref_src ref_url _hsenc _hsmi __hssc __hstc __hsfp hsctatracking
    mkt_tok vero_id vero_conv oly_anon_id oly_enc_id rb_clickid wickedid _bhlid _openstat
    fb_action_ids fb_action_types fb_ref fb_source fb_comment_id at_medium at_campaign
    at_link at_format at_ptr_name at_bbc_team cmpid ito sc_cid __readwiselocation
    """.split()
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_URL_JUNK = re.compile(r"[\x00-\x1f\x7f]")


def _is_tracking(param: str) -> bool:
    key = param.split("=", 1)[0].lower()
    return key in _TRACKING_PARAMS or key.startswith(_TRACKING_PREFIXES)


def _canonical(url: str) -> str | None:
    url = _URL_JUNK.sub("", url).strip().replace(" ", "%20")
    if len(url) > MAX_URL or not url.isprintable():  # also refuses lone surrogates
        return None
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        host = parts.hostname  # lower-cased, brackets and userinfo removed
        port = parts.port
    except ValueError:  # bad port, bad IPv6 literal, netloc that NFKC-normalises oddly
        return None
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None or port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    query = "&".join(p for p in parts.query.split("&") if p and not _is_tracking(p))
    # Credentials and the fragment never identify an article; "" and "/" are one path.
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def canonical_url(url: str) -> str | None:
    """The canonical form of an article URL, or None if it is not http(s).

    Lower-cases scheme and host, drops default ports, credentials, the fragment and
    tracking parameters (utm_*, fbclid, gclid, mc_cid, ref, …); keeps the other query
    parameters in their order and the path as written (spaces become %20). URLs longer
    than 4096 characters or with unprintable characters give None. Idempotent.
    """
    first = _canonical(url)
    if first is None:
        return None
    # Backstop for idempotence: urlsplit has corner cases (odd Unicode hosts) where a
    # second pass would differ; such URLs are not worth keeping as identities.
    return first if _canonical(first) == first else None


# -- dates and languages ---------------------------------------------------------------


def _datetime_from_tuple(value: Any) -> datetime | None:
    """A feedparser time tuple (UTC) → aware datetime, or None for anything invalid."""
    if value is None:
        return None
    try:
        y, mo, d, h, mi, s = (int(v) for v in tuple(value)[:6])
        return datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):  # year 0, month 13, garbage
        return None


def _datetime_from_iso(value: Any) -> datetime | None:
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
    ident = _CONTROL.sub("", ident)
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
        if key in e and (published := _datetime_from_tuple(e[key])) is not None:
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
            published=_datetime_from_iso(item.get("date_published"))
            or _datetime_from_iso(item.get("date_modified")),
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
