"""A post in AI given by an organisation the organisation table does not know is still a
move: "Quillmark names X chief AI officer" places the move by the post itself, as "Google
names X chief AI officer" does by the name. An award or a title "of the year" given by a
magazine is no post."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

AI_POSTS = [
    ("en", "Quillmark names Lena Vogt chief AI officer"),
    ("en", "Quillmark taps Lena Vogt as chief AI officer"),
    ("en", "Orange names Lena Vogt chief AI officer"),
    ("de", "Quillmark ernennt Lena Vogt zur KI-Chefin"),
    ("de", "Quillmark holt Lena Vogt als Chief AI Officer"),
    ("nl", "Quillmark benoemt Lena Vogt tot chief AI officer"),
]

NO_POST = [
    ("es", "La revista nombra a Lena Vogt experta en IA del año"),
    ("de", "Das Magazin ernennt Lena Vogt zur KI-Expertin des Jahres"),
    ("it", "La rivista nomina Lena Vogt esperta IA dell'anno"),
    ("fr", "Le jury nomme Lena Vogt chercheuse IA de l'année"),
    ("en", "Quillmark hires AI engineers in Berlin"),
]


@pytest.mark.parametrize(("lang", "title"), AI_POSTS, ids=[t[:40] for _, t in AI_POSTS])
def test_an_ai_post_at_an_unknown_organisation_is_a_move(lang: str, title: str) -> None:
    assert "departure" in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title"), NO_POST, ids=[t[:40] for _, t in NO_POST])
def test_an_award_or_a_hiring_drive_is_no_move(lang: str, title: str) -> None:
    assert analyse(title, "", lang_hint=lang).categories == ()
