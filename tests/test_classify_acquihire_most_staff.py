"""An acqui-hire told as a share of a startup's staff ("hired most of the staff of the
startup", "den Großteil der Belegschaft des Start-ups", "la maggior parte dei dipendenti
della startup"): a company takes the team, not the company, in every language that tells it
so; the same words about a company's own staff, or a startup bought outright, are not it."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

MOST_OF_THE_STAFF = [
    ("en", "Microsoft hired most of the staff of startup Quillmark after a licensing deal"),
    ("de", "Microsoft stellt den Großteil der Belegschaft des Start-ups Quillmark ein"),
    ("fr", "Microsoft embauche la plupart des employés de la start-up Quillmark"),
    ("es", "Microsoft contrata a la mayor parte de la plantilla de la startup Quillmark"),
    ("it", "Microsoft assume la maggior parte dei dipendenti della startup Quillmark"),
    ("pt", "Microsoft contratou a maior parte da equipe da startup Quillmark"),
    ("nl", "Microsoft neemt het grootste deel van het personeel van start-up Quillmark over"),
    ("pl", "Microsoft zatrudnił większość pracowników startupu Quillmark"),
    ("cs", "Microsoft zaměstnal většinu zaměstnanců startupu Quillmark"),
    ("sk", "Microsoft zamestnal väčšinu zamestnancov startupu Quillmark"),
    ("ru", "Microsoft нанял большую часть сотрудников стартапа Quillmark"),
    ("uk", "Microsoft найняв більшість працівників стартапу Quillmark"),
    ("tr", "Microsoft, Quillmark girişiminin çalışanlarının çoğunu işe aldı"),
    ("id", "Microsoft merekrut sebagian besar karyawan startup Quillmark"),
    ("vi", "Microsoft tuyển phần lớn nhân viên của startup Quillmark"),
]

NOT_AN_ACQUIHIRE = [
    ("en", "Microsoft hired most of the staff for its Dublin office this year"),
    ("de", "Der Großteil der Belegschaft arbeitet im Homeoffice"),
    ("es", "La mayor parte de la plantilla de Microsoft trabaja en remoto"),
]


@pytest.mark.parametrize(
    ("lang", "title"), MOST_OF_THE_STAFF, ids=[lang for lang, _ in MOST_OF_THE_STAFF]
)
def test_most_of_a_startups_staff_hired_is_an_acquihire(lang: str, title: str) -> None:
    assert "acquihire" in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title"), NOT_AN_ACQUIHIRE, ids=[t[:40] for _, t in NOT_AN_ACQUIHIRE]
)
def test_a_companys_own_staff_is_no_acquihire(lang: str, title: str) -> None:
    assert "acquihire" not in analyse(title, "", lang_hint=lang).categories
