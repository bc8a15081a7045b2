"""Every person a move names, wherever the sentence puts them: after a title, with or
without a comma; in an apposition or a list, the last joined by "and" (Chinese "、" and
"和" after a title of several); after a nationality, before an age; in a case other
than the nominative (a woman's accusative in "-ову" in Russian and Ukrainian, a man's
genitive in "-a" in Polish and Czech); with a particle written with a capital inside
the name ("Luca De Angelis", "Jean-Baptiste de La Roche"). A role opening the sentence
is no part of the name, nor is a model's name a person. Invented people."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

CASES = [
    # after a title or a role, with or without a comma
    ("en", "OpenAI hires researcher Jane Roe from Google", ["Jane Roe"]),
    ("en", "OpenAI's head of research, Daniel Okafor, is leaving for Anthropic", ["Daniel Okafor"]),
    ("de", "Googles Forschungschef, Markus Lindqvist, wechselt zu OpenAI", ["Markus Lindqvist"]),
    ("zh", "张伟博士离开谷歌加盟OpenAI", ["Zhang Wei"]),
    ("ja", "グーグルの研究者山田太郎氏がOpenAIに移籍した", ["山田太郎"]),
    ("ko", "구글 김민준 교수가 오픈AI로 이직했다", ["Kim Min-jun"]),
    # a role opening the sentence, written with a capital
    ("pl", "Badacz Piotr Zieliński odchodzi z Google do OpenAI", ["Piotr Zieliński"]),
    ("cs", "Výzkumník Jan Novák odchází z Googlu do OpenAI", ["Jan Novák"]),
    ("tr", "Araştırmacı Ayşe Yılmaz Google'dan ayrılarak OpenAI'ye katıldı", ["Ayşe Yılmaz"]),
    # appositions and lists
    (
        "en",
        "Three researchers — Priya Venkat, Tomas Herrlin and Greta Vasquez — left Meta for OpenAI",
        ["Priya Venkat", "Tomas Herrlin", "Greta Vasquez"],
    ),
    (
        "it",
        "Tre ricercatori – Matteo Ferraresi, Giulia Santoro e Luca De Angelis – hanno "
        "lasciato Google",
        ["Matteo Ferraresi", "Giulia Santoro", "Luca De Angelis"],
    ),
    (
        "zh",
        "三名研究员王磊、刘洋和陈静离开谷歌加入Meta",
        ["Wang Lei", "Liu Yang", "Chen Jing"],
    ),
    ("zh", "研究员王磊和陈静离开谷歌加入Meta", ["Wang Lei", "Chen Jing"]),
    # a nationality before the name, an age after it
    ("en", "Google hired the French researcher Jeanne Roux away from Meta", ["Jeanne Roux"]),
    ("fr", "Julien Marchand, 34 ans, quitte Google pour OpenAI", ["Julien Marchand"]),
    ("nl", "Sanne de Vries (34) verlaat Google voor Anthropic", ["Sanne de Vries"]),
    # a case form
    ("ru", "OpenAI переманила Анну Смирнову из Google", ["Anna Smirnova"]),
    ("ru", "Meta переманила Юлию Ильину из Google", ["Yuliya Ilina"]),
    ("uk", "OpenAI переманила Олену Петрову з Google", ["Olena Petrova"]),
    ("pl", "Meta podkupiła z Google Tomasza Krawczyka", ["Tomasz Krawczyk"]),
    ("pl", "OpenAI zatrudniło Annę Wiśniewską, badaczkę z Google", ["Anna Wiśniewska"]),
    ("cs", "OpenAI najala Jana Nováka z Googlu", ["Jan Novák"]),
    ("tr", "OpenAI, Ayşe Yılmaz'ı Google'dan transfer etti", ["Ayşe Yılmaz"]),
    # names of three words, particles with a capital
    (
        "fr",
        "Jean-Baptiste de La Roche rejoint OpenAI après dix ans chez Google",
        ["Jean-Baptiste de La Roche"],
    ),
    ("fr", "Anne Le Goff quitte Google pour OpenAI", ["Anne Le Goff"]),
    ("nl", "Pieter De Smet verlaat Google voor OpenAI", ["Pieter De Smet"]),
    (
        "es",
        "La investigadora María José García deja Google para unirse a OpenAI",
        ["María José García"],
    ),
    ("vi", "Nhà nghiên cứu Nguyễn Văn An rời Google để gia nhập OpenAI", ["Nguyễn Văn An"]),
]


@pytest.mark.parametrize(("lang", "text", "people"), CASES)
def test_every_named_mover_is_found(lang: str, text: str, people: list[str]) -> None:
    found = analyse(text, "", lang_hint=lang)
    assert found.categories
    assert sorted(found.entities.people) == sorted(people)
    assert sorted(found.entities.movers) == sorted(people)


KEPT = [
    # a woman's nominative, a surname in "-a" of a woman, a man's in "-a" in the nominative
    ("ru", "Анна Смирнова ушла из Google в OpenAI", "Anna Smirnova"),
    ("pl", "Anna Sroka odeszła z Google do OpenAI", "Anna Sroka"),
    ("cs", "Jan Svoboda odešel z Googlu do OpenAI", "Jan Svoboda"),
]


@pytest.mark.parametrize(("lang", "text", "person"), KEPT)
def test_a_nominative_stays(lang: str, text: str, person: str) -> None:
    assert analyse(text, "", lang_hint=lang).entities.people == (person,)


NEGATIVES = [
    # a model's name, a title, a place, a month
    ("en", "Gemini Ultra team leader leaves Google for OpenAI"),
    ("en", "OpenAI hires researchers for Deep Research from Google"),
    ("en", "Silicon Valley engineers leave Google for OpenAI in March"),
    ("en", "A researcher in Toronto left Google for OpenAI"),
    ("de", "Ein Forscher in München verlässt Google und wechselt zu OpenAI"),
    ("fr", "Un chercheur de Google à Paris rejoint OpenAI en mars"),
    # titles of several joined by "and" are no names
    ("zh", "谷歌和微软的研究员离开公司加入Meta"),
    ("zh", "高管和员工离开谷歌"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_no_name_no_person(lang: str, text: str) -> None:
    assert analyse(text, "", lang_hint=lang).entities.people == ()


QUESTIONS = [
    # a question word opening a headline is no part of the name after it
    ("en", "Is Jane Roe leaving OpenAI for Meta?", "Jane Roe"),
    ("fr", "Pourquoi Jeanne Roux quitte Google pour OpenAI", "Jeanne Roux"),
    ("de", "Warum Anna Keller Google verlässt", "Anna Keller"),
    ("it", "Perché Anna Rossi lascia Google per OpenAI", "Anna Rossi"),
    ("nl", "Waarom Anna de Vries Google verlaat voor OpenAI", "Anna de Vries"),
    # first names that are words of the language stay first names
    ("en", "Can Yilmaz leaves Google for OpenAI", "Can Yilmaz"),
    ("en", "Will Knight leaves Google for OpenAI", "Will Knight"),
]


@pytest.mark.parametrize(("lang", "title", "person"), QUESTIONS)
def test_a_question_word_is_no_part_of_the_name(lang: str, title: str, person: str) -> None:
    a = analyse(title, "", lang_hint=lang)
    assert "departure" in a.categories
    assert a.entities.movers == (person,)
