"""Offers in the shapes the press tells them, in each language's own words: packages
offered to a group of researchers, signing bonuses, retention pay and extra equity to keep
staff from leaving, counter-offers that match a rival's, offers turned down, pay told by
its sum alone, and pay to sit out a non-compete period. A chief executive's yearly pay, a
salary survey, a player's contract, a takeover bid, a discount, a funding round, a grant
to a university and a bonus for a whole workforce stay without any category."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

OFFERS: list[tuple[str, str, float | None]] = [
    (
        "en",
        "Meta researchers were offered packages of up to $300m over four years to join its superintelligence unit",
        300000000.0,
    ),
    ("en", "OpenAI hands staff a one-off retention bonus as Meta circles its researchers", None),
    ("en", "Google paid employees to stay after a wave of departures to Anthropic", None),
    ("en", "Anthropic matched the offer and Priya Nandakumar stayed put", None),
    (
        "en",
        "Dario Lindqvist turned down a $1bn offer from Meta to stay at his startup",
        1000000000.0,
    ),
    ("en", "Researcher Tomas Aalto rejected an offer from Meta worth $200 million", 200000000.0),
    ("en", "Meta lands AI engineer Kenji Obara with a nine-figure pay deal", None),
    ("en", "Meta put together a $250m package to lure Lena Hartmann from OpenAI", 250000000.0),
    ("en", "Google DeepMind paid Arlo Finch to sit out a year rather than join a rival", None),
    ("en", "xAI grants extra equity to keep its reasoning team together after Meta raids", None),
    ("en", "OpenAI countered with a $20 million signing bonus to keep Sami Okafor", 20000000.0),
    (
        "en",
        "Microsoft offered Ravi Menon a $15 million signing bonus to join its AI group",
        15000000.0,
    ),
    (
        "en",
        "Researcher Mia Corvell spurned a $1.5 billion package from Meta, according to people familiar",
        1500000000.0,
    ),
    (
        "en",
        "OpenAI gave some researchers multimillion-dollar retention grants to stop them leaving for Meta",
        None,
    ),
    (
        "en",
        "Microsoft dangled a $40 million signing bonus in front of DeepMind's Owen Pryce",
        40000000.0,
    ),
    (
        "de",
        "Meta bot Forschern Pakete von bis zu 300 Millionen Dollar über vier Jahre",
        300000000.0,
    ),
    (
        "de",
        "OpenAI zahlt Mitarbeitern eine einmalige Halteprämie, um Abwerbungen durch Meta zu verhindern",
        None,
    ),
    (
        "de",
        "KI-Forscher Jonas Brandt lehnte ein Angebot von Meta über eine Milliarde Dollar ab",
        1000000000.0,
    ),
    ("de", "Google zog mit dem Angebot gleich und hielt die Forscherin Lea Vogt", None),
    (
        "de",
        "Meta lockt KI-Forscher Paul Renner mit einem Paket von 250 Millionen Dollar",
        250000000.0,
    ),
    (
        "de",
        "Google DeepMind bezahlt Forscher dafür, ein Jahr lang nicht für Konkurrenten zu arbeiten",
        None,
    ),
    (
        "de",
        "Meta bot dem Forscher Felix Hahn eine Antrittsprämie von 100 Millionen Dollar",
        100000000.0,
    ),
    (
        "de",
        "OpenAI gewährt Forschern zusätzliche Aktienpakete, damit sie nicht zu Meta wechseln",
        None,
    ),
    (
        "fr",
        "Meta a proposé à des chercheurs des rémunérations allant jusqu'à 300 millions de dollars sur quatre ans",
        300000000.0,
    ),
    (
        "fr",
        "OpenAI verse une prime de fidélisation exceptionnelle à ses salariés pour freiner les départs vers Meta",
        None,
    ),
    (
        "fr",
        "Le chercheur Julien Morel a refusé une offre d'un milliard de dollars de Meta",
        1000000000.0,
    ),
    ("fr", "Google a aligné l'offre de Meta pour retenir la chercheuse Claire Dubois", None),
    (
        "fr",
        "Meta attire l'ingénieur Hugo Lambert avec un package de 250 millions de dollars",
        250000000.0,
    ),
    (
        "fr",
        "Google DeepMind paie des chercheurs pour qu'ils ne travaillent pas pendant un an chez un concurrent",
        None,
    ),
    (
        "fr",
        "Meta a offert une prime de signature de 100 millions de dollars au chercheur Louis Martin",
        100000000.0,
    ),
    (
        "es",
        "Meta ofreció a investigadores paquetes de hasta 300 millones de dólares en cuatro años",
        300000000.0,
    ),
    (
        "es",
        "OpenAI paga a sus empleados un bono de retención para frenar la fuga de talento hacia Meta",
        None,
    ),
    (
        "es",
        "El investigador Diego Romero rechazó una oferta de 1.000 millones de dólares de Meta",
        1000000000.0,
    ),
    ("es", "Google igualó la oferta de Meta para retener a la investigadora Lucía Ortega", None),
    (
        "es",
        "Meta ficha al ingeniero Pablo Ruiz con un paquete de 250 millones de dólares",
        250000000.0,
    ),
    (
        "es",
        "OpenAI ofrece una prima de fichaje de 20 millones de dólares al investigador Andrés Gil",
        20000000.0,
    ),
    (
        "es",
        "Meta tentó al investigador Javier Soto con un paquete de 300 millones de dólares, que rechazó",
        300000000.0,
    ),
    (
        "it",
        "Meta ha offerto ai ricercatori pacchetti fino a 300 milioni di dollari in quattro anni",
        300000000.0,
    ),
    (
        "it",
        "OpenAI versa ai dipendenti un bonus di permanenza per fermare la fuga verso Meta",
        None,
    ),
    (
        "it",
        "Il ricercatore Marco Bellini ha rifiutato un'offerta da un miliardo di dollari di Meta",
        1000000000.0,
    ),
    (
        "it",
        "Google ha pareggiato l'offerta di Meta per trattenere la ricercatrice Giulia Conti",
        None,
    ),
    (
        "it",
        "Meta attira l'ingegnere Luca Ferri con un pacchetto da 250 milioni di dollari",
        250000000.0,
    ),
    (
        "it",
        "OpenAI concede ai ricercatori bonus di permanenza milionari per non farli passare a Meta",
        None,
    ),
    (
        "pt",
        "Meta ofereceu a pesquisadores pacotes de até US$ 300 milhões em quatro anos",
        300000000.0,
    ),
    ("pt", "OpenAI paga bônus de retenção a funcionários para conter a saída para a Meta", None),
    ("pt", "O pesquisador Rafael Lima recusou uma oferta de US$ 1 bilhão da Meta", 1000000000.0),
    ("pt", "Google cobriu a oferta da Meta para manter a pesquisadora Ana Souza", None),
    ("pt", "Meta atrai engenheiro Bruno Castro com pacote de US$ 250 milhões", 250000000.0),
    (
        "pt",
        "A pesquisadora Beatriz Rocha rejeitou um pacote de US$ 500 milhões da Meta",
        500000000.0,
    ),
    ("nl", "Meta bood onderzoekers pakketten tot 300 miljoen dollar over vier jaar", 300000000.0),
    (
        "nl",
        "OpenAI betaalt personeel een eenmalige blijfpremie om overstap naar Meta te voorkomen",
        None,
    ),
    (
        "nl",
        "Onderzoeker Daan de Vries sloeg een bod van 1 miljard dollar van Meta af",
        1000000000.0,
    ),
    ("nl", "Google evenaarde het bod van Meta om onderzoeker Sanne Bakker te houden", None),
    ("nl", "Meta lokt ingenieur Thijs Visser met een pakket van 250 miljoen dollar", 250000000.0),
    ("pl", "Meta oferowała badaczom pakiety do 300 mln dolarów na cztery lata", 300000000.0),
    ("pl", "OpenAI wypłaca pracownikom premie retencyjne, by powstrzymać odejścia do Mety", None),
    ("pl", "Badacz Piotr Nowak odrzucił ofertę Mety wartą miliard dolarów", 1000000000.0),
    ("pl", "Google przebił ofertę Mety, by zatrzymać badaczkę Annę Wiśniewską", None),
    ("pl", "Meta kusi inżyniera Tomasza Zielińskiego pakietem wartym 250 mln dolarów", 250000000.0),
    ("ru", "Meta предлагала исследователям пакеты до 300 млн долларов за четыре года", 300000000.0),
    (
        "ru",
        "OpenAI выплачивает сотрудникам бонусы за удержание, чтобы остановить уход в Meta",
        None,
    ),
    (
        "ru",
        "Исследователь Алексей Смирнов отказался от предложения Meta на 1 млрд долларов",
        1000000000.0,
    ),
    ("ru", "Google перебил предложение Meta, чтобы удержать исследовательницу Анну Волкову", None),
    ("ru", "Meta переманила инженера Ивана Петрова пакетом в 250 млн долларов", 250000000.0),
    (
        "ru",
        "Meta предложила исследователю Дмитрию Орлову бонус за подписание в 100 млн долларов",
        100000000.0,
    ),
    ("ru", "OpenAI платит сотрудникам премии за то, чтобы они не уходили в Meta", None),
    ("uk", "Meta пропонувала дослідникам пакети до 300 млн доларів на чотири роки", 300000000.0),
    ("uk", "OpenAI виплачує працівникам бонуси за утримання, щоб зупинити відтік до Meta", None),
    (
        "uk",
        "Дослідник Олег Коваленко відмовився від пропозиції Meta на 1 млрд доларів",
        1000000000.0,
    ),
    ("uk", "Meta переманила інженера Андрія Шевченка пакетом у 250 млн доларів", 250000000.0),
    ("cs", "Meta nabízela výzkumníkům balíčky až 300 milionů dolarů na čtyři roky", 300000000.0),
    ("cs", "OpenAI vyplácí zaměstnancům stabilizační bonusy, aby zabránila odchodům do Mety", None),
    ("cs", "Výzkumník Jan Novák odmítl nabídku Mety za miliardu dolarů", 1000000000.0),
    ("cs", "Meta láká inženýra Petra Dvořáka balíčkem za 250 milionů dolarů", 250000000.0),
    ("sk", "Meta ponúkala výskumníkom balíky až 300 miliónov dolárov na štyri roky", 300000000.0),
    ("sk", "OpenAI vypláca zamestnancom stabilizačné bonusy, aby zabránila odchodom do Mety", None),
    ("sk", "Výskumník Martin Horváth odmietol ponuku Mety za miliardu dolárov", 1000000000.0),
    ("sk", "Meta láka inžiniera Petra Kováča balíkom za 250 miliónov dolárov", 250000000.0),
    (
        "tr",
        "Meta araştırmacılara dört yılda 300 milyon dolara varan paketler teklif etti",
        300000000.0,
    ),
    ("tr", "OpenAI, Meta'ya geçişleri durdurmak için çalışanlarına elde tutma primi ödüyor", None),
    ("tr", "Araştırmacı Emre Yılmaz, Meta'nın 1 milyar dolarlık teklifini reddetti", 1000000000.0),
    ("tr", "Meta, mühendis Can Demir'i 250 milyon dolarlık paketle kadrosuna kattı", 250000000.0),
    ("tr", "Meta, araştırmacı Mert Kaya'ya 100 milyon dolarlık imza primi önerdi", 100000000.0),
    ("tr", "OpenAI, çalışanlarının Meta'ya geçmemesi için ek hisse verdi", None),
    ("ar", "عرضت ميتا على باحثين حزما تصل إلى 300 مليون دولار على مدى أربع سنوات", 300000000.0),
    ("ar", "أوبن إيه آي تدفع مكافآت استبقاء لموظفيها لوقف انتقالهم إلى ميتا", None),
    ("ar", "الباحث كريم حداد يرفض عرضا من ميتا بقيمة مليار دولار", 1000000000.0),
    ("ar", "ميتا تستقطب المهندس سامي نصار بحزمة قيمتها 250 مليون دولار", 250000000.0),
    ("he", "מטא הציעה לחוקרים חבילות של עד 300 מיליון דולר לארבע שנים", 300000000.0),
    ("he", "OpenAI משלמת לעובדים מענקי שימור כדי לעצור את המעבר למטא", None),
    ("he", "החוקר יואב לוי דחה הצעה של מיליארד דולר ממטא", 1000000000.0),
    ("he", "מטא מפתה את המהנדס עומר כהן בחבילה של 250 מיליון דולר", 250000000.0),
    ("he", "מטא הציעה לחוקר אורי שגיא מענק חתימה של 100 מיליון דולר", 100000000.0),
    ("he", "החוקרת נועה פרץ סירבה להצעה של 500 מיליון דולר ממטא", 500000000.0),
    (
        "fa",
        "متا به پژوهشگران بسته\u200cهایی تا ۳۰۰ میلیون دلار در چهار سال پیشنهاد داد",
        300000000.0,
    ),
    (
        "fa",
        "اوپن\u200cای\u200cآی برای جلوگیری از رفتن کارکنان به متا پاداش ماندگاری می\u200cپردازد",
        None,
    ),
    ("fa", "پژوهشگر علی رضایی پیشنهاد یک میلیارد دلاری متا را رد کرد", 1000000000.0),
    ("fa", "متا به پژوهشگر رضا احمدی بسته\u200cای ۲۰۰ میلیون دلاری پیشنهاد کرد", 200000000.0),
    ("hi", "मेटा ने शोधकर्ताओं को चार साल में 30 करोड़ डॉलर तक के पैकेज की पेशकश की", 300000000.0),
    ("hi", "ओपनएआई कर्मचारियों को मेटा जाने से रोकने के लिए रिटेंशन बोनस दे रहा है", None),
    ("hi", "शोधकर्ता राहुल वर्मा ने मेटा का 1 अरब डॉलर का ऑफर ठुकराया", 1000000000.0),
    ("hi", "मेटा ने शोधकर्ता अमित शर्मा को 10 करोड़ डॉलर का साइनिंग बोनस ऑफर किया", 100000000.0),
    (
        "id",
        "Meta menawarkan paket hingga 300 juta dolar AS selama empat tahun kepada para peneliti",
        300000000.0,
    ),
    ("id", "OpenAI membayar bonus retensi kepada karyawan agar tidak pindah ke Meta", None),
    ("id", "Peneliti Budi Santoso menolak tawaran Meta senilai 1 miliar dolar AS", 1000000000.0),
    ("id", "Meta memikat insinyur Andi Pratama dengan paket 250 juta dolar AS", 250000000.0),
    (
        "id",
        "Meta menawarkan bonus tanda tangan 100 juta dolar AS kepada peneliti Rina Wijaya",
        100000000.0,
    ),
    ("id", "OpenAI memberi saham tambahan kepada peneliti agar tidak hengkang ke Meta", None),
    (
        "vi",
        "Meta đề nghị các nhà nghiên cứu gói đãi ngộ lên tới 300 triệu USD trong bốn năm",
        300000000.0,
    ),
    ("vi", "OpenAI trả thưởng giữ chân nhân viên để ngăn làn sóng chuyển sang Meta", None),
    ("vi", "Nhà nghiên cứu Nguyễn Văn An từ chối lời mời 1 tỷ USD của Meta", 1000000000.0),
    ("vi", "Meta lôi kéo kỹ sư Trần Minh bằng gói thù lao 250 triệu USD", 250000000.0),
    (
        "vi",
        "Meta chi 100 triệu USD tiền thưởng ký hợp đồng để chiêu mộ nhà nghiên cứu Lê Hoàng",
        100000000.0,
    ),
    ("th", "เมตาเสนอแพ็กเกจสูงถึง 300 ล้านดอลลาร์ในสี่ปีให้นักวิจัย", 300000000.0),
    ("th", "OpenAI จ่ายโบนัสรักษาพนักงานเพื่อสกัดการย้ายไปเมตา", None),
    ("th", "นักวิจัย สมชาย ใจดี ปฏิเสธข้อเสนอ 1 พันล้านดอลลาร์จากเมตา", 1000000000.0),
    ("th", "เมตาเสนอโบนัสเซ็นสัญญา 100 ล้านดอลลาร์ให้นักวิจัย สมศักดิ์ วงศ์ดี", 100000000.0),
    ("ja", "メタは研究者に4年間で最大3億ドルの報酬パッケージを提示した", 300000000.0),
    ("ja", "オープンAI、メタへの流出防止へ社員に引き留めボーナスを支給", None),
    ("ja", "研究者の田中健氏、メタからの10億ドルのオファーを断る", 1000000000.0),
    ("ja", "グーグル、メタと同額を提示し研究者の佐藤愛氏を引き留め", None),
    ("ja", "メタ、2億5000万ドルの報酬でエンジニアの山本翔氏を引き抜き", 250000000.0),
    ("ja", "メタ、研究者の鈴木大輔氏に1億ドルの契約金を提示", 100000000.0),
    ("ja", "オープンAIの研究者、メタからの5億ドルの報酬提示を辞退", 500000000.0),
    ("ko", "메타, 연구원들에게 4년간 최대 3억 달러 보상 패키지 제시", 300000000.0),
    ("ko", "오픈AI, 메타로의 이탈 막으려 직원들에게 잔류 보너스 지급", None),
    ("ko", "연구원 김도윤, 메타의 10억 달러 제안 거절", 1000000000.0),
    ("ko", "메타, 2억5000만 달러 패키지로 엔지니어 박서준 영입", 250000000.0),
    ("ko", "메타, 연구원 이준호에게 1억 달러 사이닝 보너스 제시", 100000000.0),
    ("ko", "오픈AI 연구원, 메타의 5억 달러 영입 제안 거절", 500000000.0),
    ("zh", "Meta向研究人员开出四年最高3亿美元的薪酬方案", 300000000.0),
    ("zh", "OpenAI向员工发放留任奖金，以阻止人才流向Meta", None),
    ("zh", "研究员王磊拒绝了Meta开出的10亿美元邀约", 1000000000.0),
    ("zh", "谷歌跟进Meta的报价，成功留住研究员李静", None),
    ("zh", "Meta以2.5亿美元薪酬挖走工程师陈浩", 250000000.0),
    ("zh", "Meta向研究员张伟开出1亿美元签约奖金", 100000000.0),
    ("zh", "研究员刘洋婉拒Meta开出的5亿美元薪酬", 500000000.0),
]
NOT_OFFERS = [
    (
        "en",
        "Microsoft's chief executive received $79 million in total pay for the fiscal year, a proxy filing shows",
    ),
    ("en", "AI engineers in Europe earn an average salary of $180,000, according to a new survey"),
    ("en", "The striker signed a five-year contract worth $300 million with the club"),
    ("en", "Broadcom made a $60 billion takeover offer for the chip designer"),
    ("en", "OpenAI offers a 50% discount on ChatGPT Plus for students this month"),
    ("en", "Mistral raises $600 million in a funding round led by General Catalyst"),
    ("en", "The government awarded a $20 million grant to Stanford for AI research"),
    ("en", "JPMorgan pays a one-off bonus of $1,000 to all staff below senior level"),
    ("en", "Goldman Sachs raises its bonus pool by 10% as dealmaking rebounds"),
    ("en", "Nvidia gives every employee a cost-of-living bonus of $2,000"),
    ("en", "The quarterback agreed to a record $275 million contract extension"),
    ("en", "Adobe offers Figma shareholders $20 billion in cash and stock"),
    ("en", "Amazon offers Prime members a free month of its AI assistant"),
    ("en", "Alphabet CEO's compensation rose to $226 million last year"),
    (
        "de",
        "Der Vorstandschef von SAP erhielt im Geschäftsjahr eine Vergütung von 20 Millionen Euro, zeigt der Geschäftsbericht",
    ),
    ("de", "KI-Fachkräfte verdienen laut einer Umfrage im Schnitt 95.000 Euro im Jahr"),
    ("de", "Der Stürmer unterschreibt einen Vertrag über 200 Millionen Euro beim FC Bayern"),
    (
        "de",
        "Siemens legt ein Übernahmeangebot über 10 Milliarden Euro für den Softwarehersteller vor",
    ),
    ("de", "Aleph Alpha sammelt in einer Finanzierungsrunde 500 Millionen Dollar ein"),
    ("de", "Die Deutsche Bank zahlt allen Mitarbeitern eine Inflationsprämie von 1500 Euro"),
    (
        "de",
        "Die Regierung gewährt der TU München einen Zuschuss von 50 Millionen Euro für KI-Forschung",
    ),
    ("de", "Telekom bietet Kunden 50 Prozent Rabatt auf KI-Abo"),
    (
        "fr",
        "Le PDG de Capgemini a touché une rémunération de 8 millions d'euros en 2024, selon le document d'enregistrement",
    ),
    ("fr", "Les ingénieurs en IA gagnent en moyenne 70 000 euros par an, selon une enquête"),
    ("fr", "Mistral AI lève 600 millions d'euros lors d'un tour de table"),
    ("fr", "Orange offre une remise de 20 % sur ses forfaits avec IA"),
    (
        "fr",
        "L'État accorde une subvention de 30 millions d'euros à l'université Paris-Saclay pour l'IA",
    ),
    (
        "fr",
        "BNP Paribas verse une prime de partage de la valeur de 1 000 euros à tous ses salariés",
    ),
    ("fr", "Le footballeur signe un contrat de 200 millions d'euros"),
    ("es", "El delantero firma un contrato de 300 millones de euros con el club"),
    ("es", "Telefónica lanza una oferta pública de adquisición de 5.000 millones por la empresa"),
    ("es", "El banco pagará un bono de 1.000 euros a toda su plantilla"),
    (
        "es",
        "El Gobierno concede una subvención de 20 millones a la Universidad de Salamanca para IA",
    ),
    ("es", "El salario medio de un ingeniero de IA en España es de 45.000 euros, según un informe"),
    ("es", "El CEO de Inditex cobró 10 millones de euros el año pasado, según la memoria anual"),
    (
        "it",
        "L'amministratore delegato di Intesa ha percepito una retribuzione di 9 milioni di euro nel 2024",
    ),
    ("it", "Gli ingegneri dell'IA guadagnano in media 50.000 euro l'anno, secondo un sondaggio"),
    (
        "it",
        "Il governo stanzia 50 milioni di euro all'Università di Bologna per la ricerca sull'IA",
    ),
    ("it", "La banca riconosce a tutti i dipendenti un bonus di 1.000 euro"),
    ("it", "L'attaccante firma un contratto da 100 milioni di euro con la Juventus"),
    ("pt", "O atacante assinou um contrato de 200 milhões de euros com o clube"),
    ("pt", "Startup brasileira de IA capta US$ 50 milhões em rodada de investimento"),
    ("pt", "Governo concede R$ 100 milhões à USP para pesquisa em IA"),
    ("pt", "Banco paga bônus de R$ 5 mil a todos os funcionários"),
    ("pt", "Salário médio de engenheiros de IA chega a R$ 25 mil, aponta pesquisa"),
    (
        "nl",
        "De topman van ASML kreeg vorig jaar een beloning van 6 miljoen euro, blijkt uit het jaarverslag",
    ),
    ("nl", "ING keert al het personeel een eenmalige bonus van 1000 euro uit"),
    ("nl", "De regering kent de TU Delft een subsidie van 20 miljoen euro toe voor AI-onderzoek"),
    ("nl", "KPN biedt klanten een korting van 50 procent op het AI-abonnement"),
    (
        "pl",
        "Prezes banku otrzymał w ubiegłym roku wynagrodzenie 10 mln zł, wynika z raportu rocznego",
    ),
    ("pl", "Specjaliści AI zarabiają średnio 25 tys. zł miesięcznie, wynika z badania"),
    ("pl", "Rząd przyznał uczelni grant w wysokości 50 mln zł na badania nad AI"),
    ("pl", "Orlen złożył ofertę przejęcia spółki za 2 mld zł"),
    ("pl", "Piłkarz podpisał kontrakt wart 100 mln euro z klubem"),
    ("ru", "Сбербанк выплатит всем сотрудникам премию в размере 50 тысяч рублей"),
    ("ru", "Средняя зарплата специалистов по ИИ выросла до 300 тысяч рублей, показал опрос"),
    ("ru", "Генеральный директор банка получил вознаграждение в 1 млрд рублей по итогам года"),
    ("ru", "Стартап привлек 50 млн долларов в раунде финансирования"),
    ("ru", "Футболист подписал контракт на 100 миллионов евро"),
    ("uk", "Нападник підписав контракт з клубом на 100 мільйонів євро"),
    (
        "uk",
        "Середня зарплата фахівців зі ШІ в Україні зросла до 3 тисяч доларів, свідчить опитування",
    ),
    ("uk", "Банк виплатить усім працівникам премію до Нового року"),
    ("cs", "Vláda poskytne univerzitě grant 500 milionů korun na výzkum AI"),
    ("cs", "Průměrná mzda v oboru AI vzrostla na 80 tisíc korun, uvádí průzkum"),
    ("cs", "Fotbalista podepsal smlouvu za 50 milionů eur"),
    ("sk", "Startup získal v investičnom kole 20 miliónov eur"),
    ("sk", "Banka vyplatí všetkým zamestnancom odmenu 500 eur"),
    ("sk", "Vláda poskytla univerzite grant 10 miliónov eur na výskum AI"),
    ("tr", "Yapay zeka mühendislerinin ortalama maaşı bir ankete göre 80 bin lira oldu"),
    ("tr", "Şirket, rakibine 5 milyar dolarlık satın alma teklifi sundu"),
    ("tr", "Futbolcu kulüple 100 milyon euroluk sözleşme imzaladı"),
    ("tr", "Banka tüm çalışanlarına 20 bin lira ikramiye ödeyecek"),
    ("ar", "بنك يصرف مكافأة لجميع الموظفين بقيمة شهر"),
    ("ar", "لاعب كرة القدم يوقع عقدا بقيمة 200 مليون دولار مع النادي"),
    ("ar", "متوسط رواتب مهندسي الذكاء الاصطناعي يبلغ 10 آلاف دولار شهريا بحسب استطلاع"),
    ("ar", "شركة ناشئة تجمع 100 مليون دولار في جولة تمويل"),
    ("ar", "الحكومة تمنح جامعة منحة بقيمة 20 مليون دولار لأبحاث الذكاء الاصطناعي"),
    ("he", 'מנכ"ל הבנק קיבל שכר של 12 מיליון שקל בשנה שעברה, לפי הדוח השנתי'),
    ("he", "השחקן חתם על חוזה בשווי 100 מיליון דולר"),
    ("he", "הסטארט-אפ גייס 50 מיליון דולר בסבב גיוס"),
    ("he", "השכר הממוצע של מהנדסי בינה מלאכותית עלה ל-40 אלף שקל, לפי סקר"),
    ("fa", "میانگین حقوق متخصصان هوش مصنوعی در نظرسنجی جدید اعلام شد"),
    ("fa", "بازیکن فوتبال قراردادی ۱۰۰ میلیون یورویی امضا کرد"),
    ("fa", "استارتاپ ۵۰ میلیون دلار در دور تأمین مالی جذب کرد"),
    ("hi", "स्टार्टअप ने फंडिंग राउंड में 5 करोड़ डॉलर जुटाए"),
    ("hi", "क्रिकेटर ने 50 करोड़ रुपये का अनुबंध किया"),
    ("hi", "सर्वे के मुताबिक एआई इंजीनियरों का औसत वेतन 30 लाख रुपये है"),
    ("id", "Rata-rata gaji insinyur AI di Indonesia mencapai Rp 20 juta per bulan menurut survei"),
    ("id", "Bank memberikan bonus kepada seluruh karyawan sebesar satu bulan gaji"),
    ("id", "Startup AI meraih pendanaan 50 juta dolar AS"),
    ("id", "Pemain sepak bola itu meneken kontrak senilai 100 juta euro"),
    ("vi", "Ngân hàng thưởng Tết cho toàn bộ nhân viên 3 tháng lương"),
    ("vi", "Lương trung bình của kỹ sư AI đạt 50 triệu đồng mỗi tháng, theo khảo sát"),
    ("vi", "Startup AI gọi vốn thành công 50 triệu USD"),
    ("th", "นักฟุตบอลเซ็นสัญญากับสโมสรมูลค่า 200 ล้านดอลลาร์"),
    ("th", "เงินเดือนเฉลี่ยของวิศวกร AI อยู่ที่ 1 แสนบาท ตามผลสำรวจ"),
    ("th", "สตาร์ทอัพ AI ระดมทุน 50 ล้านดอลลาร์"),
    ("ja", "調査によるとAIエンジニアの平均年収は800万円"),
    ("ja", "ソフトバンク、半導体企業に1兆円の買収提案"),
    ("ja", "トヨタ社長の報酬は10億円、有価証券報告書で判明"),
    ("ja", "政府、東京大学にAI研究で100億円の助成"),
    ("ja", "AIスタートアップ、シリーズBで100億円を調達"),
    ("ko", "정부, 대학에 AI 연구 지원금 100억 원 지원"),
    ("ko", "삼성전자 대표이사 연봉 70억 원, 사업보고서 공개"),
    ("ko", "축구 선수, 구단과 1억 유로 계약 체결"),
    ("ko", "AI 개발자 평균 연봉 1억 원 돌파, 설문 결과"),
    ("zh", "某银行向全体员工发放年终奖"),
    ("zh", "AI初创公司完成5亿元融资"),
    ("zh", "足球运动员与俱乐部签下1亿欧元合同"),
    ("zh", "腾讯CEO去年薪酬达5亿元，年报显示"),
    ("zh", "政府向清华大学拨款10亿元支持AI研究"),
]


def numbered(cases: list[tuple[str, str]] | list[tuple[str, str, float | None]]) -> list[str]:
    """Test ids by language and rank within it ("de-3")."""
    seen: dict[str, int] = {}
    ids = []
    for case in cases:
        seen[case[0]] = seen.get(case[0], 0) + 1
        ids.append(f"{case[0]}-{seen[case[0]]}")
    return ids


@pytest.mark.parametrize(("lang", "title", "amount"), OFFERS, ids=numbered(OFFERS))
def test_offer_shapes(lang: str, title: str, amount: float | None) -> None:
    result = analyse(title, "", lang_hint=lang)
    assert "offer" in result.categories, result.scores
    if amount is not None:
        assert result.entities.amount_usd == pytest.approx(amount, rel=0.02)


@pytest.mark.parametrize(("lang", "title"), NOT_OFFERS, ids=numbered(NOT_OFFERS))
def test_pay_that_is_no_offer_and_no_move(lang: str, title: str) -> None:
    # an executive's disclosed pay, a survey, a sports contract, a bid for a company, a
    # discount, a funding round, a grant, a bonus for every employee: no category at all
    result = analyse(title, "", lang_hint=lang)
    assert result.categories == (), result.scores
