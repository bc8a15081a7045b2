"""Credentials in URLs never leave the process: the one place that blanks them.

    https://user:pw@news.example/feed?apikey=abc&page=2
      → https://REDACTED@news.example/feed?apikey=REDACTED&page=2

A query parameter is a credential when its name, lowercased and without `-`/`_`, is
one of the usual names (key, token, sig, auth, …) or contains one of their stems
(`apikey`, `access_token`, `x-amz-signature`, `client_secret` …). User-info (name and
password before `@`) is always blanked. Blanking too much costs a less readable
URL; blanking too little costs a leaked subscription, so the stems are broad.

Pure and stdlib-only: payloads (`alerts`), the web API, logs and metrics use it.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from .models import Feed

__all__ = ["MASK", "feed_name", "is_secret_param", "redact_text", "redact_url"]

MASK = "REDACTED"
_STEMS = ("key", "token", "secret", "sig", "pass", "pwd", "auth", "session", "credential")
_NAMES = frozenset({"sid", "code", "hash", "jwt", "bearer", "ticket", "otp", "hmac"})
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s\"'<>]+")


def is_secret_param(name: str) -> bool:
    """Whether a query parameter of this name carries a credential."""
    plain = re.sub(r"[-_.\s]", "", name.lower())
    return plain in _NAMES or any(stem in plain for stem in _STEMS)


def redact_url(url: str) -> str:
    """`url` with user-info and credential-like query values replaced by REDACTED."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return MASK  # unparseable: show nothing rather than something secret
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{MASK}@{netloc.rsplit('@', 1)[1]}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(is_secret_param(k) for k, _ in pairs):
            query = "&".join(
                f"{quote(k, safe='')}={MASK if is_secret_param(k) else quote(v, safe='')}"
                for k, v in pairs
            )
    if netloc == parts.netloc and query == parts.query:
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact_text(text: str) -> str:
    """Every URL inside a free text (a log line, an error) redacted."""
    if "://" not in text:
        return text
    return _URL.sub(lambda m: redact_url(m.group(0)), text)


def feed_name(feed: Feed) -> str:
    """A feed as log lines name it: id, title and URL (without credentials)."""
    return f"{feed.id} ({feed.title or 'untitled'}, {redact_url(feed.url)})"
