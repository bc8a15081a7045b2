"""A named person back at a former employer or post, in the languages of seeds/lexicon:
"X returns to OpenAI as CEO", "X is back at Google", "X reinstated as CEO", "the return of
X", "X will return to Microsoft", an agreement for X to return. Each row: (lang, title,
text, to_org); None leaves the destination unchecked. Then negatives that share the words:
a product or a share price that returns, a return on investment, a person back from a
holiday, a player back at a club."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

RETURNS = [
    # the verb last in a clause after "that", and the name between "se" and its verb
    ("nl", "", "Anthropic meldt dat Lena Marsh terugkeert als hoofd onderzoek.", None),
    ("cs", "", "Anthropic oznámil, že se Lena Marshová vrací do čela výzkumu.", None),
    (
        "en",
        "Lena Marsh reinstated as OpenAI CEO",
        "OpenAI said Lena Marsh has been reinstated as chief executive after a weekend of turmoil.",
        "OpenAI",
    ),
    (
        "en",
        "The return of Lena Marsh",
        "The return of Lena Marsh to OpenAI ends a week of chaos at the company.",
        None,
    ),
    (
        "en",
        "OpenAI reaches agreement for Lena Marsh to return as CEO",
        "OpenAI has reached an agreement in principle for Lena Marsh to return as chief executive.",
        None,
    ),
    (
        "es",
        "Lucía Ferrer, restituida como CEO de OpenAI",
        "OpenAI ha restituido a Lucía Ferrer como consejera delegada tras una semana de caos.",
        "OpenAI",
    ),
    (
        "es",
        "OpenAI alcanza un acuerdo para que Lucía Ferrer vuelva como CEO",
        "OpenAI alcanzó un acuerdo para que Lucía Ferrer vuelva como consejera delegada.",
        None,
    ),
    (
        "es",
        "Pablo Ortega se reincorpora a Meta",
        "Pablo Ortega se reincorpora a Meta para dirigir su equipo de IA.",
        "Meta",
    ),
    (
        "pt",
        "Lúcia Ferraz é reconduzida ao cargo de CEO da OpenAI",
        "A OpenAI reconduziu Lúcia Ferraz ao cargo de CEO após uma semana de caos.",
        "OpenAI",
    ),
    (
        "pt",
        "Paulo Nogueira vai voltar para a Microsoft",
        "Paulo Nogueira vai voltar para a Microsoft no próximo mês para liderar o laboratório de IA.",
        "Microsoft",
    ),
    (
        "fr",
        "Lucie Moreau réintégrée à la tête d'OpenAI",
        "OpenAI a réintégré Lucie Moreau au poste de directrice générale.",
        None,
    ),
    (
        "fr",
        "Paul Garnier va revenir chez Microsoft",
        "Paul Garnier va revenir chez Microsoft le mois prochain pour diriger son laboratoire d'IA.",
        "Microsoft",
    ),
    (
        "it",
        "Lucia Ferri reintegrata come CEO di OpenAI",
        "OpenAI ha reintegrato Lucia Ferri come amministratrice delegata.",
        "OpenAI",
    ),
    (
        "it",
        "Paolo Greco tornerà in Microsoft",
        "Paolo Greco tornerà in Microsoft il mese prossimo per guidare il laboratorio di IA.",
        "Microsoft",
    ),
    (
        "de",
        "Paul Becker ist zurück bei Google",
        "Nach vier Jahren bei einem Start-up ist der Forscher Paul Becker zurück bei Google.",
        "Google",
    ),
    (
        "de",
        "Lena Krause wieder als OpenAI-Chefin eingesetzt",
        "OpenAI hat Lena Krause wieder als Chefin eingesetzt.",
        "OpenAI",
    ),
    (
        "de",
        "Paul Becker kommt zurück zu Meta",
        "Paul Becker kommt zurück zu Meta, um das KI-Team zu führen.",
        "Meta",
    ),
    (
        "sv",
        "Per Lindgren tillbaka på Google",
        "Efter fyra år på ett startup är forskaren Per Lindgren tillbaka på Google.",
        "Google",
    ),
    (
        "sv",
        "Lena Berg återinsätts som vd för OpenAI",
        "OpenAI återinsätter Lena Berg som vd efter en kaotisk vecka.",
        "OpenAI",
    ),
    (
        "sv",
        "Per Lindgren går tillbaka till Microsoft",
        "Per Lindgren går tillbaka till Microsoft för att leda AI-labbet.",
        "Microsoft",
    ),
    (
        "da",
        "Lene Holm genindsat som topchef i OpenAI",
        "OpenAI har genindsat Lene Holm som topchef.",
        "OpenAI",
    ),
    (
        "no",
        "Per Hansen er tilbake i Google",
        "Etter fire år i et oppstartsselskap er forskeren Per Hansen tilbake i Google.",
        "Google",
    ),
    (
        "no",
        "Lene Dahl gjeninnsatt som toppsjef i OpenAI",
        "OpenAI har gjeninnsatt Lene Dahl som toppsjef.",
        "OpenAI",
    ),
    (
        "no",
        "Per Hansen går tilbake til Microsoft",
        "Per Hansen går tilbake til Microsoft for å lede AI-laboratoriet.",
        "Microsoft",
    ),
    (
        "pl",
        "Anna Nowak przywrócona na stanowisko prezesa OpenAI",
        "Zarząd OpenAI przywrócił Annę Nowak na stanowisko prezesa.",
        "OpenAI",
    ),
    (
        "ru",
        "Анну Петрову восстановили в должности главы OpenAI",
        "Совет директоров OpenAI восстановил Анну Петрову в должности генерального директора.",
        "OpenAI",
    ),
    (
        "uk",
        "Анну Коваленко поновили на посаді CEO OpenAI",
        "Рада директорів OpenAI поновила Анну Коваленко на посаді генеральної директорки.",
        "OpenAI",
    ),
    (
        "tr",
        "Ayşe Demir OpenAI CEO'luğuna iade edildi",
        "OpenAI yönetim kurulu Ayşe Demir'i yeniden CEO olarak göreve getirdi.",
        None,
    ),
    (
        "id",
        "Kembalinya Sari Wijaya ke OpenAI",
        "Kembalinya Sari Wijaya ke OpenAI mengakhiri pekan yang kacau.",
        None,
    ),
    (
        "vi",
        "Sự trở lại của Nguyễn Thu Hà tại OpenAI",
        "Sự trở lại của Nguyễn Thu Hà tại OpenAI khép lại một tuần hỗn loạn.",
        None,
    ),
    (
        "en",
        "OpenAI board reinstates Lena Marsh as CEO",
        "The board of OpenAI reinstated Lena Marsh as chief executive on Tuesday.",
        None,
    ),
    (
        "en",
        "Lena Marsh makes a comeback at OpenAI",
        "Lena Marsh makes a comeback at OpenAI as chief executive after being fired last week.",
        "OpenAI",
    ),
    ("zh", "李娜官复原职", "OpenAI宣布李娜官复原职，重新担任首席执行官。", None),
    (
        "he",
        'שרה כהן מונתה מחדש למנכ"לית OpenAI',
        'דירקטוריון OpenAI החזיר את שרה כהן לתפקיד המנכ"לית.',
        "OpenAI",
    ),
    (
        "id",
        "Budi Santoso balik ke Google",
        "Peneliti Budi Santoso balik ke Google setelah empat tahun di startup.",
        "Google",
    ),
    (
        "vi",
        "Nguyễn Thu Hà được phục chức CEO OpenAI",
        "Hội đồng quản trị OpenAI đã phục chức Nguyễn Thu Hà làm giám đốc điều hành.",
        "OpenAI",
    ),
    (
        "vi",
        "Trần Văn Minh trở về Google",
        "Nhà nghiên cứu Trần Văn Minh trở về Google sau bốn năm làm ở công ty khởi nghiệp.",
        "Google",
    ),
    (
        "da",
        "Peter Nielsen vender hjem til Google",
        "Forskeren Peter Nielsen vender hjem til Google efter fire år i en startup.",
        "Google",
    ),
    (
        "no",
        "Per Hansen tilbake i Google",
        "Forskeren Per Hansen er tilbake i Google etter fire år i et oppstartsselskap.",
        "Google",
    ),
    (
        "ko",
        "박민수, 마이크로소프트에 재입사",
        "박민수 전 연구원이 마이크로소프트에 재입사해 AI 연구소를 이끈다.",
        "Microsoft",
    ),
]

NOT_RETURNS = [
    (
        "en",
        "Gemini returns to the top of the app charts",
        "Google's Gemini app returns to the top of the app store rankings.",
    ),
    (
        "en",
        "Microsoft stock returns 30% this year",
        "Microsoft shares delivered a 30% return on investment for shareholders.",
    ),
    (
        "en",
        "Sam Ortiz returns from holiday",
        "Google engineer Sam Ortiz returns from holiday to present at the conference.",
    ),
    (
        "en",
        "Striker Luis Mendes returns to Benfica",
        "Luis Mendes returns to Benfica after a loan spell at Porto.",
    ),
    (
        "es",
        "El asistente de Google vuelve a funcionar",
        "El asistente de Google vuelve a funcionar tras la caída del servicio.",
    ),
    (
        "es",
        "El delantero Luis Mendes regresa al Betis",
        "El delantero Luis Mendes regresa al Betis tras su cesión.",
    ),
    (
        "pt",
        "Ações da Microsoft registram retorno de 30%",
        "As ações da Microsoft tiveram retorno de 30% no ano.",
    ),
    (
        "fr",
        "Le mode vocal de ChatGPT revient",
        "OpenAI annonce le retour du mode vocal de ChatGPT.",
    ),
    (
        "it",
        "Il ritorno sull'investimento nell'IA",
        "Le aziende misurano il ritorno sull'investimento nell'intelligenza artificiale.",
    ),
    ("de", "Stürmer kehrt zu Schalke zurück", "Stürmer Paul Becker kehrt zu Schalke zurück."),
    (
        "nl",
        "Nieuwe functie keert terug in WhatsApp",
        "Een populaire functie keert terug in WhatsApp van Meta.",
    ),
    ("ru", "Акции Microsoft вернулись к росту", "Акции Microsoft вернулись к росту после падения."),
    ("zh", "谷歌股价回归高位", "谷歌股价回归高位，投资回报率上升。"),
    ("ja", "グーグルの検索機能が復活", "グーグルの旧検索機能が復活した。"),
    ("ko", "삼성 주가 반등", "삼성전자 주가가 반등하며 투자 수익률이 개선됐다."),
    ("tr", "Google hizmeti geri döndü", "Kesintinin ardından Google hizmeti geri döndü."),
    (
        "en",
        "Lena Marsh returns from vacation to speak at Google I/O",
        "Lena Marsh returns from vacation to present the keynote at Google I/O.",
    ),
    (
        "en",
        "Winger Tom Becker returns to Arsenal",
        "Tom Becker returns to Arsenal on a season-long loan.",
    ),
    ("sv", "Google är tillbaka på toppen", "Google är tillbaka på toppen av listan över AI-appar."),
    ("no", "Google er tilbake i toppen", "Google er tilbake i toppen av listen over KI-apper."),
    (
        "de",
        "Google-Aktie zurück bei Rekordhoch",
        "Die Google-Aktie ist zurück bei ihrem Rekordhoch.",
    ),
    ("tr", "Hatalı ürünler Samsung'a iade edildi", "Hatalı telefonlar Samsung'a iade edildi."),
    ("zh", "微软复职员工计划", "微软恢复了员工福利计划。"),
    ("pl", "Microsoft przywrócił funkcję", "Microsoft przywrócił popularną funkcję w Windows."),
    ("ru", "Google восстановил работу сервиса", "Google восстановил работу сервиса после сбоя."),
]


@pytest.mark.parametrize(("lang", "title", "text", "to_org"), RETURNS)
def test_return_is_a_move(lang: str, title: str, text: str, to_org: str | None) -> None:
    result = analyse(title, text, lang_hint=lang)
    assert "departure" in result.categories
    if to_org is not None:
        assert result.entities.to_org == to_org


@pytest.mark.parametrize(("lang", "title", "text"), NOT_RETURNS)
def test_other_returns_are_no_move(lang: str, title: str, text: str) -> None:
    assert "departure" not in analyse(title, text, lang_hint=lang).categories
