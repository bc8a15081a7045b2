"""Moves that are threatened, set as a condition or planned by the hundred, and the
future told with "kommer til å/at": none moves anyone; the real move beside them does."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, text): a move threatened or set as a condition, never made
THREATS = [
    (
        "en",
        "Hundreds of Acme staff threaten to leave the company and follow Jane Doe to Microsoft.",
    ),
    # the move after "unless" is a condition of the threat, not made either
    (
        "en",
        "Hundreds of developers threaten to leave Nordlys AI and join Ivo Marek at Microsoft"
        " unless the board steps down and brings back Marek as chief executive.",
    ),
    (
        "de",
        "Hunderte Mitarbeiter von Acme drohen, das Unternehmen zu verlassen und Jane Doe zu"
        " Microsoft zu folgen.",
    ),
    (
        "fr",
        "Des centaines d'employés d'Acme menacent de quitter l'entreprise pour suivre Jane Doe.",
    ),
    ("es", "Cientos de empleados de Acme amenazan con dejar la empresa y seguir a Jane Doe."),
    ("it", "Centinaia di dipendenti di Acme minacciano di lasciare l'azienda e seguire Jane Doe."),
    ("pt", "Centenas de funcionários da Acme ameaçam deixar a empresa e seguir Jane Doe."),
    ("nl", "Honderden medewerkers van Acme dreigen het bedrijf te verlaten en Jane Doe te volgen."),
    (
        "sv",
        "Hundratals anställda på Acme hotar att lämna företaget och följa Jane Doe till Microsoft.",
    ),
    ("da", "Hundredvis af ansatte i Acme truer med at forlade selskabet og følge Jane Doe."),
    (
        "no",
        "Mange hundre i Acme sier de vil gå hvis ikke Jane Doe får bli, og truer med å slutte.",
    ),
    (
        "no",
        "Flere hundre utviklere i Nordlys AI truer med å slutte og gå til Microsoft sammen med"
        " Ivo Marek hvis han ikke får jobben tilbake.",
    ),
    ("ru", "Сотни сотрудников Acme грозят уйти из компании вслед за Джейн Доу в Microsoft."),
    ("uk", "Сотні працівників Acme погрожують піти з компанії слідом за Джейн Доу до Microsoft."),
    (
        "pl",
        "Setki pracowników Acme grożą odejściem z firmy i przejściem za Jane Doe do Microsoftu.",
    ),
    ("cs", "Stovky zaměstnanců Acme hrozí odchodem z firmy a přechodem za Jane Doe do Microsoftu."),
    ("sk", "Stovky zamestnancov Acme sa vyhrážajú odchodom z firmy a prechodom za Jane Doe."),
    (
        "tr",
        "Acme'nin yüzlerce çalışanı şirketten ayrılıp Jane Doe ile Microsoft'a geçmekle tehdit ediyor.",
    ),
    ("id", "Ratusan karyawan Acme mengancam akan keluar dari perusahaan dan menyusul Jane Doe."),
    ("vi", "Hàng trăm nhân viên Acme đe dọa sẽ rời công ty để theo Jane Doe sang Microsoft."),
    ("ja", "Acmeの社員数百人が、会社を辞めて田中健一氏とともにマイクロソフトに移ると警告した。"),
]

# (language, text): the move made, in the same words; or made beside a threat
MOVES = [
    ("en", "Jane Doe has left Acme and joined Microsoft."),
    ("de", "Jane Doe hat Acme verlassen und ist zu Microsoft gewechselt."),
    ("fr", "Après le départ de Jane Doe, les salariés d'Acme menacent de rejoindre Microsoft."),
    ("fr", "Jane Doe a quitté Acme et rejoint Microsoft."),
    ("es", "Jane Doe ha dejado Acme y se ha unido a Microsoft."),
    ("it", "Jane Doe ha lasciato Acme ed è passata a Microsoft."),
    ("pt", "Jane Doe deixou a Acme e juntou-se à Microsoft."),
    ("nl", "Jane Doe heeft Acme verlaten en is naar Microsoft overgestapt."),
    ("sv", "Jane Doe har lämnat Acme och gått till Microsoft."),
    ("da", "Jane Doe har forladt Acme og er skiftet til Microsoft."),
    ("no", "Jane Doe har forlatt Acme og gått til Microsoft."),
    ("ru", "Джейн Доу ушла из Acme и перешла в Microsoft."),
    ("uk", "Джейн Доу пішла з Acme і перейшла до Microsoft."),
    ("pl", "Jane Doe odeszła z Acme i przeszła do Microsoftu."),
    ("cs", "Jane Doe odešla z Acme a přešla do Microsoftu."),
    ("sk", "Jane Doe odišla z Acme a prešla do Microsoftu."),
    ("tr", "Jane Doe, Acme'den ayrılarak Microsoft'a katıldı."),
    ("id", "Jane Doe keluar dari Acme dan bergabung dengan Microsoft."),
    ("vi", "Jane Doe đã rời Acme và gia nhập Microsoft."),
    ("ja", "田中健一氏はAcmeを退社し、マイクロソフトに移籍した。"),
]

# (language, headline): a hiring drive, staff hired in bulk with nobody named
DRIVES = [
    ("ko", "LG전자, AI 인재 대거 경력 채용"),
    ("ko", "LG전자, 대규모 경력사원 채용"),
    ("ja", "北浪電子、AI人材を大規模に中途採用"),
    ("zh", "北浪电子大规模招聘AI人才"),
]

# (language, headline): the hire of a named person, or of a rival's staff, in bulk
HIRES = [
    ("ko", "LG전자, 구글 출신 김민수 영입"),
    ("ko", "LG전자가 구글의 AI 연구원들을 대거 영입했다"),
    ("ja", "北浪電子、グーグルの田中健一氏を引き抜き"),
    ("zh", "北浪电子从谷歌挖来张伟"),
]

# (language, text): "kommer til å/at" is the future ("is going to"), nobody comes to a company
FUTURES = [
    (
        "no",
        "– Dette kommer til å bli et stort år for KI, sa Jane Doe, toppsjef i Microsoft, i går.",
    ),
    (
        "da",
        "– AI kommer til at ændre alle brancher, siger Microsofts administrerende direktør Jane Doe.",
    ),
]

# (language, text): "kommer til" a company is a move
ARRIVALS = [
    ("no", "Jane Doe, tidligere i Google, kommer til Acme som administrerende direktør."),
    ("da", "Jane Doe, tidligere hos Google, kommer til Acme som administrerende direktør."),
]


@pytest.mark.parametrize(("lang", "text"), THREATS + FUTURES)
def test_a_threatened_move_or_the_future_is_no_move(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), MOVES + ARRIVALS)
def test_a_move_made_is_one(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "headline"), DRIVES)
def test_a_hiring_drive_moves_no_one(lang: str, headline: str) -> None:
    assert "departure" not in analyse(headline, "", lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "headline"), HIRES)
def test_a_named_hire_or_a_rivals_staff_still_move(lang: str, headline: str) -> None:
    assert "departure" in analyse(headline, "", lang_hint=lang).categories
