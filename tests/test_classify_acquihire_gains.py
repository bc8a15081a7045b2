"""Acqui-hires told by what the buyer gets: the startup's people, in every language.

Three ways the press tells that a startup was bought for its people, each written here in
all the languages that miss it without its rule:
- the deal gives the buyer access to the startup's talent or engineers, beside the deal
  word or in a sentence of its own that names the buyer ("gives Meta access to Tessel's
  engineers", "Zugang zu den Talenten", "доступ к специалистам", "인재를 확보");
- a frame with the startup named inside it ties its people to the deal ("as part of the
  Tessel deal", "im Rahmen der Tessel-Übernahme", "Tessel買収の一環として");
- a lead that tells the purchase and says the startup's staff are now part of the buyer or
  moving to it ("are now part of Meta's AI division", "wechseln zu Meta", "搬进Meta的办公室").
A product company bought with no word of its people, the market's race for access to
talent with no deal, a data centre bought, and a funding round are not acqui-hires.
Invented startups; the buyer is a known company.
"""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, lead)
ACCESS = [
    (
        "de",
        "Meta kauft KI-Start-up Tessel",
        "Die Übernahme verschafft Meta Zugang zu den Talenten von Tessel.",
    ),
    (
        "es",
        "Meta compra la startup de IA Tessel",
        "La adquisición da a Meta acceso al talento de Tessel.",
    ),
    (
        "it",
        "Meta acquista la startup di IA Tessel",
        "L'acquisizione dà a Meta accesso ai talenti di Tessel.",
    ),
    (
        "pt",
        "Meta compra a startup de IA Tessel",
        "A aquisição dá à Meta acesso aos talentos da Tessel.",
    ),
    ("sv", "Meta köper AI-startupen Tessel", "Förvärvet ger Meta tillgång till Tessels talanger."),
    ("da", "Meta køber AI-startuppen Tessel", "Opkøbet giver Meta adgang til Tessels talenter."),
    ("no", "Meta kjøper AI-oppstarten Tessel", "Oppkjøpet gir Meta tilgang til Tessels talenter."),
    ("fi", "Meta ostaa tekoälystartup Tesselin saadakseen pääsyn sen insinööreihin", ""),
    ("fi", "Meta ostaa tekoälystartup Tesselin", "Kauppa antaa Metaille pääsyn Tesselin osaajiin."),
    ("ru", "Meta покупает ИИ-стартап Tessel", "Сделка даст Meta доступ к специалистам Tessel."),
    ("uk", "Meta купує ШІ-стартап Tessel", "Угода дасть Meta доступ до фахівців Tessel."),
    (
        "tr",
        "Meta, mühendislerine erişim sağlamak için yapay zeka girişimi Tessel'i satın alıyor",
        "",
    ),
    ("ar", "ميتا تستحوذ على شركة تيسل الناشئة للحصول على مهندسيها", ""),
    (
        "ar",
        "ميتا تستحوذ على شركة تيسل الناشئة للذكاء الاصطناعي",
        "وتمنح الصفقة ميتا إمكانية الوصول إلى مواهب تيسل.",
    ),
    ("he", "מטא רוכשת את סטארט-אפ הבינה המלאכותית טסל", "העסקה מעניקה למטא גישה לכישרונות של טסל."),
    ("fa", "متا استارتاپ تسل را برای دسترسی به مهندسانش می‌خرد", ""),
    (
        "fa",
        "متا استارتاپ هوش مصنوعی تسل را می‌خرد",
        "این خرید به متا دسترسی به استعدادهای تسل را می‌دهد.",
    ),
    ("hi", "मेटा ने एआई स्टार्टअप टेसल को खरीदा", "इस अधिग्रहण से मेटा को टेसल की प्रतिभा तक पहुंच मिलेगी।"),
    ("id", "Meta membeli startup AI Tessel untuk mendapatkan akses ke para insinyurnya", ""),
    ("vi", "Meta mua startup AI Tessel để tiếp cận đội ngũ kỹ sư của họ", ""),
    ("vi", "Meta mua startup AI Tessel", "Thương vụ giúp Meta tiếp cận nhân tài của Tessel."),
    ("th", "เมต้าซื้อสตาร์ทอัพ AI เทสเซล", "การเข้าซื้อกิจการทำให้เมต้าเข้าถึงบุคลากรที่มีความสามารถของเทสเซล"),
    ("zh", "Meta收购AI初创公司Tessel", "通过此次收购,Meta将获得Tessel的技术人才。"),
    ("ko", "메타, AI 스타트업 테셀 인수", "이번 인수로 메타은 테셀의 인재를 확보하게 된다."),
]

