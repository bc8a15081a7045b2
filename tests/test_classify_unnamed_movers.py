"""Moves told of nobody in particular, by language: staff described by their rank ("top
researchers") or sent to "the competition" with no one named is a trend, not a departure;
a researcher hired with no name ("a Google Brain researcher") moves no one identifiable; and a
word of an organisation's name next to a title is no person's name ("구글 브레인 연구원").
Beside each, the same words with a person named: still a move."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# staff leaving for "rivals" or "the competition", described by rank, nobody named
TO_RIVALS = [
    (
        "en",
        "Top researchers are leaving Google for rivals",
        "The company's AI team faces a brain drain as its best scientists move to competitors.",
    ),
    ("ja", "グーグルで頭脳流出", "グーグルからトップ研究者が競合他社に流出している。"),
    (
        "de",
        "Spitzenforscher verlassen Google Richtung Konkurrenz",
        "Google verliert seine besten KI-Forscher an die Konkurrenz.",
    ),
    (
        "fr",
        "Les meilleurs chercheurs quittent Google pour ses concurrents",
        "Google perd ses meilleurs chercheurs en IA au profit de ses rivaux.",
    ),
    (
        "es",
        "Los mejores investigadores abandonan Google por sus rivales",
        "Google pierde a sus mejores investigadores de IA en favor de la competencia.",
    ),
    (
        "it",
        "I migliori ricercatori lasciano Google per i concorrenti",
        "Google perde i suoi migliori ricercatori di IA a favore dei rivali.",
    ),
    (
        "pt",
        "Os melhores pesquisadores deixam o Google pelos concorrentes",
        "O Google perde seus melhores pesquisadores de IA para os rivais.",
    ),
    (
        "nl",
        "Toponderzoekers verlaten Google voor concurrenten",
        "Google verliest zijn beste AI-onderzoekers aan de concurrentie.",
    ),
    (
        "sv",
        "Toppforskare lämnar Google för konkurrenterna",
        "Google förlorar sina bästa AI-forskare till konkurrenter.",
    ),
    (
        "da",
        "Topforskere forlader Google til fordel for konkurrenterne",
        "Google mister sine bedste AI-forskere til konkurrenterne.",
    ),
    (
        "no",
        "Toppforskere forlater Google for konkurrentene",
        "Google mister sine beste KI-forskere til konkurrentene.",
    ),
    (
        "fi",
        "Huippututkijat jättävät Googlen kilpailijoiden vuoksi",
        "Google menettää parhaita tekoälytutkijoitaan kilpailijoille.",
    ),
    (
        "ru",
        "Ведущие исследователи уходят из Google к конкурентам",
        "Google теряет лучших исследователей ИИ, которые переходят к конкурентам.",
    ),
    (
        "uk",
        "Провідні дослідники йдуть з Google до конкурентів",
        "Google втрачає найкращих дослідників ШІ, які переходять до конкурентів.",
    ),
    (
        "pl",
        "Najlepsi badacze odchodzą z Google do konkurencji",
        "Google traci najlepszych badaczy AI na rzecz konkurentów.",
    ),
    (
        "cs",
        "Špičkoví výzkumníci odcházejí z Googlu ke konkurenci",
        "Google ztrácí nejlepší výzkumníky AI, kteří míří ke konkurenci.",
    ),
    (
        "sk",
        "Špičkoví výskumníci odchádzajú z Googlu ku konkurencii",
        "Google stráca najlepších výskumníkov AI, ktorí mieria ku konkurencii.",
    ),
    (
        "tr",
        "En iyi araştırmacılar Google'dan rakiplere gidiyor",
        "Google, en iyi yapay zeka araştırmacılarını rakiplerine kaptırıyor.",
    ),
    (
        "ar",
        "كبار الباحثين يغادرون غوغل إلى المنافسين",
        "تخسر غوغل أفضل باحثيها في الذكاء الاصطناعي لصالح الشركات المنافسة.",
    ),
    (
        "he",
        "חוקרים בכירים עוזבים את גוגל למתחרות",
        "גוגל מאבדת את מיטב חוקרי הבינה המלאכותית שלה לטובת המתחרים.",
    ),
    (
        "fa",
        "پژوهشگران برتر گوگل را به مقصد رقبا ترک می\u200cکنند",
        "گوگل بهترین پژوهشگران هوش مصنوعی خود را به رقبا از دست می\u200cدهد.",
    ),
    (
        "hi",
        "शीर्ष शोधकर्ता प्रतिद्वंद्वियों के लिए गूगल छोड़ रहे हैं",
        "गूगल अपने सर्वश्रेष्ठ एआई शोधकर्ताओं को प्रतिस्पर्धियों के हाथों खो रहा है।",
    ),
    (
        "id",
        "Peneliti top meninggalkan Google ke pesaing",
        "Google kehilangan peneliti AI terbaiknya yang pindah ke para pesaing.",
    ),
    (
        "vi",
        "Các nhà nghiên cứu hàng đầu rời Google sang đối thủ",
        "Google đang mất những nhà nghiên cứu AI giỏi nhất vào tay các đối thủ cạnh tranh.",
    ),
    ("th", "นักวิจัยระดับท็อปลาออกจาก Google ไปอยู่กับคู่แข่ง", "Google กำลังสูญเสียนักวิจัย AI ที่เก่งที่สุดให้กับคู่แข่ง"),
    ("zh", "顶尖研究人员纷纷离开谷歌投奔竞争对手", "谷歌的顶尖AI研究人员正流向竞争对手。"),
    (
        "ko",
        "최고 연구자들 구글 떠나 경쟁사로",
        "구글의 최고 AI 연구자들이 경쟁사로 빠져나가고 있다.",
    ),
]

# the same words, a person named: a move
NAMED = [
    (
        "en",
        "Top researcher Jane Doe leaves Google for rival Anthropic",
        "Jane Doe, one of the company's top researchers, joined Anthropic on Monday.",
    ),
    (
        "de",
        "Spitzenforscherin Jane Doe verlässt Google",
        "Die KI-Forscherin Jane Doe wechselt von Google zu Anthropic.",
    ),
    (
        "fr",
        "Jane Doe, l'une des meilleurs chercheurs de Google, rejoint Anthropic",
        "La chercheuse Jane Doe quitte Google pour Anthropic.",
    ),
    (
        "es",
        "Jane Doe, de los mejores investigadores de Google, ficha por Anthropic",
        "La investigadora Jane Doe abandona Google y se une a Anthropic.",
    ),
    (
        "it",
        "Jane Doe, tra i migliori ricercatori di Google, passa ad Anthropic",
        "La ricercatrice Jane Doe lascia Google per Anthropic.",
    ),
    (
        "pt",
        "Jane Doe, entre os melhores pesquisadores do Google, vai para a Anthropic",
        "A pesquisadora Jane Doe deixa o Google e se junta à Anthropic.",
    ),
    (
        "nl",
        "Toponderzoeker Jane Doe verlaat Google voor Anthropic",
        "Onderzoeker Jane Doe stapt over van Google naar Anthropic.",
    ),
    (
        "sv",
        "Toppforskaren Jane Doe lämnar Google för Anthropic",
        "Forskaren Jane Doe går från Google till Anthropic.",
    ),
    (
        "da",
        "Topforsker Jane Doe forlader Google til fordel for Anthropic",
        "Forskeren Jane Doe skifter fra Google til Anthropic.",
    ),
    (
        "no",
        "Toppforsker Jane Doe forlater Google for Anthropic",
        "Forskeren Jane Doe går fra Google til Anthropic.",
    ),
    (
        "fi",
        "Huippututkija Jane Doe jättää Googlen ja siirtyy Anthropicille",
        "Tutkija Jane Doe siirtyy Googlelta Anthropicille.",
    ),
    (
        "ru",
        "Ведущий исследователь Иван Петров уходит из Google в Anthropic",
        "Исследователь Иван Петров перешёл из Google в Anthropic.",
    ),
    (
        "uk",
        "Провідний дослідник Іван Петренко йде з Google до Anthropic",
        "Дослідник Іван Петренко перейшов з Google до Anthropic.",
    ),
    (
        "pl",
        "Czołowy badacz Jan Kowalski odchodzi z Google do Anthropic",
        "Badacz Jan Kowalski przechodzi z Google do Anthropic.",
    ),
    (
        "cs",
        "Špičkový výzkumník Ivo Marek odchází z Googlu do Anthropicu",
        "Výzkumník Ivo Marek přešel z Googlu do Anthropicu.",
    ),
    (
        "sk",
        "Špičkový výskumník Ivo Marek odchádza z Googlu do Anthropicu",
        "Výskumník Ivo Marek prešiel z Googlu do Anthropicu.",
    ),
    (
        "tr",
        "Araştırmacı Ayşe Yılmaz Google'dan Anthropic'e geçti",
        "Ayşe Yılmaz, rakip Anthropic'e katıldı.",
    ),
    (
        "ar",
        "الباحث أحمد سالم يغادر غوغل إلى أنثروبيك",
        "انضم الباحث أحمد سالم، أحد كبار الباحثين في غوغل، إلى أنثروبيك.",
    ),
    (
        "he",
        "החוקר יוסי כהן עוזב את גוגל לטובת אנתרופיק",
        "יוסי כהן, מבכירי החוקרים בגוגל, הצטרף לאנתרופיק.",
    ),
    (
        "fa",
        "علی رضایی، از پژوهشگران برتر گوگل، به آنتروپیک پیوست",
        "علی رضایی گوگل را ترک کرد و به آنتروپیک پیوست.",
    ),
    (
        "hi",
        "शीर्ष शोधकर्ता राहुल शर्मा ने गूगल छोड़कर एंथ्रोपिक जॉइन किया",
        "राहुल शर्मा गूगल छोड़कर एंथ्रोपिक में शामिल हो गए।",
    ),
    (
        "id",
        "Peneliti top Budi Santoso tinggalkan Google ke Anthropic",
        "Budi Santoso resmi bergabung dengan Anthropic setelah keluar dari Google.",
    ),
    (
        "vi",
        "Nhà nghiên cứu hàng đầu Nguyễn Văn An rời Google sang Anthropic",
        "Nguyễn Văn An đã gia nhập Anthropic sau khi rời Google.",
    ),
    (
        "th",
        "สมชาย ใจดี นักวิจัยชั้นนำ ลาออกจาก Google ไปร่วมงานกับ Anthropic",
        "สมชาย ใจดี เข้าร่วม Anthropic แล้ว",
    ),
    ("zh", "顶尖研究员张伟离开谷歌加入Anthropic", "谷歌顶尖研究人员张伟已跳槽至Anthropic。"),
    (
        "ja",
        "トップ研究者の山田太郎氏、グーグルからアンソロピックへ",
        "グーグルの山田太郎氏がアンソロピックに移籍した。",
    ),
    (
        "ko",
        "최고 연구자 김민수, 구글 떠나 앤트로픽 합류",
        "구글 연구원 김민수가 앤트로픽으로 자리를 옮겼다.",
    ),
    (
        "en",
        "Top researchers are leaving Google for Anthropic",
        "Jane Doe and Ivo Marek left the company's AI team for Anthropic.",
    ),
    (
        "ja",
        "山田太郎氏、グーグルを退社しアンソロピックへ",
        "グーグルの研究者、山田太郎氏がアンソロピックに移籍した。",
    ),
    ("zh", "张伟离开谷歌加入Anthropic", "谷歌研究员张伟已跳槽至Anthropic。"),
    ("ko", "김민수, 구글 떠나 앤트로픽 합류", "구글 연구원 김민수가 앤트로픽으로 자리를 옮겼다."),
]

# one researcher hired, not named, from a named lab
ONE_UNNAMED = [
    ("ko", "포스텍, 딥마인드 연구원 영입", "포스텍은 딥마인드 연구원 영입에 성공했다고 밝혔다."),
    (
        "ko",
        "연세대, 마이크로소프트 리서치 연구원 영입",
        "연세대는 마이크로소프트 리서치 연구원 영입에 성공했다.",
    ),
    ("zh", "清华大学引进海外AI人才", "清华大学成功引进一名谷歌大脑研究员。"),
    ("th", "มหาวิทยาลัยดึงนักวิจัยจาก Google Brain", "มหาวิทยาลัยประสบความสำเร็จในการดึงตัวนักวิจัยกูเกิล เบรน"),
    (
        "hi",
        "आईआईटी ने गूगल ब्रेन के शोधकर्ता को नियुक्त किया",
        "आईआईटी ने गूगल ब्रेन के एक शोधकर्ता को अपनी टीम में शामिल किया।",
    ),
    ("ar", "جامعة تستقطب باحثا من غوغل برين", "نجحت الجامعة في استقطاب باحث من غوغل برين."),
    ("he", "האוניברסיטה מגייסת חוקר מגוגל בריין", "האוניברסיטה הצליחה לגייס חוקר מגוגל בריין."),
    (
        "fa",
        "دانشگاه یک پژوهشگر گوگل برین را جذب کرد",
        "دانشگاه موفق شد یک پژوهشگر گوگل برین را جذب کند.",
    ),
    (
        "ru",
        "Университет пригласил исследователя Гугл Брейн",
        "Университету удалось привлечь исследователя из Гугл Брейн.",
    ),
    (
        "uk",
        "Університет запросив дослідника Ґуґл Брейн",
        "Університету вдалося залучити дослідника з Ґуґл Брейн.",
    ),
    (
        "vi",
        "Đại học thu hút nhà nghiên cứu Google Brain",
        "Trường đã thu hút thành công một nhà nghiên cứu của Google Brain.",
    ),
    (
        "en",
        "University hires a Google Brain researcher",
        "The university succeeded in recruiting a Google Brain researcher.",
    ),
    (
        "de",
        "Universität holt Forscher von Google Brain",
        "Der Universität ist es gelungen, einen Forscher von Google Brain zu gewinnen.",
    ),
]

NAMED_HIRE = [
    (
        "ko",
        "서울대, 구글 브레인 출신 김민수 영입",
        "서울대는 구글 브레인 연구원 김민수를 영입했다.",
    ),
    (
        "ja",
        "東京大学、グーグル・ブレイン出身の山田太郎氏を招へい",
        "東京大学はグーグル・ブレインの研究者、山田太郎氏を招へいした。",
    ),
    ("zh", "清华大学引进谷歌大脑研究员张伟", "清华大学成功引进谷歌大脑研究员张伟。"),
]

# a word of an organisation's name right before a title: no person
ORG_WORD_TITLE = [
    ("ko", "서울대, 해외 AI 인재 영입", "서울대는 구글 브레인 연구원 영입에 성공했다.", "브레인"),
    (
        "ko",
        "카이스트, 인재 영입",
        "카이스트는 마이크로소프트 리서치 연구원 영입에 성공했다.",
        "리서치",
    ),
    ("ko", "카이스트, 인재 영입", "카이스트는 메타 AI 리서치 연구원 영입에 성공했다.", "리서치"),
]


@pytest.mark.parametrize(("lang", "title", "text"), TO_RIVALS + ONE_UNNAMED)
def test_nobody_named_moves_no_one(lang: str, title: str, text: str) -> None:
    assert analyse(title, text, lang_hint=lang).categories == ()


@pytest.mark.parametrize(("lang", "title", "text"), NAMED + NAMED_HIRE)
def test_named_mover_still_departs(lang: str, title: str, text: str) -> None:
    assert "departure" in analyse(title, text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "title", "text", "word"), ORG_WORD_TITLE)
def test_word_of_an_org_name_is_no_person(lang: str, title: str, text: str, word: str) -> None:
    people = analyse(title, text, lang_hint=lang).entities.people
    assert not any(word in p for p in people)
