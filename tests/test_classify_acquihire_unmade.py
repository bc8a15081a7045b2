"""A deal tried, failed or turned down buys no startup: the buyer that then hires the
founder away makes a move (and often an offer), no acqui-hire; a purchase made after an
earlier attempt failed still is one."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, lead): a purchase tried or failed, then a hire or an offer
UNMADE = [
    (
        "en",
        "Meta tried to buy Lumen Labs before poaching its co-founder",
        "After failing to acquire the startup, Meta hired Jane Doe, one of its co-founders, with a pay package worth $1 billion.",
    ),
    (
        "en",
        "",
        "Google approached Quillbyte about a takeover last spring. When the startup refused to sell, Google hired its chief scientist Ivo Marek instead.",
    ),
    (
        "en",
        "",
        "After acquisition talks collapsed, Amazon offered the founders of Tessel $50 million each to join its AI unit.",
    ),
    (
        "de",
        "Meta wollte Lumen Labs kaufen und warb dann den Mitgründer ab",
        "Nachdem die Übernahme des Start-ups gescheitert war, holte Meta die Mitgründerin Lena Brandt mit einem Paket von einer Milliarde Dollar.",
    ),
    (
        "fr",
        "Meta a tenté de racheter Lumen Labs avant de débaucher son cofondateur",
        "Après l'échec du rachat de la start-up, Meta a recruté Jane Doe, l'une de ses cofondatrices, avec un salaire d'un milliard de dollars.",
    ),
    (
        "es",
        "Meta intentó comprar Lumen Labs antes de fichar a su cofundador",
        "Tras fracasar en la compra de la startup, Meta contrató a Jane Doe, una de sus cofundadoras, con un paquete de 1.000 millones de dólares.",
    ),
    (
        "it",
        "Meta ha tentato di acquisire Lumen Labs prima di assumerne il cofondatore",
        "Dopo il fallimento dell'acquisizione della startup, Meta ha assunto Jane Doe, una delle cofondatrici, con un pacchetto da un miliardo di dollari.",
    ),
    (
        "pt",
        "Meta tentou comprar a Lumen Labs antes de contratar seu cofundador",
        "Depois de não conseguir adquirir a startup, a Meta contratou Jane Doe, uma das cofundadoras, com um pacote de US$ 1 bilhão.",
    ),
    (
        "nl",
        "Meta probeerde Lumen Labs te kopen en haalde daarna de medeoprichter weg",
        "Nadat de overname van de start-up mislukte, nam Meta medeoprichter Jan de Vries in dienst met een pakket van 1 miljard dollar.",
    ),
    (
        "sv",
        "Meta försökte köpa Lumen Labs innan bolaget värvade grundaren",
        "Efter att uppköpet av startupbolaget gick i stöpet anställde Meta medgrundaren Erik Lind med ett lönepaket värt en miljard dollar.",
    ),
    (
        "da",
        "Meta forsøgte at købe Lumen Labs og hentede så medstifteren",
        "Efter at opkøbet af startupvirksomheden faldt til jorden, ansatte Meta medstifteren Lars Holm med en lønpakke på en milliard dollar.",
    ),
    (
        "no",
        "Meta prøvde å kjøpe Lumen Labs før selskapet hentet gründeren",
        "Etter at oppkjøpet av oppstartsselskapet ikke ble noe av, ansatte Meta medgründer Ola Nordmann med en lønnspakke verdt en milliard dollar.",
    ),
    (
        "fi",
        "Meta yritti ostaa Lumen Labsin ja palkkasi sitten sen perustajan",
        "Kun startupin ostaminen epäonnistui, Meta palkkasi sen perustajan Mikko Virtasen miljardin dollarin palkkiopaketilla.",
    ),
    (
        "ru",
        "Meta пыталась купить Lumen Labs, а затем переманила её сооснователя",
        "После неудачной попытки купить стартап Meta наняла его сооснователя Ивана Петрова, предложив ему пакет в 1 млрд долларов.",
    ),
    (
        "uk",
        "Meta переманила співзасновника Lumen Labs",
        "Після того як купівля стартапу зірвалася, Meta найняла його співзасновника Олега Коваленка з пакетом у 1 млрд доларів.",
    ),
    (
        "pl",
        "Meta próbowała kupić Lumen Labs, a potem podkupiła jej współzałożyciela",
        "Po nieudanej próbie przejęcia startupu Meta zatrudniła jego współzałożyciela Jana Kowalskiego, oferując mu pakiet wart miliard dolarów.",
    ),
    (
        "cs",
        "Meta se pokusila koupit Lumen Labs a pak přetáhla jejího spoluzakladatele",
        "Po neúspěšném pokusu o převzetí startupu Meta najala jeho spoluzakladatele Ivo Marka s balíčkem v hodnotě miliardy dolarů.",
    ),
    (
        "sk",
        "Meta sa pokúsila kúpiť Lumen Labs a potom prebrala jej spoluzakladateľa",
        "Po neúspešnom pokuse o prevzatie startupu Meta zamestnala jeho spoluzakladateľa Petra Kováča s balíkom v hodnote miliardy dolárov.",
    ),
    (
        "tr",
        "Meta, Lumen Labs'i satın almaya çalıştı, ardından kurucu ortağını transfer etti",
        "Girişimi satın alma girişimi başarısız olunca Meta, kurucu ortak Ayşe Yılmaz'ı 1 milyar dolarlık bir paketle işe aldı.",
    ),
    (
        "ar",
        "ميتا حاولت شراء لومن لابز قبل أن تستقطب أحد مؤسسيها",
        "بعد فشلها في الاستحواذ على الشركة الناشئة، عينت ميتا الشريك المؤسس أحمد سالم بحزمة تعويضات بقيمة مليار دولار.",
    ),
    (
        "he",
        "מטא ניסתה לקנות את לומן לאבס ולבסוף גייסה את המייסד",
        "לאחר שהניסיון לרכוש את הסטארט-אפ נכשל, מטא גייסה את המייסד המשותף דני לוי בחבילת שכר של מיליארד דולר.",
    ),
    (
        "fa",
        "متا تلاش کرد لومن لبز را بخرد و سپس هم‌بنیان‌گذارش را جذب کرد",
        "پس از شکست در خرید این استارتاپ، متا هم‌بنیان‌گذار آن علی رضایی را با بسته‌ای به ارزش یک میلیارد دلار استخدام کرد.",
    ),
    (
        "hi",
        "मेटा ने लुमेन लैब्स को खरीदने की कोशिश की, फिर उसके सह-संस्थापक को अपने साथ ले लिया",
        "स्टार्टअप का अधिग्रहण करने में नाकाम रहने के बाद मेटा ने सह-संस्थापक राहुल शर्मा को 1 अरब डॉलर के पैकेज पर नियुक्त किया।",
    ),
    (
        "id",
        "Meta sempat mencoba membeli Lumen Labs sebelum membajak salah satu pendirinya",
        "Setelah gagal mengakuisisi startup itu, Meta merekrut salah satu pendirinya, Budi Santoso, dengan paket senilai 1 miliar dolar AS.",
    ),
    (
        "vi",
        "Meta từng tìm cách mua Lumen Labs trước khi lôi kéo nhà đồng sáng lập",
        "Sau khi thương vụ mua lại startup này thất bại, Meta đã tuyển dụng nhà đồng sáng lập Nguyễn Văn An với gói đãi ngộ trị giá 1 tỷ USD.",
    ),
    (
        "th",
        "เมตาพยายามซื้อลูเมนแล็บส์ก่อนดึงตัวผู้ร่วมก่อตั้ง",
        "หลังจากล้มเหลวในการเข้าซื้อสตาร์ทอัพ เมตาได้ว่าจ้างผู้ร่วมก่อตั้ง สมชาย ใจดี ด้วยค่าตอบแทน 1 พันล้านดอลลาร์",
    ),
    (
        "zh",
        "Meta收购Lumen Labs未果，转而挖走其联合创始人",
        "在收购这家初创公司失败后，Meta以价值10亿美元的薪酬方案聘请了其联合创始人张伟。",
    ),
    (
        "ja",
        "メタ、ルーメン・ラボの買収に失敗し共同創業者を引き抜き",
        "メタはスタートアップの買収に失敗した後、共同創業者の田中健氏を10億ドルの報酬パッケージで採用した。",
    ),
    (
        "ko",
        "메타, 루멘랩스 인수 무산되자 공동창업자 영입",
        "메타는 스타트업 인수에 실패한 뒤 공동창업자 김민수를 10억 달러 규모의 보상 패키지로 영입했다.",
    ),
    # the offer to buy turned down, the talks collapsed, an attempted purchase
    (
        "en",
        "",
        "Nvidia made an attempted purchase of Quillbyte in May; the startup said no, and Nvidia then offered its CTO Ivo Marek a $300 million package to join.",
    ),
    (
        "fi",
        "",
        "Googlen ja Quillbyten yrityskauppa kaatui, ja Google palkkasi sen teknologiajohtajan Ivo Marekin 300 miljoonan dollarin paketilla.",
    ),
    (
        "tr",
        "",
        "Quillbyte satın alma teklifini reddedince Google, şirketin teknoloji direktörü Ivo Marek'i 300 milyon dolarlık bir paketle işe aldı.",
    ),
    (
        "fa",
        "",
        "کوییل‌بایت پیشنهاد خرید گوگل را رد کرد و گوگل مدیر فنی آن ایوو مارک را با بسته‌ای ۳۰۰ میلیون دلاری استخدام کرد.",
    ),
    (
        "id",
        "",
        "Quillbyte menolak diakuisisi Google, sehingga Google merekrut CTO-nya, Ivo Marek, dengan paket senilai 300 juta dolar AS.",
    ),
    (
        "zh",
        "",
        "Quillbyte拒绝了谷歌的收购要约，随后谷歌以3亿美元的薪酬方案聘请了其首席技术官张伟。",
    ),
    (
        "ja",
        "",
        "クイルバイトが買収提案を拒否したため、グーグルは同社の最高技術責任者の田中健氏を3億ドルの報酬で採用した。",
    ),
    # the purchase refused, or out of reach
    (
        "en",
        "",
        "Lumen Labs refused to be sold to Meta, which then poached its co-founder Jane Doe.",
    ),
    (
        "en",
        "",
        "Meta could not buy Lumen Labs, so it hired its co-founder Jane Doe and two engineers "
        "instead.",
    ),
]

# (language, headline, lead): the startup bought and its team joining, an earlier
# attempt told as failed beside it
BOUGHT = [
    (
        "en",
        "Meta buys Lumen Labs a year after a failed takeover",
        "Meta has acquired the startup Lumen Labs, and its founders and engineers join Meta's AI unit. A first takeover attempt collapsed last year.",
    ),
    (
        "de",
        "Meta kauft Lumen Labs",
        "Meta hat das Start-up Lumen Labs übernommen, die Gründer und Ingenieure wechseln zu Meta. Ein erster Übernahmeversuch war im Vorjahr gescheitert.",
    ),
    (
        "fr",
        "Meta rachète Lumen Labs",
        "Meta a racheté la start-up Lumen Labs, dont les fondateurs et les ingénieurs rejoignent Meta. Une première tentative de rachat avait échoué l'an dernier.",
    ),
    (
        "es",
        "Meta compra Lumen Labs",
        "Meta ha comprado la startup Lumen Labs y sus fundadores e ingenieros se unen a Meta. Un primer intento de compra fracasó el año pasado.",
    ),
    (
        "it",
        "Meta acquisisce Lumen Labs",
        "Meta ha acquisito la startup Lumen Labs e i suoi fondatori e ingegneri entrano in Meta. Un primo tentativo di acquisizione era fallito l'anno scorso.",
    ),
    (
        "pt",
        "Meta compra a Lumen Labs",
        "A Meta comprou a startup Lumen Labs e os seus fundadores e engenheiros juntam-se à Meta. Uma primeira tentativa de compra fracassou no ano passado.",
    ),
    (
        "nl",
        "Meta koopt Lumen Labs",
        "Meta heeft de start-up Lumen Labs gekocht; de oprichters en ingenieurs stappen over naar Meta. Een eerste overnamepoging strandde vorig jaar.",
    ),
    (
        "sv",
        "Meta köper Lumen Labs",
        "Meta har köpt startupbolaget Lumen Labs och grundarna och ingenjörerna går över till Meta. Ett första uppköpsförsök sprack i fjol.",
    ),
    (
        "da",
        "Meta køber Lumen Labs",
        "Meta har købt startupvirksomheden Lumen Labs, og stifterne og ingeniørerne går til Meta. Et første opkøbsforsøg faldt til jorden sidste år.",
    ),
    (
        "no",
        "Meta kjøper Lumen Labs",
        "Meta har kjøpt oppstartsselskapet Lumen Labs, og gründerne og ingeniørene blir med til Meta. Et første oppkjøpsforsøk strandet i fjor.",
    ),
    (
        "fi",
        "Meta ostaa Lumen Labsin",
        "Meta osti startup-yhtiö Lumen Labsin, ja sen perustajat ja insinöörit siirtyvät Metalle. Ensimmäinen yrityskauppa kaatui viime vuonna.",
    ),
    (
        "ru",
        "Meta купила Lumen Labs",
        "Meta купила стартап Lumen Labs, его основатели и инженеры перейдут в Meta. Первая попытка покупки сорвалась в прошлом году.",
    ),
    (
        "uk",
        "Meta купила Lumen Labs",
        "Meta купила стартап Lumen Labs, його засновники та інженери перейдуть до Meta. Перша спроба купівлі зірвалася торік.",
    ),
    (
        "pl",
        "Meta kupiła Lumen Labs",
        "Meta kupiła startup Lumen Labs, a jego założyciele i inżynierowie przechodzą do Mety. Pierwsza próba przejęcia upadła w zeszłym roku.",
    ),
    (
        "cs",
        "Meta koupila Lumen Labs",
        "Meta koupila startup Lumen Labs a jeho zakladatelé i inženýři přecházejí do Mety. První pokus o převzetí loni ztroskotal.",
    ),
    (
        "sk",
        "Meta kúpila Lumen Labs",
        "Meta kúpila startup Lumen Labs a jeho zakladatelia aj inžinieri prechádzajú do Mety. Prvý pokus o prevzatie vlani stroskotal.",
    ),
    (
        "tr",
        "Meta, Lumen Labs'i satın aldı",
        "Meta, girişim Lumen Labs'i satın aldı; kurucuları ve mühendisleri Meta'ya katılıyor. İlk satın alma girişimi geçen yıl başarısız olmuştu.",
    ),
    (
        "ar",
        "ميتا تستحوذ على لومن لابز",
        "استحوذت ميتا على الشركة الناشئة لومن لابز، وسينضم فريقها ومؤسسوها إلى ميتا. وكانت محاولة الاستحواذ الأولى قد فشلت العام الماضي.",
    ),
    (
        "he",
        "מטא רכשה את לומן לאבס",
        "מטא רכשה את הסטארט-אפ לומן לאבס, ומייסדיו ומהנדסיו מצטרפים למטא. ניסיון הרכישה הראשון נכשל בשנה שעברה.",
    ),
    (
        "fa",
        "متا لومن لبز را خرید",
        "متا استارتاپ لومن لبز را خریداری کرد و بنیان‌گذاران و مهندسان آن به متا می‌پیوندند. تلاش نخست برای خرید سال گذشته ناکام ماند.",
    ),
    (
        "hi",
        "मेटा ने लुमेन लैब्स का अधिग्रहण किया",
        "मेटा ने स्टार्टअप लुमेन लैब्स का अधिग्रहण कर लिया है और इसके संस्थापक और इंजीनियर मेटा में शामिल होंगे। पिछले साल अधिग्रहण की पहली कोशिश नाकाम रही थी।",
    ),
    (
        "id",
        "Meta mengakuisisi Lumen Labs",
        "Meta mengakuisisi startup Lumen Labs, dan para pendiri serta insinyurnya bergabung dengan Meta. Upaya akuisisi pertama gagal tahun lalu.",
    ),
    (
        "vi",
        "Meta mua lại Lumen Labs",
        "Meta đã mua lại startup Lumen Labs, các nhà sáng lập và kỹ sư của công ty sẽ gia nhập Meta. Nỗ lực mua lại đầu tiên thất bại năm ngoái.",
    ),
    (
        "th",
        "เมตาเข้าซื้อลูเมนแล็บส์",
        "เมตาเข้าซื้อสตาร์ทอัพลูเมนแล็บส์ และผู้ก่อตั้งกับทีมวิศวกรจะเข้าร่วมกับเมตา ความพยายามเข้าซื้อครั้งแรกล้มเหลวเมื่อปีที่แล้ว",
    ),
    (
        "zh",
        "Meta收购Lumen Labs",
        "Meta已收购初创公司Lumen Labs，其创始人和工程师将加入Meta。去年的首次收购尝试以失败告终。",
    ),
    (
        "ja",
        "メタ、ルーメン・ラボを買収",
        "メタはスタートアップのルーメン・ラボを買収し、創業者とエンジニアはメタに合流する。昨年の最初の買収交渉は決裂していた。",
    ),
    (
        "ko",
        "메타, 루멘랩스 인수",
        "메타가 스타트업 루멘랩스를 인수했으며 창업자와 엔지니어들은 메타에 합류한다. 지난해 첫 인수 시도는 무산됐다.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), UNMADE)
def test_a_failed_purchase_then_a_hire_is_no_acquihire(lang: str, title: str, text: str) -> None:
    result = analyse(title, text, lang_hint=lang)
    assert result.lang == lang
    assert "acquihire" not in result.categories


@pytest.mark.parametrize(("lang", "title", "text"), BOUGHT)
def test_a_purchase_after_a_failed_attempt_is_an_acquihire(
    lang: str, title: str, text: str
) -> None:
    result = analyse(title, text, lang_hint=lang)
    assert result.lang == lang
    assert "acquihire" in result.categories


def test_the_founder_hired_after_the_failed_purchase_is_a_move_and_an_offer() -> None:
    a = analyse(
        "Meta tried to buy Lumen Labs before poaching its co-founder",
        "After failing to acquire the startup, Meta hired Jane Doe, one of its co-founders, "
        "with a pay package worth $1 billion.",
    )
    assert set(a.categories) == {"offer", "departure"}


@pytest.mark.parametrize(
    "text",
    [
        "Meta has acquired the startup Lumen Labs, which had rejected earlier acquisition "
        "offers; its founders and engineers join Meta's AI unit.",
        "After two failed attempts, Meta finally acquired Lumen Labs; its team will join "
        "Meta's research unit.",
    ],
)
def test_offers_turned_down_before_the_purchase_leave_it_made(text: str) -> None:
    assert "acquihire" in analyse("", text).categories
