"""parse stage: golden feeds, hostile bodies, text/date normalisation, canonical URLs."""

from __future__ import annotations

import codecs
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.errors import ParseError
from watcher.models import ParsedFeed
from watcher.parse import canonical_url, check_prolog, parse_feed, plain_text

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "feeds"
HOSTILE = HERE / "hostile"
REAL = HERE.parents[1] / "shared" / "feeds" / "real"


def parse(body: bytes, **kw: object) -> ParsedFeed:
    return parse_feed(body, feed_id="f1", url="https://feeds.example.com/feed", **kw)  # type: ignore[arg-type]


def rss(items: str, *, prolog: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    return (
        f'{prolog}<rss version="2.0"><channel><title>T</title><link>https://e.example/</link>'
        f"{items}</channel></rss>"
    ).encode()


# -- golden feeds ----------------------------------------------------------------------


def test_rss2_golden() -> None:
    feed = parse((GOLDEN / "rss2.xml").read_bytes())
    assert feed.title == "AI Talent & Labs"
    assert feed.lang == "en"
    first, second, third = feed.entries  # the item with neither title nor link is dropped
    assert first.feed_id == "f1"
    assert first.guid == "urn:example:1001"
    assert first.url == "https://news.example.com/2025/07/researcher-leaves?id=7"
    assert first.title == "Researcher leaves OpenAI for Meta"
    # content:encoded wins over description; tags, scripts and entities are gone
    assert first.text == "Jason Wei joins Meta Superintelligence Labs.\nSecond & last paragraph."
    assert first.published == datetime(2025, 7, 16, 8, 0, tzinfo=UTC)
    assert first.lang == "en"
    # no guid: identity is the canonical link (ref and fbclid dropped, page kept)
    assert second.guid == second.url == "https://news.example.com/2025/07/new-lab?page=2"
    assert second.title == "Lab formed with a bold name"
    assert second.text == "A new AI lab"
    # neither guid nor link: a content hash
    assert third.url is None
    assert third.guid.startswith("sha256:") and len(third.guid) == 7 + 64
    assert third.published is None


def test_rss2_hash_identity_is_stable() -> None:
    body = (GOLDEN / "rss2.xml").read_bytes()
    assert parse(body).entries[2].guid == parse(body).entries[2].guid


def test_atom_golden() -> None:
    feed = parse((GOLDEN / "atom.xml").read_bytes(), content_type="application/atom+xml")
    assert feed.title == "Atom Beispiel"
    assert feed.lang == "de"
    one, two = feed.entries
    assert one.guid == "tag:atom.example.org,2025:1"
    assert one.url == "https://feeds.example.com/artikel/1"  # resolved against the feed URL
    assert one.title == "Forscherin wechselt zu Anthropic"
    assert one.text == "Volltext des Artikels."
    assert one.published == datetime(2025, 7, 16, 14, 0, tzinfo=UTC)  # published, not updated
    assert one.lang == "de"
    assert two.lang == "en"  # the entry's own xml:lang
    assert two.text == "Summary only"


def test_rdf_golden() -> None:
    feed = parse((GOLDEN / "rdf.xml").read_bytes())
    assert feed.title == "RDF Example"
    assert feed.lang == "it"
    (entry,) = feed.entries
    assert entry.url == "https://rdf.example.net/a"
    assert entry.title == "Offerta da 2 milioni di dollari"
    assert entry.published == datetime(2025, 7, 15, 16, 0, tzinfo=UTC)
    assert entry.lang == "it"


def test_json_feed_golden() -> None:
    feed = parse((GOLDEN / "jsonfeed.json").read_bytes(), content_type="application/feed+json")
    assert feed.title == "JSON Example"
    assert feed.lang == "en"
    one, two = feed.entries
    assert (one.guid, one.url) == ("2", "https://json.example.com/2")
    assert one.text == "The team joins BigCo."
    assert one.published == datetime(2025, 7, 14, 9, 0, tzinfo=UTC)
    assert (two.guid, two.url, two.lang) == ("3", None, "fr")
    assert two.text == "Plain text."  # NUL and ESC removed


def test_json_feed_version_1_without_content_type() -> None:
    body = b'{"version": "https://jsonfeed.org/version/1", "items": [{"id": "a", "title": "x"}]}'
    assert [e.title for e in parse(body).entries] == ["x"]


@pytest.mark.parametrize("path", sorted(REAL.glob("*.xml")), ids=lambda p: p.name)
def test_real_feeds_parse(path: Path) -> None:
    feed = parse(path.read_bytes())
    assert feed.entries
    assert all(e.title for e in feed.entries)
    assert all(e.guid for e in feed.entries)


def test_max_entries_keeps_the_first() -> None:
    items = "".join(f"<item><title>n{i}</title><guid>g{i}</guid></item>" for i in range(50))
    feed = parse(rss(items), max_entries=7)
    assert [e.title for e in feed.entries] == [f"n{i}" for i in range(7)]


# -- not a feed ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (b"", None, "empty body"),
        (b" \r\n\t ", None, "empty body"),
        (codecs.BOM_UTF8 + b"\n", None, "empty body"),
        (
            b"<!DOCTYPE html><html><head><title>Log in</title></head><body></body></html>",
            None,
            "HTML page, not a feed",
        ),
        (
            b"<html><body><p>hello</p></body></html>",
            "text/html; charset=utf-8",
            "HTML page, not a feed",
        ),
        (b"just some text", "text/plain", "not a feed"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "not a feed"),
        (b'{"hello": "world"}', "application/json", "not a feed"),
        (b"</height>", None, "parser crashed: TypeError"),
        (b"</width>", None, "parser crashed: TypeError"),
    ],
)
def test_not_a_feed(body: bytes, content_type: str | None, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(body, content_type=content_type)
    assert str(info.value).startswith(reason)


def test_feed_without_entries_is_a_feed() -> None:
    feed = parse(rss(""))
    assert feed.title == "T" and feed.entries == ()


# -- hostile documents -----------------------------------------------------------------


def billion_laughs(levels: int = 10) -> bytes:
    decls = ['<!ENTITY lol0 "lol">']
    decls += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(decls) + "\n]>\n"
        f'<rss version="2.0"><channel><title>&lol{levels - 1};</title></channel></rss>'
    ).encode()


