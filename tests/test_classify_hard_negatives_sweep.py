"""Hard negatives: news close to the AI talent market that tells no offer, no move, no
lab formed and no acqui-hire, in many languages. A move asked about or thought possible
("Could X leave OpenAI?", "Czy X odejdzie?", "X 떠나나"), pay told for companies named as
examples of a trend ("companies like Meta and Google offer ..."), a seat on a foundation's
board, a hire competed for, an office opened or pay levels quoted from recruiters are none;
beside them, moves and offers of the same shapes still count. Invented names."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# hiring drives, job ads, internships, training and reskilling programmes
HIRE = [
    (
        "de",
        "OpenAI will 500 Ingenieure einstellen",
        "Das Unternehmen plant, in diesem Jahr seine Teams für Infrastruktur und Sicherheit auszubauen.",
    ),
    (
        "de",
        "SAP sucht KI-Fachkräfte in München",
        "Der Konzern hat Dutzende Stellen für Forscher ausgeschrieben.",
    ),
    (
        "de",
        "Siemens startet Ausbildungsprogramm für KI",
        "Das Programm soll 10.000 Mitarbeiter weiterbilden.",
    ),
    (
        "de",
        "Aleph Alpha bietet Praktika für Studierende an",
        "Praktikanten arbeiten mit dem Forschungsteam in Heidelberg.",
    ),
    (
        "en",
        "OpenAI plans to hire 500 engineers this year",
        "The company said the hiring spree will focus on infrastructure and safety teams.",
    ),
    (
        "en",
        "Anthropic is recruiting AI talent in Tokyo",
        "The startup posted dozens of job openings for research engineers in Japan.",
    ),
    (
        "en",
        "Google DeepMind launches AI residency program for graduates",
        "The twelve-month programme will take in 40 graduates from universities across Europe.",
    ),
    (
        "en",
        "Meta opens summer internships for machine learning students",
        "Interns will work alongside researchers at its Menlo Park campus.",
    ),
    (
        "en",
        "Microsoft to train one million workers in AI skills",
        "The reskilling initiative will offer free courses to employees and partners.",
    ),
    (
        "en",
        "Nvidia is hiring thousands of engineers as demand soars",
        "The chipmaker has more than 2,000 open positions, according to its careers page.",
    ),
    (
        "en",
        "xAI seeks AI tutors to train Grok",
        "The company is advertising roles paying up to $65 an hour.",
    ),
    (
        "en",
        "Amazon recruits 200 AI researchers for its new Seattle hub",
        "Recruiters are targeting PhD graduates from top universities.",
    ),
    (
        "es",
        "OpenAI planea contratar a 500 ingenieros",
        "La empresa quiere reforzar sus equipos de infraestructura y seguridad este año.",
    ),
    (
        "es",
        "Telefónica busca talento en inteligencia artificial en Madrid",
        "La compañía ha publicado decenas de ofertas de empleo para investigadores.",
    ),
    (
        "es",
        "Google lanza un programa de formación en IA para 50.000 personas",
        "El programa gratuito busca recualificar a trabajadores.",
    ),
    (
        "es",
        "Meta abre prácticas para estudiantes de aprendizaje automático",
        "Los becarios trabajarán con los investigadores en Londres.",
    ),
    (
        "fr",
        "OpenAI prévoit de recruter 500 ingénieurs",
        "L'entreprise veut renforcer ses équipes d'infrastructure et de sécurité cette année.",
    ),
    (
        "fr",
        "Mistral AI recrute des talents en IA à Paris",
        "La start-up a publié des dizaines d'offres d'emploi pour des chercheurs.",
    ),
    (
        "fr",
        "Google lance un programme de formation à l'IA pour 100 000 Français",
        "Le programme gratuit vise à reconvertir des salariés.",
    ),
    (
        "fr",
        "Meta ouvre des stages en apprentissage automatique",
        "Les stagiaires travailleront avec les chercheurs du laboratoire parisien.",
    ),
    (
        "it",
        "OpenAI prevede di assumere 500 ingegneri",
        "L'azienda vuole rafforzare i team di infrastruttura e sicurezza quest'anno.",
    ),
    (
        "it",
        "Leonardo cerca talenti nell'intelligenza artificiale a Torino",
        "Il gruppo ha pubblicato decine di offerte di lavoro per ricercatori.",
    ),
    (
        "it",
        "Microsoft lancia un programma di formazione sull'IA per 100.000 italiani",
        "Il programma gratuito punta a riqualificare i lavoratori.",
    ),
    (
        "it",
        "Google apre tirocini in apprendimento automatico",
        "I tirocinanti lavoreranno con i ricercatori a Milano.",
    ),
    (
        "ja",
        "OpenAI、今年500人のエンジニアを採用へ",
        "同社はインフラと安全性のチームを強化する方針だ。",
    ),
    ("ja", "ソフトバンク、東京でAI人材を募集", "同社は研究者の求人を数十件掲載した。"),
    ("ja", "トヨタ、AIインターンシップを開始", "インターンは研究所の研究者とともに働く。"),
    ("ja", "富士通、社員1万人にAIの研修を実施", "リスキリングの一環として無料の講座を提供する。"),
    ("ko", "OpenAI, 올해 엔지니어 500명 채용 계획", "회사는 인프라와 안전 팀을 강화할 방침이다."),
    ("ko", "네이버, AI 인재 공개 채용", "회사는 연구원 채용 공고를 수십 건 냈다."),
    ("ko", "삼성전자, AI 인턴십 프로그램 시작", "인턴들은 연구소 연구원들과 함께 일하게 된다."),
    ("ko", "LG, 직원 1만 명에 AI 교육 실시", "재교육 프로그램의 일환이다."),
    (
        "nl",
        "OpenAI wil dit jaar 500 ingenieurs aannemen",
        "Het bedrijf breidt zijn teams voor infrastructuur en veiligheid uit.",
    ),
    (
        "nl",
        "ASML zoekt AI-talent in Eindhoven",
        "Het concern heeft tientallen vacatures voor onderzoekers.",
    ),
    (
        "nl",
        "Philips start stageprogramma voor AI-studenten",
        "Stagiairs werken samen met onderzoekers.",
    ),
    (
        "pl",
        "OpenAI planuje zatrudnić 500 inżynierów",
        "Firma chce wzmocnić zespoły infrastruktury i bezpieczeństwa.",
    ),
    (
        "pl",
        "Allegro szuka specjalistów od AI w Poznaniu",
        "Firma opublikowała dziesiątki ofert pracy dla badaczy.",
    ),
    (
        "pl",
        "Google uruchamia program szkoleń z AI dla 100 tys. Polaków",
        "Bezpłatny program ma przekwalifikować pracowników.",
    ),
    (
        "tr",
        "OpenAI bu yıl 500 mühendis işe almayı planlıyor",
        "Şirket altyapı ve güvenlik ekiplerini güçlendirecek.",
    ),
    (
        "tr",
        "Turkcell İstanbul'da yapay zeka yeteneği arıyor",
        "Şirket araştırmacılar için onlarca iş ilanı yayımladı.",
    ),
    (
        "tr",
        "Google 100 bin kişiye yapay zeka eğitimi verecek",
        "Ücretsiz program çalışanları yeniden beceri kazandırmayı hedefliyor.",
    ),
    (
        "id",
        "OpenAI berencana merekrut 500 insinyur tahun ini",
        "Perusahaan akan memperkuat tim infrastruktur dan keamanan.",
    ),
    (
        "id",
        "GoTo mencari talenta AI di Jakarta",
        "Perusahaan membuka puluhan lowongan untuk peneliti.",
    ),
    (
        "id",
        "Microsoft luncurkan program pelatihan AI untuk 100 ribu orang",
        "Program gratis ini bertujuan melatih ulang pekerja.",
    ),
    (
        "vi",
        "OpenAI dự kiến tuyển 500 kỹ sư trong năm nay",
        "Công ty sẽ tăng cường đội ngũ hạ tầng và an toàn.",
    ),
    (
        "vi",
        "FPT tìm kiếm nhân tài AI tại Hà Nội",
        "Công ty đăng hàng chục tin tuyển dụng nhà nghiên cứu.",
    ),
    (
        "vi",
        "Google triển khai chương trình đào tạo AI cho 100.000 người",
        "Chương trình miễn phí nhằm đào tạo lại người lao động.",
    ),
    (
        "ar",
        "OpenAI تخطط لتوظيف 500 مهندس هذا العام",
        "قالت الشركة إنها ستعزز فرق البنية التحتية والسلامة.",
    ),
    (
        "ar",
        "أرامكو تبحث عن مواهب في الذكاء الاصطناعي في الرياض",
        "نشرت الشركة عشرات الوظائف الشاغرة للباحثين.",
    ),
    (
        "ar",
        "مايكروسوفت تطلق برنامجا لتدريب 100 ألف شخص على الذكاء الاصطناعي",
        "يهدف البرنامج المجاني إلى إعادة تأهيل العاملين.",
    ),
    ("he", "OpenAI מתכננת לגייס 500 מהנדסים השנה", "החברה תחזק את צוותי התשתית והבטיחות."),
    ("he", "אינטל מחפשת כישרונות בינה מלאכותית בחיפה", "החברה פרסמה עשרות משרות לחוקרים."),
    (
        "he",
        "גוגל משיקה תוכנית הכשרה בבינה מלאכותית ל-10,000 עובדים",
        "התוכנית החינמית נועדה להסבה מקצועית.",
    ),
    (
        "hi",
        "OpenAI इस साल 500 इंजीनियरों की भर्ती करेगी",
        "कंपनी अपनी इंफ्रास्ट्रक्चर और सुरक्षा टीमों को मजबूत करेगी।",
    ),
    ("hi", "इंफोसिस बेंगलुरु में एआई प्रतिभाओं की तलाश में", "कंपनी ने शोधकर्ताओं के लिए दर्जनों नौकरियां निकाली हैं।"),
    (
        "hi",
        "माइक्रोसॉफ्ट 1 लाख लोगों को एआई प्रशिक्षण देगा",
        "मुफ्त कार्यक्रम का उद्देश्य कर्मचारियों का कौशल बढ़ाना है।",
    ),
    ("cs", "OpenAI plánuje najmout 500 inženýrů", "Firma chce posílit týmy infrastruktury."),
    ("sk", "OpenAI plánuje prijať 500 inžinierov", "Firma chce posilniť tímy infraštruktúry."),
    ("sv", "OpenAI planerar att anställa 500 ingenjörer", "Företaget vill stärka sina team."),
    ("da", "OpenAI vil ansætte 500 ingeniører", "Virksomheden vil styrke sine teams."),
    ("no", "OpenAI skal ansette 500 ingeniører", "Selskapet vil styrke sine team."),
    ("fi", "OpenAI aikoo palkata 500 insinööriä", "Yhtiö vahvistaa tiimejään."),
    ("fa", "OpenAI قصد دارد 500 مهندس استخدام کند", "این شرکت تیم‌های خود را تقویت می‌کند."),
    ("th", "OpenAI วางแผนจ้างวิศวกร 500 คน", "บริษัทจะเสริมทีมโครงสร้างพื้นฐาน"),
    (
        "pt",
        "OpenAI planeja contratar 500 engenheiros",
        "A empresa quer reforçar as equipas de infraestrutura e segurança este ano.",
    ),
    (
        "pt",
        "Nubank procura talentos em inteligência artificial em São Paulo",
        "O banco publicou dezenas de vagas para pesquisadores.",
    ),
    (
        "pt",
        "Microsoft lança programa de capacitação em IA para um milhão de brasileiros",
        "O programa gratuito quer requalificar trabalhadores.",
    ),
    (
        "pt",
        "Google abre inscrições para estágio em IA",
        "Os estagiários trabalharão com pesquisadores em Belo Horizonte.",
    ),
    (
        "ru",
        "OpenAI планирует нанять 500 инженеров",
        "Компания намерена усилить команды инфраструктуры и безопасности.",
    ),
    (
        "ru",
        "Сбер ищет специалистов по ИИ в Москве",
        "Банк разместил десятки вакансий для исследователей.",
    ),
    (
        "ru",
        "Яндекс запускает стажировки по машинному обучению",
        "Стажёры будут работать вместе с исследователями.",
    ),
    (
        "ru",
        "МТС обучит 10 000 сотрудников навыкам ИИ",
        "Программа переподготовки будет бесплатной.",
    ),
    ("zh", "OpenAI计划今年招聘500名工程师", "该公司表示，将重点扩充基础设施和安全团队。"),
    ("zh", "字节跳动在上海大举招募AI人才", "公司发布了数十个研究员职位。"),
    ("zh", "阿里巴巴启动AI实习生计划", "实习生将与达摩院的研究人员一起工作。"),
    ("zh", "腾讯推出人工智能培训项目，培训一万名员工", "该项目旨在提升员工的AI技能。"),
    (
        "en",
        "Meta is on a hiring spree for its superintelligence lab",
        "The company has posted more than 100 roles for researchers and engineers.",
    ),
    (
        "en",
        "Apple ramps up recruiting of AI engineers in Zurich",
        "The iPhone maker is advertising dozens of machine learning jobs.",
    ),
    (
        "en",
        "OpenAI launches residency program to train researchers from other fields",
        "Residents will receive a salary of $210,000 for six months.",
    ),
    ("zh", "Meta为超级智能实验室大举招人", "公司发布了100多个研究员和工程师岗位。"),
]

# pay surveys, salary levels, staff grants and trend pieces on the talent war
PAY = [
    (
        "de",
        "Tech-Konzerne zahlen KI-Forschern Gehälter wie Fußballstars",
        "Unternehmen wie Meta und Google bieten Spitzenforschern Pakete im Wert von zweistelligen Millionenbeträgen.",
    ),
    (
        "de",
        "Studie: KI-Experten verdienen im Schnitt 120.000 Euro",
        "Die Umfrage der Personalberatung Kienbaum unter 3.000 Fachkräften zeigt steigende Gehälter.",
    ),
    (
        "de",
        "Der Kampf um KI-Talente wird härter",
        "Kommentar: Meta und OpenAI überbieten sich gegenseitig bei der Suche nach Forschern.",
    ),
    (
        "en",
        "Big Tech is paying AI researchers like athletes",
        "Companies such as Meta, Google and OpenAI are offering pay packages worth tens of millions of dollars to top researchers.",
    ),
    (
        "en",
        "AI engineers earn median salary of $300,000, survey finds",
        "The report by recruiting firm Talentor surveyed 5,000 engineers across the US.",
    ),
    (
        "en",
        "The AI talent war is reshaping Silicon Valley",
        "Opinion: Compensation for machine learning experts has soared as OpenAI and Meta compete for a small pool of researchers.",
    ),
    (
        "en",
        "OpenAI grants all employees extra stock worth $1.5 million",
        "Every staff member will receive the grant, vesting over four years.",
    ),
    (
        "en",
        "Salary bands for AI research scientists leak at Google",
        "The bands range from $200,000 to $800,000 including equity.",
    ),
    (
        "en",
        "Why Meta's $100 million offers may not buy loyalty",
        "Analysts say mission matters more than money for many AI researchers.",
    ),
    (
        "es",
        "Las grandes tecnológicas pagan a los investigadores de IA como a futbolistas",
        "Empresas como Meta y Google ofrecen paquetes de decenas de millones de dólares.",
    ),
    (
        "es",
        "Estudio: un ingeniero de IA gana de media 70.000 euros",
        "La encuesta de la consultora Randstad abarca a 4.000 profesionales.",
    ),
    (
        "es",
        "La guerra por el talento en IA se recrudece",
        "Opinión: Meta y OpenAI compiten ferozmente por atraer investigadores.",
    ),
    (
        "fr",
        "Les géants de la tech paient les chercheurs en IA comme des footballeurs",
        "Des entreprises comme Meta et Google offrent des rémunérations de plusieurs dizaines de millions de dollars.",
    ),
    (
        "fr",
        "Étude : un ingénieur en IA gagne en moyenne 90 000 euros",
        "L'enquête du cabinet Hays porte sur 2 000 salariés.",
    ),
    (
        "fr",
        "La guerre des talents de l'IA s'intensifie",
        "Tribune : Meta et OpenAI se livrent une bataille féroce pour attirer les chercheurs.",
    ),
    (
        "it",
        "Le big tech pagano i ricercatori di IA come calciatori",
        "Aziende come Meta e Google offrono pacchetti da decine di milioni di dollari.",
    ),
    (
        "it",
        "Indagine: un ingegnere di IA guadagna in media 60.000 euro",
        "Il sondaggio della società Hays ha coinvolto 2.000 professionisti.",
    ),
    (
        "it",
        "La guerra dei talenti dell'IA si intensifica",
        "Commento: Meta e OpenAI si contendono i ricercatori a colpi di offerte.",
    ),
    (
        "ja",
        "巨大IT企業、AI研究者にスポーツ選手並みの報酬",
        "メタやグーグルなどが数千万ドル規模の報酬を提示している。",
    ),
    ("ja", "調査：AIエンジニアの平均年収は1000万円", "人材会社の調査は5000人を対象とした。"),
    ("ja", "過熱するAI人材争奪戦", "論評：メタとOpenAIが研究者の獲得を巡って激しく競っている。"),
    (
        "ko",
        "빅테크, AI 연구자에 스포츠 스타급 연봉",
        "메타와 구글 등은 수천만 달러 규모의 보상을 제시하고 있다.",
    ),
    ("ko", "조사: AI 엔지니어 평균 연봉 1억 원", "채용 플랫폼 조사는 5000명을 대상으로 했다."),
    (
        "ko",
        "격화하는 AI 인재 쟁탈전",
        "칼럼: 메타와 OpenAI가 연구자 확보를 두고 치열하게 경쟁하고 있다.",
    ),
    (
        "nl",
        "Techreuzen betalen AI-onderzoekers als voetballers",
        "Bedrijven als Meta en Google bieden pakketten van tientallen miljoenen dollars.",
    ),
    (
        "nl",
        "Onderzoek: AI-ingenieur verdient gemiddeld 80.000 euro",
        "De enquête van Randstad ondervroeg 2.000 professionals.",
    ),
    (
        "pl",
        "Giganci technologiczni płacą badaczom AI jak piłkarzom",
        "Firmy takie jak Meta i Google oferują pakiety warte dziesiątki milionów dolarów.",
    ),
    (
        "pl",
        "Badanie: inżynier AI zarabia średnio 25 tys. zł",
        "Ankieta firmy rekrutacyjnej objęła 3 tys. specjalistów.",
    ),
    (
        "tr",
        "Teknoloji devleri yapay zeka araştırmacılarına futbolcu gibi ödeme yapıyor",
        "Meta ve Google gibi şirketler on milyonlarca dolarlık paketler sunuyor.",
    ),
    (
        "tr",
        "Araştırma: Yapay zeka mühendisi ortalama 100 bin lira kazanıyor",
        "Anket 3 bin çalışanı kapsadı.",
    ),
    (
        "id",
        "Raksasa teknologi bayar peneliti AI seperti pemain sepak bola",
        "Perusahaan seperti Meta dan Google menawarkan paket puluhan juta dolar.",
    ),
    (
        "id",
        "Survei: gaji insinyur AI rata-rata Rp 30 juta per bulan",
        "Survei perusahaan rekrutmen melibatkan 3.000 profesional.",
    ),
    (
        "vi",
        "Các ông lớn công nghệ trả lương nhà nghiên cứu AI như cầu thủ",
        "Những công ty như Meta và Google đưa ra gói đãi ngộ hàng chục triệu USD.",
    ),
    (
        "vi",
        "Khảo sát: kỹ sư AI có mức lương trung bình 50 triệu đồng",
        "Khảo sát của công ty tuyển dụng với 3.000 người.",
    ),
    (
        "ar",
        "عمالقة التكنولوجيا يدفعون لباحثي الذكاء الاصطناعي مثل لاعبي كرة القدم",
        "تعرض شركات مثل ميتا وجوجل حزما بعشرات الملايين من الدولارات.",
    ),
    ("ar", "دراسة: متوسط راتب مهندس الذكاء الاصطناعي 20 ألف درهم", "شمل الاستطلاع 3000 موظف."),
    (
        "he",
        "ענקיות הטכנולוגיה משלמות לחוקרי בינה מלאכותית כמו לכדורגלנים",
        "חברות כמו מטא וגוגל מציעות חבילות של עשרות מיליוני דולרים.",
    ),
    ("he", "סקר: מהנדס בינה מלאכותית מרוויח בממוצע 40 אלף שקל", "הסקר כלל 3,000 עובדים."),
    (
        "hi",
        "बड़ी टेक कंपनियां एआई शोधकर्ताओं को खिलाड़ियों जैसा वेतन दे रही हैं",
        "मेटा और गूगल जैसी कंपनियां करोड़ों डॉलर के पैकेज दे रही हैं।",
    ),
    ("hi", "सर्वे: एआई इंजीनियर का औसत वेतन 30 लाख रुपये", "सर्वेक्षण में 3,000 पेशेवर शामिल थे।"),
    (
        "uk",
        "Техгіганти платять дослідникам ШІ як футболістам",
        "Такі компанії, як Meta та Google, пропонують пакети на десятки мільйонів доларів.",
    ),
    (
        "cs",
        "Technologičtí giganti platí výzkumníkům AI jako fotbalistům",
        "Firmy jako Meta a Google nabízejí balíčky v desítkách milionů dolarů.",
    ),
    (
        "sk",
        "Technologickí giganti platia výskumníkom AI ako futbalistom",
        "Firmy ako Meta a Google ponúkajú balíky v desiatkach miliónov dolárov.",
    ),
    (
        "sv",
        "Techjättar betalar AI-forskare som fotbollsstjärnor",
        "Företag såsom Meta och Google erbjuder paket värda tiotals miljoner dollar.",
    ),
    (
        "da",
        "Techgiganter betaler AI-forskere som fodboldstjerner",
        "Selskaber som fx Meta og Google tilbyder pakker til titusinder af millioner dollar.",
    ),
    (
        "no",
        "Teknologigiganter betaler AI-forskere som fotballstjerner",
        "Selskaper som for eksempel Meta og Google tilbyr pakker verdt titalls millioner dollar.",
    ),
    (
        "fi",
        "Teknologiajätit maksavat tekoälytutkijoille kuin jalkapalloilijoille",
        "Yhtiöt kuten Meta ja Google tarjoavat kymmenien miljoonien dollarien paketteja.",
    ),
    (
        "fa",
        "غول‌های فناوری به پژوهشگران هوش مصنوعی مانند فوتبالیست‌ها حقوق می‌دهند",
        "شرکت‌هایی مانند متا و گوگل بسته‌هایی به ارزش ده‌ها میلیون دلار پیشنهاد می‌کنند.",
    ),
    (
        "th",
        "บริษัทเทคยักษ์ใหญ่จ่ายนักวิจัย AI เหมือนนักฟุตบอล",
        "บริษัทอย่างเมตาและกูเกิลเสนอแพ็กเกจมูลค่าหลายสิบล้านดอลลาร์",
    ),
    (
        "pt",
        "Big techs pagam pesquisadores de IA como jogadores de futebol",
        "Empresas como Meta e Google oferecem pacotes de dezenas de milhões de dólares.",
    ),
    (
        "pt",
        "Pesquisa: engenheiro de IA ganha em média R$ 25 mil",
        "O levantamento da consultoria Robert Half ouviu 2.000 profissionais.",
    ),
    (
        "pt",
        "A guerra por talentos em IA se intensifica",
        "Opinião: Meta e OpenAI disputam pesquisadores com ofertas cada vez maiores.",
    ),
    (
        "ru",
        "Техногиганты платят исследователям ИИ как футболистам",
        "Такие компании, как Meta и Google, предлагают пакеты в десятки миллионов долларов.",
    ),
    (
        "ru",
        "Исследование: инженер ИИ зарабатывает в среднем 400 тысяч рублей",
        "Опрос кадрового агентства охватил 3000 специалистов.",
    ),
    (
        "ru",
        "Война за таланты в сфере ИИ обостряется",
        "Мнение: Meta и OpenAI конкурируют за исследователей.",
    ),
    (
        "zh",
        "科技巨头像球星一样给AI研究员开薪",
        "Meta、谷歌等公司为顶尖研究员提供数千万美元的薪酬。",
    ),
    ("zh", "调查：AI工程师平均年薪达50万元", "猎聘发布的报告调查了5000名从业者。"),
    ("zh", "AI人才争夺战愈演愈烈", "评论：Meta与OpenAI为争夺研究人员展开激烈竞争。"),
    (
        "en",
        "AI researchers now command pay packages of $10 million, recruiters say",
        "Top candidates at labs like OpenAI receive multiple offers.",
    ),
    (
        "en",
        "Meta gives all staff a $2,000 bonus",
        "Every employee will receive the one-off payment.",
    ),
]

# funding rounds, valuations, listings, investments, partnerships, joint ventures
FUND = [
    (
        "de",
        "KI-Startup Lumora sammelt 200 Millionen Euro ein",
        "Die Finanzierungsrunde bewertet das drei Jahre alte Unternehmen mit zwei Milliarden Euro.",
    ),
    (
        "de",
        "Mistral wird mit 14 Milliarden bewertet",
        "Das Pariser Start-up hat eine neue Finanzierungsrunde abgeschlossen.",
    ),
    (
        "de",
        "Bosch und Aleph Alpha vereinbaren Partnerschaft",
        "Die Unternehmen wollen gemeinsam KI-Anwendungen für die Industrie entwickeln.",
    ),
    (
        "en",
        "AI startup Lumora raises $200 million at $2 billion valuation",
        "The three-year-old company, founded by former Google engineers, will use the money to hire more staff.",
    ),
    (
        "en",
        "Mistral valued at $14 billion after new funding round",
        "The Paris-based startup raised 1.7 billion euros led by ASML.",
    ),
    ("en", "Cerebras files for IPO", "The AI chipmaker plans to list on the Nasdaq."),
    (
        "en",
        "Microsoft and OpenAI announce new partnership",
        "The companies signed an agreement extending their collaboration on Azure.",
    ),
    (
        "en",
        "Amazon invests $4 billion in Anthropic",
        "The investment gives Amazon a minority stake in the AI startup.",
    ),
    (
        "en",
        "Sony and Honda form joint venture for electric cars",
        "The venture will sell cars with AI-powered driver assistance.",
    ),
    (
        "es",
        "La startup Lumora levanta 200 millones de dólares",
        "La ronda de financiación valora a la empresa, fundada hace tres años, en 2.000 millones.",
    ),
    (
        "es",
        "Microsoft invierte 3.000 millones en España",
        "La inversión se destinará a centros de datos para IA.",
    ),
    ("es", "Santander y OpenAI firman una alianza", "Los empleados del banco usarán ChatGPT."),
    (
        "fr",
        "La start-up Lumora lève 200 millions d'euros",
        "Ce tour de table valorise la jeune pousse, fondée il y a trois ans, à deux milliards d'euros.",
    ),
    (
        "fr",
        "Mistral AI valorisée à 12 milliards d'euros",
        "La start-up parisienne a bouclé une nouvelle levée de fonds.",
    ),
    (
        "fr",
        "Orange et Mistral AI signent un partenariat",
        "Les deux entreprises vont développer des services d'IA pour les clients.",
    ),
    (
        "it",
        "La startup Lumora raccoglie 200 milioni di dollari",
        "Il round valuta la società, fondata tre anni fa, 2 miliardi.",
    ),
    (
        "it",
        "Intesa Sanpaolo e Microsoft firmano una partnership",
        "I dipendenti della banca useranno strumenti di IA.",
    ),
    ("ja", "AIスタートアップのサカナAI、200億円を調達", "企業価値は2000億円に達した。"),
    ("ja", "プリファードネットワークス、上場を申請", "同社は東証グロース市場への上場を目指す。"),
    ("ja", "ソフトバンクとOpenAI、提携を発表", "両社は企業向けAIサービスを共同で展開する。"),
    ("ko", "AI 스타트업 업스테이지, 1000억 원 투자 유치", "기업가치는 1조 원으로 평가됐다."),
    ("ko", "리벨리온, 코스피 상장 추진", "회사는 내년 상장을 목표로 한다."),
    ("ko", "SK텔레콤과 앤트로픽, 전략적 제휴 체결", "양사는 AI 서비스를 공동 개발한다."),
    (
        "nl",
        "AI-start-up Lumora haalt 200 miljoen dollar op",
        "De financieringsronde waardeert het drie jaar oude bedrijf op 2 miljard.",
    ),
    (
        "pl",
        "Startup Lumora pozyskał 200 mln dolarów",
        "Runda wycenia założoną trzy lata temu firmę na 2 mld dolarów.",
    ),
    (
        "tr",
        "Yapay zeka girişimi Lumora 200 milyon dolar yatırım aldı",
        "Tur, üç yıl önce kurulan şirketi 2 milyar dolar değerledi.",
    ),
    (
        "id",
        "Startup AI Lumora raih pendanaan 200 juta dolar AS",
        "Putaran ini menilai perusahaan yang didirikan tiga tahun lalu sebesar 2 miliar dolar.",
    ),
    (
        "vi",
        "Startup AI Lumora gọi vốn 200 triệu USD",
        "Vòng gọi vốn định giá công ty thành lập ba năm trước ở mức 2 tỷ USD.",
    ),
    (
        "ar",
        "شركة ناشئة للذكاء الاصطناعي تجمع 200 مليون دولار",
        "قدرت الجولة قيمة الشركة التي تأسست قبل ثلاث سنوات بملياري دولار.",
    ),
    (
        "he",
        "סטארט-אפ הבינה המלאכותית לומורה גייס 200 מיליון דולר",
        "הסבב מעריך את החברה, שנוסדה לפני שלוש שנים, ב-2 מיליארד דולר.",
    ),
    (
        "hi",
        "एआई स्टार्टअप लुमोरा ने 20 करोड़ डॉलर जुटाए",
        "इस दौर में तीन साल पहले स्थापित कंपनी का मूल्यांकन 2 अरब डॉलर हुआ।",
    ),
    (
        "pt",
        "Startup Lumora capta US$ 200 milhões",
        "A rodada avalia a empresa, fundada há três anos, em US$ 2 bilhões.",
    ),
    ("pt", "Itaú e OpenAI anunciam parceria", "Os funcionários do banco usarão ferramentas de IA."),
    (
        "ru",
        "ИИ-стартап Lumora привлёк 200 миллионов долларов",
        "Раунд оценил компанию, основанную три года назад, в 2 миллиарда долларов.",
    ),
    (
        "ru",
        "Сбер и Яндекс договорились о партнёрстве",
        "Компании будут совместно развивать сервисы ИИ.",
    ),
    ("zh", "AI初创公司月之暗面完成10亿美元融资", "本轮融资后公司估值达到30亿美元。"),
    ("zh", "智谱AI启动IPO辅导", "公司计划在科创板上市。"),
    ("zh", "微软与OpenAI宣布新的合作协议", "双方将在云计算领域加强合作。"),
    ("zh", "百度与吉利成立合资公司造车", "合资公司将生产智能电动汽车。"),
    (
        "en",
        "Former Google engineers' startup Vellum raises Series B",
        "The four-year-old company raised $60 million led by Sequoia.",
    ),
    (
        "en",
        "Nvidia takes stake in AI startup Corelink",
        "Nvidia invested $50 million in the company's latest round.",
    ),
    (
        "en",
        "SoftBank and OpenAI launch joint venture SB OpenAI Japan",
        "The venture will sell enterprise AI products in Japan.",
    ),
    ("zh", "前谷歌工程师创办的初创公司完成B轮融资", "这家成立四年的公司融资6000万美元。"),
    (
        "ja",
        "元グーグル技術者のスタートアップ、シリーズBで60億円調達",
        "設立4年の同社は事業拡大を目指す。",
    ),
    (
        "ko",
        "전 구글 엔지니어들이 세운 스타트업, 600억 원 시리즈B 유치",
        "설립 4년 된 회사는 사업을 확대한다.",
    ),
    (
        "de",
        "Start-up früherer Google-Ingenieure sammelt 60 Millionen ein",
        "Das vier Jahre alte Unternehmen wird von Sequoia unterstützt.",
    ),
    (
        "fr",
        "La start-up d'anciens ingénieurs de Google lève 60 millions",
        "L'entreprise, créée il y a quatre ans, est soutenue par Sequoia.",
    ),
    (
        "es",
        "La startup de exingenieros de Google levanta 60 millones",
        "La empresa, fundada hace cuatro años, cuenta con Sequoia.",
    ),
]

# model launches, papers, conferences, keynotes and interviews
PRODUCT = [
    (
        "de",
        "Meta stellt neues KI-Modell vor",
        "Das Modell übertrifft laut Unternehmen die Konkurrenz in mehreren Tests.",
    ),
    (
        "de",
        "Interview: DeepMind-Chef Maalouf über die Zukunft der KI",
        "Der Forscher spricht über die Pläne des Unternehmens.",
    ),
    (
        "en",
        "Meta launches new AI model Llama 5",
        "The model outperforms rivals on several benchmarks, the company said.",
    ),
    (
        "en",
        "Google DeepMind unveils Gemini 3 at I/O keynote",
        "Chief executive Oren Maalouf presented the model on stage.",
    ),
    (
        "en",
        "OpenAI researchers publish paper on reasoning",
        "The paper describes a new training method for large language models.",
    ),
    (
        "en",
        "Interview: Anthropic's Elio Marchetti on AI safety",
        "The chief executive talks about the company's plans for the year.",
    ),
    (
        "en",
        "NeurIPS 2026 opens in Vancouver with record attendance",
        "More than 20,000 researchers attended the conference.",
    ),
    (
        "es",
        "Meta presenta un nuevo modelo de inteligencia artificial",
        "El modelo supera a sus rivales en varias pruebas, según la empresa.",
    ),
    (
        "es",
        "Entrevista con Oren Maalouf, consejero delegado de Google DeepMind",
        "El investigador habla de los planes de la empresa.",
    ),
    (
        "fr",
        "Meta dévoile un nouveau modèle d'IA",
        "Le modèle dépasse ses concurrents sur plusieurs tests, selon l'entreprise.",
    ),
    (
        "fr",
        "Entretien : Paul Vasseur, patron de Mistral AI, parle de ses ambitions",
        "Le dirigeant évoque les projets de l'entreprise pour l'année.",
    ),
    (
        "it",
        "Meta presenta un nuovo modello di intelligenza artificiale",
        "Il modello supera i rivali in diversi test, secondo l'azienda.",
    ),
    (
        "it",
        "Intervista all'amministratore delegato di Google DeepMind",
        "Oren Maalouf parla dei piani dell'azienda.",
    ),
    (
        "ja",
        "メタ、新しいAIモデルを発表",
        "同社によると、新モデルは複数のベンチマークで競合を上回った。",
    ),
    (
        "ja",
        "インタビュー：ディープマインドのマルーフCEO、AIの未来を語る",
        "同氏は今年の計画について説明した。",
    ),
    ("ko", "메타, 새 AI 모델 공개", "회사는 새 모델이 여러 벤치마크에서 경쟁사를 앞섰다고 밝혔다."),
    ("ko", "인터뷰: 딥마인드 말루프 CEO가 말하는 AI의 미래", "그는 올해 회사의 계획을 설명했다."),
    (
        "nl",
        "Meta presenteert nieuw AI-model",
        "Het model verslaat volgens het bedrijf concurrenten in meerdere tests.",
    ),
    (
        "pl",
        "Meta prezentuje nowy model sztucznej inteligencji",
        "Według firmy model przewyższa konkurencję w testach.",
    ),
    (
        "tr",
        "Meta yeni yapay zeka modelini tanıttı",
        "Şirkete göre model birçok testte rakiplerini geride bıraktı.",
    ),
    (
        "id",
        "Meta luncurkan model AI baru",
        "Menurut perusahaan, model ini mengungguli pesaing dalam sejumlah tes.",
    ),
    (
        "vi",
        "Meta ra mắt mô hình AI mới",
        "Theo công ty, mô hình vượt đối thủ trong nhiều bài kiểm tra.",
    ),
    ("ar", "ميتا تطلق نموذجا جديدا للذكاء الاصطناعي", "قالت الشركة إن النموذج يتفوق على منافسيه."),
    ("he", "מטא משיקה מודל בינה מלאכותית חדש", "לדברי החברה המודל עוקף את המתחרים."),
    ("hi", "मेटा ने नया एआई मॉडल लॉन्च किया", "कंपनी के अनुसार मॉडल कई परीक्षणों में प्रतिद्वंद्वियों से आगे है।"),
    (
        "pt",
        "Meta lança novo modelo de inteligência artificial",
        "O modelo supera rivais em vários testes, segundo a empresa.",
    ),
    (
        "pt",
        "Entrevista: o chefe do Google DeepMind fala sobre o futuro da IA",
        "Oren Maalouf comenta os planos da empresa.",
    ),
    (
        "ru",
        "Meta представила новую модель ИИ",
        "По словам компании, модель превосходит конкурентов в ряде тестов.",
    ),
    ("ru", "Интервью: глава DeepMind Орен Маалуф о будущем ИИ", "Он рассказал о планах компании."),
    ("zh", "Meta发布新一代AI大模型", "该公司称，新模型在多项基准测试中超越竞争对手。"),
    ("zh", "专访：DeepMind首席执行官马卢夫谈AI未来", "马卢夫介绍了公司今年的计划。"),
    ("zh", "世界人工智能大会在上海开幕", "来自全球的数千名研究人员参会。"),
    ("en", "Google DeepMind releases AlphaFold 4", "The new system predicts protein interactions."),
    (
        "en",
        "Anthropic's chief scientist gives keynote at NeurIPS",
        "Jared Keller spoke about scaling laws.",
    ),
]

# offices and data centres opened, layoffs, restructurings
OFFICE = [
    (
        "de",
        "Anthropic eröffnet Büro in München",
        "Das KI-Unternehmen will dort 50 Mitarbeiter beschäftigen.",
    ),
    (
        "de",
        "Microsoft eröffnet neues Rechenzentrum in Hessen",
        "Die Anlage soll KI-Dienste für europäische Kunden bereitstellen.",
    ),
    (
        "de",
        "SAP streicht 8.000 Stellen im Zuge einer Umstrukturierung",
        "Der Konzern will sich stärker auf künstliche Intelligenz konzentrieren.",
    ),
    (
        "en",
        "Anthropic opens office in Seoul",
        "The AI company will open its first office in South Korea next month.",
    ),
    (
        "en",
        "Microsoft opens new data centre in Sweden",
        "The facility will host AI workloads for European customers.",
    ),
    (
        "en",
        "Google lays off hundreds in its cloud unit",
        "The cuts affect sales and engineering staff.",
    ),
    (
        "en",
        "Intel announces restructuring, cutting 15,000 jobs",
        "The chipmaker will reorganise its business units.",
    ),
    (
        "en",
        "Salesforce reorganises sales teams",
        "The company merged two regional sales divisions.",
    ),
    (
        "en",
        "OpenAI expands London office",
        "The company will double its headcount in the UK capital.",
    ),
    ("es", "Anthropic abre oficina en Madrid", "La empresa de IA contratará a 30 personas."),
    (
        "es",
        "Amazon inaugura un centro de datos en Aragón",
        "La instalación dará servicio a clientes de IA.",
    ),
    (
        "es",
        "Telefónica presenta un ERE para 3.000 empleados",
        "La operadora reestructura su plantilla.",
    ),
    (
        "fr",
        "Anthropic ouvre un bureau à Paris",
        "L'entreprise d'IA va y employer une cinquantaine de personnes.",
    ),
    (
        "fr",
        "Microsoft inaugure un centre de données en Alsace",
        "Le site hébergera des services d'IA pour les clients européens.",
    ),
    ("fr", "Atos annonce un plan social de 2 000 postes", "Le groupe informatique se réorganise."),
    ("it", "Anthropic apre un ufficio a Milano", "L'azienda di IA assumerà 30 persone."),
    ("it", "Microsoft inaugura un data center in Lombardia", "L'impianto servirà i clienti di IA."),
    (
        "it",
        "Olivetti taglia 1.000 posti di lavoro con una ristrutturazione",
        "Il gruppo riorganizza le sue divisioni.",
    ),
    ("ja", "アンソロピック、東京にオフィスを開設", "同社は日本で50人を採用する計画だ。"),
    ("ja", "マイクロソフト、北海道に新データセンター", "施設はAIサービスを提供する。"),
    ("ja", "インテル、1万5000人を削減へ", "同社は事業部門を再編する。"),
    ("ko", "앤트로픽, 서울에 사무소 개설", "회사는 한국에서 직원 50명을 채용할 계획이다."),
    ("ko", "마이크로소프트, 인천에 데이터센터 건립", "시설은 AI 서비스를 제공한다."),
    ("ko", "인텔, 1만5000명 감원", "회사는 사업부를 재편한다."),
    ("nl", "Anthropic opent kantoor in Amsterdam", "Het AI-bedrijf neemt 30 mensen aan."),
    (
        "nl",
        "Philips schrapt 6.000 banen in reorganisatie",
        "Het concern herstructureert zijn divisies.",
    ),
    ("pl", "Anthropic otwiera biuro w Warszawie", "Firma zatrudni 30 osób."),
    ("pl", "Intel zwolni 15 tys. pracowników", "Koncern przeprowadzi restrukturyzację."),
    ("tr", "Anthropic İstanbul'da ofis açtı", "Şirket 30 kişiyi işe alacak."),
    ("tr", "Intel 15 bin çalışanını işten çıkaracak", "Şirket birimlerini yeniden yapılandıracak."),
    ("id", "Anthropic buka kantor di Jakarta", "Perusahaan akan merekrut 30 orang."),
    ("id", "Intel PHK 15 ribu karyawan", "Perusahaan akan merestrukturisasi unit bisnisnya."),
    ("vi", "Anthropic mở văn phòng tại Hà Nội", "Công ty sẽ tuyển 30 người."),
    ("vi", "Intel cắt giảm 15.000 nhân viên", "Công ty sẽ tái cấu trúc các bộ phận."),
    ("ar", "أنثروبيك تفتتح مكتبا في دبي", "ستوظف الشركة 30 شخصا."),
    ("ar", "إنتل تسرح 15 ألف موظف", "ستعيد الشركة هيكلة وحداتها."),
    ("he", "אנתרופיק פותחת משרד בתל אביב", "החברה תגייס 30 עובדים."),
    ("he", "אינטל מפטרת 15 אלף עובדים", "החברה תבצע ארגון מחדש."),
    ("hi", "एंथ्रोपिक ने बेंगलुरु में कार्यालय खोला", "कंपनी 30 लोगों को नियुक्त करेगी।"),
    ("hi", "इंटेल 15 हजार कर्मचारियों की छंटनी करेगी", "कंपनी अपनी इकाइयों का पुनर्गठन करेगी।"),
    ("uk", "Anthropic відкриває офіс у Сеулі", "Компанія найме 50 працівників у Південній Кореї."),
    ("pt", "Anthropic abre escritório em São Paulo", "A empresa de IA vai contratar 30 pessoas."),
    ("pt", "Microsoft inaugura data center em Campinas", "A instalação atenderá clientes de IA."),
    (
        "pt",
        "Empresa demite 1.000 funcionários em reestruturação",
        "A Vexa Tecnologia vai reorganizar suas áreas de negócio.",
    ),
    ("ru", "Anthropic открывает офис в Сеуле", "Компания наймёт 50 сотрудников в Южной Корее."),
    ("ru", "Яндекс строит новый дата-центр", "Объект будет обслуживать сервисы ИИ."),
    ("ru", "Intel сократит 15 тысяч сотрудников", "Компания проведёт реорганизацию подразделений."),
    ("zh", "Anthropic在东京开设办公室", "这家AI公司计划在日本招聘50名员工。"),
    ("zh", "微软在北京新建数据中心", "该设施将为客户提供AI服务。"),
    ("zh", "英特尔宣布裁员1.5万人", "公司将重组业务部门。"),
    ("zh", "谷歌云部门裁员数百人", "裁员涉及销售和工程人员。"),
    (
        "en",
        "Microsoft cuts 6,000 jobs, including engineers",
        "The layoffs affect about 3% of the workforce.",
    ),
    (
        "en",
        "Google opens AI hub in Accra",
        "The hub will host engineers working on products for Africa.",
    ),
]

# lawsuits over poaching, non-compete rulings, visas, national AI strategies
LAW = [
    (
        "de",
        "xAI verklagt OpenAI wegen Geschäftsgeheimnissen",
        "Die Klage wirft OpenAI vor, Mitarbeiter abgeworben zu haben.",
    ),
    (
        "de",
        "Bundesregierung stellt neue KI-Strategie vor",
        "Der Bund will fünf Milliarden Euro in Forschung investieren.",
    ),
    (
        "en",
        "xAI sues OpenAI over trade secrets",
        "The lawsuit claims OpenAI poached employees to obtain confidential information.",
    ),
    (
        "en",
        "Court strikes down non-compete clause for AI engineer",
        "The ruling lets the engineer keep working at her current employer.",
    ),
    (
        "en",
        "US tightens H-1B visa rules for tech workers",
        "The new policy could make it harder for AI companies to hire foreign talent.",
    ),
    (
        "en",
        "UK unveils national AI strategy with £1 billion fund",
        "The government will fund new compute and research fellowships.",
    ),
    (
        "en",
        "EU launches AI gigafactories programme",
        "The Commission will invest 20 billion euros.",
    ),
    (
        "es",
        "xAI demanda a OpenAI por robo de secretos comerciales",
        "La demanda acusa a OpenAI de fichar a empleados para obtener información.",
    ),
    (
        "es",
        "El Gobierno aprueba la estrategia nacional de inteligencia artificial",
        "El plan incluye 600 millones de euros.",
    ),
    (
        "fr",
        "xAI poursuit OpenAI pour vol de secrets commerciaux",
        "La plainte accuse OpenAI d'avoir débauché des salariés.",
    ),
    (
        "fr",
        "Le gouvernement dévoile sa stratégie nationale pour l'IA",
        "L'État va investir 2,5 milliards d'euros dans la recherche.",
    ),
    (
        "it",
        "xAI fa causa a OpenAI per segreti commerciali",
        "La denuncia accusa OpenAI di aver assunto dipendenti per ottenere informazioni.",
    ),
    (
        "it",
        "Il governo presenta la strategia nazionale sull'intelligenza artificiale",
        "Il piano prevede un miliardo di euro.",
    ),
    ("ja", "xAI、営業秘密の窃取でOpenAIを提訴", "訴状はOpenAIが従業員を引き抜いたと主張している。"),
    ("ja", "政府、AI戦略を発表", "研究開発に1兆円を投じる。"),
    ("ko", "xAI, 영업비밀 유출로 OpenAI 고소", "소장은 OpenAI가 직원을 빼갔다고 주장한다."),
    ("ko", "정부, AI 국가전략 발표", "연구개발에 1조 원을 투입한다."),
    (
        "nl",
        "xAI klaagt OpenAI aan om bedrijfsgeheimen",
        "De aanklacht stelt dat OpenAI werknemers wegkaapte.",
    ),
    (
        "pl",
        "xAI pozywa OpenAI o tajemnice handlowe",
        "Pozew zarzuca OpenAI podkupywanie pracowników.",
    ),
    (
        "tr",
        "xAI ticari sırlar nedeniyle OpenAI'a dava açtı",
        "Dava, OpenAI'ın çalışanları transfer ettiğini iddia ediyor.",
    ),
    ("id", "xAI gugat OpenAI atas rahasia dagang", "Gugatan menuduh OpenAI membajak karyawan."),
    ("vi", "xAI kiện OpenAI vì bí mật kinh doanh", "Đơn kiện cáo buộc OpenAI lôi kéo nhân viên."),
    ("ar", "xAI تقاضي OpenAI بسبب أسرار تجارية", "تتهم الدعوى OpenAI باستقطاب موظفين."),
    (
        "he",
        "xAI תובעת את OpenAI בגלל סודות מסחריים",
        "התביעה טוענת ש-OpenAI גייסה עובדים כדי להשיג מידע.",
    ),
    (
        "hi",
        "xAI ने व्यापार रहस्यों को लेकर OpenAI पर मुकदमा किया",
        "मुकदमे में आरोप है कि OpenAI ने कर्मचारियों को अपने साथ जोड़ा।",
    ),
    (
        "pt",
        "xAI processa OpenAI por segredos comerciais",
        "A ação acusa a OpenAI de contratar funcionários para obter informações.",
    ),
    (
        "pt",
        "Governo lança plano brasileiro de inteligência artificial",
        "O plano prevê R$ 23 bilhões em investimentos.",
    ),
    (
        "ru",
        "xAI подала в суд на OpenAI из-за коммерческой тайны",
        "В иске утверждается, что OpenAI переманивала сотрудников.",
    ),
    (
        "ru",
        "Правительство утвердило национальную стратегию развития ИИ",
        "На исследования выделят 100 миллиардов рублей.",
    ),
    ("zh", "xAI起诉OpenAI窃取商业机密", "诉讼称OpenAI挖走员工以获取机密信息。"),
    ("zh", "法院裁定竞业协议无效", "该工程师可以继续在现公司工作。"),
    ("zh", "国务院发布人工智能发展规划", "政府将投入千亿元支持研究。"),
    (
        "en",
        "Former Tesla engineer charged with stealing Autopilot secrets",
        "Prosecutors say he took files before leaving for a Chinese rival.",
    ),
    (
        "en",
        "Judge blocks Scale AI from enforcing non-compete",
        "The ruling allows a former employee to work for a competitor.",
    ),
    (
        "en",
        "Canada launches AI talent visa",
        "The program aims to attract researchers from abroad.",
    ),
]

# board seats, advisers, awards, lists, obituaries, retirements, promotions
BOARD = [
    (
        "de",
        "Ehemalige OpenAI-Forscherin wird Aufsichtsrätin bei Siemens",
        "Anna Keller zieht in den Aufsichtsrat des Konzerns ein.",
    ),
    (
        "de",
        "Brisk erhält Nobelpreis für Physik",
        "Die Auszeichnung würdigt seine Arbeit an neuronalen Netzen.",
    ),
    (
        "en",
        "Former OpenAI researcher joins board of nonprofit",
        "Jane Morrow will serve as a director of the AI Safety Fund.",
    ),
    (
        "en",
        "Harold Brisk wins Nobel Prize in physics",
        "The award recognises his work on neural networks.",
    ),
    (
        "en",
        "Time names 100 most influential people in AI",
        "The list includes Tomas Verlinde and Oren Maalouf.",
    ),
    ("en", "Famous novelist Harold Pine dies at 88", "Pine wrote more than 30 books."),
    (
        "en",
        "Coca-Cola chief financial officer retires",
        "Mark Ellis will retire after 20 years at the company.",
    ),
    (
        "en",
        "Google promotes Priya Nair to lead Gemini app",
        "The promotion comes as Google launches a new version of the app.",
    ),
    (
        "en",
        "Nadia Kerr named adviser to Stability AI",
        "Kerr will advise the company on policy matters.",
    ),
    (
        "es",
        "Una exinvestigadora de OpenAI se incorpora al consejo de administración de Inditex",
        "Lucía Prado será consejera independiente.",
    ),
    (
        "es",
        "Brisk recibe el Premio Princesa de Asturias",
        "El galardón reconoce su trabajo en redes neuronales.",
    ),
    (
        "fr",
        "Une ancienne chercheuse d'OpenAI entre au conseil d'administration d'Orange",
        "Claire Dumas devient administratrice indépendante.",
    ),
    (
        "fr",
        "Marc Delorme reçoit la Légion d'honneur",
        "La distinction récompense ses travaux sur l'apprentissage profond.",
    ),
    (
        "it",
        "Un'ex ricercatrice di OpenAI entra nel consiglio di amministrazione di Enel",
        "Giulia Rossi sarà consigliera indipendente.",
    ),
    ("ja", "元OpenAI研究者の田中氏、NPOの理事に就任", "田中氏は財団の理事を務める。"),
    ("ja", "ブリスク氏がノーベル物理学賞を受賞", "ニューラルネットワークの研究が評価された。"),
    ("ko", "전 OpenAI 연구원 김지연, 비영리재단 이사로 선임", "그는 재단 이사회에 합류한다."),
    ("ko", "브리스크, 노벨 물리학상 수상", "신경망 연구가 인정받았다."),
    (
        "nl",
        "Oud-onderzoeker van OpenAI treedt toe tot raad van commissarissen van ING",
        "Anna de Vries wordt commissaris.",
    ),
    (
        "pl",
        "Była badaczka OpenAI wchodzi do rady nadzorczej PKO BP",
        "Anna Nowak zostanie członkinią rady.",
    ),
    (
        "tr",
        "Eski OpenAI araştırmacısı Koç Holding yönetim kuruluna katıldı",
        "Ayşe Demir bağımsız üye olacak.",
    ),
    (
        "id",
        "Mantan peneliti OpenAI bergabung dengan dewan komisaris Telkom",
        "Dewi Lestari akan menjadi komisaris independen.",
    ),
    (
        "vi",
        "Cựu nhà nghiên cứu OpenAI tham gia hội đồng quản trị Vingroup",
        "Bà Nguyễn Lan sẽ là thành viên độc lập.",
    ),
    ("ar", "باحثة سابقة في OpenAI تنضم إلى مجلس إدارة أرامكو", "ستكون عضوا مستقلا في المجلس."),
    ("he", "חוקרת לשעבר ב-OpenAI מצטרפת לדירקטוריון של בנק לאומי", "היא תכהן כדירקטורית חיצונית."),
    ("hi", "OpenAI की पूर्व शोधकर्ता टाटा के निदेशक मंडल में शामिल", "वह स्वतंत्र निदेशक होंगी।"),
    (
        "pt",
        "Ex-pesquisadora da OpenAI entra para o conselho de administração da Vale",
        "Ana Souza será conselheira independente.",
    ),
    (
        "ru",
        "Бывшая сотрудница OpenAI вошла в совет директоров Сбера",
        "Анна Петрова станет независимым директором.",
    ),
    (
        "ru",
        "Бриск получил Нобелевскую премию по физике",
        "Награда отмечает его работу над нейросетями.",
    ),
    ("zh", "前OpenAI研究员加入某公益组织董事会", "张丽将担任该基金会的董事。"),
    ("zh", "布里斯克获得诺贝尔物理学奖", "该奖项表彰他在神经网络方面的工作。"),
    ("zh", "著名作家王明去世，享年88岁", "他一生创作了三十多部小说。"),
    (
        "en",
        "OpenAI board adds former Treasury Secretary",
        "Larry Simms joins the board of directors.",
    ),
    (
        "en",
        "Louis Tremblay receives Turing Award",
        "Tremblay shares the prize with two colleagues.",
    ),
    (
        "en",
        "Apple promotes software chief to oversee Siri",
        "The promotion comes as Apple launches its new Siri.",
    ),
]

# moves and labs outside AI: sports, politics, banks, music labels, ordinary purchases
OUTSIDE = [
    (
        "de",
        "Bayern München verpflichtet Stürmer von Benfica",
        "Der Verein zahlt 80 Millionen Euro für den Angreifer.",
    ),
    (
        "de",
        "Trainer wechselt von Dortmund zu Leipzig",
        "Der Coach unterschreibt einen Vertrag bis 2029.",
    ),
    (
        "de",
        "Finanzvorstand von Aldi wechselt zur Deutschen Bank",
        "Laura Fink wird dort Finanzchefin.",
    ),
    (
        "de",
        "Politiker verlässt die CDU und tritt der FDP bei",
        "Der Abgeordnete begründet seinen Wechsel mit der Wirtschaftspolitik.",
    ),
    (
        "de",
        "Commerzbank eröffnet Innovationslabor in Frankfurt",
        "Im Labor sollen neue Zahlungsprodukte getestet werden.",
    ),
    (
        "de",
        "Zalando übernimmt Modeplattform About You",
        "Der Kaufpreis liegt bei 1,1 Milliarden Euro.",
    ),
    (
        "en",
        "Real Madrid signs striker from Benfica",
        "The Spanish club paid 80 million euros for the forward.",
    ),
    ("en", "Chelsea poaches Brighton's head coach", "The manager signed a five-year contract."),
    (
        "en",
        "Senator Blake leaves Republican Party to join Democrats",
        "The move shifts the balance in the Senate.",
    ),
    (
        "en",
        "Goldman banker leaves for Morgan Stanley",
        "David Cole will head the investment bank's M&A practice.",
    ),
    ("en", "Singer Mara Voss leaves record label Sunwave", "The artist signed with a rival label."),
    (
        "en",
        "HSBC launches innovation lab in Hong Kong",
        "The bank's lab will test new payment products.",
    ),
    ("en", "Nestlé opens new food lab in Lausanne", "The lab will develop plant-based products."),
    ("en", "Adobe acquires design app Figma rival Penpot", "The deal is worth $300 million."),
    (
        "en",
        "Cisco acquires Splunk for $28 billion",
        "The acquisition expands Cisco's security software business.",
    ),
    ("en", "Actor Tom Lane joins cast of new Netflix series", "Lane will play a detective."),
    (
        "es",
        "El Real Madrid ficha a un delantero del Benfica",
        "El club pagará 80 millones de euros.",
    ),
    (
        "es",
        "El entrenador deja el Sevilla para fichar por el Betis",
        "El técnico firma por tres temporadas.",
    ),
    (
        "es",
        "La directora financiera de Mercadona se incorpora a BBVA",
        "Laura Ruiz será directora financiera del banco.",
    ),
    ("es", "Un diputado abandona el PP y se une a Vox", "El político critica a la dirección."),
    (
        "es",
        "BBVA inaugura un laboratorio de innovación",
        "El laboratorio probará nuevos productos de pago.",
    ),
    (
        "es",
        "Inditex compra la cadena de tiendas Modex",
        "La operación asciende a 500 millones de euros.",
    ),
    (
        "fr",
        "Le PSG recrute un attaquant de Benfica",
        "Le club a payé 80 millions d'euros pour le joueur.",
    ),
    (
        "fr",
        "L'entraîneur quitte Lyon pour Marseille",
        "Le technicien a signé un contrat de trois ans.",
    ),
    (
        "fr",
        "La directrice financière de Carrefour rejoint BNP Paribas",
        "Laure Martin deviendra directrice financière de la banque.",
    ),
    (
        "fr",
        "Un député quitte Les Républicains pour rejoindre Renaissance",
        "L'élu dénonce la ligne du parti.",
    ),
    (
        "fr",
        "La Société Générale lance un laboratoire d'innovation",
        "Le labo testera de nouveaux produits de paiement.",
    ),
    (
        "fr",
        "Danone ouvre un laboratoire alimentaire à Lyon",
        "Le laboratoire développera des produits végétaux.",
    ),
    (
        "fr",
        "Capgemini rachète l'éditeur de logiciels WNS",
        "L'acquisition s'élève à 3,3 milliards de dollars.",
    ),
    (
        "it",
        "La Juventus acquista un attaccante dal Benfica",
        "Il club ha pagato 80 milioni di euro.",
    ),
    (
        "it",
        "L'allenatore lascia la Roma per la Lazio",
        "Il tecnico ha firmato un contratto triennale.",
    ),
    (
        "it",
        "La direttrice finanziaria di Esselunga passa a UniCredit",
        "Laura Bianchi sarà direttrice finanziaria della banca.",
    ),
    ("it", "Un deputato lascia il PD e passa ad Azione", "Il parlamentare critica la segreteria."),
    (
        "it",
        "UniCredit inaugura un laboratorio di innovazione",
        "Il laboratorio testerà nuovi prodotti di pagamento.",
    ),
    (
        "it",
        "Barilla acquista il marchio di biscotti Dolcevita",
        "L'operazione vale 300 milioni di euro.",
    ),
    ("ja", "レアル・マドリード、ベンフィカからFWを獲得", "クラブは8000万ユーロを支払った。"),
    ("ja", "監督が浦和を退団し鹿島へ移籍", "3年契約を結んだ。"),
    ("ja", "イオンのCFO、三菱UFJ銀行に移籍", "佐藤氏は同行の最高財務責任者に就く。"),
    ("ja", "三井住友銀行がイノベーションラボを開設", "ラボでは新しい決済サービスを試す。"),
    ("ja", "ソニー、音楽レーベルを買収", "買収額は500億円。"),
    ("ko", "레알 마드리드, 벤피카 공격수 영입", "구단은 8000만 유로를 지불했다."),
    ("ko", "감독, 울산 떠나 전북으로 이적", "그는 3년 계약을 맺었다."),
    ("ko", "이마트 CFO, 신한은행으로 자리 옮겨", "박민수 CFO는 은행의 최고재무책임자를 맡는다."),
    ("ko", "국민은행, 혁신 랩 개설", "랩에서는 새로운 결제 서비스를 시험한다."),
    ("ko", "하이브, 음반 레이블 인수", "인수 금액은 500억 원이다."),
    ("nl", "Ajax haalt spits weg bij Benfica", "De club betaalt 40 miljoen euro."),
    (
        "nl",
        "Financieel directeur van Albert Heijn stapt over naar ABN AMRO",
        "Laura Jansen wordt financieel directeur van de bank.",
    ),
    ("nl", "Rabobank opent innovatielab in Utrecht", "Het lab test nieuwe betaalproducten."),
    ("pl", "Legia pozyskała napastnika z Benfiki", "Klub zapłacił 10 mln euro."),
    (
        "pl",
        "Dyrektor finansowa Biedronki przechodzi do mBanku",
        "Anna Kowalska zostanie dyrektorką finansową banku.",
    ),
    (
        "pl",
        "Poseł odchodzi z PiS i przechodzi do Konfederacji",
        "Polityk krytykuje kierownictwo partii.",
    ),
    (
        "pl",
        "PKO BP otwiera laboratorium innowacji",
        "W laboratorium będą testowane nowe produkty płatnicze.",
    ),
    ("tr", "Galatasaray Benfica'dan forvet transfer etti", "Kulüp 20 milyon euro ödedi."),
    (
        "tr",
        "Teknik direktör Fenerbahçe'den ayrılıp Beşiktaş'a geçti",
        "Üç yıllık sözleşme imzaladı.",
    ),
    (
        "tr",
        "Migros'un finans direktörü Garanti BBVA'ya geçti",
        "Ayşe Kaya bankanın finans direktörü olacak.",
    ),
    (
        "tr",
        "Milletvekili partisinden istifa edip başka partiye katıldı",
        "Siyasetçi yönetimi eleştirdi.",
    ),
    (
        "tr",
        "Garanti BBVA inovasyon laboratuvarı açtı",
        "Laboratuvarda yeni ödeme ürünleri test edilecek.",
    ),
    ("id", "Persija rekrut striker dari Persib", "Klub membayar Rp 5 miliar."),
    (
        "id",
        "Direktur keuangan Indomaret pindah ke Bank Mandiri",
        "Siti Rahma akan menjadi direktur keuangan bank.",
    ),
    (
        "id",
        "Politisi keluar dari Golkar dan bergabung dengan Gerindra",
        "Ia mengkritik pimpinan partai.",
    ),
    (
        "id",
        "Bank Mandiri buka laboratorium inovasi",
        "Lab ini akan menguji produk pembayaran baru.",
    ),
    ("vi", "Hà Nội FC chiêu mộ tiền đạo từ Hoàng Anh Gia Lai", "CLB trả 5 tỷ đồng."),
    (
        "vi",
        "Giám đốc tài chính Bách Hóa Xanh chuyển sang Vietcombank",
        "Bà Trần Mai sẽ làm giám đốc tài chính ngân hàng.",
    ),
    (
        "vi",
        "Vietcombank mở phòng thí nghiệm đổi mới sáng tạo",
        "Phòng thí nghiệm sẽ thử nghiệm sản phẩm thanh toán mới.",
    ),
    ("ar", "الهلال يتعاقد مع مهاجم بنفيكا", "دفع النادي 50 مليون يورو."),
    ("ar", "المدرب يرحل عن الأهلي وينضم إلى الزمالك", "وقع عقدا لمدة ثلاث سنوات."),
    ("ar", "بنك الإمارات دبي الوطني يفتتح مختبرا للابتكار", "سيختبر المختبر منتجات دفع جديدة."),
    ("he", "מכבי תל אביב מחתימה חלוץ מבנפיקה", "המועדון שילם 5 מיליון יורו."),
    ("he", 'המאמן עוזב את הפועל ועובר לבית"ר', "הוא חתם על חוזה לשלוש שנים."),
    ("he", "בנק הפועלים פותח מעבדת חדשנות", "המעבדה תבחן מוצרי תשלום חדשים."),
    ("hi", "मुंबई सिटी ने बेंगलुरु एफसी के स्ट्राइकर को साइन किया", "क्लब ने 5 करोड़ रुपये चुकाए।"),
    ("hi", "विधायक ने कांग्रेस छोड़ी, भाजपा में शामिल हुए", "उन्होंने पार्टी नेतृत्व की आलोचना की।"),
    ("hi", "एसबीआई ने नवाचार प्रयोगशाला खोली", "प्रयोगशाला नए भुगतान उत्पादों का परीक्षण करेगी।"),
    (
        "pt",
        "Flamengo contrata atacante do Benfica",
        "O clube pagou 20 milhões de euros pelo jogador.",
    ),
    (
        "pt",
        "Técnico deixa o Palmeiras e assina com o Santos",
        "O treinador assinou contrato até 2028.",
    ),
    (
        "pt",
        "Diretora financeira do Magazine Luiza vai para o Bradesco",
        "Laura Lima será diretora financeira do banco.",
    ),
    ("pt", "Deputado deixa o PT e se filia ao PSB", "O parlamentar critica a direção do partido."),
    (
        "pt",
        "Bradesco inaugura laboratório de inovação",
        "O laboratório vai testar novos produtos de pagamento.",
    ),
    ("pt", "Magazine Luiza compra a varejista Netshoes", "A aquisição custou R$ 115 milhões."),
    ("ru", "«Зенит» подписал нападающего из «Бенфики»", "Клуб заплатил 80 миллионов евро."),
    ("ru", "Тренер покинул «Спартак» и перешёл в ЦСКА", "Он подписал контракт на три года."),
    (
        "ru",
        "Финансовый директор «Магнита» перешёл в ВТБ",
        "Ольга Смирнова станет финансовым директором банка.",
    ),
    (
        "ru",
        "Депутат вышел из партии и вступил в другую фракцию",
        "Политик объяснил решение разногласиями.",
    ),
    (
        "ru",
        "Сбер открыл инновационную лабораторию",
        "В лаборатории будут тестировать платёжные продукты.",
    ),
    ("ru", "Ozon купил сеть магазинов", "Сумма сделки составила 5 миллиардов рублей."),
    ("zh", "皇家马德里从本菲卡签下前锋", "俱乐部为这名球员支付了8000万欧元。"),
    ("zh", "主教练离开上海申花加盟山东泰山", "他签下了一份三年合同。"),
    ("zh", "沃尔玛首席财务官加盟摩根大通", "她将担任该银行的首席财务官。"),
    ("zh", "工商银行成立创新实验室", "该实验室将测试新的支付产品。"),
    ("zh", "腾讯音乐收购唱片公司", "交易金额为5亿元。"),
    ("zh", "阿里巴巴收购某电商平台", "收购价格为10亿美元。"),
    ("en", "Manchester United appoints new head coach", "Ruben Alves joins from Sporting Lisbon."),
    (
        "en",
        "Lakers acquire star guard in blockbuster trade",
        "The team sent three players to Dallas.",
    ),
    (
        "en",
        "Nike hires former Adidas executive as CEO",
        "Tom Green will lead the sportswear maker from June.",
    ),
    ("en", "Photo lab chain Snapfix closes stores", "The company will shut 40 locations."),
    ("en", "Universal Music signs rapper to its Def Jam label", "The deal is worth $50 million."),
    (
        "en",
        "Salesforce acquires Informatica for $8 billion",
        "The acquisition adds data management software.",
    ),
    (
        "en",
        "Microsoft to acquire gaming studio Ashfall",
        "The studio's 200 developers will join Xbox.",
    ),
    ("zh", "曼联任命新主教练", "阿尔维斯从葡萄牙体育加盟。"),
    ("zh", "辉瑞在波士顿开设新研究实验室", "该实验室将研发疫苗。"),
    (
        "ja",
        "マンチェスター・ユナイテッド、新監督を任命",
        "アルベス氏はスポルティングから加入する。",
    ),
    ("ja", "ファイザー、ボストンに新研究所を開設", "研究所ではワクチンを開発する。"),
    ("ko", "맨체스터 유나이티드, 새 감독 선임", "알베스 감독은 스포르팅에서 합류한다."),
    (
        "de",
        "Pfizer eröffnet neues Forschungslabor in Boston",
        "Das Labor soll Impfstoffe entwickeln.",
    ),
    (
        "fr",
        "Pfizer ouvre un nouveau laboratoire de recherche à Boston",
        "Le laboratoire développera des vaccins.",
    ),
    (
        "es",
        "Pfizer abre un nuevo laboratorio de investigación en Boston",
        "El laboratorio desarrollará vacunas.",
    ),
    (
        "ru",
        "Pfizer открыла новую исследовательскую лабораторию в Бостоне",
        "Лаборатория будет разрабатывать вакцины.",
    ),
]

# denials, rumours, moves asked about or thought possible
DENY = [
    (
        "de",
        "Meta dementiert Abwerbung von OpenAI-Forscher",
        "Ein Sprecher bezeichnete die Berichte als falsch.",
    ),
    (
        "de",
        "Könnte Tomas Verlinde OpenAI verlassen?",
        "Die Spekulationen über die Zukunft des Chefs nehmen zu.",
    ),
    (
        "en",
        "Meta denies hiring OpenAI's top researcher",
        "A Meta spokesperson said the reports were false.",
    ),
    (
        "en",
        "Ilya Chen is not leaving Google, company says",
        "The company rejected reports of his departure.",
    ),
    (
        "en",
        "Could Tomas Verlinde leave OpenAI?",
        "Speculation has grown about the chief executive's future.",
    ),
    ("en", "What if Apple bought Mistral?", "Analysts consider a hypothetical deal."),
    ("en", "Rumours swirl that Microsoft may poach Anthropic staff", "Neither company commented."),
    (
        "es",
        "Meta niega haber fichado a un investigador de OpenAI",
        "Un portavoz calificó las informaciones de falsas.",
    ),
    (
        "es",
        "¿Podría Tomas Verlinde dejar OpenAI?",
        "Crecen las especulaciones sobre el futuro del consejero delegado.",
    ),
    (
        "fr",
        "Meta dément avoir recruté un chercheur d'OpenAI",
        "Un porte-parole a qualifié ces informations de fausses.",
    ),
    (
        "fr",
        "Tomas Verlinde pourrait-il quitter OpenAI ?",
        "Les spéculations vont bon train sur l'avenir du dirigeant.",
    ),
    (
        "it",
        "Meta smentisce di aver assunto un ricercatore di OpenAI",
        "Un portavoce ha definito false le notizie.",
    ),
    (
        "it",
        "Tomas Verlinde potrebbe lasciare OpenAI?",
        "Crescono le speculazioni sul futuro dell'amministratore delegato.",
    ),
    ("ja", "メタ、OpenAI研究者の引き抜きを否定", "広報担当者は報道は誤りだと述べた。"),
    ("ja", "ベルリンデ氏はOpenAIを去るのか", "同氏の去就をめぐる臆測が広がっている。"),
    ("ko", "메타, OpenAI 연구원 영입설 부인", "대변인은 보도가 사실이 아니라고 밝혔다."),
    ("ko", "벌린드, OpenAI 떠나나", "그의 거취를 둘러싼 추측이 커지고 있다."),
    (
        "nl",
        "Meta ontkent dat het onderzoeker van OpenAI heeft ingelijfd",
        "Een woordvoerder noemt de berichten onjuist.",
    ),
    (
        "pl",
        "Meta zaprzecza, że zatrudniła badacza OpenAI",
        "Rzecznik nazwał doniesienia nieprawdziwymi.",
    ),
    ("pl", "Czy Tomas Verlinde odejdzie z OpenAI?", "Rosną spekulacje o przyszłości prezesa."),
    (
        "tr",
        "Meta, OpenAI araştırmacısını transfer ettiği iddialarını yalanladı",
        "Sözcü haberlerin doğru olmadığını söyledi.",
    ),
    (
        "tr",
        "Tomas Verlinde OpenAI'dan ayrılacak mı?",
        "Yöneticinin geleceğine ilişkin spekülasyonlar artıyor.",
    ),
    ("id", "Meta bantah rekrut peneliti OpenAI", "Juru bicara menyebut laporan itu tidak benar."),
    (
        "id",
        "Akankah Tomas Verlinde keluar dari OpenAI?",
        "Spekulasi tentang masa depan sang CEO terus berkembang.",
    ),
    (
        "vi",
        "Meta bác bỏ tin tuyển nhà nghiên cứu của OpenAI",
        "Người phát ngôn cho biết thông tin không chính xác.",
    ),
    (
        "vi",
        "Liệu Tomas Verlinde có rời OpenAI?",
        "Những đồn đoán về tương lai của CEO ngày càng nhiều.",
    ),
    ("ar", "ميتا تنفي توظيف باحث من OpenAI", "وصف متحدث التقارير بأنها غير صحيحة."),
    ("ar", "هل يغادر توماس فرليندي OpenAI؟", "تتزايد التكهنات حول مستقبل الرئيس التنفيذي."),
    ("he", "מטא מכחישה שגייסה חוקר מ-OpenAI", "דובר אמר שהדיווחים אינם נכונים."),
    ("he", "האם תומס ורלינדה יעזוב את OpenAI?", 'הספקולציות על עתידו של המנכ"ל גוברות.'),
    ("hi", "मेटा ने OpenAI शोधकर्ता को नियुक्त करने से इनकार किया", "प्रवक्ता ने खबरों को गलत बताया।"),
    ("hi", "क्या थॉमस वर्लिंडे OpenAI छोड़ेंगे?", "सीईओ के भविष्य को लेकर अटकलें बढ़ रही हैं।"),
    ("uk", "Чи піде Томас Верлінде з OpenAI?", "Зростають чутки про майбутнє керівника компанії."),
    ("cs", "Může Tomas Verlinde odejít z OpenAI?", "Spekulace o budoucnosti šéfa sílí."),
    ("sk", "Môže Tomas Verlinde odísť z OpenAI?", "Špekulácie o budúcnosti šéfa silnejú."),
    ("sv", "Kan Tomas Verlinde lämna OpenAI?", "Spekulationerna om vd:ns framtid växer."),
    ("da", "Kan Tomas Verlinde forlade OpenAI?", "Spekulationerne om topchefens fremtid vokser."),
    ("no", "Kan Tomas Verlinde forlate OpenAI?", "Spekulasjonene om toppsjefens fremtid øker."),
    (
        "fi",
        "Lähteekö Tomas Verlinde OpenAI:lta?",
        "Spekulaatiot johtajan tulevaisuudesta kasvavat.",
    ),
    (
        "fa",
        "آیا توماس ورلینده OpenAI را ترک می‌کند؟",
        "گمانه‌زنی‌ها درباره آینده مدیرعامل افزایش یافته است.",
    ),
    ("th", "โทมัส เวอร์ลินเดจะลาออกจาก OpenAI หรือไม่", "มีการคาดการณ์เกี่ยวกับอนาคตของซีอีโอมากขึ้น"),
    (
        "pt",
        "Meta nega ter contratado pesquisador da OpenAI",
        "Um porta-voz classificou as informações como falsas.",
    ),
    (
        "pt",
        "Tomas Verlinde pode deixar a OpenAI?",
        "Crescem as especulações sobre o futuro do executivo.",
    ),
    (
        "ru",
        "Meta опровергла переманивание исследователя OpenAI",
        "Представитель компании назвал сообщения ложными.",
    ),
    ("ru", "Может ли Томас Верлинде уйти из OpenAI?", "Растут слухи о будущем главы компании."),
    ("zh", "Meta否认挖角OpenAI首席科学家", "Meta发言人称相关报道不实。"),
    ("zh", "托马斯·韦林德会离开OpenAI吗？", "外界对其未来的猜测不断增加。"),
    ("zh", "传闻称微软或将挖走Anthropic员工", "两家公司均未置评。"),
    (
        "en",
        "OpenAI says chief scientist is staying",
        "Reports that Ilya Varn would leave for a rival were wrong, the company said.",
    ),
    ("en", "Meta in talks to hire OpenAI researchers, report says", "No deal has been reached."),
    (
        "en",
        "Anthropic is reportedly considering acquiring a coding startup",
        "The talks are at an early stage.",
    ),
]

NEGATIVES = HIRE + PAY + FUND + PRODUCT + OFFICE + LAW + BOARD + OUTSIDE + DENY

# moves and offers of the same shapes: a move told plainly, pay offered to a named person
POSITIVES = [
    (
        "en",
        "Tomas Verlinde will leave OpenAI to join Meta",
        "Verlinde will join Meta next month as chief scientist.",
        "departure",
    ),
    (
        "en",
        "Why did Mira Lund leave OpenAI?",
        "Lund left the company in March to join Anthropic.",
        "departure",
    ),
    (
        "de",
        "Jana Keller wird OpenAI verlassen und zu Meta wechseln",
        "Die Forscherin wechselt im Mai.",
        "departure",
    ),
    (
        "fr",
        "Claire Dumas va quitter OpenAI pour rejoindre Meta",
        "La chercheuse rejoindra Meta en mai.",
        "departure",
    ),
    (
        "es",
        "Lucía Prado deja OpenAI y ficha por Meta",
        "La investigadora se incorpora a Meta en mayo.",
        "departure",
    ),
    (
        "es",
        "Meta paga 100 millones de dólares por fichar a Lucía Prado",
        "La investigadora de OpenAI se incorpora a Meta.",
        "offer",
    ),
    (
        "es",
        "Meta paga 100 millones de dólares por fichar a Lucía Prado",
        "La investigadora de OpenAI se incorpora a Meta.",
        "departure",
    ),
    (
        "pt",
        "Ana Souza vai deixar a OpenAI e entrar na Meta",
        "A pesquisadora começa em maio.",
        "departure",
    ),
    (
        "it",
        "Giulia Rossi lascia OpenAI e passa a Meta",
        "La ricercatrice inizierà a maggio.",
        "departure",
    ),
    (
        "ru",
        "Иван Петров уйдёт из OpenAI в Meta",
        "Исследователь перейдёт в Meta в мае.",
        "departure",
    ),
    (
        "ru",
        "Иван Петров покинул OpenAI и перешёл в Meta",
        "Исследователь будет работать в Южной Корее.",
        "departure",
    ),
    (
        "pl",
        "Anna Nowak odchodzi z OpenAI i przechodzi do Mety",
        "Badaczka dołączy do zespołu w maju.",
        "departure",
    ),
    (
        "nl",
        "Anna de Vries vertrekt bij OpenAI en gaat naar Meta",
        "De onderzoeker begint in mei.",
        "departure",
    ),
    (
        "tr",
        "Ayşe Demir OpenAI'dan ayrılarak Meta'ya geçti",
        "Araştırmacı mayısta başlayacak.",
        "departure",
    ),
    (
        "id",
        "Dewi Lestari keluar dari OpenAI dan bergabung dengan Meta",
        "Peneliti itu mulai bekerja pada Mei.",
        "departure",
    ),
    (
        "vi",
        "Nguyễn Lan rời OpenAI để gia nhập Meta",
        "Nhà nghiên cứu sẽ bắt đầu vào tháng Năm.",
        "departure",
    ),
    ("ar", "الباحثة سارة خالد تغادر OpenAI وتنضم إلى ميتا", "ستبدأ العمل في مايو.", "departure"),
    ("he", "החוקר דן לוי עוזב את OpenAI ומצטרף למטא", "הוא יתחיל לעבוד במאי.", "departure"),
    ("hi", "शोधकर्ता अनिल शर्मा ने OpenAI छोड़ी, मेटा में शामिल", "वह मई में काम शुरू करेंगे।", "departure"),
    ("zh", "研究员王明将离开OpenAI加盟Meta", "王明将于五月入职。", "departure"),
    ("ja", "田中氏がOpenAIを退社、メタに移籍", "田中氏は5月に着任する。", "departure"),
    ("ko", "김지연 연구원, OpenAI 떠나 메타로 이직", "그는 5월부터 근무한다.", "departure"),
    (
        "ru",
        "Meta предложила исследователю OpenAI Ивану Петрову 100 миллионов долларов",
        "Как сообщает Bloomberg, речь идёт о четырёхлетнем контракте.",
        "offer",
    ),
    (
        "pl",
        "Meta zaoferowała badaczowi OpenAI Janowi Kowalskiemu 100 mln dolarów",
        "Jak podaje Bloomberg, to czteroletni kontrakt.",
        "offer",
    ),
    (
        "tr",
        "Meta, OpenAI araştırmacısı Ayşe Demir'e 100 milyon dolar teklif etti",
        "Bloomberg gibi kaynaklara göre paket dört yıllık.",
        "offer",
    ),
    (
        "en",
        "Meta offers OpenAI researcher Jane Morrow $100 million",
        "The offer, like those to other researchers, runs over four years.",
        "offer",
    ),
    (
        "ja",
        "元OpenAI研究者の田中氏、メタに移籍",
        "田中氏はメタの研究所の理事に就任しない。",
        "departure",
    ),
    (
        "pt",
        "Ana Souza deixa a OpenAI e vai para a Meta",
        "Ela também deixa o conselho de administração da Vale.",
        "departure",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), NEGATIVES, ids=lambda v: str(v)[:30])
def test_a_hard_negative_raises_no_category(lang: str, title: str, text: str) -> None:
    assert analyse(title, text, lang_hint=lang).categories == ()


@pytest.mark.parametrize(
    ("lang", "title", "text", "category"), POSITIVES, ids=lambda v: str(v)[:30]
)
def test_a_move_or_offer_of_the_same_shape_still_counts(
    lang: str, title: str, text: str, category: str
) -> None:
    assert category in analyse(title, text, lang_hint=lang).categories
