"""A licence, a stake or an agreement between two companies the table knows, none of
them a startup, is a partnership: engineers who use what is licensed move nowhere; the same
licence signed with a startup whose founders join the licensee is an acqui-hire."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, lead): two large companies sign a licence; staff words, no move
PARTNERS = [
    (
        "en",
        "Google and Samsung sign AI licensing deal",
        "Google will license its Gemini models to Samsung under a multi-year agreement, the companies said; no staff will move.",
    ),
    (
        "en",
        "",
        "Microsoft and Oracle signed a licensing agreement that lets Oracle's engineers use Microsoft's models in its cloud.",
    ),
    (
        "de",
        "",
        "Google und Samsung haben eine Lizenzvereinbarung geschlossen: Samsungs Entwickler dürfen die Gemini-Modelle nutzen.",
    ),
    (
        "fr",
        "",
        "Google et Samsung ont signé un accord de licence qui permet aux ingénieurs de Samsung d'utiliser les modèles Gemini.",
    ),
    (
        "es",
        "",
        "Google y Samsung firmaron un acuerdo de licencia que permite a los ingenieros de Samsung usar los modelos Gemini.",
    ),
    (
        "it",
        "",
        "Google e Samsung hanno firmato un accordo di licenza che consente agli ingegneri di Samsung di usare i modelli Gemini.",
    ),
    (
        "pt",
        "",
        "Google e Samsung assinaram um acordo de licenciamento que permite aos engenheiros da Samsung usar os modelos Gemini.",
    ),
    (
        "nl",
        "",
        "Google en Samsung sloten een licentieovereenkomst waardoor de ingenieurs van Samsung de Gemini-modellen mogen gebruiken.",
    ),
    (
        "sv",
        "",
        "Google och Samsung har tecknat ett licensavtal som låter Samsungs ingenjörer använda Gemini-modellerna.",
    ),
    (
        "da",
        "",
        "Google og Samsung har indgået en licensaftale, der lader Samsungs ingeniører bruge Gemini-modellerne.",
    ),
    (
        "no",
        "",
        "Google og Samsung har inngått en lisensavtale som lar Samsungs ingeniører bruke Gemini-modellene.",
    ),
    (
        "fi",
        "",
        "Google ja Samsung solmivat lisenssisopimuksen, jonka ansiosta Samsungin insinöörit voivat käyttää Gemini-malleja.",
    ),
    (
        "ru",
        "",
        "Google и Samsung заключили лицензионное соглашение, по которому инженеры Samsung смогут использовать модели Gemini.",
    ),
    (
        "uk",
        "",
        "Google і Samsung уклали ліцензійну угоду, за якою інженери Samsung зможуть використовувати моделі Gemini.",
    ),
    (
        "pl",
        "",
        "Google i Samsung podpisały umowę licencyjną, dzięki której inżynierowie Samsunga będą mogli korzystać z modeli Gemini.",
    ),
    (
        "cs",
        "",
        "Google a Samsung podepsaly licenční smlouvu, díky níž budou inženýři Samsungu moci používat modely Gemini.",
    ),
    (
        "sk",
        "",
        "Google a Samsung podpísali licenčnú zmluvu, vďaka ktorej budú inžinieri Samsungu môcť používať modely Gemini.",
    ),
    ("ar", "", "وقّعت غوغل وسامسونغ اتفاقية ترخيص تتيح لمهندسي سامسونغ استخدام نماذج جيميناي."),
    ("he", "", "גוגל וסמסונג חתמו על הסכם רישוי שיאפשר למהנדסי סמסונג להשתמש במודלים של ג'מיני."),
    (
        "fa",
        "",
        "گوگل و سامسونگ قرارداد مجوزی امضا کردند که به مهندسان سامسونگ اجازه می‌دهد از مدل‌های جمینای استفاده کنند.",
    ),
    (
        "hi",
        "",
        "गूगल और सैमसंग ने एक लाइसेंस समझौता किया है, जिससे सैमसंग के इंजीनियर जेमिनी मॉडल का इस्तेमाल कर सकेंगे।",
    ),
    (
        "id",
        "",
        "Google dan Samsung meneken perjanjian lisensi yang memungkinkan para insinyur Samsung memakai model Gemini.",
    ),
    (
        "vi",
        "",
        "Google và Samsung ký thỏa thuận cấp phép cho phép các kỹ sư của Samsung sử dụng mô hình Gemini.",
    ),
    ("th", "", "กูเกิลและซัมซุงลงนามข้อตกลงสิทธิ์การใช้งานที่ให้วิศวกรของซัมซุงใช้โมเดลเจมิไนได้"),
    ("zh", "", "谷歌与三星签署了授权协议，三星的工程师将可以使用Gemini模型。"),
    (
        "ja",
        "",
        "グーグルとサムスンはライセンス契約を結び、サムスンのエンジニアがGeminiモデルを使えるようになる。",
    ),
    (
        "ko",
        "",
        "구글과 삼성전자는 라이선스 계약을 맺어 삼성의 엔지니어들이 제미나이 모델을 쓸 수 있게 됐다.",
    ),
]

# (language, headline, lead): a licence signed with a startup, its founders joining
LICENCE_AND_HIRE = [
    (
        "en",
        "",
        "Google signed a licensing agreement with Character.AI, whose founders and engineers join Google.",
    ),
    (
        "de",
        "",
        "Google hat eine Lizenzvereinbarung mit Character.AI geschlossen; die Gründer und Ingenieure wechseln zu Google.",
    ),
    (
        "fr",
        "",
        "Google a signé un accord de licence avec Character.AI, dont les fondateurs et les ingénieurs rejoignent Google.",
    ),
    (
        "es",
        "",
        "Google firmó un acuerdo de licencia con Character.AI, cuyos fundadores e ingenieros se unen a Google.",
    ),
    (
        "it",
        "",
        "Google ha firmato un accordo di licenza con Character.AI, i cui fondatori e ingegneri entrano in Google.",
    ),
    (
        "pt",
        "",
        "O Google assinou um acordo de licenciamento com a Character.AI, cujos fundadores e engenheiros se juntam ao Google.",
    ),
    (
        "nl",
        "",
        "Google sloot een licentieovereenkomst met Character.AI, waarvan de oprichters en ingenieurs overstappen naar Google.",
    ),
    (
        "sv",
        "",
        "Google har tecknat ett licensavtal med Character.AI, vars grundare och ingenjörer går över till Google.",
    ),
    (
        "da",
        "",
        "Google har indgået en licensaftale med Character.AI, hvis stiftere og ingeniører går til Google.",
    ),
    (
        "no",
        "",
        "Google har inngått en lisensavtale med Character.AI, og gründerne og ingeniørene blir med til Google.",
    ),
    (
        "fi",
        "",
        "Google solmi lisenssisopimuksen Character.AI:n kanssa, ja sen perustajat ja insinöörit siirtyvät Googlelle.",
    ),
    (
        "ru",
        "",
        "Google заключила лицензионное соглашение с Character.AI, основатели и инженеры которой перейдут в Google.",
    ),
    (
        "uk",
        "",
        "Google уклала ліцензійну угоду з Character.AI, засновники та інженери якої перейдуть до Google.",
    ),
    (
        "pl",
        "",
        "Google podpisał umowę licencyjną z Character.AI, której założyciele i inżynierowie przechodzą do Google.",
    ),
    (
        "cs",
        "",
        "Google podepsal licenční smlouvu s Character.AI, jejíž zakladatelé a inženýři přecházejí do Googlu.",
    ),
    (
        "sk",
        "",
        "Google podpísal licenčnú zmluvu s Character.AI, ktorej zakladatelia a inžinieri prechádzajú do Googlu.",
    ),
    (
        "tr",
        "",
        "Google, Character.AI ile bir lisans anlaşması imzaladı; şirketin kurucuları ve mühendisleri Google'a katılıyor.",
    ),
    ("ar", "", "وقّعت غوغل اتفاقية ترخيص مع Character.AI، وسينضم فريقها ومؤسسوها إلى غوغل."),
    ("he", "", "גוגל חתמה על הסכם רישוי עם Character.AI, ומייסדיה ומהנדסיה מצטרפים לגוגל."),
    (
        "fa",
        "",
        "گوگل با Character.AI قرارداد مجوز امضا کرد و بنیان‌گذاران و مهندسان آن به گوگل می‌پیوندند.",
    ),
    (
        "hi",
        "",
        "गूगल ने Character.AI के साथ लाइसेंस समझौता किया है और इसके संस्थापक और इंजीनियर गूगल में शामिल होंगे।",
    ),
    (
        "id",
        "",
        "Google meneken perjanjian lisensi dengan Character.AI, dan para pendiri serta insinyurnya bergabung dengan Google.",
    ),
    (
        "vi",
        "",
        "Google đã ký thỏa thuận cấp phép với Character.AI, các nhà sáng lập và kỹ sư của công ty sẽ gia nhập Google.",
    ),
    ("th", "", "กูเกิลลงนามข้อตกลงสิทธิ์การใช้งานกับ Character.AI และผู้ก่อตั้งกับทีมวิศวกรจะเข้าร่วมกับกูเกิล"),
    ("zh", "", "谷歌与Character.AI签署了授权协议，其创始人和工程师将加入谷歌。"),
    (
        "ja",
        "",
        "グーグルはCharacter.AIとライセンス契約を結び、創業者とエンジニアはグーグルに合流する。",
    ),
    (
        "ko",
        "",
        "구글은 Character.AI와 라이선스 계약을 맺었으며 창업자와 엔지니어들은 구글에 합류한다.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), PARTNERS)
def test_a_licence_between_two_companies_is_no_acquihire(lang: str, title: str, text: str) -> None:
    result = analyse(title, text, lang_hint=lang)
    assert result.lang == lang
    assert "acquihire" not in result.categories


@pytest.mark.parametrize(("lang", "title", "text"), LICENCE_AND_HIRE)
def test_a_licence_with_a_startup_whose_founders_join_is_an_acquihire(
    lang: str, title: str, text: str
) -> None:
    result = analyse(title, text, lang_hint=lang)
    assert "acquihire" in result.categories
