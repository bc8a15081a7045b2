"""A part of a company bought (a stake, a percentage) with nobody hired or joining is a
stake, not its team: the founders named beside it keep running their company. A stake
bought while the founder is hired stays an acqui-hire."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, lead): a stake bought, the founders staying where they are
STAKES = [
    (
        "en",
        "",
        "Microsoft bought a 10% stake in the startup Tessel; its founders will keep running the company.",
    ),
    (
        "de",
        "",
        "Microsoft hat zehn Prozent am Start-up Tessel gekauft; die Gründer führen das Unternehmen weiter.",
    ),
    (
        "fr",
        "",
        "Microsoft a acquis 10 % de la start-up Tessel, dont les fondateurs continueront de diriger l'entreprise.",
    ),
    (
        "es",
        "",
        "Microsoft compró el 10% de la startup Tessel; sus fundadores seguirán al frente de la empresa.",
    ),
    (
        "it",
        "",
        "Microsoft ha acquistato il 10% della startup Tessel; i fondatori continueranno a guidare l'azienda.",
    ),
    (
        "pt",
        "",
        "A Microsoft comprou 10% da startup Tessel; os fundadores continuarão à frente da empresa.",
    ),
    (
        "nl",
        "",
        "Microsoft kocht 10 procent van de start-up Tessel; de oprichters blijven het bedrijf leiden.",
    ),
    (
        "sv",
        "",
        "Microsoft köpte tio procent av startupbolaget Tessel; grundarna fortsätter att leda bolaget.",
    ),
    (
        "da",
        "",
        "Microsoft købte ti procent af startuppen Tessel; stifterne fortsætter med at lede selskabet.",
    ),
    (
        "no",
        "",
        "Microsoft kjøpte ti prosent av oppstartsselskapet Tessel; gründerne fortsetter å lede selskapet.",
    ),
    (
        "fi",
        "",
        "Microsoft osti kymmenen prosenttia startup-yhtiö Tesselistä; perustajat jatkavat yhtiön johdossa.",
    ),
    (
        "ru",
        "",
        "Microsoft купила 10% стартапа Tessel; его основатели продолжат руководить компанией.",
    ),
    (
        "uk",
        "",
        "Microsoft купила 10% стартапу Tessel; його засновники й надалі керуватимуть компанією.",
    ),
    (
        "pl",
        "",
        "Microsoft kupił 10 proc. startupu Tessel; jego założyciele nadal będą kierować firmą.",
    ),
    ("cs", "", "Microsoft koupil 10 % startupu Tessel; jeho zakladatelé budou firmu dál řídit."),
    ("sk", "", "Microsoft kúpil 10 % startupu Tessel; jeho zakladatelia budú firmu naďalej viesť."),
    (
        "tr",
        "",
        "Microsoft, girişim Tessel'in yüzde 10'unu satın aldı; kurucular şirketi yönetmeye devam edecek.",
    ),
    ("he", "", "מיקרוסופט רכשה 10% מהסטארט-אפ טסל, והמייסדים ימשיכו לנהל את החברה."),
    (
        "fa",
        "",
        "مایکروسافت ۱۰ درصد از استارتاپ تسل را خرید و بنیان‌گذاران همچنان شرکت را اداره می‌کنند.",
    ),
    ("hi", "", "माइक्रोसॉफ्ट ने स्टार्टअप टेसल में 10% हिस्सेदारी खरीदी; इसके संस्थापक कंपनी चलाते रहेंगे।"),
    (
        "id",
        "",
        "Microsoft membeli 10% saham startup Tessel; para pendirinya tetap memimpin perusahaan.",
    ),
    (
        "vi",
        "",
        "Microsoft đã mua 10% cổ phần startup Tessel; các nhà sáng lập vẫn tiếp tục điều hành công ty.",
    ),
    ("th", "", "ไมโครซอฟท์เข้าถือหุ้น 10% ในสตาร์ทอัพเทสเซล โดยผู้ก่อตั้งยังคงบริหารบริษัทต่อไป"),
    ("zh", "", "微软收购了初创公司Tessel的10%股份，其创始人将继续管理公司。"),
    (
        "ja",
        "",
        "マイクロソフトはスタートアップのテッセルの株式10%を取得し、創業者は引き続き経営にあたる。",
    ),
    (
        "ko",
        "",
        "마이크로소프트는 스타트업 테셀의 지분 10%를 인수했으며 창업자들은 계속 회사를 이끈다.",
    ),
]

# (language, headline, lead): a stake bought and the founder hired or joining
STAKE_AND_HIRE = [
    (
        "en",
        "",
        "Meta bought a 49% stake in the startup Tessel and hired its founder Jane Doe to lead a new lab.",
    ),
    (
        "de",
        "",
        "Meta hat 49 Prozent am Start-up Tessel gekauft und dessen Gründerin Lena Brandt eingestellt.",
    ),
    ("es", "", "Meta compró el 49% de la startup Tessel y contrató a su fundadora Jane Doe."),
    ("zh", "", "Meta收购了初创公司Tessel的49%股份，其创始人张伟将加入Meta。"),
    ("ko", "", "메타는 스타트업 테셀의 지분 49%를 인수하고 창업자 김민수를 영입했다."),
    ("ru", "", "Meta купила 49% стартапа Tessel и наняла его основателя Ивана Петрова."),
]


@pytest.mark.parametrize(("lang", "title", "text"), STAKES)
def test_a_stake_bought_with_nobody_hired_is_no_acquihire(lang: str, title: str, text: str) -> None:
    result = analyse(title, text, lang_hint=lang)
    assert result.lang == lang
    assert "acquihire" not in result.categories


@pytest.mark.parametrize(("lang", "title", "text"), STAKE_AND_HIRE)
def test_a_stake_bought_with_the_founder_hired_is_an_acquihire(
    lang: str, title: str, text: str
) -> None:
    result = analyse(title, text, lang_hint=lang)
    assert "acquihire" in result.categories
