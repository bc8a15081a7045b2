"""Acqui-hires told the ways the press of each language tells them: the buyer hiring a
startup's founders and licensing its technology, the startup's team joining the buyer (named
with the startup's own name: "فريق Veltrix ينضم إلى…", "צוות Veltrix עובר ל…", "its team
heads to Apple"), its researchers absorbed, a startup bought for its team. Hard negatives:
a company bought for its brands, a merger, a funding round, a licence alone, a sports
team, a blocked purchase, the team behind a product; a team named by its leader's job ("the
head of Google's search team joins Meta": the leader moves) and a team moved to a unit of
its own company ("to the devices group", "إلى قسم", "לחטיבת") are no acqui-hire."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

ACQUIHIRES = [
    (
        "en",
        "Google hires the founders of Quillon AI and licenses its models",
        "Google will pay Quillon AI for a non-exclusive licence while its chief executive and researchers join DeepMind.",
    ),
    (
        "en",
        "The team behind Veltrix joins Microsoft",
        "Voice-model startup Veltrix said its 30 engineers will move to Microsoft, which is licensing the company's technology.",
    ),
    (
        "en",
        "Meta absorbs Korvana's researchers in $400 million deal",
        "Meta will bring over most of Korvana's research staff and pay to license its reasoning models.",
    ),
    (
        "en",
        "Amazon buys robotics startup Tessaro to bolster its AI team",
        "Amazon said it bought Tessaro mainly for its engineers.",
    ),
    (
        "en",
        "Lumora shuts down its app as its team heads to Apple",
        "The startup's founders and most of its staff are moving to Apple.",
    ),
    (
        "en",
        "Nvidia pays $700 million to license Orbita's models and bring over its team",
        "The chipmaker will also hire Orbita's two co-founders.",
    ),
    (
        "de",
        "Google übernimmt das Team des KI-Start-ups Quillon",
        "Die Gründer und die meisten Mitarbeiter von Quillon wechseln zu Google, das zudem die Technologie lizenziert.",
    ),
    (
        "de",
        "Microsoft holt die Gründer von Veltrix und lizenziert deren Technologie",
        "Der Konzern zahlt rund 600 Millionen Dollar für die Lizenz und stellt die Forscher des Start-ups ein.",
    ),
    (
        "de",
        "Das Team von Korvana wechselt zu Meta",
        "Das Berliner KI-Start-up Korvana teilte mit, dass seine Gründer und Forscher zu Meta wechseln.",
    ),
    (
        "de",
        "Amazon kauft KI-Start-up Tessaro, um sein KI-Team zu verstärken",
        "Amazon geht es vor allem um die Entwickler von Tessaro.",
    ),
    (
        "fr",
        "Google recrute les fondateurs de la start-up Quillon et licencie sa technologie",
        "Google versera une licence non exclusive à Quillon, dont le PDG et les chercheurs rejoignent DeepMind.",
    ),
    (
        "fr",
        "L'équipe de Veltrix rejoint Microsoft",
        "La start-up parisienne Veltrix a annoncé que ses fondateurs et la plupart de ses salariés rejoignent Microsoft.",
    ),
    (
        "fr",
        "Meta absorbe les chercheurs de la start-up Korvana",
        "Meta recrute l'équipe de Korvana et obtient une licence sur ses modèles pour 300 millions de dollars.",
    ),
    (
        "fr",
        "Amazon rachète la start-up Tessaro pour renforcer son équipe d'IA",
        "Amazon s'offre Tessaro avant tout pour ses ingénieurs.",
    ),
    (
        "es",
        "Google contrata a los fundadores de la startup Quillon y licencia su tecnología",
        "Google pagará por una licencia no exclusiva mientras el consejero delegado y los investigadores de Quillon se unen a DeepMind.",
    ),
    (
        "es",
        "El equipo de Veltrix se une a Microsoft",
        "La startup Veltrix anunció que sus fundadores y la mayoría de su plantilla se incorporan a Microsoft.",
    ),
    (
        "es",
        "Meta absorbe a los investigadores de la startup Korvana",
        "Meta ficha al equipo de Korvana y paga 300 millones de dólares por licenciar sus modelos.",
    ),
    (
        "es",
        "Amazon compra la startup Tessaro para reforzar su equipo de IA",
        "Amazon adquiere Tessaro sobre todo por su talento.",
    ),
    (
        "it",
        "Google assume i fondatori della startup Quillon e ne licenzia la tecnologia",
        "Google pagherà una licenza non esclusiva mentre l'amministratore delegato e i ricercatori di Quillon passano a DeepMind.",
    ),
    (
        "it",
        "Il team di Veltrix passa a Microsoft",
        "La startup Veltrix ha annunciato che i suoi fondatori e gran parte dei dipendenti entreranno in Microsoft.",
    ),
    (
        "it",
        "Meta assorbe i ricercatori della startup Korvana",
        "Meta porta a bordo il team di Korvana e paga 300 milioni di dollari per la licenza dei suoi modelli.",
    ),
    (
        "it",
        "Amazon acquista la startup Tessaro per rafforzare il suo team di intelligenza artificiale",
        "Amazon punta soprattutto sui talenti di Tessaro.",
    ),
    (
        "pt",
        "Google contrata os fundadores da startup Quillon e licencia sua tecnologia",
        "O Google pagará por uma licença não exclusiva enquanto o CEO e os pesquisadores da Quillon se juntam à DeepMind.",
    ),
    (
        "pt",
        "Equipe da Veltrix se junta à Microsoft",
        "A startup Veltrix anunciou que seus fundadores e a maior parte dos funcionários vão para a Microsoft.",
    ),
    (
        "pt",
        "Meta absorve pesquisadores da startup Korvana",
        "A Meta contrata a equipe da Korvana e paga US$ 300 milhões para licenciar seus modelos.",
    ),
    (
        "pt",
        "Amazon compra startup Tessaro para reforçar sua equipe de IA",
        "A Amazon adquiriu a Tessaro principalmente pelo seu talento.",
    ),
    (
        "nl",
        "Google neemt oprichters van AI-startup Quillon in dienst en licentieert technologie",
        "Google betaalt voor een niet-exclusieve licentie, terwijl de topman en onderzoekers van Quillon naar DeepMind overstappen.",
    ),
    (
        "nl",
        "Team van Veltrix stapt over naar Microsoft",
        "De Amsterdamse startup Veltrix meldt dat de oprichters en het grootste deel van het personeel naar Microsoft gaan.",
    ),
    (
        "nl",
        "Amazon koopt AI-startup Tessaro om zijn AI-team te versterken",
        "Amazon is vooral uit op de ingenieurs van Tessaro.",
    ),
    (
        "pl",
        "Google zatrudnia założycieli startupu Quillon i licencjonuje jego technologię",
        "Google zapłaci za niewyłączną licencję, a prezes i badacze Quillon przejdą do DeepMind.",
    ),
    (
        "pl",
        "Zespół Veltrix przechodzi do Microsoftu",
        "Startup Veltrix poinformował, że jego założyciele i większość pracowników dołączą do Microsoftu.",
    ),
    (
        "pl",
        "Amazon kupuje startup Tessaro, by wzmocnić swój zespół AI",
        "Amazonowi chodzi przede wszystkim o inżynierów Tessaro.",
    ),
    (
        "ru",
        "Google нанимает основателей стартапа Quillon и лицензирует его технологию",
        "Google заплатит за неэксклюзивную лицензию, а гендиректор и исследователи Quillon перейдут в DeepMind.",
    ),
    (
        "ru",
        "Команда Veltrix переходит в Microsoft",
        "Стартап Veltrix сообщил, что его основатели и большая часть сотрудников присоединятся к Microsoft.",
    ),
    (
        "ru",
        "Amazon купила стартап Tessaro ради его команды",
        "Amazon интересуют прежде всего инженеры Tessaro.",
    ),
    (
        "uk",
        "Google наймає засновників стартапу Quillon і ліцензує його технологію",
        "Google заплатить за неексклюзивну ліцензію, а CEO та дослідники Quillon перейдуть до DeepMind.",
    ),
    (
        "uk",
        "Команда Veltrix переходить до Microsoft",
        "Стартап Veltrix повідомив, що його засновники та більшість працівників приєднаються до Microsoft.",
    ),
    (
        "uk",
        "Amazon купила стартап Tessaro заради його команди",
        "Amazon цікавлять насамперед інженери Tessaro.",
    ),
    (
        "cs",
        "Google najímá zakladatele startupu Quillon a licencuje jeho technologii",
        "Google zaplatí za nevýhradní licenci a šéf i výzkumníci Quillonu přejdou do DeepMind.",
    ),
    (
        "cs",
        "Tým Veltrixu přechází do Microsoftu",
        "Startup Veltrix oznámil, že jeho zakladatelé a většina zaměstnanců nastoupí do Microsoftu.",
    ),
    (
        "cs",
        "Amazon kupuje startup Tessaro, aby posílil svůj tým AI",
        "Amazonu jde hlavně o inženýry Tessara.",
    ),
    (
        "tr",
        "Google, Quillon girişiminin kurucularını işe alıyor ve teknolojisini lisanslıyor",
        "Google münhasır olmayan bir lisans için ödeme yapacak, Quillon'un CEO'su ve araştırmacıları DeepMind'a geçecek.",
    ),
    (
        "tr",
        "Veltrix ekibi Microsoft'a katılıyor",
        "Girişim Veltrix, kurucularının ve çalışanlarının çoğunun Microsoft'a katılacağını duyurdu.",
    ),
    (
        "tr",
        "Amazon, yapay zeka ekibini güçlendirmek için Tessaro'yu satın aldı",
        "Amazon'un asıl hedefi Tessaro'nun mühendisleri.",
    ),
    (
        "ar",
        "جوجل توظف مؤسسي شركة Quillon الناشئة وترخص تقنيتها",
        "ستدفع جوجل مقابل ترخيص غير حصري بينما ينضم الرئيس التنفيذي والباحثون في Quillon إلى DeepMind.",
    ),
    (
        "ar",
        "فريق Veltrix ينضم إلى مايكروسوفت",
        "أعلنت شركة Veltrix الناشئة أن مؤسسيها ومعظم موظفيها سينضمون إلى مايكروسوفت.",
    ),
    (
        "ar",
        "أمازون تستحوذ على شركة Tessaro الناشئة لتعزيز فريقها للذكاء الاصطناعي",
        "تسعى أمازون أساسا إلى مهندسي Tessaro.",
    ),
    (
        "he",
        "גוגל מגייסת את מייסדי הסטארט-אפ Quillon ורוכשת רישיון לטכנולוגיה שלו",
        'גוגל תשלם עבור רישיון לא בלעדי, והמנכ"ל והחוקרים של Quillon יצטרפו ל-DeepMind.',
    ),
    (
        "he",
        "צוות Veltrix עובר למיקרוסופט",
        "הסטארט-אפ Veltrix הודיע כי מייסדיו ורוב עובדיו יצטרפו למיקרוסופט.",
    ),
    (
        "he",
        "אמזון רוכשת את הסטארט-אפ Tessaro כדי לחזק את צוות הבינה המלאכותית שלה",
        "אמזון מעוניינת בעיקר במהנדסים של Tessaro.",
    ),
    (
        "fa",
        "گوگل بنیان\u200cگذاران استارتاپ Quillon را استخدام می\u200cکند و فناوری آن را مجوز می\u200cگیرد",
        "گوگل برای مجوز غیرانحصاری پول می\u200cدهد و مدیرعامل و پژوهشگران Quillon به DeepMind می\u200cپیوندند.",
    ),
    (
        "fa",
        "تیم Veltrix به مایکروسافت می\u200cپیوندد",
        "استارتاپ Veltrix اعلام کرد که بنیان\u200cگذاران و بیشتر کارکنانش به مایکروسافت می\u200cپیوندند.",
    ),
    (
        "fa",
        "آمازون استارتاپ Tessaro را برای تقویت تیم هوش مصنوعی خود خرید",
        "هدف اصلی آمازون مهندسان Tessaro است.",
    ),
    (
        "hi",
        "गूगल ने स्टार्टअप Quillon के संस्थापकों को नियुक्त किया, तकनीक का लाइसेंस लिया",
        "गूगल गैर-विशिष्ट लाइसेंस के लिए भुगतान करेगा और Quillon के सीईओ और शोधकर्ता DeepMind में शामिल होंगे।",
    ),
    (
        "hi",
        "Veltrix की टीम माइक्रोसॉफ्ट में शामिल होगी",
        "स्टार्टअप Veltrix ने बताया कि उसके संस्थापक और अधिकांश कर्मचारी माइक्रोसॉफ्ट से जुड़ेंगे।",
    ),
    (
        "hi",
        "अमेज़न ने अपनी एआई टीम को मजबूत करने के लिए स्टार्टअप Tessaro को खरीदा",
        "अमेज़न की नज़र मुख्य रूप से Tessaro के इंजीनियरों पर है।",
    ),
    (
        "id",
        "Google merekrut pendiri startup Quillon dan melisensikan teknologinya",
        "Google akan membayar lisensi non-eksklusif, sementara CEO dan para peneliti Quillon bergabung dengan DeepMind.",
    ),
    (
        "id",
        "Tim Veltrix bergabung dengan Microsoft",
        "Startup Veltrix mengumumkan para pendiri dan sebagian besar karyawannya akan pindah ke Microsoft.",
    ),
    (
        "id",
        "Amazon membeli startup Tessaro untuk memperkuat tim AI-nya",
        "Amazon terutama mengincar para insinyur Tessaro.",
    ),
    (
        "vi",
        "Google tuyển các nhà sáng lập startup Quillon và mua giấy phép công nghệ",
        "Google sẽ trả tiền cho giấy phép không độc quyền, trong khi CEO và các nhà nghiên cứu của Quillon gia nhập DeepMind.",
    ),
    (
        "vi",
        "Đội ngũ Veltrix gia nhập Microsoft",
        "Startup Veltrix cho biết các nhà sáng lập và phần lớn nhân viên sẽ chuyển sang Microsoft.",
    ),
    (
        "vi",
        "Amazon mua startup Tessaro để tăng cường đội ngũ AI",
        "Amazon chủ yếu nhắm tới các kỹ sư của Tessaro.",
    ),
    (
        "th",
        "กูเกิลจ้างผู้ก่อตั้งสตาร์ทอัพ Quillon และซื้อไลเซนส์เทคโนโลยี",
        "กูเกิลจะจ่ายค่าไลเซนส์แบบไม่ผูกขาด ขณะที่ซีอีโอและนักวิจัยของ Quillon จะย้ายไปร่วมงานกับ DeepMind",
    ),
    (
        "th",
        "ทีมงาน Veltrix ย้ายไปร่วมงานกับไมโครซอฟท์",
        "สตาร์ทอัพ Veltrix ประกาศว่าผู้ก่อตั้งและพนักงานส่วนใหญ่จะเข้าร่วมไมโครซอฟท์",
    ),
    ("th", "อเมซอนซื้อสตาร์ทอัพ Tessaro เพื่อเสริมทีมเอไอ", "อเมซอนต้องการวิศวกรของ Tessaro เป็นหลัก"),
    (
        "ja",
        "グーグル、AIスタートアップQuillonの創業者を採用し技術をライセンス",
        "グーグルは非独占的なライセンス料を支払い、QuillonのCEOと研究者はDeepMindに移る。",
    ),
    (
        "ja",
        "Veltrix、チームごとマイクロソフトに移籍",
        "AIスタートアップのVeltrixは、創業者と従業員の大半がマイクロソフトに移ると発表した。",
    ),
    (
        "ja",
        "アマゾン、AI人材確保のためスタートアップTessaroを買収",
        "アマゾンの狙いはTessaroのエンジニアだ。",
    ),
    (
        "ko",
        "구글, AI 스타트업 Quillon 창업자 영입하고 기술 라이선스",
        "구글은 비독점 라이선스 비용을 지불하고 Quillon의 CEO와 연구진은 딥마인드에 합류한다.",
    ),
    (
        "ko",
        "마이크로소프트, 스타트업 Veltrix 인력 흡수",
        "Veltrix의 창업자와 직원 대부분이 마이크로소프트로 자리를 옮긴다.",
    ),
    (
        "ko",
        "아마존, AI 팀 강화 위해 스타트업 Tessaro 인수",
        "아마존의 주된 목적은 Tessaro의 엔지니어 확보다.",
    ),
    (
        "zh",
        "谷歌聘请AI初创公司Quillon创始人并获得其技术授权",
        "谷歌将支付非独家授权费用，Quillon的首席执行官和研究人员将加入DeepMind。",
    ),
    ("zh", "Veltrix团队整体加入微软", "初创公司Veltrix宣布，其创始人和大部分员工将加入微软。"),
    (
        "zh",
        "初创公司Korvana团队并入Meta",
        "Meta将吸纳Korvana的研究人员，并以3亿美元获得其模型授权。",
    ),
    ("zh", "亚马逊为充实AI团队收购初创公司Tessaro", "亚马逊看中的主要是Tessaro的工程师。"),
]

# none of these is news of a move
NO_MOVE = [
    (
        "en",
        "Unilever buys snack maker Crunchwell for its brands and retail customers",
        "The consumer group will pay $1.2 billion for the family-owned company.",
    ),
    (
        "en",
        "Two pharma giants agree to merge in $40 billion deal",
        "The combined company will be led by the current chief executives of both groups.",
    ),
    (
        "en",
        "AI startup Quillon raises $50 million led by Sequoia",
        "The company will use the money to expand its engineering team.",
    ),
    (
        "en",
        "Samsung signs licensing deal for Veltrix's speech models",
        "The agreement covers the use of the technology in phones; no staff are moving.",
    ),
    (
        "en",
        "Google moves its Gemini app team from DeepMind into its search division",
        "The reorganisation shifts about 200 engineers between the two units.",
    ),
    (
        "en",
        "Manchester United signs Brazilian winger in £60m deal",
        "The club's team will travel to Madrid next week.",
    ),
    (
        "en",
        "Regulators block Adobe's purchase of design startup Pixelmoor",
        "The deal was called off after the competition authority objected.",
    ),
    (
        "en",
        "Apple hires a senior engineer from Google to lead its chip design",
        "The engineer spent ten years at Google.",
    ),
    (
        "en",
        "Meet the team behind Lumora's new note-taking app",
        "The app launched on Tuesday for iPhone and Android users.",
    ),
    (
        "de",
        "Nestlé übernimmt den Getränkehersteller Quellhof wegen seiner Marken und Kunden",
        "Der Konzern zahlt 900 Millionen Euro für das Familienunternehmen.",
    ),
    (
        "de",
        "KI-Start-up Korvana sammelt 40 Millionen Euro ein",
        "Mit dem Geld will das Unternehmen sein Team vergrößern.",
    ),
    (
        "de",
        "Die Übernahme des Start-ups Pixelmoor durch Adobe ist gescheitert",
        "Die Kartellbehörde hatte Bedenken angemeldet.",
    ),
    (
        "de",
        "Bayern München verpflichtet Stürmer für 50 Millionen Euro",
        "Das Team trainiert ab Montag mit dem Neuzugang.",
    ),
    (
        "fr",
        "Danone rachète le fabricant de yaourts Laiterie Morvan pour ses marques et ses clients",
        "Le groupe paiera 700 millions d'euros.",
    ),
    (
        "fr",
        "La start-up Korvana lève 30 millions d'euros",
        "L'argent servira à recruter des ingénieurs.",
    ),
    (
        "fr",
        "Orange signe un accord de licence avec la start-up Veltrix",
        "L'accord porte sur l'utilisation de ses modèles vocaux, sans transfert de personnel.",
    ),
    (
        "fr",
        "Le rachat de Pixelmoor par Adobe a échoué",
        "Les autorités de la concurrence s'y sont opposées.",
    ),
    (
        "es",
        "Inditex compra la cadena textil Lanamar por sus tiendas y clientes",
        "El grupo pagará 500 millones de euros.",
    ),
    (
        "es",
        "La startup Korvana levanta 20 millones de euros en una ronda de financiación",
        "Usará los fondos para ampliar su equipo.",
    ),
    (
        "es",
        "El Real Madrid ficha a un delantero por 80 millones",
        "El equipo viaja mañana a Londres.",
    ),
    (
        "it",
        "Ferrero acquista il produttore di biscotti Dolcemare per i suoi marchi",
        "Il gruppo pagherà 400 milioni di euro.",
    ),
    (
        "it",
        "La startup Korvana raccoglie 15 milioni di euro",
        "Il finanziamento servirà ad assumere nuovi ingegneri.",
    ),
    (
        "pt",
        "Natura compra a fabricante de cosméticos Belaflor por suas marcas e clientes",
        "O grupo vai pagar R$ 2 bilhões.",
    ),
    (
        "pt",
        "Startup Korvana capta US$ 20 milhões em rodada liderada pela Kaszek",
        "Os recursos serão usados para contratar engenheiros.",
    ),
    (
        "nl",
        "Ahold koopt supermarktketen Versmarkt vanwege zijn klanten",
        "Het concern betaalt 300 miljoen euro.",
    ),
    (
        "nl",
        "AI-startup Korvana haalt 10 miljoen euro op",
        "Met het geld wil het bedrijf meer ontwikkelaars aannemen.",
    ),
    ("pl", "Orlen kupuje sieć stacji Paliwex dla jej klientów", "Koncern zapłaci 1 mld zł."),
    (
        "pl",
        "Startup Korvana pozyskał 5 mln euro od inwestorów",
        "Pieniądze pójdą na zatrudnienie inżynierów.",
    ),
    (
        "ru",
        "Сбер покупает сеть аптек «Здравица» ради её клиентов",
        "Сделка оценивается в 10 млрд рублей.",
    ),
    ("ru", "Стартап Korvana привлёк 5 млн долларов", "Деньги пойдут на найм инженеров."),
    ("uk", "Стартап Korvana залучив 5 млн доларів", "Гроші підуть на найм інженерів."),
    (
        "cs",
        "Startup Korvana získal 5 milionů eur od investorů",
        "Peníze použije na nábor inženýrů.",
    ),
    (
        "tr",
        "Koç Holding, gıda şirketi Lezzetpınar'ı markaları için satın aldı",
        "Şirket 200 milyon dolar ödeyecek.",
    ),
    ("tr", "Girişim Korvana 10 milyon dolar yatırım aldı", "Şirket bu parayla ekibini büyütecek."),
    ("ar", "شركة Korvana الناشئة تجمع 10 ملايين دولار", "ستستخدم الشركة التمويل لتوسيع فريقها."),
    ("he", "הסטארט-אפ Korvana גייס 10 מיליון דולר", "החברה תשתמש בכסף כדי להרחיב את הצוות."),
    (
        "fa",
        "استارتاپ Korvana ده میلیون دلار سرمایه جذب کرد",
        "این شرکت با این پول تیم خود را گسترش می\u200cدهد.",
    ),
    ("hi", "स्टार्टअप Korvana ने 1 करोड़ डॉलर जुटाए", "कंपनी इस पैसे से अपनी टीम बढ़ाएगी।"),
    (
        "id",
        "Startup Korvana meraih pendanaan 10 juta dolar",
        "Dana itu akan dipakai untuk menambah tim.",
    ),
    (
        "vi",
        "Startup Korvana gọi vốn thành công 10 triệu USD",
        "Số tiền sẽ được dùng để mở rộng đội ngũ.",
    ),
    ("th", "สตาร์ทอัพ Korvana ระดมทุน 10 ล้านดอลลาร์", "บริษัทจะนำเงินไปขยายทีมงาน"),
    ("ja", "AIスタートアップのKorvana、10億円を資金調達", "調達した資金でエンジニアを増員する。"),
    (
        "ko",
        "AI 스타트업 Korvana, 100억 원 투자 유치",
        "회사는 이번 자금으로 개발 인력을 늘릴 계획이다.",
    ),
    ("zh", "AI初创公司Korvana完成1亿元融资", "资金将用于扩充研发团队。"),
    ("ja", "ソニーとパナソニックが経営統合へ", "両社は来年4月に持ち株会社を設立する。"),
    ("zh", "阿里巴巴将AI团队从云业务部门整体调整至淘宝", "此次调整涉及约200名工程师。"),
    ("zh", "皇马以8000万欧元签下巴西前锋", "球队下周将前往伦敦。"),
    ("ja", "グーグル、医療AIスタートアップの買収を断念", "規制当局の反対を受けた。"),
    ("ko", "롯데, 제과업체 달콤베이커리 인수…유통망 확대", "인수 금액은 3000억 원이다."),
]

# a person's move (a departure) or a team moved inside its company: no acqui-hire
NO_ACQUIHIRE = [
    (
        "en",
        "The head of Google's search team joins Meta",
        "Karin Olsen led the team for six years.",
    ),
    ("ko", "삼성전자, 구글과 AI 모델 라이선스 계약 체결", "양사는 5년간 협력하기로 했다."),
    ("ar", "قائد فريق البحث في جوجل ينضم إلى ميتا", "قاد الباحث الفريق لست سنوات."),
    ("he", "ראש צוות החיפוש של גוגל עובר למטא", "הוא הוביל את הצוות במשך שש שנים."),
    ("fa", "رئیس تیم جستجوی گوگل به متا می\u200cپیوندد", "او شش سال این تیم را رهبری کرد."),
    ("th", "หัวหน้าทีมค้นหาของกูเกิลย้ายไปร่วมงานกับเมตา", "เขานำทีมมาหกปี"),
    ("ar", "فريق برشلونة ينضم إلى بطولة جديدة", "سيلعب الفريق أول مباراة الشهر المقبل."),
    (
        "en",
        "Amazon's Alexa team heads to the devices group in a reshuffle",
        "The change puts voice and hardware under one executive.",
    ),
    (
        "en",
        "The team behind Lumora's app heads to Paris for the launch",
        "The note-taking app goes on sale in France next week.",
    ),
    ("ar", "فريق الذكاء الاصطناعي في جوجل ينتقل إلى قسم البحث", "يشمل التغيير نحو مئتي مهندس."),
    ("ar", "فريق ريال مدريد ينتقل إلى لندن لمواجهة تشيلسي", "يلعب الفريق مباراته يوم الثلاثاء."),
    ("ar", "شركة Korvana الناشئة تجمع 20 مليون دولار لتوسيع فريقها", "قاد الجولة صندوق سيكويا."),
    ("he", "צוות הבינה המלאכותית של גוגל עובר לחטיבת החיפוש", "השינוי כולל כ-200 מהנדסים."),
    ("he", "צוות מכבי תל אביב עובר לאימונים באילת", "הקבוצה תשחק ביום שלישי."),
    (
        "he",
        "הצוות שמאחורי האפליקציה של Lumora משיק גרסה חדשה",
        "האפליקציה זמינה לאייפון ולאנדרואיד.",
    ),
    (
        "fa",
        "تیم هوش مصنوعی گوگل به بخش جستجو منتقل شد",
        "این تغییر حدود دویست مهندس را شامل می\u200cشود.",
    ),
    ("fa", "تیم ملی فوتبال ایران به اردوی ترکیه پیوست", "بازیکنان از امروز تمرین می\u200cکنند."),
    (
        "fa",
        "مایکروسافت با استارتاپ Veltrix قرارداد مجوز امضا کرد",
        "هیچ کارمندی به مایکروسافت منتقل نمی\u200cشود.",
    ),
    ("th", "ทีมงาน AI ของกูเกิลย้ายไปอยู่กับฝ่ายค้นหา", "การปรับโครงสร้างครั้งนี้เกี่ยวข้องกับวิศวกรราว 200 คน"),
    ("th", "ทีมงานเบื้องหลังแอป Lumora เปิดตัวเวอร์ชันใหม่", "แอปพร้อมให้ดาวน์โหลดแล้ววันนี้"),
    ("th", "ทีมงานทีมชาติไทยเข้าร่วมกับการแข่งขันฟุตบอลโลก", "นักเตะจะเดินทางสัปดาห์หน้า"),
    ("ko", "메타, 구글 출신 엔지니어 1명 영입", "그는 구글에서 10년간 칩 설계를 맡았다."),
]

TEAM_TO_BUYER = [
    ("en", "Lumora shuts down its app as its team heads to Apple", "Apple"),
    ("ar", "فريق Veltrix ينضم إلى مايكروسوفت", "Microsoft"),
    ("he", "צוות Veltrix עובר למיקרוסופט", "Microsoft"),
    ("fa", "تیم Veltrix به مایکروسافت می‌پیوندد", "Microsoft"),
    ("th", "ทีมงาน Veltrix ย้ายไปร่วมงานกับไมโครซอฟท์", "Microsoft"),
]


@pytest.mark.parametrize(
    ("lang", "title", "text"), ACQUIHIRES, ids=[f"{r[0]}-{r[1][:30]}" for r in ACQUIHIRES]
)
def test_acquihire_shapes(lang: str, title: str, text: str) -> None:
    assert "acquihire" in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title", "text"), NO_MOVE, ids=[f"{r[0]}-{r[1][:30]}" for r in NO_MOVE]
)
def test_hard_negatives_report_nothing(lang: str, title: str, text: str) -> None:
    assert not analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title", "text"), NO_ACQUIHIRE, ids=[f"{r[0]}-{r[1][:30]}" for r in NO_ACQUIHIRE]
)
def test_a_leader_or_a_team_inside_its_company_is_no_acquihire(
    lang: str, title: str, text: str
) -> None:
    assert "acquihire" not in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(
    ("lang", "title", "buyer"), TEAM_TO_BUYER, ids=[lang for lang, _, _ in TEAM_TO_BUYER]
)
def test_a_startups_team_joining_the_buyer(lang: str, title: str, buyer: str) -> None:
    a = analyse(title, "", lang_hint=lang)
    assert "acquihire" in a.categories
    assert a.entities.to_org == buyer
