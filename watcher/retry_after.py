"""The one reader of `Retry-After` (RFC 9110 §10.2.3), for feeds and sinks alike.

    Retry-After = HTTP-date / delay-seconds

- delay-seconds are ASCII digits only, surrounding whitespace allowed: "120" → 120.
  "1.5", "-5", "+5", "1e3", "nan", "²", "٣", "１２" are not delay-seconds.
- An HTTP-date is read in any of its three forms (IMF-fixdate, RFC 850, asctime), as
  RFC 9110 §5.6.7 asks of recipients. HTTP-dates are always UTC, so a date without a
  zone (asctime has none) is read as UTC. A date in the past means "now": 0.
- The answer is seconds from `now`, never below 0 and never above `cap`: a server may
  not park a feed or a sink for longer than the caller finds sensible.
- Anything else is None, and the caller's own backoff applies: a broken header never
  raises and never stalls anything.

Pure: `now` (epoch seconds) is a parameter.
"""

from __future__ import annotations

from datetime import UTC
from email.utils import parsedate_to_datetime

__all__ = ["DEFAULT_CAP", "parse_retry_after"]

DEFAULT_CAP = 86_400.0  # one day


def parse_retry_after(value: str | None, *, now: float, cap: float = DEFAULT_CAP) -> float | None:
    """Seconds to wait from a `Retry-After` value, in [0, cap]; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return min(float(value), cap)  # float(): no int-size limit; huge gives inf, then cap
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(when.timestamp() - now, 0.0), cap)