NAMED_FRAME = [
    (
        "en",
        "",
        "Meta bought the startup Tessel last month. The engineers who came to Meta as part of the Tessel deal will work in its Oslo office.",
    ),
    (
        "de",
        "",
        "Meta hat das Start-up Tessel im vergangenen Monat gekauft. Die Ingenieure, die im Rahmen der Tessel-Übernahme zu Meta kamen, arbeiten künftig in Oslo.",
    ),
    (
        "nl",
        "",
        "Meta kocht vorige maand de start-up Tessel. De ingenieurs die als onderdeel van de Tessel-deal naar Meta kwamen, gaan in Oslo werken.",
    ),
    (
        "no",
        "",
        "Meta kjøpte oppstartsselskapet Tessel forrige måned. Ingeniørene som kom til Meta som en del av Tessel-avtalen, skal jobbe i Oslo.",
    ),
    (
        "fi",
        "",
        "Meta osti startup-yhtiö Tesselin viime kuussa. Tessel-kaupan myötä Metaiin siirtyneet insinöörit työskentelevät Oslossa.",
    ),
    (
        "ru",
        "",
        "Meta купила стартап Tessel в прошлом месяце. Инженеры, перешедшие в Meta в рамках сделки с Tessel, будут работать в Осло.",
    ),
    (
        "tr",
        "",
        "Meta geçen ay Tessel girişimini satın aldı. Tessel anlaşması kapsamında Meta'e geçen mühendisler Oslo'da çalışacak.",
    ),
    (
        "ar",
        "",
        "اشترت ميتا شركة تيسل الناشئة الشهر الماضي. وسيعمل المهندسون الذين انضموا إلى ميتا في إطار صفقة تيسل في أوسلو.",
    ),
    (
        "fa",
        "",
        "متا ماه گذشته استارتاپ تسل را خرید. مهندسانی که در چارچوب معامله تسل به متا پیوستند در اسلو کار خواهند کرد.",
    ),
    (
        "vi",
        "",
        "Meta đã mua startup Tessel vào tháng trước. Các kỹ sư chuyển sang Meta trong khuôn khổ thương vụ Tessel sẽ làm việc tại Oslo.",
    ),
]

