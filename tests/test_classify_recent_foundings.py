"""A company founded days, weeks or months back ("founded three weeks ago by former
Google researchers") is a new lab, in every language: its founding is the news and the
money it raises is its first. One founded years back, or a product, an office or a
programme opened weeks ago, is no formation. Invented sentences."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

RECENT = [
    (
        "en",
        "",
        "An AI startup founded three weeks ago by former researchers from Google has raised $50 million.",
    ),
    (
        "de",
        "",
        "Ein KI-Start-up, das vor drei Wochen von ehemaligen Forschern von Google gegründet wurde, hat 50 Millionen Euro eingesammelt.",
    ),
    (
        "fr",
        "",
        "Une start-up d'IA fondée il y a trois semaines par d'anciens chercheurs de Google a levé 50 millions d'euros.",
    ),
    (
        "es",
        "",
        "Una startup de IA fundada hace tres semanas por antiguos investigadores de Google ha recaudado 50 millones de euros.",
    ),
    (
        "it",
        "",
        "Una startup di IA fondata tre settimane fa da ex ricercatori di Google ha raccolto 50 milioni di euro.",
    ),
    (
        "pt",
        "",
        "Uma startup de IA fundada há três semanas por antigos pesquisadores do Google levantou 50 milhões de euros.",
    ),
    (
        "nl",
        "",
        "Een AI-start-up die drie weken geleden werd opgericht door voormalige onderzoekers van Google heeft 50 miljoen euro opgehaald.",
    ),
    (
        "sv",
        "",
        "Ett AI-startup som grundades för tre veckor sedan av tidigare forskare från Google har tagit in 50 miljoner euro.",
    ),
    (
        "da",
        "",
        "En AI-startup, der blev stiftet for tre uger siden af tidligere forskere fra Google, har rejst 50 millioner euro.",
    ),
    (
        "no",
        "",
        "Et KI-selskap som ble grunnlagt for tre uker siden av tidligere forskere fra Google, har hentet 50 millioner euro.",
    ),
    (
        "fi",
        "",
        "Kolme viikkoa sitten entisten Googlen tutkijoiden perustama tekoälystartup on kerännyt 50 miljoonaa euroa.",
    ),
    (
        "ru",
        "",
        "ИИ-стартап, основанный три недели назад бывшими исследователями Google, привлёк 50 миллионов евро.",
    ),
    (
        "uk",
        "",
        "ШІ-стартап, заснований три тижні тому колишніми дослідниками Google, залучив 50 мільйонів євро.",
    ),
    (
        "pl",
        "",
        "Startup AI założony trzy tygodnie temu przez byłych badaczy Google pozyskał 50 mln euro.",
    ),
    (
        "cs",
        "",
        "AI startup, který před třemi týdny založili bývalí výzkumníci Googlu, získal 50 milionů eur.",
    ),
    (
        "sk",
        "",
        "AI startup, ktorý pred tromi týždňami založili bývalí výskumníci Googlu, získal 50 miliónov eur.",
    ),
    (
        "tr",
        "",
        "Üç hafta önce eski Google araştırmacıları tarafından kurulan yapay zeka girişimi 50 milyon euro topladı.",
    ),
    (
        "ar",
        "",
        "جمعت شركة ناشئة للذكاء الاصطناعي أسسها باحثون سابقون في غوغل قبل ثلاثة أسابيع 50 مليون يورو.",
    ),
    (
        "he",
        "",
        "סטארטאפ בינה מלאכותית שנוסד לפני שלושה שבועות על ידי חוקרים לשעבר של גוגל גייס 50 מיליון אירו.",
    ),
    (
        "fa",
        "",
        "یک استارتاپ هوش مصنوعی که سه هفته پیش توسط پژوهشگران سابق گوگل تأسیس شد، ۵۰ میلیون یورو جذب کرد.",
    ),
    ("hi", "", "तीन हफ्ते पहले गूगल के पूर्व शोधकर्ताओं द्वारा स्थापित एक एआई स्टार्टअप ने 5 करोड़ यूरो जुटाए।"),
    (
        "id",
        "",
        "Startup AI yang didirikan tiga minggu lalu oleh mantan peneliti Google telah mengumpulkan 50 juta euro.",
    ),
    (
        "vi",
        "",
        "Một startup AI được thành lập ba tuần trước bởi các cựu nhà nghiên cứu của Google đã huy động 50 triệu euro.",
    ),
    ("th", "", "สตาร์ทอัพ AIที่ก่อตั้งเมื่อสามสัปดาห์ก่อนโดยอดีตนักวิจัยของ Google ระดมทุนได้ 50 ล้านยูโร"),
    ("zh", "", "一家由前谷歌研究员于三周前创立的人工智能初创公司融资5000万欧元。"),
    (
        "ja",
        "",
        "3週間前にグーグルの元研究者たちが設立したAIスタートアップが5000万ユーロを調達した。",
    ),
    ("ko", "", "3주 전 구글 출신 연구원들이 설립한 AI 스타트업이 5000만 유로를 투자 유치했다."),
]

# a startup, with no AI word beside it, founded weeks ago is a new lab too
RECENT_STARTUP = [
    (
        "de",
        "",
        "Ein Start-up, das vor drei Wochen von ehemaligen Forschern von Google gegründet wurde, hat 50 Millionen Euro eingesammelt.",
    ),
    (
        "fr",
        "",
        "Une start-up fondée il y a trois semaines par d'anciens chercheurs de Google a levé 50 millions d'euros.",
    ),
    (
        "es",
        "",
        "Una startup fundada hace tres semanas por antiguos investigadores de Google ha recaudado 50 millones de euros.",
    ),
    (
        "cs",
        "",
        "Startup, který před třemi týdny založili bývalí výzkumníci Googlu, získal 50 milionů eur.",
    ),
    ("he", "", "סטארטאפ שנוסד לפני שלושה שבועות על ידי חוקרים לשעבר של גוגל גייס 50 מיליון אירו."),
]

NOT_RECENT = [
    (
        "en",
        "",
        "An AI startup founded three years ago by former researchers from Google has raised $50 million.",
    ),
    (
        "de",
        "",
        "Ein KI-Start-up, das vor drei Jahren von ehemaligen Forschern von Google gegründet wurde, hat 50 Millionen Euro eingesammelt.",
    ),
    (
        "fr",
        "",
        "Une start-up d'IA fondée il y a trois ans par d'anciens chercheurs de Google a levé 50 millions d'euros.",
    ),
    (
        "es",
        "",
        "Una startup de IA fundada hace tres años por antiguos investigadores de Google ha recaudado 50 millones de euros.",
    ),
    (
        "it",
        "",
        "Una startup di IA fondata tre anni fa da ex ricercatori di Google ha raccolto 50 milioni di euro.",
    ),
    (
        "nl",
        "",
        "Een AI-start-up die drie jaar geleden werd opgericht door voormalige onderzoekers van Google heeft 50 miljoen euro opgehaald.",
    ),
    (
        "ru",
        "",
        "ИИ-стартап, основанный три года назад бывшими исследователями Google, привлёк 50 миллионов евро.",
    ),
    (
        "pl",
        "",
        "Startup AI założony trzy lata temu przez byłych badaczy Google pozyskał 50 mln euro.",
    ),
    (
        "tr",
        "",
        "Üç yıl önce eski Google araştırmacıları tarafından kurulan yapay zeka girişimi 50 milyon euro topladı.",
    ),
    ("zh", "", "一家由前谷歌研究员于三年前创立的人工智能初创公司融资5000万欧元。"),
    ("ja", "", "3年前にグーグルの元研究者たちが設立したAIスタートアップが5000万ユーロを調達した。"),
    ("ko", "", "3년 전 구글 출신 연구원들이 설립한 AI 스타트업이 5000만 유로를 투자 유치했다."),
    (
        "id",
        "",
        "Startup AI yang didirikan tiga tahun lalu oleh mantan peneliti Google telah mengumpulkan 50 juta euro.",
    ),
    ("en", "", "Three weeks ago the startup launched its new chatbot for lawyers."),
    (
        "en",
        "Acme opened a sales office in Berlin two weeks ago",
        "The company opened a new sales office in Berlin two weeks ago to serve German customers.",
    ),
    ("de", "", "Das KI-Start-up hat vor drei Wochen sein neues Sprachmodell vorgestellt."),
    ("fr", "", "La start-up a lancé il y a deux semaines son nouveau chatbot pour les avocats."),
    ("es", "", "La startup abrió hace dos semanas una nueva oficina de ventas en Madrid."),
    ("en", "", "Three weeks ago, Acme opened a new data centre in Ohio."),
    ("en", "", "An accelerator programme launched two months ago will fund twenty AI startups."),
    ("ko", "", "두 달 전 문을 연 AI 스타트업 지원 센터가 20개 기업을 선정했다."),
    ("ja", "", "先月開始したAIスタートアップ向けのアクセラレーター・プログラムに20社が参加した。"),
]


@pytest.mark.parametrize(("lang", "title", "text"), RECENT + RECENT_STARTUP)
def test_a_company_founded_weeks_ago_is_a_formation(lang: str, title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title", "text"), NOT_RECENT)
def test_years_ago_or_no_founding_is_no_formation(lang: str, title: str, text: str) -> None:
    assert "lab_formation" not in analyse(title, text, lang_hint=lang).categories