def test_billion_laughs_refused_fast() -> None:
    body = billion_laughs()
    assert len(body) < 1100
    started = time.perf_counter()
    with pytest.raises(ParseError, match="DTD/entities refused"):
        parse(body)
    assert time.perf_counter() - started < 0.05


def test_quadratic_blowup_refused_fast() -> None:
    entity = "x" * 10_000
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{entity}">]>'
        f'<rss version="2.0"><channel><title>t</title><item><title>{"&big;" * 10_000}'
        "</title></item></channel></rss>"
    ).encode()
    started = time.perf_counter()
    with pytest.raises(ParseError, match="DTD/entities refused"):
        parse(body)
    assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>',
        '<!doctype rss [<!entity a "b">]>',
        '<!ENTITY a "b">',
        "<!-- <a --><!DOCTYPE rss [<!ENTITY a 'b'>]>",
        "<?pi x?>\n<!-- c --><!DOCTYPE rss [\n]>",
    ],
)
def test_internal_subsets_refused(prolog: str) -> None:
    body = rss("<item><title>&xxe;</title></item>", prolog='<?xml version="1.0"?>' + prolog)
    with pytest.raises(ParseError, match="DTD/entities refused"):
        parse(body)


def test_guard_sees_through_utf16_and_utf7() -> None:
    doc = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY a "b">]><rss/>'
    with pytest.raises(ParseError, match="refused"):
        check_prolog(doc.encode("utf-16"))
    with pytest.raises(ParseError, match="refused"):
        check_prolog(b"+ADw-!ENTITY a +ACI-b+ACI-+AD4-<rss/>", "text/xml; charset=utf-7")


def test_external_dtd_is_not_loaded() -> None:
    secret = Path("/etc/passwd").read_text(errors="replace").split(":", 1)[0]
    body = rss(
        "<item><title>t</title><link>https://e.example/1</link></item>",
        prolog='<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file:///etc/passwd">',
    )
    feed = parse(body)
    assert [e.title for e in feed.entries] == ["t"]
    assert secret not in repr(feed).replace("feeds.example", "")


def test_doctype_without_subset_is_fine() -> None:
    prolog = (
        '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">'
    )
    assert parse(rss("<item><title>ok</title></item>", prolog=prolog)).entries[0].title == "ok"


