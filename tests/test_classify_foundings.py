"""A new AI company or lab founded by named people, as each language's press tells it.

The founding announced with the company's name ("announced the creation of X, a new
company"), prepared or assembled ("prepara una nueva empresa", "筹办", "창업 준비"),
launched under a name ("a new venture called X"), told as someone's new startup without a
verb ("Ex-Google researcher's new AI lab"), or as leaving to start one's own company, is a
lab formation. A funding round of a lab that exists, a founding date told as background, a
lawsuit that recalls who founded what and a new office are not. Invented people.
"""

from __future__ import annotations

import pytest

from watcher.classify import analyse

FOUNDINGS = [
    ("en", "Ex-Google researcher's new AI lab"),
    ("en", "Halcyon is the new startup of former DeepMind scientist Tom Reyes."),
    ("es", "La nueva startup de IA del exdirectivo de Meta Carlos Ruiz"),
    (
        "es",
        "El exingeniero de Microsoft Luis Gómez prepara una nueva empresa de inteligencia artificial.",
    ),
    ("es", "Marta Díaz, ex de DeepMind, ha lanzado un nuevo proyecto llamado Sirio."),
    ("pt", "A nova startup de IA do ex-executivo da Meta Pedro Santos"),
    (
        "pt",
        "Ex-engenheiro da Microsoft Lucas Rocha está montando uma equipe para uma nova empresa de IA.",
    ),
    ("fr", "La nouvelle start-up d'IA d'un ancien de Meta"),
    ("it", "La nuova startup di IA dell'ex manager di Meta Luca Greco"),
    (
        "it",
        "L'ex scienziato di Microsoft Paolo Rossi sta preparando una nuova startup di intelligenza artificiale.",
    ),
    (
        "de",
        "Der frühere Google-Forscher Jonas Weber hat die Gründung von Nebel bekannt gegeben, einem neuen Unternehmen für künstliche Intelligenz.",
    ),
    ("de", "Das neue KI-Start-up des Ex-Meta-Managers Tobias Braun"),
    ("da", "Tidligere Google-forsker Mads Jensen stifter nyt AI-selskab"),
    (
        "pl",
        "Były badacz Google Piotr Kowalski ogłosił utworzenie firmy Mgła, nowej spółki zajmującej się sztuczną inteligencją.",
    ),
    ("cs", "Bývalý výzkumník Googlu Petr Novák zakládá novou AI firmu"),
    ("sk", "Bývalý výskumník Googlu Martin Kováč zakladá novú AI firmu"),
    (
        "ru",
        "Бывший исследователь Google Алексей Смирнов объявил о создании компании «Туман», посвящённой искусственному интеллекту.",
    ),
    ("ru", "Бывший инженер Microsoft Олег Попов готовит новый ИИ-стартап."),
    (
        "uk",
        "Колишній дослідник Google Андрій Шевченко оголосив про створення компанії «Туман», що займатиметься штучним інтелектом.",
    ),
    ("tr", "Eski Microsoft mühendisi Deniz Aydın yeni bir yapay zeka girişimi hazırlığında."),
    ("hi", "प्रिया वर्मा ने अपनी कंपनी शुरू करने के लिए ओपनएआई छोड़ा"),
    ("id", "Mantan eksekutif Meta Rudi Hartono meluncurkan startup baru bernama Elang."),
    ("id", "Mantan insinyur Microsoft Agus Salim sedang menyiapkan perusahaan AI baru."),
    ("zh", "前谷歌研究员王磊正在筹办一家新的人工智能公司"),
    ("zh", "前谷歌工程师赵敏的新AI实验室获得5000万美元融资"),
    ("ja", "元OpenAIの佐藤美咲氏がAIスタートアップの設立準備"),
    ("ko", "전 구글 연구원 김민수, 새 AI 스타트업 창업"),
    ("ko", "전 오픈AI 연구원 이지은 씨가 AI 스타트업 창업 준비 중"),
]

