"""A post held before and one held now, contrasted ("formerly a researcher at X, now chief
AI scientist at Y", "từng là … tại X, hiện … tại Y", "曾是X的研究员，现任Y…"): the person
moved from the one organisation to the other. Negatives: what a former member says now, an
organisation's former form, a lab founded by former staff of two companies and its worth."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

FORMERLY_NOW = [
    (
        "en",
        "Among them is Ivo Marek, 29, formerly a researcher at OpenAI and now chief AI scientist at Tencent.",
    ),
    (
        "nl",
        "Onder hen is Ivo Marek (29), voorheen onderzoeker bij OpenAI en nu hoofdwetenschapper AI bij Tencent.",
    ),
    (
        "de",
        "Dazu gehört Ivo Marek, 29, früher Forscher bei OpenAI und heute KI-Chefwissenschaftler bei Tencent.",
    ),
    (
        "fr",
        "Parmi eux, Ivo Marek, 29 ans, auparavant chercheur chez OpenAI, aujourd'hui directeur scientifique de l'IA chez Tencent.",
    ),
    (
        "es",
        "Ivo Marek, de 29 años, antes investigador en OpenAI y ahora científico jefe de IA en Tencent.",
    ),
    (
        "it",
        "Tra loro c'è Ivo Marek, 29 anni, in passato ricercatore di OpenAI e oggi capo scientifico dell'IA di Tencent.",
    ),
    (
        "pt",
        "Ivo Marek, de 29 anos, antes pesquisador da OpenAI e hoje cientista-chefe de IA da Tencent.",
    ),
    (
        "sv",
        "Bland dem finns Ivo Marek, 29, tidigare forskare på OpenAI och nu AI-chefsforskare på Tencent.",
    ),
    (
        "da",
        "Blandt dem er Ivo Marek, 29, tidligere forsker hos OpenAI og nu ledende AI-forsker hos Tencent.",
    ),
    (
        "no",
        "Blant dem er Ivo Marek, 29, tidligere forsker i OpenAI og nå sjefforsker for KI i Tencent.",
    ),
    (
        "ru",
        "Среди них Иво Марек, 29 лет, ранее исследователь OpenAI, а ныне главный научный сотрудник по ИИ в Tencent.",
    ),
    (
        "uk",
        "Серед них Іво Марек, 29 років, раніше дослідник OpenAI, а нині головний науковець зі ШІ в Tencent.",
    ),
    (
        "pl",
        "Wśród nich jest Ivo Marek, 29 lat, wcześniej badacz w OpenAI, a obecnie główny naukowiec AI w Tencent.",
    ),
    (
        "cs",
        "Mezi nimi je Ivo Marek, 29 let, dříve výzkumník v OpenAI a nyní hlavní vědec pro AI v Tencentu.",
    ),
    (
        "sk",
        "Medzi nimi je Ivo Marek, 29 rokov, predtým výskumník v OpenAI a teraz hlavný vedec pre AI v Tencente.",
    ),
    (
        "tr",
        "Aralarında daha önce OpenAI'da araştırmacı olan ve şu anda Tencent'te baş yapay zeka bilimcisi olan 29 yaşındaki Ivo Marek var.",
    ),
    (
        "ar",
        "ومن بينهم إيفو ماريك، 29 عاماً، الباحث السابق في OpenAI والذي يشغل حالياً منصب كبير علماء الذكاء الاصطناعي في Tencent.",
    ),
    (
        "he",
        "ביניהם איבו מארק, בן 29, לשעבר חוקר ב-OpenAI וכיום המדען הראשי לבינה מלאכותית ב-Tencent.",
    ),
    (
        "fa",
        "از جمله ایوو مارک ۲۹ ساله که پیش\u200cتر پژوهشگر OpenAI بود و اکنون دانشمند ارشد هوش مصنوعی در Tencent است.",
    ),
    (
        "hi",
        "इनमें 29 वर्षीय इवो मारेक शामिल हैं, जो पहले OpenAI में शोधकर्ता थे और अब Tencent में मुख्य एआई वैज्ञानिक हैं।",
    ),
    (
        "id",
        "Di antaranya Ivo Marek, 29 tahun, yang sebelumnya peneliti di OpenAI dan kini menjabat kepala ilmuwan AI di Tencent.",
    ),
    (
        "vi",
        "Trong số đó có Ivo Marek, 29 tuổi, từng là nhà nghiên cứu tại OpenAI, hiện giữ vai trò nhà khoa học trưởng AI tại Tencent.",
    ),
    (
        "th",
        "หนึ่งในนั้นคือ Ivo Marek วัย 29 ปี อดีตนักวิจัยของ OpenAI ซึ่งปัจจุบันดำรงตำแหน่งหัวหน้านักวิทยาศาสตร์ AI ที่ Tencent",
    ),
    ("zh", "其中包括29岁的张伟，他曾是OpenAI的研究员，现任腾讯首席AI科学家。"),
    (
        "ja",
        "その一人が29歳の田中健氏で、以前はOpenAIの研究者だったが、現在はTencentのAI主任科学者を務めている。",
    ),
    (
        "ko",
        "그중 한 명인 29세 김민수는 오픈AI 연구원 출신으로 현재 텐센트의 AI 수석 과학자를 맡고 있다.",
    ),
]

NO_MOVE = [
    ("en", "Ivo Marek, formerly of OpenAI, now says that scaling laws are overhyped."),
    ("de", "Ivo Marek, früher bei OpenAI, warnt heute vor einer KI-Blase."),
    ("vi", "Ivo Marek, từng là nhà nghiên cứu tại OpenAI, hiện cho rằng AI đang bị thổi phồng."),
    ("zh", "张伟曾是OpenAI的研究员，如今他认为AI被高估了。"),
    ("en", "OpenAI, formerly a nonprofit, is now a for-profit company, Ivo Marek said."),
    (
        "ar",
        "المختبر الفرنسي الذي أسسه باحثون سابقاً في DeepMind وMeta تبلغ قيمته حالياً ستة مليارات.",
    ),
    ("th", "ห้องแล็บฝรั่งเศสที่ก่อตั้งโดยอดีตนักวิจัยของ DeepMind และ Meta ปัจจุบันมีมูลค่าเกือบ 6 พันล้าน"),
    (
        "en",
        "The French lab, founded by researchers formerly at DeepMind and Meta, is now worth almost 6 billion.",
    ),
    (
        "de",
        "Das französische Labor, früher von Forschern von DeepMind und Meta gegründet, ist heute fast 6 Milliarden wert.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FORMERLY_NOW)
def test_a_post_before_and_one_now_at_another_organisation_is_a_move(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), NO_MOVE)
def test_a_former_member_speaking_or_a_labs_worth_is_no_move(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories
