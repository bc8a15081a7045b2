"""The one redactor of credentials in URLs, table-driven."""

from __future__ import annotations

import pytest

from watcher.redact import redact_text, redact_url


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://news.example/feed", "https://news.example/feed"),
        ("https://news.example/feed?page=2&lang=en", "https://news.example/feed?page=2&lang=en"),
        (
            "https://api.example/rss?apikey=abc123&page=2",
            "https://api.example/rss?apikey=REDACTED&page=2",
        ),
        ("https://x.example/f?api_key=1&API-KEY=2", "https://x.example/f?api_key=REDACTED&API-KEY=REDACTED"),
        ("https://x.example/f?access_token=t", "https://x.example/f?access_token=REDACTED"),
        ("https://x.example/f?X-Amz-Signature=s&X-Amz-Credential=c&x=1",
         "https://x.example/f?X-Amz-Signature=REDACTED&X-Amz-Credential=REDACTED&x=1"),
        ("https://x.example/f?sig=s&key=k&auth=a&sid=1&code=9",
         "https://x.example/f?sig=REDACTED&key=REDACTED&auth=REDACTED&sid=REDACTED&code=REDACTED"),
        ("https://user:pw@x.example/f", "https://REDACTED@x.example/f"),
        ("https://token@x.example:8443/f?q=1", "https://REDACTED@x.example:8443/f?q=1"),
        ("https://x.example/f?token=a%20b#frag", "https://x.example/f?token=REDACTED#frag"),
        ("http://[::1", "REDACTED"),  # unparseable: nothing shown
    ],
)  # fmt: skip
def test_redact_url(url: str, shown: str) -> None:
    assert redact_url(url) == shown


def test_redact_text_finds_every_url() -> None:
    text = "moved from https://a.example/f?key=1 to http://u:p@b.example/g (was ok)"
    assert redact_text(text) == (
        "moved from https://a.example/f?key=REDACTED to http://REDACTED@b.example/g (was ok)"
    )
    assert redact_text("no url here: key=1") == "no url here: key=1"