def test_body_that_is_a_local_path_is_not_opened(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_bytes(
        rss("<item><title>SECRET-TITLE</title><link>https://s.example/</link></item>")
    )
    for body in (str(secret).encode(), secret.as_uri().encode()):
        with pytest.raises(ParseError, match="not a feed"):
            parse(body)


@pytest.mark.parametrize("path", sorted(HOSTILE.iterdir()), ids=lambda p: p.name)
def test_hostile_corpus(path: Path) -> None:
    started = time.perf_counter()
    try:
        feed = parse(path.read_bytes())
    except ParseError:
        pass
    else:  # harmless: bounded, clean, no secrets
        assert len(feed.entries) <= 500
        for e in feed.entries:
            assert len(e.title) <= 1000 and len(e.text) <= 20_000
            assert e.url is None or (
                e.url.startswith(("http://", "https://")) and len(e.url) <= 4096
            )
            assert len(e.guid) <= 512
            for field in (e.title, e.text, e.guid, e.url or ""):
                assert not any(ord(c) < 32 and c not in "\n\t" for c in field)
                field.encode("utf-8")  # valid Unicode: no lone surrogates
                assert "root:x:0:0" not in field
    # a bound against runaway parsing (quadratic or worse), not a speed figure: the
    # hostile documents parse in about a second even on a busy machine
    assert time.perf_counter() - started < 15.0


# -- encodings, control characters, truncation -----------------------------------------


def test_encoding_lies_do_not_raise() -> None:
    latin1 = rss("<item><title>Zürich</title><guid>1</guid></item>").replace(
        "ü".encode(), "ü".encode("latin-1")
    )
    feed = parse(latin1, content_type="application/rss+xml; charset=utf-8")
    assert feed.entries[0].title.startswith("Z") and feed.entries[0].title.endswith("rich")
    # the header says latin-1, the document is UTF-8: no exception, valid text
    utf8 = rss("<item><title>Köln</title><guid>1</guid></item>")
    assert parse(utf8, content_type="text/xml; charset=iso-8859-1").entries[0].title
    # a BOM that contradicts the declaration
    bom = codecs.BOM_UTF8 + rss(
        "<item><title>Straße</title><guid>1</guid></item>",
        prolog='<?xml version="1.0" encoding="iso-8859-1"?>',
    )
    assert parse(bom).entries[0].title.startswith("Stra")
    # UTF-16 with a BOM
    utf16 = rss("<item><title>ü16</title><guid>1</guid></item>", prolog="").decode()
    assert parse(utf16.encode("utf-16")).entries[0].title == "ü16"
    # an unknown charset and invalid bytes
    weird = rss("<item><title>x\xff\xfe y</title><guid>1</guid></item>").replace(
        "\xff\xfe".encode(), b"\xff\xfe"
    )
    assert parse(weird, content_type="text/xml; charset=x-unknown").entries


def test_control_characters_stripped() -> None:
    body = rss(
        "<item><title>A\x00B\x1b[31mC\x07</title><description>x\ty\x0bz</description>"
        "<guid>g\x1b1</guid></item>"
    )
    (entry,) = parse(body).entries
    assert entry.title == "AB[31mC"
    assert entry.text == "x yz"  # the tab collapses to a space, the vertical tab goes
    assert "\x1b" not in entry.guid


def test_plain_text() -> None:
    assert (
        plain_text("<p>One&nbsp;&amp; two</p>\n\n<p>  three   four </p>") == "One & two\nthree four"
    )
    assert plain_text("a <b>b</b>\n c", single_line=True) == "a b c"
    assert plain_text("<style>x{}</style><script>bad()</script>ok") == "ok"
    assert plain_text("5 < 6 and 7 > 3") == "5 < 6 and 7 > 3"
    assert len(plain_text("word " * 10_000)) <= 20_000
    assert plain_text("x" * 30_000) == "x" * 20_000


def test_truncated_xml_keeps_complete_entries() -> None:
    body = rss(
        "<item><title>One</title><link>https://e.example/1</link></item>"
        "<item><title>Two</title><link>https://e.example/2</link></item>"
        "<item><descr"
    )
    body = body[: body.index(b"<item><descr") + len("<item><descr")]
    assert [e.title for e in parse(body).entries] == ["One", "Two"]


# -- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Wed, 16 Jul 2025 10:00:00 +0200", datetime(2025, 7, 16, 8, 0, tzinfo=UTC)),
        ("2150-01-01T00:00:00Z", datetime(2150, 1, 1, tzinfo=UTC)),  # not clamped here
        ("Sat, 01 Jan 0000 00:00:00 GMT", None),
        ("Fri, 31 Dec 9999 23:00:00 -0500", None),
        ("9999-12-31T23:00:00-05:00", None),
        ("not a date", None),
        ("", None),
    ],
)
def test_dates(date: str, expected: datetime | None) -> None:
    (entry,) = parse(rss(f"<item><title>t</title><pubDate>{date}</pubDate></item>")).entries
    assert entry.published == expected
    assert entry.published is None or entry.published.tzinfo is not None


def test_missing_date() -> None:
    assert parse(rss("<item><title>t</title></item>")).entries[0].published is None


@given(st.tuples(*[st.integers(-(2**40), 2**40)] * 9))
@settings(max_examples=200, deadline=None)
def test_any_time_tuple_gives_a_datetime_or_none(tt: tuple[int, ...]) -> None:
    from watcher.parse import datetime_from_tuple

    value = datetime_from_tuple(tt)
    assert value is None or value.tzinfo is UTC