NOT_FOUNDINGS = [
    # the founder of a startup (창업자) joins a company: no founding
    ("ko", "AI 스타트업 창업자 김민수 씨가 구글에 합류했다"),
    ("en", "Anthropic raises $2 billion in new funding round led by Google."),
    ("en", "OpenAI, founded in 2015 by Sam Altman and others, launched a new model on Tuesday."),
    ("en", "Mistral AI opens an office in Paris."),
    ("en", "The lawsuit recalls that Elon Musk co-founded OpenAI with Sam Altman."),
    ("es", "La startup francesa Mistral AI cierra una ronda de financiación de 600 millones."),
    ("es", "OpenAI, fundada en 2015, lanzó un nuevo modelo de lenguaje."),
    ("es", "Mistral AI abre una oficina en Madrid."),
    ("pt", "A Anthropic capta US$ 2 bilhões em nova rodada de investimento."),
    ("pt", "A OpenAI, fundada em 2015 por Sam Altman, lançou um novo modelo."),
    ("pt", "Mistral AI abre escritório em São Paulo."),
    ("fr", "Mistral AI lève 600 millions d'euros lors d'un nouveau tour de table."),
    ("fr", "OpenAI ouvre un bureau à Paris."),
    ("fr", "OpenAI, fondée en 2015, lance un nouveau modèle."),
    ("it", "Mistral AI raccoglie 600 milioni in un nuovo round di finanziamento."),
    ("it", "OpenAI apre un ufficio a Milano."),
    ("it", "OpenAI, fondata nel 2015, ha lanciato un nuovo modello."),
    ("de", "Aleph Alpha sammelt in neuer Finanzierungsrunde 500 Millionen Dollar ein."),
    ("de", "OpenAI eröffnet ein Büro in München."),
    ("de", "OpenAI, 2015 gegründet, stellt ein neues Modell vor."),
    ("nl", "Mistral AI haalt 600 miljoen euro op in nieuwe financieringsronde."),
    ("nl", "OpenAI opent een kantoor in Amsterdam."),
    ("sv", "Mistral AI tar in 600 miljoner euro i ny finansieringsrunda."),
    ("sv", "OpenAI öppnar kontor i Stockholm."),
    ("da", "Mistral AI henter 600 millioner euro i ny finansieringsrunde."),
    ("da", "OpenAI åbner kontor i København."),
    ("no", "Mistral AI henter 600 millioner euro i ny finansieringsrunde."),
    ("no", "OpenAI åpner kontor i Oslo."),
    ("pl", "Mistral AI pozyskał 600 mln euro w nowej rundzie finansowania."),
    ("pl", "OpenAI otwiera biuro w Warszawie."),
    ("cs", "Mistral AI získal 600 milionů eur v novém kole financování."),
    ("cs", "OpenAI otevírá kancelář v Praze."),
    ("sk", "Mistral AI získal 600 miliónov eur v novom kole financovania."),
    ("sk", "OpenAI otvára kanceláriu v Bratislave."),
    ("ru", "Mistral AI привлекла 600 млн евро в новом раунде финансирования."),
    ("ru", "OpenAI открывает офис в Париже."),
    ("uk", "Mistral AI залучила 600 млн євро в новому раунді фінансування."),
    ("uk", "OpenAI відкриває офіс у Києві."),
    ("tr", "Mistral AI yeni finansman turunda 600 milyon euro topladı."),
    ("tr", "OpenAI İstanbul'da ofis açıyor."),
    ("ar", "ميسترال تجمع 600 مليون يورو في جولة تمويل جديدة"),
    ("ar", "OpenAI تفتتح مكتبا في دبي"),
    ("he", "מיסטרל גייסה 600 מיליון יורו בסבב גיוס חדש"),
    ("he", "OpenAI פותחת משרד בתל אביב"),
    ("fa", "میسترال در دور جدید تأمین مالی ۶۰۰ میلیون یورو جذب کرد"),
    ("fa", "OpenAI در دبی دفتر باز می\u200cکند"),
    ("hi", "मिस्ट्रल ने नए फंडिंग राउंड में 60 करोड़ यूरो जुटाए"),
    ("hi", "ओपनएआई ने दिल्ली में कार्यालय खोला"),
    ("id", "Mistral AI raih pendanaan 600 juta euro dalam putaran baru."),
    ("id", "OpenAI membuka kantor di Jakarta."),
    ("vi", "Mistral AI huy động 600 triệu euro trong vòng gọi vốn mới."),
    ("vi", "OpenAI mở văn phòng tại Hà Nội."),
    ("th", "Mistral AI ระดมทุน 600 ล้านยูโรในรอบใหม่"),
    ("th", "OpenAI เปิดสำนักงานในกรุงเทพฯ"),
    ("zh", "月之暗面完成新一轮10亿美元融资"),
    ("zh", "OpenAI在东京开设办公室"),
    ("zh", "成立于2015年的OpenAI发布了新模型"),
    ("ja", "サカナAIが新たな資金調達で200億円を調達"),
    ("ja", "OpenAIが東京にオフィスを開設"),
    ("ko", "업스테이지, 1000억 원 규모 투자 유치"),
    ("ko", "오픈AI, 서울에 사무소 개설"),
]


@pytest.mark.parametrize(("lang", "title"), FOUNDINGS)
def test_founding_is_lab_formation(lang: str, title: str) -> None:
    assert "lab_formation" in analyse(title, "", lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title"), NOT_FOUNDINGS)
def test_not_a_founding(lang: str, title: str) -> None:
    assert "lab_formation" not in analyse(title, "", lang_hint=lang).categories
