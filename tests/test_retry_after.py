"""The one Retry-After reader, table-driven: what each kind of header value gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from watcher.retry_after import DEFAULT_CAP, parse_retry_after

NOW = datetime(2025, 7, 16, 10, 0, tzinfo=UTC)


def http_date(delta: float) -> str:
    return format_datetime(NOW + timedelta(seconds=delta), usegmt=True)


CASES: list[tuple[str, str | None, float | None]] = [
    # delay-seconds
    ("seconds", "120", 120),
    ("zero", "0", 0),
    ("whitespace around", " 0 ", 0),
    ("leading zeros", "007", 7),
    ("at the cap", "86400", 86400),
    ("above the cap", "86401", DEFAULT_CAP),
    ("absurd", "99999999999999999999", DEFAULT_CAP),
    ("more digits than any float", "9" * 5000, DEFAULT_CAP),
    # HTTP-dates, in all three forms RFC 9110 asks recipients to accept
    ("IMF-fixdate ahead", "Wed, 16 Jul 2025 10:05:00 GMT", 300),
    ("IMF-fixdate, formatted", http_date(30), 30),
    ("RFC 850 date", "Wednesday, 16-Jul-25 10:01:00 GMT", 60),
    ("asctime date: no zone, read as UTC", "Wed Jul 16 10:02:00 2025", 120),
    ("zone -0000: read as UTC", "Wed, 16 Jul 2025 10:00:10 -0000", 10),
    ("no zone at all: read as UTC", "Wed, 16 Jul 2025 10:00:10", 10),
    ("a numeric zone", "Wed, 16 Jul 2025 12:00:10 +0200", 10),
    ("in the past", "Wed, 16 Jul 2025 09:00:00 GMT", 0),
    ("the epoch", "Thu, 01 Jan 1970 00:00:00 GMT", 0),
    ("the year 9999", "Fri, 31 Dec 9999 23:59:59 GMT", DEFAULT_CAP),
    # unreadable: the caller's own backoff applies
    ("absent", None, None),
    ("empty", "", None),
    ("blank", "   ", None),
    ("a word", "soon", None),
    ("negative", "-5", None),
    ("signed", "+5", None),
    ("fraction", "1.5", None),
    ("exponent", "1e3", None),
    ("NaN", "nan", None),
    ("infinity", "inf", None),
    ("superscript two", "²", None),
    ("Arabic-Indic digit", "٣", None),
    ("full-width digits", "１２", None),
    ("two values", "5, 10", None),
    ("day out of range", "Wed, 99 Foo 2025", None),
    ("hour out of range", "Wed, 16 Jul 2025 25:00:00 GMT", None),
    ("year out of range", "Mon, 01 Jan 10000 00:00:00 GMT", None),
    ("control characters", "12\x00", None),
]


@pytest.mark.parametrize(
    "value, expected", [(v, e) for _, v, e in CASES], ids=[name for name, _, _ in CASES]
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    got = parse_retry_after(value, now=NOW.timestamp())
    assert got == expected
    assert got is None or isinstance(got, float)


def test_the_cap_is_the_callers() -> None:
    now = NOW.timestamp()
    assert parse_retry_after("86400", now=now, cap=3600) == 3600  # a sink's cap: one hour
    assert parse_retry_after(http_date(7200), now=now, cap=3600) == 3600
    assert parse_retry_after("2", now=now, cap=3600) == 2