def test_json_feed_dates() -> None:
    body = (
        b'{"version": "https://jsonfeed.org/version/1.1", "items": ['
        b'{"id": "1", "title": "a", "date_published": "9999-12-31T23:00:00-05:00"},'
        b'{"id": "2", "title": "b", "date_published": "0000-01-01T00:00:00Z"},'
        b'{"id": "3", "title": "c", "date_published": "2025-01-01T10:00:00"}]}'
    )
    assert [e.published for e in parse(body).entries] == [
        None,
        None,
        datetime(2025, 1, 1, 10, 0, tzinfo=UTC),
    ]


# -- canonical URLs --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://Example.COM/Path?b=2&a=1#frag", "https://example.com/Path?b=2&a=1"),
        ("HTTP://example.com:80/", "http://example.com/"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("http://example.com:443/x", "http://example.com:443/x"),
        ("https://e.com/a?utm_source=rss&utm_medium=feed&id=3", "https://e.com/a?id=3"),
        ("https://e.com/a?UTM_Campaign=x", "https://e.com/a"),
        ("https://e.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5", "https://e.com/a"),
        ("https://e.com/a?ref=hn&ref_src=twsrc&x=1", "https://e.com/a?x=1"),
        ("https://e.com/a?x=1&&y=2&", "https://e.com/a?x=1&y=2"),
        ("https://e.com/a?preferred=1", "https://e.com/a?preferred=1"),
        ("https://user:pass@e.com/a", "https://e.com/a"),
        ("https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a"),
        ("  https://e.com/a b  ", "https://e.com/a%20b"),
        ("ftp://e.com/a", None),
        ("javascript:alert(1)", None),
        ("mailto:a@e.com", None),
        ("/relative/path", None),
        ("https://", None),
        ("http://e.com:99999/", None),
        ("http://[::1/", None),
        ("", None),
    ],
)
def test_canonical_url_table(url: str, expected: str | None) -> None:
    assert canonical_url(url) == expected


TRACKERS = ["utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid", "mc_cid", "ref"]
hosts = st.from_regex(
    r"[A-Za-z0-9]([A-Za-z0-9-]{0,10}[A-Za-z0-9])?(\.[A-Za-z]{2,6}){1,2}", fullmatch=True
)
segments = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="?#/"), max_size=8)
params = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(TRACKERS), st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True)),
        st.text(alphabet="abcXYZ019-_.%~+", max_size=6),
    ),
    max_size=5,
)


@st.composite
def urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https", "ftp", "javascript"]))
    port = draw(st.one_of(st.none(), st.sampled_from([80, 443, 8080]), st.integers(0, 70000)))
    path = "/".join(draw(st.lists(segments, max_size=4)))
    query = "&".join(f"{k}={v}" for k, v in draw(params))
    url = f"{scheme}://{draw(hosts)}{'' if port is None else f':{port}'}/{path}"
    if query:
        url += "?" + query
    if draw(st.booleans()):
        url += "#" + draw(segments)
    return url


@given(st.one_of(urls(), st.text(max_size=60)))
@settings(max_examples=400, deadline=None)
def test_canonical_url_is_idempotent(url: str) -> None:
    once = canonical_url(url)
    if once is not None:
        assert canonical_url(once) == once


@given(urls())
@settings(max_examples=300, deadline=None)
def test_canonical_url_properties(url: str) -> None:
    result = canonical_url(url)
    if result is None:
        return
    scheme, rest = result.split("://", 1)
    assert scheme in ("http", "https")
    host = rest.split("/", 1)[0]
    assert host == host.lower()
    assert "#" not in result
    assert not host.endswith((":80", ":443")) or host.endswith(
        f":{80 if scheme == 'https' else 443}"
    )
    query = result.partition("?")[2]
    keys = [p.split("=", 1)[0].lower() for p in query.split("&") if p]
    assert not any(k.startswith("utm_") or k in TRACKERS for k in keys)
    # the other parameters keep their order
    kept = [
        p
        for p in url.partition("?")[2].partition("#")[0].split("&")
        if p and p.split("=", 1)[0].lower() not in TRACKERS
    ]
    assert query.split("&") == kept if kept else query == ""


# -- the worker process ------------------------------------------------------------------


def test_init_parse_worker_turns_a_blowup_into_memory_error() -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from watcher.parse import init_parse_worker

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        1, mp_context=ctx, initializer=init_parse_worker, initargs=(768 * 2**20,)
    ) as pool:
        body = (GOLDEN / "rss2.xml").read_bytes()
        parsed = pool.submit(parse_feed, body, feed_id="w", url="https://e.example/").result(
            timeout=30
        )
        assert len(parsed.entries) == 3
        with pytest.raises(MemoryError):
            pool.submit(bytearray, 2 * 2**30).result(timeout=30)
        # the worker survived its MemoryError
        assert pool.submit(len, b"abc").result(timeout=30) == 3


def test_c1_controls_and_surrogates_removed() -> None:
    assert plain_text("a\x9b31mb\x85c") == "a31mbc"
    assert plain_text("x\ud800y") == "xy"
