"""People named in the forms a language gives them: Vietnamese names of three syllables
whose last is an English word ("An"), a Nordic clause after the conjunction "at", a
role compound with an organisation ("Microsoft-sjef"), the Persian mover before a
preposition and an organisation, and a
name glued to the organisation before it ("DeepMindJane Doe"), and Finnish case endings on
a surname ("Brandtin", "Marekille")."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

POSITIVES = [
    # a given name that is an English word, after a syllable with marks English never has
    ("vi", "Nguyễn Văn An rời Google để gia nhập OpenAI", ["Nguyễn Văn An"]),
    ("vi", "OpenAI tuyển dụng Trần Minh An từ Google", ["Trần Minh An"]),
    # a surname that folds to an English word ("Lê" -> "le")
    ("vi", "Lê Văn Hùng rời Google để gia nhập OpenAI", ["Lê Văn Hùng"]),
    # "at" is the conjunction "that": the clause after it names the one who moves
    (
        "no",
        "Microsoft bekrefter at Lena Brandt begynner der. Hun skal lede et KI-team.",
        ["Lena Brandt"],
    ),
    (
        "da",
        "Google oplyser, at Ivo Marek begynder der i næste måned og skal lede et AI-team.",
        ["Ivo Marek"],
    ),
    # an organisation's role compound before the name is no part of it
    (
        "no",
        "Meta-sjef Jon Dahl sier at Lena Brandt begynner i Google.",
        ["Lena Brandt", "Jon Dahl"],
    ),
    # the verb last: the two words before "به"/"از" and an organisation are the mover
    ("fa", "علی رضایی به گوگل پیوست", ["علی رضایی"]),
    ("fa", "مریم احمدی از متا جدا شد", ["مریم احمدی"]),
    # Finnish case endings on a surname that ends in a consonant: the surname as written
    ("fi", "Google palkkasi Lena Brandtin johtamaan tekoälytiimiä", ["Lena Brandt"]),
    ("fi", "OpenAI tarjosi Ivo Marekille miljoonan dollarin palkkaa", ["Ivo Marek"]),
    # the genitive of a known person is the object hired, no possessive as in Czech
    ("fi", "Google palkkasi Noam Shazeerin johtamaan tekoälytiimiä", ["Noam Shazeer"]),
    # a surname too short for an ending, or ending in a vowel, is left as written
    ("fi", "Lena Lin siirtyy Googlelta OpenAI:lle", ["Lena Lin"]),
    ("fi", "Maria Garcia siirtyy Googlelta OpenAI:lle", ["Maria Garcia"]),
    # a known surname alone with a case ending
    ("fi", "Google palkkasi Shazeerin takaisin", ["Noam Shazeer"]),
    # a name glued to the organisation before it, the space lost in the copy
    (
        "en",
        "Two researchers at Google DeepMindLena Brandt and Ivo Marek have left to found a startup",
        ["Lena Brandt", "Ivo Marek"],
    ),
    (
        "en",
        "Two scientists at OpenAIJane Doe and Ivo Marek quit to start a new AI lab",
        ["Jane Doe"],
    ),
    (
        "fr",
        "Deux chercheurs de MetaLena Brandt et Ivo Marek quittent l'entreprise pour fonder une start-up",
        ["Lena Brandt"],
    ),
]

# no one named, though the same words are there
NEGATIVES = [
    ("vi", "Công ty An Phát gia nhập thị trường AI", ["An Phát"]),
    ("it", "La startup Token Hub assume ingegneri per il suo team", ["Token Hub"]),
    ("fa", "تهران به گوگل پیوست", ["تهران"]),
    ("fa", "این شرکت به گوگل پیوست", ["این شرکت"]),
    ("no", "Microsoft-sjef sier at selskapet begynner der", ["Microsoft-sjef"]),
    # a word in camel case that holds no organisation is left whole
    ("en", "Jane Doe left OpenAI to join the startup SkyLabs Robotics", ["Labs Robotics"]),
]


def _people(lang: str, text: str) -> list[str]:
    return list(analyse("", text, lang_hint=lang).entities.people)


@pytest.mark.parametrize(("lang", "text", "people"), POSITIVES)
def test_name_forms(lang: str, text: str, people: list[str]) -> None:
    found = _people(lang, text)
    for name in people:
        assert name in found, found


@pytest.mark.parametrize(("lang", "text", "wrong"), NEGATIVES)
def test_no_name_forms(lang: str, text: str, wrong: list[str]) -> None:
    found = _people(lang, text)
    assert not any(w in p for p in found for w in wrong), found
