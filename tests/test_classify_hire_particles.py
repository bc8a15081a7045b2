"""English hires told with a verb and its particle ("roped in", "brought in"): the name
after the particle is the one hired, though "in" before a capitalised word is usually a
place ("in Silicon Valley"). A team "will move over to" or "integrate into" its buyer.
Invented people and startups."""

from __future__ import annotations

from watcher.classify import analyse


def test_roped_in_names_the_hire() -> None:
    found = analyse("", "Google has roped in Varsha Kapoor, the former head of AI at Microsoft.")
    assert "departure" in found.categories
    assert found.entities.people[0] == "Varsha Kapoor"
    assert found.entities.to_org == "Google"


def test_a_place_after_in_is_still_no_person() -> None:
    found = analyse("", "Jane Marsh left Google to work in Silicon Valley startups.")
    assert "Silicon Valley" not in found.entities.people


def test_staff_moving_over_to_a_buyer() -> None:
    found = analyse("", "Jane Marsh and other employees will move over to Nvidia.")
    assert "departure" in found.categories
    assert found.entities.to_org == "Nvidia"


def test_a_team_integrating_into_its_buyer_is_an_acquihire() -> None:
    found = analyse("", "Meta acquired Vireo. The Vireo team will integrate into Meta next week.")
    assert "acquihire" in found.categories


def test_a_product_integrating_into_a_suite_is_no_acquihire() -> None:
    found = analyse("", "The new model will integrate into Microsoft Office next year.")
    assert not found.categories


def test_an_award_before_a_name_is_no_person() -> None:
    found = analyse("", "Turing Award winner Jane Marsh leaves Meta to start her own company.")
    assert found.entities.people == ("Jane Marsh",)


def test_a_german_date_opening_a_sentence_is_no_name() -> None:
    text = "Am Montag gab Jan Marsch seinen Wechsel von Google zu OpenAI bekannt."
    assert analyse("", text, lang_hint="de").entities.people == ("Jan Marsch",)


def test_a_place_after_university_of_is_no_person() -> None:
    text = "Jane Marsh, a former lecturer at the University of East Anglia, joins OpenAI."
    assert analyse("", text).entities.people == ("Jane Marsh",)
    text = "Jean Marchal, ancien professeur à l'Université de Paris Saclay, rejoint Mistral AI."
    assert analyse("", text, lang_hint="fr").entities.people == ("Jean Marchal",)
