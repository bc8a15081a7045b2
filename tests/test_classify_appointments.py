"""A move told as an appointment by the new employer, as each language's press tells it:
the employer names, taps or hires a person from another organisation as its chief
scientist, head of AI, CTO or head of research (active and passive, verb-final orders,
"formerly of", "ex-", "veteran of", "who became"), with the earlier employer (from_org)
and the one appointing (to_org). Negatives share the words: a government appointing a
minister, a club appointing a coach, an internal promotion, a board seat, an award."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, headline, earlier employer, new employer); None: not checked
APPOINTED = [
    ("en", "Ravi Menon, ex-DeepMind, appointed CTO of Mistral", "DeepMind", "Mistral"),
    (
        "en",
        "Former Microsoft researcher Karen Doyle has been appointed vice president of research at Anthropic",
        "Microsoft",
        "Anthropic",
    ),
    (
        "es",
        "Raúl Ortega, ex de DeepMind, ha sido nombrado director de tecnología de Mistral",
        "DeepMind",
        "Mistral",
    ),
    (
        "pt",
        "Rui Carvalho, vindo da DeepMind, é nomeado diretor de tecnologia da Mistral",
        "DeepMind",
        "Mistral",
    ),
    (
        "pt",
        "Nvidia anuncia Carla Nunes, ex-Microsoft, como nova vice-presidente de pesquisa",
        "Microsoft",
        "Nvidia",
    ),
    (
        "fr",
        "Ancien de DeepMind, Julien Moreau est nommé directeur technique de Mistral",
        "DeepMind",
        "Mistral",
    ),
    ("it", "Luca Ferri, già in DeepMind, è stato nominato CTO di Mistral", "DeepMind", "Mistral"),
    ("de", "Jonas Weber, zuvor bei DeepMind, wird neuer CTO von Mistral", "DeepMind", "Mistral"),
    (
        "nl",
        "Meta benoemt Eva de Vries, voorheen bij OpenAI, tot hoofdwetenschapper van zijn superintelligentielab",
        "OpenAI",
        "Meta",
    ),
    (
        "nl",
        "Oud-DeepMind-onderzoeker Bram Visser benoemd tot CTO van Mistral",
        "DeepMind",
        "Mistral",
    ),
    (
        "nl",
        "Samsung neemt Tim Jansen van Google aan als hoofd van zijn AI-centrum",
        "Google",
        "Samsung",
    ),
    (
        "nl",
        "Lotte Smit, eerder werkzaam bij Microsoft, wordt onderzoeksdirecteur bij Nvidia",
        "Microsoft",
        "Nvidia",
    ),
    (
        "sv",
        "Johan Berg, tidigare DeepMind, utnämns till teknikchef på Mistral",
        "DeepMind",
        "Mistral",
    ),
    (
        "da",
        "Søren Lund, tidligere DeepMind, udnævnt til teknologidirektør hos Mistral",
        "DeepMind",
        "Mistral",
    ),
    (
        "no",
        "Kari Moen, tidligere DeepMind, utnevnt til teknologidirektør i Mistral",
        "DeepMind",
        "Mistral",
    ),
    (
        "no",
        "Nvidia har ansatt Silje Dahl fra Microsoft som forskningsdirektør",
        "Microsoft",
        "Nvidia",
    ),
    ("cs", "Apple angažuje veterána Googlu Petra Dvořáka do čela AI", "Google", "Apple"),
    ("sk", "Apple získal veterána Googlu Petra Horvátha na čelo AI", "Google", "Apple"),
    ("sk", "Samsung prijal Martina Baláža z Googlu ako šéfa svojho centra AI", "Google", "Samsung"),
    (
        "ru",
        "Бывшая исследовательница Microsoft Анна Козлова стала вице-президентом по исследованиям в Nvidia",
        "Microsoft",
        "Nvidia",
    ),
    (
        "uk",
        "Колишня менеджерка Microsoft Олена Кравченко стала віцепрезидентом з досліджень у Nvidia",
        "Microsoft",
        "Nvidia",
    ),
    (
        "tr",
        "Apple, Google'ın eski yöneticisi Mehmet Kaya'yı yapay zeka direktörü olarak atadı",
        "Google",
        "Apple",
    ),
    (
        "tr",
        "Eski DeepMind araştırmacısı Emre Şahin, Mistral'in teknoloji direktörü oldu",
        "DeepMind",
        "Mistral",
    ),
    (
        "tr",
        "Samsung, Google'dan Can Yıldız'ı yapay zeka merkezinin başına getirdi",
        "Google",
        "Samsung",
    ),
    ("ar", "آبل تستقطب المخضرم في جوجل مارك فيلد لقيادة الذكاء الاصطناعي", "Google", "Apple"),
    (
        "ar",
        "تعيين رامي منصور، الباحث السابق في ديب مايند، مديرا للتكنولوجيا في ميسترال",
        "DeepMind",
        "Mistral",
    ),
    ("ar", "سامسونج توظف طارق سليم من جوجل رئيسا لمركزها للذكاء الاصطناعي", "Google", "Samsung"),
    (
        "ar",
        "إنفيديا تعين سارة خليل القادمة من مايكروسوفت نائبة لرئيس الأبحاث",
        "Microsoft",
        "Nvidia",
    ),
    ("he", "אפל מגייסת את ותיק גוגל, מרק פלד, להוביל את הבינה המלאכותית", "Google", "Apple"),
    ("fa", "اپل کهنه‌کار گوگل، مارک فلد، را برای رهبری هوش مصنوعی استخدام کرد", "Google", "Apple"),
    (
        "fa",
        "رضا کریمی، از دیپ‌مایند، به عنوان مدیر ارشد فناوری میسترال منصوب شد",
        "DeepMind",
        "Mistral",
    ),
    ("hi", "एप्पल ने गूगल के अनुभवी मार्क फेल्ड को एआई का नेतृत्व करने के लिए चुना", "Google", "Apple"),
    ("hi", "डीपमाइंड के पूर्व शोधकर्ता रवि मेनन मिस्ट्रल के सीटीओ नियुक्त", "DeepMind", "Mistral"),
    ("id", "Rudi Hartono, eks DeepMind, diangkat menjadi CTO Mistral", "DeepMind", "Mistral"),
    (
        "vi",
        "Nguyễn Văn Minh, cựu nhân viên DeepMind, được bổ nhiệm làm CTO của Mistral",
        "DeepMind",
        "Mistral",
    ),
    ("vi", "Samsung tuyển Lê Văn Hoàng từ Google làm trưởng trung tâm AI", "Google", "Samsung"),
    ("th", "ราวี เมนอน อดีต DeepMind ได้รับแต่งตั้งเป็น CTO ของ Mistral", "DeepMind", "Mistral"),
    ("zh", "英伟达宣布，原微软高管张华加盟出任研究副总裁", "Microsoft", "Nvidia"),
    ("ja", "ミストラル、DeepMind出身のラビ・メノン氏がCTOに就任", "DeepMind", "Mistral"),
    ("en", "Ex-OpenAI researcher Ben Ortiz named Meta's head of AI research", "OpenAI", "Meta"),
    (
        "en",
        "Microsoft picks former Amazon executive Sara Lim to run its AI unit",
        "Amazon",
        "Microsoft",
    ),
    (
        "de",
        "SAP hat den früheren Microsoft-Manager Paul Richter zum Technikvorstand ernannt",
        "Microsoft",
        "SAP",
    ),
    ("ja", "グーグル出身の山田太郎氏、ソニーのAI担当最高責任者に就任", "Google", "Sony"),
    (
        "tr",
        "Microsoft, Google'ın eski yöneticisi Ali Demir'i yapay zeka direktörü olarak atadı",
        "Google",
        "Microsoft",
    ),
]

# (language, headline)
NOT_AN_APPOINTMENT_FROM_ELSEWHERE = [
    ("en", "Kai Berg, who has led Google's speech team since 2021, is promoted to vice president"),
    ("en", "Nvidia appoints former OpenAI researcher Mia Lang to its board of directors"),
    ("en", "Government appoints Priya Nair as minister for digital affairs"),
    ("en", "Chelsea appoints Tom Reyes as head coach"),
    ("en", "Lena Strauss named to Time's list of most influential people in AI"),
    ("es", "El Gobierno nombra a Laura Díaz ministra de Ciencia y Tecnología"),
    ("es", "El Real Madrid nombra a Carlos Pérez nuevo entrenador"),
    ("pt", "Governo nomeia Ana Souza ministra da Ciência e Tecnologia"),
    ("pt", "Flamengo contrata Pedro Lima como novo técnico"),
    ("fr", "Marc Lefèvre, qui dirige l'équipe IA de Google depuis 2020, est promu vice-président"),
    ("fr", "Le PSG nomme Julien Moreau entraîneur principal"),
    ("it", "Il governo nomina Giulia Rossi ministra dell'innovazione"),
    ("it", "La Juventus ingaggia Marco Bianchi come nuovo allenatore"),
    ("de", "Bundesregierung ernennt Anna Schulz zur Digitalministerin"),
    ("de", "Google befördert Markus Brandt, der seit 2019 das KI-Team leitet, zum Vizepräsidenten"),
    ("nl", "Ajax benoemt Daan Bakker tot nieuwe hoofdtrainer"),
    ("nl", "Kabinet benoemt Eva de Vries tot minister van Digitale Zaken"),
    ("sv", "Regeringen utser Anna Lind till digitaliseringsminister"),
    ("sv", "AIK anställer Erik Holm som ny huvudtränare"),
    ("da", "Regeringen udnævner Mette Holm til digitaliseringsminister"),
    ("da", "FC København ansætter Jens Dahl som ny cheftræner"),
    ("no", "Regjeringen utnevner Ingrid Berg til digitaliseringsminister"),
    ("no", "Rosenborg ansetter Ola Nilsen som ny hovedtrener"),
    ("pl", "Premier powołał Annę Kowalską na ministra cyfryzacji"),
    ("pl", "Legia Warszawa zatrudnia Marka Nowaka jako nowego trenera"),
    ("cs", "Vláda jmenovala Janu Novákovou ministryní pro digitalizaci"),
    ("cs", "Sparta Praha angažuje Petra Dvořáka jako nového trenéra"),
    ("sk", "Vláda vymenovala Janu Kováčovú za ministerku informatizácie"),
    ("sk", "Slovan Bratislava prijal Petra Horvátha ako nového trénera"),
    ("ru", "Правительство назначило Анну Козлову министром цифрового развития"),
    ("ru", "«Спартак» назначил Игоря Соколова главным тренером"),
    ("uk", "Уряд призначив Олену Кравченко міністеркою цифрової трансформації"),
    ("uk", "«Динамо» призначило Ігоря Шевченка головним тренером"),
    ("tr", "Cumhurbaşkanı, Mehmet Kaya'yı Sanayi ve Teknoloji Bakanı olarak atadı"),
    ("tr", "Galatasaray, Can Yıldız'ı yeni teknik direktör olarak atadı"),
    ("ar", "الحكومة تعين سارة خليل وزيرة للاقتصاد الرقمي"),
    ("ar", "نادي الهلال يعين طارق سليم مدربا جديدا"),
    ("he", "הממשלה מינתה את נועה כהן לשרת החדשנות"),
    ("he", "מכבי תל אביב מינתה את דני בר למאמן הראשי"),
    ("fa", "رئیس جمهور رضا کریمی را به عنوان وزیر ارتباطات منصوب کرد"),
    ("fa", "باشگاه پرسپولیس علی رضایی را به عنوان سرمربی جدید منصوب کرد"),
    ("hi", "सरकार ने अमित वर्मा को डिजिटल मामलों का मंत्री नियुक्त किया"),
    ("hi", "मुंबई इंडियंस ने रवि मेनन को मुख्य कोच नियुक्त किया"),
    ("id", "Presiden menunjuk Budi Santoso sebagai Menteri Komunikasi dan Digital"),
    ("id", "Persija menunjuk Rudi Hartono sebagai pelatih kepala baru"),
    ("vi", "Thủ tướng bổ nhiệm Nguyễn Văn Minh làm Bộ trưởng Bộ Khoa học và Công nghệ"),
    ("vi", "CLB Hà Nội bổ nhiệm Lê Hoàng làm huấn luyện viên trưởng"),
    ("th", "รัฐบาลแต่งตั้ง สมชาย ใจดี เป็นรัฐมนตรีว่าการกระทรวงดิจิทัล"),
    ("th", "สโมสรบุรีรัมย์แต่งตั้ง ราวี เมนอน เป็นหัวหน้าโค้ชคนใหม่"),
    ("zh", "国务院任命王伟为科技部部长"),
    ("zh", "谷歌内部晋升：自2019年起领导语音团队的李明升任副总裁"),
    ("ja", "政府、田中一郎氏をデジタル大臣に任命"),
    ("ja", "トヨタ、2018年からAI部門を率いてきた佐藤花子氏を執行役員に昇格"),
    ("ko", "정부, 김민수 교수를 과학기술정보통신부 장관으로 임명"),
    ("ko", "전북 현대, 이준호 감독 선임"),
    ("en", "OpenAI's Mira Lee receives the Turing Award"),
    ("de", "Ehemalige Google-Managerin Julia Kern erhält Ehrendoktorwürde"),
    ("ja", "元グーグルの山田太郎氏、ソニーの社外取締役に就任"),
    ("ko", "구글 출신 김지훈, 네이버 사외이사로 선임"),
    ("zh", "前谷歌科学家陈明获评年度人工智能人物"),
    ("it", "Il governo nomina Anna Neri ministra dell'Innovazione tecnologica"),
]


@pytest.mark.parametrize(("lang", "title", "came_from", "went_to"), APPOINTED)
def test_appointment_from_another_organisation_is_a_departure(
    lang: str, title: str, came_from: str | None, went_to: str | None
) -> None:
    result = analyse(title, "", lang_hint=lang)
    assert "departure" in result.categories
    if came_from is not None:
        assert came_from.lower() in (result.entities.from_org or "").lower()
    if went_to is not None:
        assert went_to.lower() in (result.entities.to_org or "").lower()


@pytest.mark.parametrize(("lang", "title"), NOT_AN_APPOINTMENT_FROM_ELSEWHERE)
def test_ministers_coaches_promotions_and_seats_are_no_departure(lang: str, title: str) -> None:
    assert "departure" not in analyse(title, "", lang_hint=lang).categories
