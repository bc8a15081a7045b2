"""Event linking as weighed evidence: name keys across alphabets and grammar, the score
of a candidate, the weights file, and the dates `watcher dedup --jsonl` decides at.

Signatures are written by hand here: each test states the evidence two reports carry
and the decision it must lead to.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from anyascii import anyascii

from watcher.classify import analyse, default_rules
from watcher.dedup.decide import _people, decide, merge, score
from watcher.dedup.fingerprint import STORY_THRESHOLD, story_fingerprint, story_similarity
from watcher.dedup.names import person_key, slug
from watcher.dedup.readings import (
    han_mentions,
    han_reading,
    loose,
    mention,
    same_reading,
    same_sound,
    spoken,
)
from watcher.dedup.records import Candidate, EventSignature
from watcher.dedup.signature import event_signature
from watcher.dedup.weights import default_weights, parse_weights
from watcher.errors import ConfigError, WatcherError
from watcher.tools.dedup_eval import run_dedup

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
FP = story_fingerprint("unrelated", "words")


def sig(cats: str, people: tuple[str, ...] = (), text: str = "", **kw: object) -> EventSignature:
    categories = frozenset(cats.split(","))
    return EventSignature(
        category=cats.split(",")[0],
        categories=categories,
        people=tuple(sorted(person_key(p) for p in people)),
        strong=bool(people),
        spoken=spoken("", text),
        **kw,  # type: ignore[arg-type]
    )


def cand(
    event: EventSignature, *, age: timedelta = timedelta(hours=3), id: str = "evt_1"
) -> Candidate:
    return Candidate(id, event, NOW - age, NOW - age, ())


def kind(entry: EventSignature, *events: Candidate) -> tuple[str, str]:
    decision = decide(entry, FP, events, now=NOW)
    return decision.kind, decision.rule


def read(title: str, text: str) -> EventSignature | None:
    """The signature the worker builds for a report, with the default rules."""
    rules = default_rules()
    return event_signature(analyse(title, text, rules=rules), title=title, text=text, rules=rules)


# -- names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Борис Ковальчук", "Boris Kovalchuk", True),  # Cyrillic through anyascii
        ("Джон Ферро", "John Ferro", True),  # dzh and j: one sound
        ("Lena Brandt Pionierin", "Lena Brandt", True),  # a word glued to the name
        ("Tomasa Ruize", "Tomas Ruiz", True),  # Czech accusative endings
        ("Ilja Orlov", "Ilya Orlov", True),  # j / y: one letter, one sound
        ("Павел Хартман", "Pavel Hartman", True),  # a foreign h written with х (kh)
        ("ماريو سيفرين", "Mario Severin", True),  # an f for a v the Latin reading drops
        ("मार्को हिंटर", "Marco Hinter", True),  # a nasal sign read as m before t
        ("Павел Хартман", "Pavel Hartmut", False),  # two consonants apart is another name
        ("Lena Brandt", "Tomas Ruiz", False),
        ("Chen Li", "Chan Li", False),  # a vowel apart is another name
        ("Brandt", "Lena Brandt", False),  # one token is not enough to say "same"
    ],
)
def test_same_reading(a: str, b: str, same: bool) -> None:
    endings = default_weights().endings
    assert same_reading(person_key(a), person_key(b), endings) is same
    assert same_reading(person_key(b), person_key(a), endings) is same


def test_loose_reading_survives_suffixes_and_alphabets() -> None:
    assert loose("Brandt'ın") == loose("Brandt")  # a Turkish suffix after the apostrophe
    assert loose("Ковальчук") == loose("Kovalchuk")
    assert loose("Kovalchukem").startswith(loose("Kovalchuk"))


def test_mention_finds_a_name_written_in_another_alphabet() -> None:
    key = person_key("Boris Kovalchuk")
    assert mention(key, spoken("", "Борис Ковальчук покидает лабораторию")) == "full"
    assert mention(key, spoken("", "Ковальчук покидает лабораторию")) == "surname"
    assert mention(key, spoken("", "Никто не уходит из лаборатории")) == ""
    # lower-case Latin words are not names: "brandt" in running text is ignored
    assert mention(person_key("Lena Brandt"), spoken("", "a lena brandt meeting")) == ""


def test_a_name_in_chinese_characters_is_read_in_pinyin() -> None:
    reading = han_reading("王小明离开OpenAI", "据报道，王小明将加入Meta。")
    assert han_mentions(person_key("Xiaoming Wang"), reading)
    assert han_mentions(person_key("Wang Xiaoming"), reading)
    assert not han_mentions(person_key("Xiaoming Zhao"), reading)
    assert not han_mentions(person_key("Angxiao Ming"), reading)  # not on syllables
    assert not han_mentions(person_key("Wang"), reading)  # a surname alone is not enough


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Daniel Rosen", "ダニエル・ローゼン", True),  # kana: r for l, vowels added
        ("대니얼 로젠", "דניאל רוזן", True),  # hangul and Hebrew, neither in Latin letters
        ("丹尼尔·罗森", "दानियल रोज़न", True),  # pinyin and Devanagari
        ("แดเนียล โรเซน", "ダニエル・ローゼン", True),  # Thai writes e before its consonant
        ("Lukas Becker", "בקר לוקאס", True),  # bet is a b in a foreign name
        ("ベッカー・ルーカス", "لوكاس بيكر", True),  # the small tsu has no sound
        ("Arjun Mehta", "ארג'ון מהטה", True),  # a geresh makes gimel a j
        ("Thomas Whitfield", "توماس ويتفيلد", True),  # w and h are not kept alike
        ("Amit Sagi", "מרתה ווייצ'יק", False),  # one begins with a vowel, one does not
        ("Daniel Rosen", "ダニエル・ロッシ", False),  # another surname
        ("Lukas Becker", "ルーカス", False),  # one token is not enough
    ],
)
def test_same_sound_across_alphabets(a: str, b: str, same: bool) -> None:
    assert same_sound(person_key(a), person_key(b)) is same


# -- the score -----------------------------------------------------------------------

GROUP = sig(
    "departure",
    ("Lena Brandt", "Tomas Ruiz", "Nadia Ferro"),
    orgs=("anthropic", "openai"),
    from_org="openai",
    to_org="anthropic",
)


def test_two_of_a_group_join_the_group_move() -> None:
    two = sig(
        "departure", ("Lena Brandt", "Tomas Ruiz"), orgs=("anthropic", "openai"), to_org="anthropic"
    )
    assert kind(two, cand(GROUP)) == ("duplicate", "people")


def test_one_of_a_roundup_is_not_the_roundup() -> None:
    roundup = sig("departure", ("Lena Brandt", "Tomas Ruiz", "Nadia Ferro"), orgs=("openai",))
    one = sig("departure", ("Nadia Ferro",), orgs=("openai",), from_org="openai")
    assert kind(one, cand(roundup))[0] == "new"


def test_a_roundup_naming_an_earlier_group_beside_its_own_is_not_that_group() -> None:
    # "four more join Meta, after the three of last week": the three it shares are
    # fewer than half of the people it names
    trio = ("Lena Brandt", "Tomas Ruiz", "Nadia Ferro")
    four = ("Ivo Lind", "Mara Costa", "Piet Hols", "Anouk Vey")
    earlier = sig("departure", trio, orgs=("meta", "openai"), to_org="meta")
    roundup = sig("departure", (*four, *trio), orgs=("meta", "openai"), to_org="meta")
    assert kind(roundup, cand(earlier))[0] == "new"
    two_of_three = sig("departure", trio[:2], orgs=("meta", "openai"), to_org="meta")
    assert kind(two_of_three, cand(earlier)) == ("duplicate", "people")


def test_a_misread_direction_on_one_ended_reports_is_outweighed_the_same_day() -> None:
    # one report reads "left OpenAI", the other "at OpenAI" as a destination
    left = sig("departure", ("Ivo Marek",), orgs=("openai",), from_org="openai")
    misread = sig("departure", ("Ivo Marek",), orgs=("openai",), to_org="openai")
    assert kind(misread, cand(left, age=timedelta(hours=5))) == ("update", "people")
    # the same two readings days apart: leaving, then coming back, two events
    assert kind(misread, cand(left, age=timedelta(days=3)))[0] == "new"


def test_a_contradiction_read_at_both_ends_keeps_moves_apart() -> None:
    there = sig(
        "departure", ("Ivo Marek",), orgs=("meta", "openai"), from_org="openai", to_org="meta"
    )
    back = sig(
        "departure", ("Ivo Marek",), orgs=("meta", "openai"), from_org="meta", to_org="openai"
    )
    assert kind(back, cand(there))[0] == "new"


def test_a_person_written_in_another_alphabet_links_a_report_that_extracted_nobody() -> None:
    latin = sig("departure", ("Boris Kovalchuk",), orgs=("openai",), from_org="openai")
    cyrillic = sig(
        "departure", orgs=("openai",), from_org="openai", text="Борис Ковальчук уходит из OpenAI"
    )
    other = sig(
        "departure", orgs=("openai",), from_org="openai", text="Павел Седлак уходит из OpenAI"
    )
    assert kind(cyrillic, cand(latin)) == ("duplicate", "people")
    assert kind(other, cand(latin))[0] == "new"


def test_a_chinese_report_that_extracted_nobody_joins_by_the_name_in_pinyin() -> None:
    latin = sig("departure", ("Xiaoming Wang",), orgs=("meta", "openai"), to_org="meta")
    chinese = EventSignature(
        category="departure",
        categories=frozenset({"departure"}),
        orgs=("meta", "openai"),
        to_org="meta",
        han=han_reading("王小明离开OpenAI加入Meta", ""),
    )
    assert kind(chinese, cand(latin)) == ("duplicate", "people")


def test_keys_in_two_alphabets_are_not_a_contradiction() -> None:
    # "Павел Седлак" (Cyrillic) against "Boris Kovalchuk": not compared, so no veto,
    # but not a key either: the organisations alone do not merge
    latin = sig("departure", ("Boris Kovalchuk",), orgs=("openai",), from_org="openai")
    cyrillic = sig("departure", ("Павел Седлак",), orgs=("openai",), from_org="openai")
    found = score(cyrillic, FP, cand(latin), NOW)
    assert found.key == "" and found.value > default_weights()["people.different"]
    assert kind(cyrillic, cand(latin))[0] == "new"


def test_different_people_outweigh_everything_else() -> None:
    a = sig(
        "departure,offer",
        ("Lena Brandt",),
        orgs=("meta", "openai"),
        from_org="openai",
        to_org="meta",
        amount_usd=10**8,
    )
    b = sig(
        "departure,offer",
        ("Tomas Ruiz",),
        orgs=("meta", "openai"),
        from_org="openai",
        to_org="meta",
        amount_usd=10**8,
    )
    assert kind(b, cand(a))[0] == "new"


def test_different_people_outweigh_a_text_written_from_one_template() -> None:
    text = "Researcher {} leaves the lab for a rival, people familiar with the move said."
    a_fp = story_fingerprint("A researcher leaves", text.format("Lena Brandt"))
    b_fp = story_fingerprint("A researcher leaves", text.format("Tomas Ruiz"))
    a = sig("departure", ("Lena Brandt",), orgs=("meta", "openai"), to_org="meta")
    b = sig("departure", ("Tomas Ruiz",), orgs=("meta", "openai"), to_org="meta")
    event = Candidate("evt_1", a, NOW, NOW, (a_fp,))
    assert story_similarity(a_fp, b_fp) >= STORY_THRESHOLD  # near-duplicate texts...
    assert decide(b, b_fp, [event], now=NOW).kind == "new"  # ...of two people's moves


def test_a_name_left_in_a_script_without_capitals_does_not_keep_events_apart() -> None:
    """A Latin name is read from capitals or the gazetteer; a name left in hangul is a
    guess from a script without capitals: too unsure for the "different people" veto."""
    from watcher.dedup.decide import _people

    latin = sig("departure", ("Lena Brandt",), to_org="meta")
    guessed = sig("departure", ("박하늘 연구원",), to_org="meta")
    other = sig("departure", ("Tomas Ruiz",), to_org="meta")
    assert _people(guessed, latin) != "different"
    assert _people(other, latin) == "different"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Dmitri Ray Berg", "Dmitri Sol Berg"),  # one middle name apart
        ("Hiro Sol Berg", "Chloe Ray Berg"),  # short names whose skeletons meet
        ("Ana Ray Berg", "Ben Ray Berg"),  # "Ben" reads like "OpenAI"
    ],
)
def test_namesakes_in_one_template_stay_apart(first: str, second: str) -> None:
    def report(name: str) -> tuple[EventSignature, bytes]:
        title = f"OpenAI researcher {name} leaves for Meta"
        text = f"{name}, a senior researcher at OpenAI, is leaving the company to join Meta."
        entry = EventSignature(
            "departure",
            frozenset({"departure"}),
            people=(person_key(name),),
            orgs=("meta", "openai"),
            from_org="openai",
            to_org="meta",
            spoken=spoken(title, text),
        )
        return entry, story_fingerprint(title, text)

    (a, a_fp), (b, b_fp) = report(first), report(second)
    event = Candidate("evt_1", a, NOW, NOW, (a_fp,))
    assert decide(b, b_fp, [event], now=NOW).kind == "new"


def test_a_weak_key_never_absorbs_other_reports() -> None:
    # no person, no target: organisations, direction and category only
    event = sig("departure", orgs=("meta", "openai"), from_org="openai", to_org="meta")
    entry = sig("departure", orgs=("meta", "openai"), from_org="openai", to_org="meta")
    assert kind(entry, cand(event))[0] == "new"
    # with the same amount as well it is corroborated, but only when unambiguous
    paid = sig("offer", orgs=("meta", "openai"), to_org="meta", amount_usd=50_000_000)
    assert kind(paid, cand(paid)) == ("duplicate", "corroborated")
    twice = kind(paid, cand(paid, id="evt_1"), cand(paid, id="evt_2"))
    assert twice == ("new", "ambiguous weak key")


def test_a_named_person_does_not_join_an_event_that_names_nobody_on_organisations() -> None:
    weak = sig("departure", orgs=("google", "openai"), from_org="google", to_org="openai")
    named = sig(
        "departure", ("Nadia Ferro",), orgs=("google", "openai"), from_org="google", to_org="openai"
    )
    assert kind(named, cand(weak))[0] == "new"


def test_categories_one_move_is_never_reported_as_do_not_merge() -> None:
    offer = sig("offer", ("Lena Brandt",), orgs=("meta",), to_org="meta")
    bought = sig("acquihire", ("Lena Brandt",), orgs=("meta",), to_org="meta")
    assert kind(bought, cand(offer))[0] == "new"


def test_an_agreeing_amount_is_evidence() -> None:
    event = sig("offer", ("Lena Brandt",), orgs=("meta",), amount_usd=200_000_000)
    close = sig("offer", ("Lena Brandt",), orgs=("meta",), amount_usd=204_000_000)
    far = sig("offer", ("Lena Brandt",), orgs=("meta",), amount_usd=900_000_000)
    assert score(close, FP, cand(event), NOW).value > score(far, FP, cand(event), NOW).value


def test_a_magnitude_agrees_only_with_a_magnitude() -> None:
    exact = sig("offer", orgs=("meta", "openai"), from_org="openai", amount_usd=100_000_000)
    floor = sig(
        "offer",
        orgs=("openai", "xai"),
        from_org="openai",
        amount_usd=100_000_000,
        amount_floor=True,
    )
    other = sig(
        "offer",
        orgs=("meta", "openai"),
        from_org="openai",
        amount_usd=100_000_000,
        amount_floor=True,
    )
    assert score(floor, FP, cand(exact), NOW).value < score(other, FP, cand(floor), NOW).value
    assert merge(floor, exact).amount_floor and not merge(exact, floor).amount_floor


def test_merge_keeps_every_person_and_word_read() -> None:
    a = sig("departure", ("Lena Brandt",), text="Lena Brandt")
    b = sig("departure", ("Tomas Ruiz",), text="Tomas Ruiz")
    both = merge(a, b)
    assert both.people == ("brandt lena", "ruiz tomas")
    assert set(a.spoken) | set(b.spoken) == set(both.spoken)


def test_signature_json_roundtrip_keeps_spoken_and_han() -> None:
    a = sig("departure", ("Lena Brandt",), text="Лена Брандт")
    b = EventSignature("departure", frozenset({"departure"}), han=han_reading("王小明", ""))
    assert a.spoken and EventSignature.from_json(a.to_json()) == a
    named = sig("lab_formation", others=(person_key("Marc Oliva"),), background=("ivo marek",))
    assert EventSignature.from_json(named.to_json()) == named
    assert merge(named, sig("lab_formation", others=("ines varga",))).others == (
        "ines varga",
        "marc oliva",
    )
    assert b.han == "wang-xiao-ming" and EventSignature.from_json(b.to_json()) == b


def test_two_reports_that_found_no_subject_join_by_a_person_both_name() -> None:
    # "Samsung opens an AI lab in Paris, led by Marc Oliva": the head of the new unit is
    # named in both, as nobody's move
    paris = sig("lab_formation", orgs=("samsung",), others=(person_key("Marc Oliva"),))
    # "... a lab that Marc Oliva will lead": named in a relative clause counts too
    again = sig("lab_formation", orgs=("samsung",), background=(person_key("Oliva, Marc"),))
    other_head = sig("lab_formation", orgs=("samsung",), others=(person_key("Ines Varga"),))
    assert kind(again, cand(paris)) == ("duplicate", "people")
    assert kind(other_head, cand(paris))[0] == "new"
    # the same person named beside two different labs: two formations
    lab_a = sig("lab_formation", orgs=("samsung",), others=paris.others, targets=("lumen-labs",))
    lab_b = sig("lab_formation", orgs=("samsung",), others=paris.others, targets=("orbit-ai",))
    assert kind(lab_b, cand(lab_a))[0] == "new"
    # words read in front of one lab's name are no second lab
    front = sig(
        "lab_formation", orgs=("samsung",), others=paris.others, targets=("nasce-lumen-labs",)
    )
    assert kind(front, cand(lab_a)) == ("duplicate", "people")


def test_two_reports_that_found_no_subject_join_by_two_people_both_name() -> None:
    # "Vera Holm and the investor Olaf Brandt set up an AI research centre", told twice
    # with no organisation read: two people named together are a key, one is not
    pair = (person_key("Vera Holm"), person_key("Olaf Brandt"))
    first = sig("lab_formation", others=pair)
    again = sig("lab_formation", others=pair[:1], background=pair[1:])
    assert kind(again, cand(first)) == ("duplicate", "people")
    alone = sig("lab_formation", others=pair[:1])
    assert kind(alone, cand(sig("lab_formation", others=pair[:1])))[0] == "new"
    # two organisations' leaders named beside two formations are no group
    voices = (person_key("Sam Altman"), person_key("Elon Musk"))
    told = sig("lab_formation", others=voices, leaders=voices)
    assert kind(told, cand(told))[0] == "new"


def test_a_report_that_found_no_subject_but_names_the_person_is_mentioned() -> None:
    moved = sig("departure", ("Nadia Ferro",), orgs=("openai",), from_org="openai")
    named = sig("departure", orgs=("openai",), from_org="openai", others=moved.people)
    assert kind(named, cand(moved)) == ("duplicate", "people")


def test_a_report_that_took_the_announcer_for_its_subject_joins_by_the_people_it_names() -> None:
    # "Cloud chief Ivo Marek says Lena Brandt will leave": the subject read is the one
    # who announced it, the mover is among the other people named
    moved = sig("departure", ("Lena Brandt",), orgs=("google",))
    announced = sig(
        "departure", ("Ivo Marek",), orgs=("google",), others=(person_key("Lena Brandt"),)
    )
    assert kind(announced, cand(moved)) == ("duplicate", "people")
    # one move named in a roundup that took another mover for its subject: its own event
    roundup = sig(
        "departure",
        ("Ivo Marek",),
        orgs=("google",),
        others=(person_key("Lena Brandt"), person_key("Tomas Ruiz")),
    )
    assert kind(roundup, cand(moved))[0] == "new"


def test_a_pair_named_beside_the_announcer_joins_with_nothing_else_shared() -> None:
    # "Cloud chief Ivo Marek says Lena Brandt leaves and Tomas Ruiz takes over", against
    # a report about the two that names no organisation the first one does
    pair = (person_key("Lena Brandt"), person_key("Tomas Ruiz"))
    moved = sig("departure", ("Lena Brandt", "Tomas Ruiz"), orgs=("stanford-university",))
    announced = sig("departure", ("Ivo Marek",), orgs=("google-cloud",), others=pair)
    assert kind(announced, cand(moved)) == ("duplicate", "people")
    # one of them alone, named beside another subject, is not enough by itself
    one = sig("departure", ("Lena Brandt",), orgs=("stanford-university",))
    alone = sig("departure", ("Ivo Marek",), orgs=("google-cloud",), others=pair[:1])
    assert kind(alone, cand(one))[0] == "new"


def test_a_startup_written_in_lowercase_first_is_a_name_of_its_report() -> None:
    title = "Vela Ortiz launches an AI company"
    text = "The new company, qLedger, will build agents for accountants, Ortiz said."
    found = read(title, text)
    assert found is not None and person_key("qLedger") in found.names


def test_a_report_about_a_leader_only_is_no_contradiction_of_another_person() -> None:
    # "Zuckerberg poaches Apple's model chief" took the one who hired for its subject
    hirer = person_key("Mark Zuckerberg")
    boss = sig("departure", ("Mark Zuckerberg",), from_org="apple", to_org="meta", leaders=(hirer,))
    mover = sig("departure", ("Lena Brandt",), from_org="apple", to_org="meta")
    assert _people(boss, mover) == "unknown"
    # two people who are not both leaders stay different
    assert _people(replace(boss, leaders=()), mover) == "different"
    # and nothing but organisations and a category is still no key to join them by
    assert kind(boss, cand(mover))[0] == "new"


def test_people_named_in_a_relative_clause_are_background() -> None:
    title = "Nadia Ferro leaves OpenAI for Anthropic"
    text = (
        "Nadia Ferro, who worked with Tomas Ruiz on reasoning models, has joined Anthropic. "
        "Anthropic chief Ivo Marek welcomed her."
    )
    found = read(title, text)
    assert found is not None and found.people == (person_key("Nadia Ferro"),)
    assert found.others == (person_key("Ivo Marek"),)
    assert found.background == (person_key("Tomas Ruiz"),)


def test_a_relative_clause_that_ends_the_headline_names_background() -> None:
    # the clause runs to the end of the headline, or to the end of its sentence
    title = "Meta hires two more Apple researchers, Jane Roe and John Doe, who follow Ruoming Pang"
    text = "Jane Roe and John Doe join Meta from Apple, who lost Ruoming Pang last month."
    found = read(title, text)
    assert found is not None
    assert found.people == tuple(sorted(person_key(p) for p in ("Jane Roe", "John Doe")))
    assert person_key("Ruoming Pang") in found.background


def test_a_report_without_headline_reads_the_target_in_its_lead() -> None:
    text = (
        'Samsung sets up a new AI research lab called "Lumen Labs" in Seoul. The lab will '
        "hire 200 researchers by 2027, the company said on Tuesday."
    )
    found = read("", text)
    assert found is not None and found.targets == ("lumen-labs",)


def test_a_headline_name_with_a_role_glued_on_takes_the_full_name_of_the_text() -> None:
    title = "Robotik-Pionierin Brandt verlässt Google"
    text = (
        "Lena Brandt, eine der bekanntesten Forscherinnen für Robotik, hat Google nach acht "
        "Jahren verlassen. Sie wolle sich neuen Aufgaben widmen."
    )
    found = read(title, text)
    assert found is not None and found.people == (person_key("Lena Brandt"),)


def test_a_report_that_writes_the_target_out_joins_the_event_of_that_target() -> None:
    # the headline of the second report names no startup; its lead writes "Quillmark" out
    event = sig("acquihire", targets=("quillmark",), names=("quillmark",), orgs=("google",))
    entry = sig("acquihire", names=("gogle", "paris", person_key("Quillmark")))
    assert kind(entry, cand(event)) == ("duplicate", "target")
    # a formation does not join an acqui-hire it mentions, nor a report another startup's
    assert (
        kind(
            replace(entry, category="lab_formation", categories=frozenset({"lab_formation"})),
            cand(event),
        )[0]
        == "new"
    )
    assert kind(replace(entry, names=("gogle", "paris", "vantor")), cand(event))[0] == "new"
    # two letters of a name written out say nothing
    ai = sig("lab_formation", targets=("ai",))
    assert kind(sig("lab_formation", names=("ai",)), cand(ai))[0] == "new"


def test_tion_is_read_as_kana_and_hangul_write_it() -> None:
    assert loose("Reflection") == loose("rifurekushon") == loose("ripeullegsyeon")
    kana = slug(anyascii("リフレクションAI"))
    both = sig("lab_formation", orgs=("reflection-ai",), targets=("reflection-ai",))
    assert kind(sig("lab_formation", targets=(kana,)), cand(both)) == ("duplicate", "target")


# -- the weights file ----------------------------------------------------------------


def test_weights_are_data_and_change_the_decision() -> None:
    w = default_weights()
    assert w["thresholds.merge"] > 0 > w["people.different"]
    assert frozenset(("departure", "lab_formation")) in w.compatible
    a = sig("departure", ("Lena Brandt",), orgs=("openai",))
    assert decide(a, FP, [cand(a)], now=NOW).kind == "duplicate"
    strict = parse_weights(_doc(thresholds={"merge": 100.0, "weak": 100.0}))
    assert decide(a, FP, [cand(a)], now=NOW, weights=strict).kind == "new"


def _doc(**changes: dict[str, float]) -> dict[str, object]:
    import tomllib

    from watcher.classify import seeds_dir

    with (seeds_dir() / "dedup.toml").open("rb") as fh:
        doc = tomllib.load(fh)
    for section, values in changes.items():
        doc[section] = {**doc[section], **values}
    return doc


def test_bad_weights_are_a_clear_error() -> None:
    doc = _doc()
    del doc["amount"]
    with pytest.raises(ConfigError, match=r"missing table \[amount\]"):
        parse_weights(doc)
    with pytest.raises(ConfigError, match=r"\[people\] same must be a number"):
        parse_weights(_doc(people={"same": "strong"}))  # type: ignore[dict-item]


# -- dates in `watcher dedup --jsonl` --------------------------------------------------

REPORT = {
    "title": "Nadia Ferro leaves OpenAI for Anthropic",
    "text": "Researcher Nadia Ferro has left OpenAI to join Anthropic, she said.",
}


def test_dedup_jsonl_decides_at_the_published_time() -> None:
    rules = default_rules()
    close = [
        REPORT | {"id": "a", "published": "2025-05-01T08:00:00Z"},
        REPORT | {"id": "b", "published": "2025-05-01T20:00:00+00:00"},
    ]
    far = [
        REPORT | {"id": "a", "published": "2025-05-01T08:00:00Z"},
        REPORT | {"id": "b", "published": "2025-07-01T08:00:00"},  # no zone: UTC
    ]
    near_out = list(run_dedup(close, rules=rules))
    far_out = list(run_dedup(far, rules=rules))
    assert near_out[0]["event_id"] == near_out[1]["event_id"]
    assert far_out[1]["kind"] == "new" and far_out[0]["event_id"] != far_out[1]["event_id"]


def test_dedup_jsonl_bad_published_is_a_one_line_error() -> None:
    lines = [REPORT | {"id": "x9", "published": "last tuesday"}]
    with pytest.raises(WatcherError, match="x9: published is not an ISO 8601 time") as err:
        list(run_dedup(lines, rules=default_rules()))
    assert "\n" not in str(err.value)


def test_a_person_unknown_to_the_table_links_across_two_non_latin_alphabets() -> None:
    korean = sig("departure", ("대니얼 로젠",), orgs=("anthropic",), to_org="anthropic")
    hebrew = sig("departure", ("דניאל רוזן",), orgs=("anthropic",), to_org="anthropic")
    assert kind(hebrew, cand(korean)) == ("duplicate", "people")


def test_a_name_read_from_cyrillic_links_the_latin_spelling_by_sound() -> None:
    # a Ukrainian report reads "Деніел Розен" as "Deniel Rozen": not spelled so in its text
    ukrainian = sig(
        "departure",
        ("Deniel Rozen",),
        orgs=("anthropic",),
        to_org="anthropic",
        names=("anthropic",),
    )
    english = sig(
        "departure",
        ("Daniel Rosen",),
        orgs=("anthropic",),
        to_org="anthropic",
        names=("anthropic", "daniel", "rosen"),
    )
    assert kind(english, cand(ukrainian)) == ("duplicate", "people")
    # two spellings each report writes in Latin letters are two people
    spelled = sig(
        "departure",
        ("Deniel Rozen",),
        orgs=("anthropic",),
        to_org="anthropic",
        names=("anthropic", "deniel", "rozen"),
    )
    assert kind(english, cand(spelled))[0] == "new"


def test_one_member_of_a_group_move_read_at_both_ends_joins_the_group() -> None:
    one = sig(
        "departure",
        ("Tomas Ruiz",),
        orgs=("anthropic", "openai"),
        from_org="openai",
        to_org="anthropic",
    )
    assert kind(one, cand(GROUP)) == ("duplicate", "people")
    # read at one end only, one member may be a move of its own
    unsure = sig("departure", ("Tomas Ruiz",), orgs=("anthropic",), to_org="anthropic")
    assert kind(unsure, cand(GROUP))[0] == "new"
    # an earlier employer read as the origin, the group's origin named too: the same move
    earlier = sig(
        "departure",
        ("Tomas Ruiz",),
        orgs=("anthropic", "google", "openai"),
        from_org="google",
        to_org="anthropic",
    )
    told = replace(GROUP, orgs=("anthropic", "google", "openai"))  # where they had worked
    assert kind(earlier, cand(told)) == ("duplicate", "people")
    # ... but an origin the group's reports never name is another move
    elsewhere = sig(
        "departure",
        ("Tomas Ruiz",),
        orgs=("anthropic", "google"),
        from_org="google",
        to_org="anthropic",
    )
    assert kind(elsewhere, cand(GROUP))[0] == "new"


def test_two_reports_naming_the_same_two_people_with_different_subjects_are_one_event() -> None:
    # one report is about the chief scientist who leaves, the other about his successor
    leaves = sig(
        "departure", ("Pavel Hartman",), others=(person_key("Nadia Ferro"),), orgs=("openai",)
    )
    successor = sig("departure", ("Nadia Ferro",), others=(person_key("Pavel Hartman"),))
    assert kind(successor, cand(leaves)) == ("duplicate", "people")
    # the event stays about the one who leaves: a later report about him alone joins it
    event = merge(leaves, successor)
    assert event.people == (person_key("Pavel Hartman"),)
    alone = sig("departure", ("Pavel Hartman",), orgs=("openai",), from_org="openai")
    assert kind(alone, cand(event)) == ("update", "people")  # it adds the origin


def test_an_acquihire_headline_keys_on_the_startup_not_on_its_words() -> None:
    # "Acquires" in a headline in title case and a known person are no startup's name
    title = "OpenAI Acquires Team Behind Pixelmoor, Says Sam Altman"
    text = (
        "OpenAI has hired the team of Pixelmoor, a small design startup, Sam Altman said. "
        "Pixelmoor will close."
    )
    sig = event_signature(analyse(title, text), title=title, text=text, rules=default_rules())
    assert sig is not None and "acquihire" in sig.categories
    assert sig.targets == ("pixelmoor",)


def test_a_fund_is_no_person() -> None:
    text = "Investors such as Thrive Capital and Tiger Global pushed for Sam Altman to return to OpenAI."
    people = analyse("", text).entities.people
    assert not {"Thrive Capital", "Tiger Global"} & set(people)


def test_two_people_in_alphabets_that_cannot_be_compared_need_more_than_a_weak_key() -> None:
    # each side names someone the other never writes; amount, destination and category
    # agree: two people's offers, not one event
    arabic = sig("offer", ("يوسف العلي",), orgs=("google",), to_org="google", amount_usd=30_000_000)
    latin = sig("offer", ("Elif Demir",), orgs=("google",), to_org="google", amount_usd=30_000_000)
    assert kind(latin, cand(arabic))[0] == "new"


def test_an_unknown_startup_of_two_words_is_one_target() -> None:
    title = "Nordwell to buy AI start-up Bright Harbor for $200m"
    text = "Nordwell said that buying the start-up Bright Harbor brings its engineers aboard."
    found = read(title, text)
    assert found is not None and found.targets == ("bright-harbor",)


def test_a_quoted_remark_in_a_chinese_headline_is_no_target() -> None:
    # a founder's words quoted in the headline, which the text does not write again
    title = "张伟回归诺维拉“继续并肩作战”，公司收购其创办的AI初创公司"
    text = "诺维拉宣布收购张伟创办的AI初创公司，团队全员加入诺维拉。"
    found = read(title, text)
    assert found is not None and "acquihire" in found.categories
    assert not any("bing" in t for t in found.targets)
