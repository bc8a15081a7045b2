"""Headlines in the shapes the press gives a new lab: a company opens an AI research
centre in a city ("to open AI research centre", where "open AI" is no spelling of
OpenAI), merges two units into one, creates a unit with a named head; former researchers
launch a startup that has raised money, or one comes out of stealth with its first money;
a university or a state sets up an institute; two partners set up a joint centre. And the
hard negatives beside them: a data centre, a sales office, a product, a funding round, a
lab closed, a company founded years ago, a school or a restaurant. Invented sentences."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

FORMED = [
    ("en", "Samsung to open AI research centre in Paris, hiring 100 researchers"),
    ("en", "Nvidia to open AI research lab in Tel Aviv"),
    ("en", "Former OpenAI researchers launch Veridian Labs, which has raised $40 million"),
    ("en", "Stanford sets up new institute for human-centred AI"),
    ("en", "Former Meta AI researchers team up to build new startup"),
    ("en", "xAI cofounder departs to launch AI safety venture"),
    (
        "en",
        "Quillmark emerges from stealth with $25 million in funding from Nvidia to build AI agents",
    ),
    ("en", "Alphabet merges its Brain and DeepMind teams into a single AI unit"),
    ("en", "Meta creates superintelligence unit led by former Scale chief Dana Whitlow"),
    ("en", "Sony and Honda form joint venture to build an AI research lab in Tokyo"),
    (
        "de",
        "Ehemalige DeepMind-Forscher gründen KI-Startup Lumora und sammeln 30 Millionen Euro ein",
    ),
    ("de", "Bayern richtet neues Institut für Künstliche Intelligenz an der TU München ein"),
    ("fr", "Le CNRS et Inria créent un centre commun de recherche sur l'IA"),
    (
        "fr",
        "La start-up d'IA Vesper sort de l'ombre avec une levée de 20 millions auprès de Nvidia",
    ),
    (
        "fr",
        "Meta crée une nouvelle division consacrée à la superintelligence, dirigée par Marc Olier",
    ),
    (
        "es",
        "Telefónica y la Universidad de Granada crean un centro conjunto de investigación en IA",
    ),
    (
        "es",
        "Exinvestigadores de OpenAI fundan Nubira, una startup de IA que ha captado 30 millones",
    ),
    (
        "it",
        "Due ex ricercatori di Google lanciano Aurora, nuova società di intelligenza artificiale",
    ),
    ("it", "Google unisce Brain e DeepMind in un'unica unità di ricerca sull'IA"),
    ("pt", "Meta cria nova divisão de superinteligência liderada por João Mendes"),
    ("nl", "TU Delft en Philips openen gezamenlijk AI-lab"),
    ("pl", "Meta tworzy nowy dział superinteligencji kierowany przez Jana Kowalskiego"),
    ("ru", "Google объединяет Brain и DeepMind в одно подразделение"),
    ("uk", "Samsung відкриє у Києві дослідницький центр штучного інтелекту"),
    ("cs", "ČVUT zřídilo nový institut umělé inteligence"),
    ("tr", "Meta, Ahmet Yılmaz liderliğinde yeni bir süper zeka birimi kurdu"),
    ("ar", "جامعة الملك سعود تنشئ معهدا للذكاء الاصطناعي"),
    ("he", "סמסונג תפתח מרכז מחקר לבינה מלאכותית בתל אביב"),
    ("he", "מטא מקימה יחידת סופר-אינטליגנציה חדשה בראשות דני כהן"),
    ("fa", "دانشگاه تهران پژوهشکده هوش مصنوعی راه‌اندازی کرد"),
    ("hi", "आईआईटी मद्रास ने कृत्रिम बुद्धिमत्ता संस्थान स्थापित किया"),
    ("id", "Meta membentuk unit superintelijen baru yang dipimpin Budi Santoso"),
    ("vi", "Cựu nhà nghiên cứu OpenAI thành lập startup AI Lumira, gọi vốn 20 triệu USD"),
    ("th", "จุฬาลงกรณ์มหาวิทยาลัยจัดตั้งสถาบันปัญญาประดิษฐ์"),
    ("ja", "元OpenAIの研究者らがAIスタートアップ「ルミナ」を設立、30億円を調達"),
    ("ko", "서울대, 인공지능 연구원 설립"),
    ("ko", "LG, AI 연구원 신설"),
    ("ko", "전 구글 엔지니어들이 새 AI 기업을 설립했다"),
    ("zh", "谷歌将Brain和DeepMind合并为新的AI部门"),
]

NOT_FORMED = [
    ("en", "Microsoft opens $3 billion data centre in Wisconsin"),
    ("en", "Samsung opens a new sales office in Paris"),
    ("en", "OpenAI launches GPT-5 model for enterprise customers"),
    ("en", "Intel closes its AI research lab in Haifa"),
    ("en", "Charity founded by former teacher opens new school in Leeds"),
    ("en", "Microsoft invests in Open AI lab"),
    ("en", "Microsoft wants to open AI models to more developers"),
    ("en", "Researchers at the new institute say chatbots make mistakes"),
    ("en", "Venture firm teams up to launch $500 million fund for AI startups"),
    ("en", "Quillmark, which emerged from stealth in 2022, raises $80 million Series B"),
    ("en", "Quillmark, which emerged from stealth last year, raises $80 million led by Nvidia"),
    (
        "en",
        "Veridian, the startup founded by former OpenAI researchers in 2021, raises $200 million",
    ),
    ("de", "Das 2019 gegründete KI-Start-up Helsing sammelt 600 Millionen ein"),
    ("fr", "La start-up, sortie de l'ombre en 2021, lève 100 millions en série B"),
    ("fr", "Le centre commun de recherche, créé en 2015, publie une étude sur l'IA"),
    ("fr", "Un chef ouvre un nouveau restaurant à Lyon"),
    ("es", "El centro conjunto de investigación, creado en 2010, publica un estudio sobre IA"),
    ("it", "Le aziende lanciano nuovi prodotti di intelligenza artificiale"),
    ("nl", "Winkels openen op zondag in Amsterdam"),
    ("pl", "Microsoft otwiera nowe centrum danych pod Warszawą"),
    ("ru", "Google закрывает лабораторию искусственного интеллекта в Цюрихе"),
    ("ar", "المعهد الذي تأسس عام 2010 يطلق نموذجا جديدا"),
    ("he", "המודל פותח במעבדת המחקר של גוגל"),
    ("he", "גוגל סוגרת את מרכז המחקר בחיפה"),
    ("hi", "माइक्रोसॉफ्ट ने हैदराबाद में नया डेटा सेंटर खोला"),
    ("ja", "AIスタートアップのサカナAI、シリーズBで200億円を調達"),
    ("ko", "삼성전자, AI 연구원 300명 채용"),
    ("ko", "전 구글 연구원이 2019년에 설립한 AI 스타트업, 시리즈B 투자 유치"),
    ("ko", "새 AI 기업 투자 급증"),
    ("zh", "微软在上海开设新的数据中心"),
]


@pytest.mark.parametrize(("lang", "title"), FORMED)
def test_a_new_lab_in_a_headline_is_a_formation(lang: str, title: str) -> None:
    assert "lab_formation" in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title"), NOT_FORMED)
def test_a_headline_that_forms_no_lab_raises_nothing(lang: str, title: str) -> None:
    assert analyse(title, "", lang_hint=lang).categories == ()