WITH_BUYER = [
    (
        "en",
        "Meta buys AI startup Tessel",
        "Several Tessel employees are now part of Meta's AI division.",
    ),
    (
        "de",
        "Meta kauft KI-Start-up Tessel",
        "Mehrere Tessel-Mitarbeiter sind nun Teil der KI-Sparte von Meta.",
    ),
    (
        "fr",
        "Meta rachète la start-up d'IA Tessel",
        "Plusieurs employés de Tessel font désormais partie de la division IA de Meta.",
    ),
    (
        "es",
        "Meta compra la startup de IA Tessel",
        "Varios empleados de Tessel ya forman parte de la división de IA de Meta.",
    ),
    (
        "es",
        "Meta adquiere la startup de IA Tessel",
        "El personal de Tessel ya se está trasladando a las oficinas de Meta.",
    ),
    (
        "it",
        "Meta acquista la startup di IA Tessel",
        "Diversi dipendenti di Tessel fanno ora parte della divisione IA di Meta.",
    ),
    (
        "it",
        "Meta acquisisce la startup di IA Tessel",
        "Il personale di Tessel si sta già trasferendo negli uffici di Meta.",
    ),
    (
        "pt",
        "Meta compra a startup de IA Tessel",
        "Vários funcionários da Tessel agora fazem parte da divisão de IA da Meta.",
    ),
    (
        "pt",
        "Meta adquire a startup de IA Tessel",
        "A equipe da Tessel já está se mudando para os escritórios da Meta.",
    ),
    (
        "nl",
        "Meta koopt AI-start-up Tessel",
        "Verschillende medewerkers van Tessel maken nu deel uit van de AI-divisie van Meta.",
    ),
    (
        "nl",
        "Meta neemt AI-start-up Tessel over",
        "Het personeel van Tessel verhuist al naar de kantoren van Meta.",
    ),
    (
        "sv",
        "Meta köper AI-startupen Tessel",
        "Flera anställda på Tessel är nu en del av Metas AI-avdelning.",
    ),
    (
        "sv",
        "Meta förvärvar AI-startupen Tessel",
        "Tessels personal flyttar redan till Metas kontor.",
    ),
    (
        "da",
        "Meta køber AI-startuppen Tessel",
        "Flere medarbejdere fra Tessel er nu en del af Metas AI-afdeling.",
    ),
    (
        "da",
        "Meta opkøber AI-startuppen Tessel",
        "Tessels medarbejdere flytter allerede til Metas kontorer.",
    ),
    (
        "no",
        "Meta kjøper AI-oppstarten Tessel",
        "Flere ansatte i Tessel er nå en del av Metas AI-avdeling.",
    ),
    (
        "no",
        "Meta kjøper opp AI-oppstarten Tessel",
        "Tessels ansatte flytter allerede til Metas kontorer.",
    ),
    (
        "fi",
        "Meta ostaa tekoälystartup Tesselin",
        "Useat Tesselin työntekijät ovat nyt osa Metain tekoälyyksikköä.",
    ),
    (
        "fi",
        "Meta ostaa tekoälystartup Tesselin",
        "Tesselin henkilöstö siirtyy jo Metain toimistoihin.",
    ),
    (
        "ru",
        "Meta покупает ИИ-стартап Tessel",
        "Несколько сотрудников Tessel теперь работают в ИИ-подразделении Meta.",
    ),
    (
        "uk",
        "Meta купує ШІ-стартап Tessel",
        "Кілька співробітників Tessel тепер є частиною ШІ-підрозділу Meta.",
    ),
    (
        "uk",
        "Meta придбає ШІ-стартап Tessel",
        "Співробітники Tessel вже переїжджають до офісів Meta.",
    ),
    (
        "pl",
        "Meta kupuje startup AI Tessel",
        "Kilku pracowników Tessel jest teraz częścią działu AI Meta.",
    ),
    ("pl", "Meta przejmuje startup AI Tessel", "Pracownicy Tessel przenoszą się już do biur Meta."),
    (
        "cs",
        "Meta kupuje AI startup Tessel",
        "Několik zaměstnanců Tesselu je nyní součástí AI divize Metau.",
    ),
    (
        "cs",
        "Meta přebírá AI startup Tessel",
        "Zaměstnanci Tesselu se už stěhují do kanceláří Metau.",
    ),
    (
        "sk",
        "Meta kupuje AI startup Tessel",
        "Niekoľko zamestnancov Tesselu je teraz súčasťou AI divízie Metau.",
    ),
    (
        "sk",
        "Meta preberá AI startup Tessel",
        "Zamestnanci Tesselu sa už sťahujú do kancelárií Metau.",
    ),
    (
        "tr",
        "Meta, yapay zeka girişimi Tessel'i satın alıyor",
        "Tessel'in birçok çalışanı artık Meta'in yapay zeka biriminin bir parçası.",
    ),
    (
        "tr",
        "Meta, yapay zeka girişimi Tessel'i satın aldı",
        "Tessel çalışanları şimdiden Meta'in ofislerine taşınıyor.",
    ),
    (
        "ar",
        "ميتا تستحوذ على شركة تيسل الناشئة للذكاء الاصطناعي",
        "وأصبح عدد من موظفي تيسل الآن جزءا من قسم الذكاء الاصطناعي في ميتا.",
    ),
    ("ar", "ميتا تشتري شركة تيسل الناشئة", "وينتقل موظفو تيسل بالفعل إلى مكاتب ميتا."),
    (
        "he",
        "מטא רוכשת את סטארט-אפ הבינה המלאכותית טסל",
        "כמה מעובדי טסל הם כעת חלק מחטיבת הבינה המלאכותית של מטא.",
    ),
    (
        "fa",
        "متا استارتاپ هوش مصنوعی تسل را می‌خرد",
        "چند تن از کارکنان تسل اکنون بخشی از واحد هوش مصنوعی متا هستند.",
    ),
    ("fa", "متا استارتاپ تسل را خرید", "کارکنان تسل هم‌اکنون به دفاتر متا منتقل می‌شوند."),
    ("hi", "मेटा ने एआई स्टार्टअप टेसल को खरीदा", "टेसल के कई कर्मचारी अब मेटा के एआई विभाग का हिस्सा हैं।"),
    (
        "hi",
        "मेटा ने एआई स्टार्टअप टेसल का अधिग्रहण किया",
        "टेसल के कर्मचारी पहले से ही मेटा के दफ्तरों में जा रहे हैं।",
    ),
    (
        "id",
        "Meta membeli startup AI Tessel",
        "Beberapa karyawan Tessel kini menjadi bagian dari divisi AI Meta.",
    ),
    (
        "vi",
        "Meta mua startup AI Tessel",
        "Nhiều nhân viên của Tessel hiện là một phần của bộ phận AI của Meta.",
    ),
    ("th", "เมต้าซื้อสตาร์ทอัพ AI เทสเซล", "พนักงานหลายคนของเทสเซลตอนนี้เป็นส่วนหนึ่งของฝ่าย AI ของเมต้า"),
    ("zh", "Meta收购AI初创公司Tessel", "多名Tessel员工现已成为Meta人工智能部门的一员。"),
    ("zh", "Meta收购AI初创公司Tessel", "Tessel的员工已陆续搬进Meta的办公室。"),
    (
        "ja",
        "Meta、AIスタートアップTesselを買収",
        "Tesselの従業員数人は現在、MetaのAI部門の一員となっている。",
    ),
    ("ko", "메타, AI 스타트업 테셀 인수", "테셀 직원 여러 명이 현재 메타 AI 부문에 속해 있다."),
    ("ko", "메타, AI 스타트업 테셀 인수", "테셀 직원들은 이미 메타 사무실로 옮기고 있다."),
]

