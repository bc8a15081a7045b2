"""A merger of two companies is no lab formation, by language: "the merger shows the startup
needs cash" after one company buys another combines companies, no unit is formed. A merger
word forms a lab only for units inside one company ("merges its two AI labs into a new
division"); those are still found."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

COMPANY_MERGER = [
    (
        "en",
        "",
        "Nordwind Aerospace announced the purchase of xAI on Tuesday. Analysts say the merger shows the startup needs cash to compete in AI.",
    ),
    (
        "de",
        "",
        "Nordwind Aerospace hat am Dienstag den Kauf von xAI bekanntgegeben. Die Fusion zeigt, dass das Start-up Geld braucht, um im KI-Wettbewerb mitzuhalten.",
    ),
    (
        "fr",
        "",
        "Nordwind Aerospace a annoncé mardi le rachat de xAI. Selon les analystes, la fusion montre que la start-up a besoin d'argent pour rivaliser dans l'IA.",
    ),
    (
        "es",
        "",
        "Nordwind Aerospace anunció el martes la compra de xAI. Según analistas, la fusión muestra que la startup necesita dinero para competir en IA.",
    ),
    (
        "it",
        "",
        "Nordwind Aerospace ha annunciato martedì l'acquisto di xAI. Secondo gli analisti la fusione mostra che la startup ha bisogno di soldi per competere nell'IA.",
    ),
    (
        "pt",
        "",
        "A Nordwind Aerospace anunciou na terça-feira a compra da xAI. Segundo analistas, a fusão mostra que a startup precisa de dinheiro para competir em IA.",
    ),
    (
        "nl",
        "",
        "Nordwind Aerospace maakte dinsdag de overname van xAI bekend. Volgens analisten toont de fusie dat de startup geld nodig heeft om te concurreren in AI.",
    ),
    (
        "sv",
        "",
        "Nordwind Aerospace meddelade i tisdags köpet av xAI. Enligt analytiker visar sammanslagningen att startupen behöver pengar för att konkurrera inom AI.",
    ),
    (
        "da",
        "",
        "Nordwind Aerospace offentliggjorde tirsdag købet af xAI. Ifølge analytikere viser fusionen, at startuppen har brug for penge for at konkurrere inden for AI.",
    ),
    (
        "no",
        "",
        "Nordwind Aerospace kunngjorde tirsdag kjøpet av xAI. Ifølge analytikere viser fusjonen at oppstartsselskapet trenger penger for å konkurrere innen KI.",
    ),
    (
        "fi",
        "",
        "Nordwind Aerospace ilmoitti tiistaina ostavansa xAI:n. Analyytikoiden mukaan fuusio osoittaa, että startup tarvitsee rahaa kilpaillakseen tekoälyssä.",
    ),
    (
        "ru",
        "",
        "Nordwind Aerospace во вторник объявила о покупке xAI. По мнению аналитиков, слияние показывает, что стартапу нужны деньги для конкуренции в сфере ИИ.",
    ),
    (
        "uk",
        "",
        "Nordwind Aerospace у вівторок оголосила про купівлю xAI. На думку аналітиків, злиття показує, що стартапу потрібні гроші для конкуренції у сфері ШІ.",
    ),
    (
        "pl",
        "",
        "Nordwind Aerospace ogłosił we wtorek zakup xAI. Zdaniem analityków połączenie pokazuje, że startup potrzebuje pieniędzy, by konkurować w AI.",
    ),
    (
        "cs",
        "",
        "Nordwind Aerospace v úterý oznámil koupi xAI. Podle analytiků fúze ukazuje, že startup potřebuje peníze, aby mohl konkurovat v AI.",
    ),
    (
        "sk",
        "",
        "Nordwind Aerospace v utorok oznámil kúpu xAI. Podľa analytikov fúzia ukazuje, že startup potrebuje peniaze, aby mohol konkurovať v AI.",
    ),
    (
        "tr",
        "",
        "Nordwind Aerospace salı günü xAI'yi satın aldığını duyurdu. Analistlere göre birleşme, girişimin yapay zekada rekabet etmek için paraya ihtiyaç duyduğunu gösteriyor.",
    ),
    (
        "ar",
        "",
        "أعلنت نوردويند للطيران يوم الثلاثاء شراء xAI. ويرى محللون أن الاندماج يظهر أن الشركة الناشئة تحتاج إلى المال للمنافسة في الذكاء الاصطناعي.",
    ),
    (
        "he",
        "",
        "נורדווינד הודיעה ביום שלישי על רכישת xAI. לדברי אנליסטים, המיזוג מראה שהסטארט-אפ זקוק לכסף כדי להתחרות בתחום הבינה המלאכותית.",
    ),
    (
        "fa",
        "",
        "شرکت نوردویند روز سه\u200cشنبه خرید xAI را اعلام کرد. به گفته تحلیلگران، این ادغام نشان می\u200cدهد که استارتاپ برای رقابت در هوش مصنوعی به پول نیاز دارد.",
    ),
    (
        "hi",
        "",
        "नॉर्डविंड एयरोस्पेस ने मंगलवार को xAI की खरीद की घोषणा की। विश्लेषकों के अनुसार यह विलय दिखाता है कि स्टार्टअप को एआई में मुकाबले के लिए पैसे की जरूरत है।",
    ),
    (
        "id",
        "",
        "Nordwind Aerospace pada Selasa mengumumkan pembelian xAI. Menurut analis, merger ini menunjukkan startup tersebut butuh dana untuk bersaing di AI.",
    ),
    (
        "vi",
        "",
        "Nordwind Aerospace hôm thứ Ba công bố mua lại xAI. Theo giới phân tích, vụ sáp nhập cho thấy startup này cần tiền để cạnh tranh trong lĩnh vực AI.",
    ),
    (
        "th",
        "",
        "Nordwind Aerospace ประกาศซื้อ xAI เมื่อวันอังคาร นักวิเคราะห์มองว่าการควบรวมครั้งนี้แสดงว่าสตาร์ทอัพต้องการเงินเพื่อแข่งขันด้าน AI",
    ),
    (
        "zh",
        "",
        "Nordwind Aerospace周二宣布收购xAI。分析人士认为,此次合并表明这家初创公司需要资金在人工智能领域竞争。",
    ),
    (
        "ja",
        "",
        "ノルドウィンド・エアロスペースは火曜日、xAIの買収を発表した。アナリストによれば、この合併はスタートアップがAI分野で競争するために資金を必要としていることを示している。",
    ),
    (
        "ko",
        "",
        "노르드윈드 에어로스페이스는 화요일 xAI 인수를 발표했다. 분석가들은 이번 합병이 스타트업이 AI 경쟁을 위해 자금이 필요하다는 것을 보여준다고 말했다.",
    ),
]

UNITS_MERGED = [
    (
        "en",
        "Google merges Brain and DeepMind into one AI unit",
        "Google is merging its two AI research labs, Brain and DeepMind, into a single unit.",
    ),
    (
        "de",
        "Google legt Brain und DeepMind zusammen",
        "Google fusioniert seine beiden KI-Forschungslabore Brain und DeepMind zu einer neuen Einheit.",
    ),
    (
        "ru",
        "Google объединяет Brain и DeepMind",
        "Google объединяет две свои лаборатории ИИ, Brain и DeepMind, в одно подразделение.",
    ),
    ("zh", "谷歌合并Brain与DeepMind", "谷歌将旗下两个AI实验室Brain与DeepMind合并为一个部门。"),
    (
        "en",
        "Google merges its AI teams into a new division",
        "The merger of the two AI research groups creates a new division led by Jane Doe.",
    ),
    (
        "pt",
        "Google anuncia a fusão de suas equipes de IA numa nova divisão",
        "A fusão dos dois laboratórios de IA cria uma nova divisão liderada por Jane Doe.",
    ),
    (
        "ru",
        "Google объявила о слиянии своих ИИ-команд в новое подразделение",
        "Слияние двух лабораторий ИИ создаёт новое подразделение во главе с Иваном Петровым.",
    ),
    (
        "uk",
        "Google оголосила про злиття своїх ШІ-команд у новий підрозділ",
        "Злиття двох лабораторій ШІ створює новий підрозділ на чолі з Іваном Петренком.",
    ),
    (
        "pl",
        "Google ogłasza połączenie swoich zespołów AI w nowy dział",
        "Połączenie dwóch laboratoriów AI tworzy nowy dział kierowany przez Jana Kowalskiego.",
    ),
    (
        "vi",
        "Google sáp nhập hai phòng thí nghiệm AI thành một bộ phận mới",
        "Việc sáp nhập tạo ra bộ phận AI mới do Nguyễn Văn An lãnh đạo.",
    ),
    ("th", "Google ควบรวมสองห้องแล็บ AI เป็นหน่วยงานใหม่", "การควบรวมครั้งนี้สร้างหน่วยงานวิจัย AI ใหม่"),
    ("zh", "谷歌将两个AI实验室合并为新部门", "此次合并组建了一个新的人工智能研究部门,由张伟领导。"),
    (
        "ko",
        "구글, AI 연구조직 두 곳 합병해 새 부서 출범",
        "이번 합병으로 새로운 AI 연구 부서가 출범했다.",
    ),
    (
        "he",
        "גוגל ממזגת את שתי מעבדות הבינה המלאכותית שלה ליחידה חדשה",
        "המיזוג יוצר יחידת מחקר חדשה בתחום הבינה המלאכותית.",
    ),
    (
        "fa",
        "گوگل دو آزمایشگاه هوش مصنوعی خود را در یک واحد جدید ادغام کرد",
        "این ادغام یک واحد پژوهشی جدید هوش مصنوعی ایجاد می\u200cکند.",
    ),
    (
        "hi",
        "गूगल ने अपनी दो एआई प्रयोगशालाओं का विलय कर नई इकाई बनाई",
        "इस विलय से एक नई एआई अनुसंधान इकाई बनी है।",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), COMPANY_MERGER)
def test_company_merger_forms_no_lab(lang: str, title: str, text: str) -> None:
    assert analyse(title, text, lang_hint=lang).categories == ()


@pytest.mark.parametrize(("lang", "title", "text"), UNITS_MERGED)
def test_units_merged_form_a_lab(lang: str, title: str, text: str) -> None:
    assert "lab_formation" in analyse(title, text, lang_hint=lang).categories
