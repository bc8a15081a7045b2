"""Canonical article URLs: one identity for the same article however it is linked."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

__all__ = ["MAX_URL", "canonical_url"]

MAX_URL = 4096

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