NOT_ACQUIHIRES = [
    ("en", "Meta buys Tessel, a maker of accounting software", ""),
    (
        "en",
        "",
        "Companies are competing for access to AI talent, recruiters say. Engineers with machine-learning skills are in short supply.",
    ),
    ("en", "Meta buys a data centre in Finland to expand its cloud", ""),
    ("en", "AI startup Tessel raises $50 million to gain access to talent", ""),
    ("de", "Meta kauft Tessel, einen Hersteller von Buchhaltungssoftware", ""),
    (
        "de",
        "",
        "Unternehmen konkurrieren um Zugang zu KI-Talenten, sagen Personalvermittler. Ingenieure mit KI-Kenntnissen sind knapp.",
    ),
    ("de", "Meta kauft ein Rechenzentrum in Finnland", ""),
    ("fr", "Meta rachète Tessel, éditeur de logiciels de comptabilité", ""),
    ("fr", "", "Les entreprises se disputent l'accès aux talents de l'IA, selon les recruteurs."),
    ("fr", "Meta achète un centre de données en Finlande", ""),
    ("es", "Meta compra Tessel, fabricante de software de contabilidad", ""),
    ("es", "", "Las empresas compiten por el acceso al talento en IA, según los reclutadores."),
    ("es", "Meta compra un centro de datos en Finlandia", ""),
    ("it", "Meta acquista Tessel, produttore di software di contabilità", ""),
    ("it", "", "Le aziende competono per l'accesso ai talenti dell'IA, dicono i selezionatori."),
    ("it", "Meta acquista un data center in Finlandia", ""),
    ("pt", "Meta compra a Tessel, fabricante de software de contabilidade", ""),
    ("pt", "", "As empresas disputam o acesso a talentos de IA, dizem os recrutadores."),
    ("pt", "Meta compra um data center na Finlândia", ""),
    ("nl", "Meta koopt Tessel, maker van boekhoudsoftware", ""),
    ("nl", "", "Bedrijven concurreren om toegang tot AI-talent, zeggen recruiters."),
    ("nl", "Meta koopt een datacenter in Finland", ""),
    ("sv", "Meta köper Tessel, som gör bokföringsprogram", ""),
    ("sv", "", "Företag konkurrerar om tillgång till AI-talanger, säger rekryterare."),
    ("sv", "Meta köper ett datacenter i Finland", ""),
    ("da", "Meta køber Tessel, der laver regnskabssoftware", ""),
    ("da", "", "Virksomheder konkurrerer om adgang til AI-talenter, siger rekrutterere."),
    ("da", "Meta køber et datacenter i Finland", ""),
    ("no", "Meta kjøper Tessel, som lager regnskapsprogramvare", ""),
    ("no", "", "Selskaper konkurrerer om tilgang til AI-talenter, sier rekrutterere."),
    ("no", "Meta kjøper et datasenter i Finland", ""),
    ("fi", "Meta ostaa kirjanpito-ohjelmistoja valmistavan Tesselin", ""),
    ("fi", "", "Yritykset kilpailevat pääsystä tekoälyosaajiin, sanovat rekrytoijat."),
    ("fi", "Meta ostaa datakeskuksen Suomesta", ""),
    ("ru", "Meta покупает Tessel, разработчика бухгалтерского ПО", ""),
    ("ru", "", "Компании борются за доступ к специалистам по ИИ, говорят рекрутеры."),
    ("ru", "Meta покупает дата-центр в Финляндии", ""),
    ("uk", "Meta купує Tessel, розробника бухгалтерського ПЗ", ""),
    ("uk", "", "Компанії змагаються за доступ до фахівців зі ШІ, кажуть рекрутери."),
    ("uk", "Meta купує дата-центр у Фінляндії", ""),
    ("pl", "Meta kupuje Tessel, producenta oprogramowania księgowego", ""),
    ("pl", "", "Firmy rywalizują o dostęp do talentów AI, mówią rekruterzy."),
    ("pl", "Meta kupuje centrum danych w Finlandii", ""),
    ("cs", "Meta kupuje Tessel, výrobce účetního softwaru", ""),
    ("cs", "", "Firmy soupeří o přístup k talentům v oblasti AI, říkají personalisté."),
    ("cs", "Meta kupuje datové centrum ve Finsku", ""),
    ("sk", "Meta kupuje Tessel, výrobcu účtovného softvéru", ""),
    ("sk", "", "Firmy súperia o prístup k talentom v oblasti AI, hovoria personalisti."),
    ("sk", "Meta kupuje dátové centrum vo Fínsku", ""),
    ("tr", "Meta, muhasebe yazılımı üreticisi Tessel'i satın alıyor", ""),
    ("tr", "", "Şirketler yapay zeka yeteneklerine erişim için yarışıyor."),
    ("tr", "Meta, Finlandiya'da bir veri merkezi satın alıyor", ""),
    ("ar", "ميتا تستحوذ على تيسل المتخصصة في برامج المحاسبة", ""),
    ("ar", "", "تتنافس الشركات على الوصول إلى مواهب الذكاء الاصطناعي، بحسب خبراء التوظيف."),
    ("ar", "ميتا تشتري مركز بيانات في فنلندا", ""),
    ("he", "מטא רוכשת את טסל, יצרנית תוכנות הנהלת חשבונות", ""),
    ("he", "", "חברות מתחרות על גישה לכישרונות בינה מלאכותית, אומרים מגייסים."),
    ("he", "מטא רוכשת מרכז נתונים בפינלנד", ""),
    ("fa", "متا شرکت تسل، سازنده نرم‌افزار حسابداری، را می‌خرد", ""),
    ("fa", "", "به گفته کارگزینان، شرکت‌ها برای دسترسی به استعدادهای هوش مصنوعی رقابت می‌کنند."),
    ("fa", "متا یک مرکز داده در فنلاند می‌خرد", ""),
    ("hi", "मेटा ने अकाउंटिंग सॉफ्टवेयर कंपनी टेसल को खरीदा", ""),
    ("hi", "", "भर्तीकर्ताओं के अनुसार कंपनियां एआई प्रतिभा तक पहुंच के लिए होड़ कर रही हैं।"),
    ("hi", "मेटा ने फिनलैंड में एक डेटा सेंटर खरीदा", ""),
    ("id", "Meta membeli Tessel, pembuat perangkat lunak akuntansi", ""),
    ("id", "", "Perusahaan berebut akses ke talenta AI, kata para perekrut."),
    ("id", "Meta membeli pusat data di Finlandia", ""),
    ("vi", "Meta mua Tessel, nhà sản xuất phần mềm kế toán", ""),
    ("vi", "", "Các công ty đang cạnh tranh để tiếp cận nhân tài AI, theo các nhà tuyển dụng."),
    ("vi", "Meta mua một trung tâm dữ liệu ở Phần Lan", ""),
    ("th", "เมต้าซื้อเทสเซล ผู้ผลิตซอฟต์แวร์บัญชี", ""),
    ("th", "", "บริษัทต่างแข่งขันกันเพื่อเข้าถึงบุคลากรด้าน AI ตามที่นักสรรหาระบุ"),
    ("th", "เมต้าซื้อศูนย์ข้อมูลในฟินแลนด์", ""),
    ("zh", "Meta收购会计软件开发商Tessel", ""),
    ("zh", "", "招聘人士表示,各公司正在争夺获取AI人才的机会。"),
    ("zh", "Meta收购芬兰一座数据中心", ""),
    ("ja", "Meta、会計ソフト開発のTesselを買収", ""),
    ("ja", "", "採用担当者によると、各社はAI人材の獲得を競っている。"),
    ("ja", "Meta、フィンランドのデータセンターを買収", ""),
    ("ko", "메타, 회계 소프트웨어 업체 테셀 인수", ""),
    ("ko", "", "채용 담당자들에 따르면 기업들이 AI 인재 확보 경쟁을 벌이고 있다."),
    ("ko", "메타, 핀란드 데이터센터 인수", ""),
    (
        "en",
        "Meta buys a data centre in Finland",
        "Companies are competing for access to AI talent, recruiters say.",
    ),
    (
        "de",
        "Meta kauft ein Rechenzentrum in Finnland",
        "Unternehmen konkurrieren um Zugang zu KI-Talenten, sagen Personalvermittler.",
    ),
    (
        "es",
        "Meta compra un centro de datos en Finlandia",
        "Las empresas compiten por el acceso al talento en IA, según los reclutadores.",
    ),
    (
        "en",
        "Meta buys accounting software maker Tessel",
        "The deal gives Meta access to Tessel's customers.",
    ),
    (
        "en",
        "Meta buys accounting software maker Tessel",
        "Tessel's products are now part of Meta's business suite.",
    ),
    (
        "fr",
        "Meta rachète l'éditeur de logiciels comptables Tessel",
        "Ses produits font désormais partie de la suite de Meta.",
    ),
    ("zh", "Meta收购会计软件开发商Tessel", "Tessel的产品现已成为Meta办公套件的一部分。"),
    (
        "fi",
        "Tessel-startup keräsi 50 miljoonaa euroa rahoitusta",
        "Rahoituskierroksen johti Sequoia.",
    ),
    (
        "fi",
        "Meta ostaa kirjanpito-ohjelmistoja valmistavan Tesselin",
        "Tesselin tuotteet ovat nyt osa Metan valikoimaa.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "lead"), ACCESS + NAMED_FRAME + WITH_BUYER)
def test_acquihire(lang: str, title: str, lead: str) -> None:
    assert "acquihire" in analyse(title, lead, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title", "lead"), NOT_ACQUIHIRES)
def test_not_acquihire(lang: str, title: str, lead: str) -> None:
    assert "acquihire" not in analyse(title, lead, lang_hint=lang).categories
