"""Unit tests of event linking: watcher/dedup/ (names, fingerprints, signatures, decide)
and the record step in watcher/ingest.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.classify import default_rules
from watcher.dedup.decide import decide
from watcher.dedup.fingerprint import story_fingerprint, story_similarity
from watcher.dedup.names import person_key, same_person
from watcher.dedup.records import Candidate, EventSignature
from watcher.dedup.signature import event_signature, org_key
from watcher.ingest import link
from watcher.models import Analysis, Entities, EventSource
from watcher.store import Store

NOW = datetime(2025, 7, 16, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jason Wei", "jason wei"),
        ("Wei, Jason", "Jason Wei"),
        ("Karén Simonyan", "Karen Simonyan"),
        ("Jürgen Schmidhuber", "Juergen Schmidhuber"),
        ("Alexandr Wang", "Alexander Wang"),
        ("Aleksandr Wang", "Alexandr Wang"),
        ("Wu Yonghui", "Yonghui Wu"),
        ("Jason  Wei.", "JASON WEI"),
    ],
)
def test_person_key_variants_agree(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Matt Deitke", "マット・デイトキー", True),
        ("John Schulman", "존 슐먼", True),
        ("Shengjia Zhao", "シェンジア・ジャオ", True),
        ("Alexandr Wang", "アレクサンダー・ワン", True),
        ("Jason Wei", "Jason Lee", False),
        ("Mark Lee", "Mark Li", False),
        ("Tom Gunter", "Ruoming Pang", False),
        ("Ruoming Pang", "庞若鸣", True),  # a Chinese name is read in pinyin
        ("John Schulman", "约翰·舒尔曼", True),  # a transliteration, read in pinyin
        ("Lucas Beyer", "卢卡斯·拜尔", True),
        ("Jonathan Ross", "乔纳森·罗斯", True),
        ("Alexander Kolesnikov", "卢卡斯·拜尔", False),
        ("Mira Murati", "约翰·舒尔曼", False),
        ("Liam Fedus", "フェダス", True),  # a surname alone against a full name
        ("Liam Fedus", "ダイ", False),
    ],
)
def test_same_person_across_scripts(a: str, b: str, same: bool) -> None:
    assert same_person(person_key(a), person_key(b)) is same


_NAME = st.text(alphabet=st.characters(categories=["L", "Zs", "Pd", "Po"]), max_size=30)


@given(_NAME)
@settings(deadline=None)
def test_person_key_idempotent(name: str) -> None:
    key = person_key(name)
    assert person_key(key) == key


@given(st.lists(st.sampled_from(["José", "Zoë", "Łukasz", "Søren", "Ørsted", "Núñez"]), min_size=1))
@settings(deadline=None)
def test_person_key_accent_insensitive(words: list[str]) -> None:
    import unicodedata

    name = " ".join(words)
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).translate(str.maketrans({"Ł": "L", "ø": "o", "Ø": "O"}))
    assert person_key(name) == person_key(plain)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Facebook", "meta"),
        ("Meta Platforms", "meta"),
        ("DeepMind", "google-deepmind"),
        ("Google DeepMind", "google-deepmind"),
        ("Open AI", "openai"),
        ("Acme Robotics", "acme-robotics"),
    ],
)
def test_org_key_through_alias_table(name: str, key: str) -> None:
    assert org_key(name, default_rules()) == key


def _analysis(cats: tuple[str, ...], **ents: object) -> Analysis:
    ents.setdefault("movers", ents.get("people", ()))
    return Analysis(
        lang="en",
        scores=dict.fromkeys(cats, 0.9),
        categories=cats,
        entities=Entities(**ents),  # type: ignore[arg-type]
        evidence=(),
    )


def test_signature_strength() -> None:
    rules = default_rules()
    person = event_signature(_analysis(("departure",), people=("Jason Wei",)), rules=rules)
    orgs_only = event_signature(_analysis(("departure",), orgs=("OpenAI", "Meta")), rules=rules)
    acq = event_signature(_analysis(("acquihire",), orgs=("Google", "Windsurf")), rules=rules)
    lab = event_signature(
        _analysis(("lab_formation",), orgs=("Thinking Machines Lab",)), rules=rules
    )
    assert person is not None and person.strong and person.people == ("jason wei",)
    assert orgs_only is not None and not orgs_only.strong
    assert acq is not None and acq.strong and acq.targets == ("windsurf",)
    assert lab is not None and lab.strong
    assert event_signature(_analysis(()), rules=rules) is None


def test_subject_is_who_the_title_names() -> None:
    sig = event_signature(
        _analysis(("departure",), people=("Daniel Gross", "Ilya Sutskever")),
        title="Daniel Gross exits Safe Superintelligence to work for Meta",
    )
    assert sig is not None and sig.people == (person_key("Daniel Gross"),)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the lead sentence names the movers; a relative clause names their former boss
        (
            "Tom Gunter and Mark Lee, who both reported to Ruoming Pang, have been hired by "
            "Meta. Pang left last month.",
            ("Mark Lee", "Tom Gunter"),
        ),
        # a possessive names background, not the person who moved
        (
            "Andrew Tulloch, a co-founder of Mira Murati's start-up, turned down the offer.",
            ("Andrew Tulloch",),
        ),
    ],
)
def test_subject_from_the_lead_when_the_title_names_nobody(
    text: str, subject: tuple[str, ...]
) -> None:
    people = ("Tom Gunter", "Mark Lee", "Ruoming Pang", "Andrew Tulloch", "Mira Murati")
    found = tuple(p for p in people if p in text)
    sig = event_signature(
        _analysis(("departure",), people=found), title="Two more researchers move", text=text
    )
    assert sig is not None
    assert sig.people == tuple(sorted(person_key(p) for p in subject))


@pytest.mark.parametrize(
    ("title", "targets"),
    [
        # a lab the organisation table knows, named in the headline, not only in the text
        (
            "Meta folds its AI teams into Meta Superintelligence Labs",
            ("meta-superintelligence-labs",),
        ),
        # quoted names: known ones keep their key, unknown ones are transliterated
        ("トランスフォーマー論文の共著者ら、東京で「サカナAI」を創業", ("sakana-ai",)),
        ("Two researchers found ‘Quill Dynamics’ in Lyon", ("quill-dynamics",)),
        ("研究者ら、新会社「クイル・ダイナミクス」を設立", ("kuiru-dainamikusu",)),
        # a script with capitals writes a name with one: a quoted lowercase phrase is a
        # description of the product, not the lab's name
        ("Дослідники засновують стартап «нейро-інтерфейс»", ()),
        ("Дослідники засновують стартап «Квіл Дайнемікс»", ("kvil-daynemiks",)),
        # a lab-shaped name the table does not know; a known company's unit is no new lab
        ("Former Stability researchers launch Granite Peak Labs", ("granite-peak-labs",)),
        ("Google AI opens a Zurich office", ()),
    ],
)
def test_lab_targets_from_the_headline(title: str, targets: tuple[str, ...]) -> None:
    sig = event_signature(
        _analysis(("lab_formation",), orgs=("Meta",)), title=title, rules=default_rules()
    )
    assert sig is not None and sig.targets == targets and sig.strong == bool(targets)


@pytest.mark.parametrize(
    ("title", "text", "targets"),
    [
        # a startup the table does not know, named again in the article
        (
            "Nvidia licenses Tessellate's compiler and hires its founder",
            "Tessellate will keep running as an independent company.",
            ("tessellate",),
        ),
        (
            "Nvidia holt Tessellate-Chef – ohne das Start-up zu kaufen",
            "Tessellate bleibt eigenständig.",
            ("tessellate",),
        ),
        # named once only: too weak to key on
        ("Nvidia licenses Tessellate's compiler and hires its founder", "No more.", ()),
        # a quoted remark is no name
        ('삼성, 美 AI 스타트업 인수…"제품보다 창업팀 확보가 목적"', "", ()),
    ],
)
def test_acquihire_targets_not_in_the_table(
    title: str, text: str, targets: tuple[str, ...]
) -> None:
    sig = event_signature(
        _analysis(("acquihire",), orgs=("Nvidia",)), title=title, text=text, rules=default_rules()
    )
    assert sig is not None and sig.targets == targets


def test_latin_name_found_in_a_korean_text_that_names_nobody() -> None:
    rules = default_rules()
    latin = event_signature(
        _analysis(("departure",), people=("Yann LeCun",), orgs=("Meta",), from_org="Meta"),
        title="Yann LeCun to leave Meta",
        rules=rules,
    )
    korean = event_signature(
        _analysis(("departure",), orgs=("Meta",)),
        title="얀 르쿤, 메타 떠난다",
        text="얀 르쿤 수석 과학자가 회사를 떠나 스타트업을 세운다.",
        rules=rules,
    )
    other = event_signature(
        _analysis(("departure",), orgs=("Meta",)),
        title="메타 연구원 떠난다",
        text="조엘 피노 부사장이 회사를 떠난다.",
        rules=rules,
    )
    assert latin is not None and korean is not None and other is not None
    cand = Candidate("evt_1", latin, NOW, NOW)
    fp = story_fingerprint("x", "y")
    assert decide(korean, fp, [cand], now=NOW).event_id == "evt_1"
    assert decide(other, fp, [cand], now=NOW).kind == "new"


def test_lab_named_only_in_the_text_is_context() -> None:
    # "the head of Microsoft AI forms a new team": Microsoft AI is not what was formed
    sig = event_signature(
        _analysis(("lab_formation",), orgs=("Microsoft", "Microsoft AI")),
        title="微软成立新的超级智能团队",
        rules=default_rules(),
    )
    assert sig is not None and sig.targets == () and not sig.strong


def test_same_target_across_scripts_merges() -> None:
    rules = default_rules()
    first = event_signature(
        _analysis(("lab_formation",)), title="Tokyo gets 「サカナAI」", rules=rules
    )
    second = event_signature(
        _analysis(("lab_formation",)), title="도쿄에 AI 스타트업 '사카나AI' 설립", rules=rules
    )
    assert first is not None and second is not None
    cand = Candidate("evt_1", first, NOW, NOW)
    decision = decide(second, story_fingerprint("x", "y"), [cand], now=NOW)
    assert (decision.kind, decision.rule) == ("duplicate", "target")


def _sig(cats: str, people: tuple[str, ...] = (), **kw: object) -> EventSignature:
    categories = frozenset(cats.split(","))
    return EventSignature(
        category=cats.split(",")[0],
        categories=categories,
        people=tuple(sorted(person_key(p) for p in people)),
        strong=bool(people),
        **kw,  # type: ignore[arg-type]
    )


def _cand(
    sig: EventSignature, *, age: timedelta = timedelta(hours=1), fp: bytes = b""
) -> Candidate:
    return Candidate("evt_1", sig, NOW - age, NOW - age, (fp,) if fp else ())


WEI = _sig("departure", ("Jason Wei",), orgs=("meta", "openai"), from_org="openai", to_org="meta")

# (name, entry signature, event signature, age of the event, expected kind, expected changes)
CASES = [
    ("same move, nothing new", WEI, WEI, timedelta(hours=2), "duplicate", {}),
    (
        "adds the amount and the offer",
        _sig("departure,offer", ("Jason Wei",), orgs=("meta", "openai"), amount_usd=300_000_000),
        WEI,
        timedelta(hours=2),
        "update",
        {"amount_usd": 300_000_000, "categories": ["offer"]},
    ),
    (
        "adds the destination",
        WEI,
        _sig("departure", ("Jason Wei",), orgs=("openai",), from_org="openai"),
        timedelta(days=1),
        "update",
        {"to_org": "meta"},
    ),
    (
        "word order and accents",
        _sig("departure", ("Wei, Jason",), orgs=("meta", "openai"), to_org="meta"),
        WEI,
        timedelta(days=3),
        "duplicate",
        {},
    ),
    ("outside the window", WEI, WEI, timedelta(days=30), "new", {}),
    (
        "different person",
        _sig("departure", ("Hyung Won Chung",), to_org="meta"),
        WEI,
        timedelta(hours=1),
        "new",
        {},
    ),
    (
        "same person, opposite direction",
        _sig(
            "departure", ("Jason Wei",), orgs=("meta", "openai"), from_org="meta", to_org="openai"
        ),
        WEI,
        timedelta(hours=1),
        "new",
        {},
    ),
    (
        "an origin only one side names is news, not a contradiction",
        _sig("departure", ("Jason Wei",), orgs=("meta", "openai"), from_org="openai"),
        _sig("departure", ("Jason Wei",), orgs=("meta",), to_org="meta"),
        timedelta(hours=1),
        "update",
        {"from_org": "openai"},
    ),
    (
        "two origins, one never mentioned by the other side: another move",
        _sig("departure", ("John Schulman",), orgs=("anthropic",), from_org="anthropic"),
        _sig("departure", ("John Schulman",), orgs=("openai",), from_org="openai"),
        timedelta(hours=1),
        "new",
        {},
    ),
    (
        "two origins, both mentioned on both sides: an extraction slip, same move",
        _sig("departure", ("Shengjia Zhao",), orgs=("meta", "openai"), from_org="meta"),
        _sig("departure", ("Shengjia Zhao",), orgs=("meta", "openai"), from_org="openai"),
        timedelta(hours=1),
        "duplicate",
        {},
    ),
    (
        "one leaves the organisation the other joins: ousted, then back",
        _sig("departure", ("Sam Altman",), orgs=("openai",), to_org="openai"),
        _sig("departure", ("Sam Altman",), orgs=("openai",), from_org="openai"),
        timedelta(days=4),
        "new",
        {},
    ),
    (
        "organisations only: too weak",
        _sig("departure", orgs=("meta", "openai"), from_org="openai", to_org="meta"),
        WEI,
        timedelta(hours=1),
        "new",
        {},
    ),
    (
        "no shared category",
        _sig("lab_formation", ("Jason Wei",), orgs=("meta",)),
        WEI,
        timedelta(hours=1),
        "new",
        {},
    ),
    (
        "same acqui-hire target, other people named",
        _sig("acquihire", ("Douglas Chen",), orgs=("google", "windsurf"), targets=("windsurf",)),
        _sig("acquihire", ("Varun Mohan",), orgs=("google", "windsurf"), targets=("windsurf",)),
        timedelta(hours=5),
        "duplicate",
        {},
    ),
    (
        "no person, same organisations and amount",
        _sig("offer", orgs=("meta", "openai"), amount_usd=100_000_000),
        _sig("offer", orgs=("meta", "openai"), amount_usd=100_000_000),
        timedelta(hours=5),
        "duplicate",
        {},
    ),
]


@pytest.mark.parametrize(
    ("name", "entry", "event", "age", "kind", "changes"), CASES, ids=[c[0] for c in CASES]
)
def test_decide(
    name: str,
    entry: EventSignature,
    event: EventSignature,
    age: timedelta,
    kind: str,
    changes: dict[str, object],
) -> None:
    decision = decide(entry, story_fingerprint("a", "b"), [_cand(event, age=age)], now=NOW)
    assert decision.kind == kind
    assert decision.changes == changes
    assert decision.event_id == (None if kind == "new" else "evt_1")


def test_decide_none_without_category() -> None:
    assert decide(None, b"", [], now=NOW).kind == "none"


ARTICLE = (
    "Jason Wei, a researcher behind OpenAI's o3 and deep research models, is leaving the "
    "ChatGPT maker for Meta's superintelligence lab, Wired reported on Tuesday. His close "
    "collaborator Hyung Won Chung is making the same move, according to people familiar."
)


def test_story_similarity_syndicated_vs_different() -> None:
    original = story_fingerprint("OpenAI's Jason Wei heads to Meta", ARTICLE)
    syndicated = story_fingerprint(
        "OpenAI researcher Jason Wei heads to Meta", ARTICLE.replace("Tuesday", "Wednesday")
    )
    other = story_fingerprint(
        "Apple's models chief defects to Meta",
        "Ruoming Pang, who ran Apple's foundation models team, is leaving for Meta, "
        "people familiar with the matter said. His package is worth over $200 million.",
    )
    assert story_similarity(original, syndicated) >= 0.6
    assert story_similarity(original, other) < 0.2
    assert story_similarity(original, original) == 1.0


def test_story_duplicate_attaches_even_when_weak() -> None:
    weak = _sig("offer", orgs=("openai",))
    fp = story_fingerprint("OpenAI hands out bonuses", ARTICLE)
    decision = decide(weak, fp, [_cand(weak, fp=fp)], now=NOW)
    assert decision.kind == "duplicate" and decision.rule == "story"


def test_events_roundtrip(tmp_path: Path) -> None:
    """`ingest.link` decides against the stored events and records the outcome."""
    store = Store(tmp_path / "events.db")
    fp = story_fingerprint("t", ARTICLE)
    first, eid = store.run(lambda tx: link(tx, WEI, fp, EventSource("f1", "g1"), now=NOW))
    later = NOW + timedelta(minutes=5)
    richer = _sig("departure,offer", ("Jason Wei",), orgs=("meta", "openai"), amount_usd=10**8)
    second, eid2 = store.run(
        lambda tx: link(tx, richer, fp, EventSource("f2", "g2", lang="it"), now=later)
    )
    assert (first.kind, second.kind, second.event_id, eid2) == ("new", "update", eid, eid)
    [row] = store.events()
    assert row["sources"] == 2 and row["amount_usd"] == 10**8
    assert row["categories"] == ["departure", "offer"]
    kinds = store.conn.execute("SELECT kind FROM event_sources ORDER BY id").fetchall()
    assert [k for (k,) in kinds] == ["new", "update"]
    far = (NOW + timedelta(days=40)).timestamp()
    assert store.run(lambda tx: tx.recent_events(lo=far - 1, hi=far)) == []
    store.close()
