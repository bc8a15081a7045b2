"""An offer accepted by the one it was made to ("Ivo Marek accepted Meta's offer of $120
million", "aceitou a proposta da Meta", "takkede ja til Metas tilbud"): the job is taken,
a move. Negatives: an offer rejected or declined, a takeover offer accepted by a board or
by shareholders."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

ACCEPTED = [
    (
        "en",
        "Ivo Marek, a 25-year-old AI researcher, accepted Meta's offer of $120 million over four years.",
    ),
    (
        "nl",
        "Ivo Marek, een 25-jarige AI-onderzoeker, accepteerde het aanbod van Meta van 120 miljoen dollar.",
    ),
    (
        "de",
        "Ivo Marek, ein 25-jähriger KI-Forscher, nahm das Angebot von Meta über 120 Millionen Dollar an.",
    ),
    (
        "fr",
        "Ivo Marek, chercheur en IA de 25 ans, a accepté l'offre de Meta de 120 millions de dollars.",
    ),
    (
        "es",
        "Ivo Marek, investigador de IA de 25 años, aceptó la oferta de Meta de 120 millones de dólares.",
    ),
    (
        "it",
        "Ivo Marek, ricercatore di IA di 25 anni, ha accettato l'offerta di Meta da 120 milioni di dollari.",
    ),
    (
        "pt",
        "Ivo Marek, pesquisador de IA de 25 anos, aceitou a proposta da Meta de US$ 120 milhões.",
    ),
    (
        "sv",
        "Ivo Marek, en 25-årig AI-forskare, tackade ja till Metas erbjudande på 120 miljoner dollar.",
    ),
    (
        "da",
        "Ivo Marek, en 25-årig AI-forsker, takkede ja til Metas tilbud på 120 millioner dollars.",
    ),
    (
        "no",
        "Ivo Marek, en 25 år gammel KI-forsker, takket ja til Metas tilbud på 120 millioner dollar.",
    ),
    ("fi", "25-vuotias tekoälytutkija Ivo Marek hyväksyi Metan 120 miljoonan dollarin tarjouksen."),
    (
        "ru",
        "25-летний исследователь ИИ Иво Марек принял предложение Meta на 120 миллионов долларов.",
    ),
    ("uk", "25-річний дослідник ШІ Іво Марек прийняв пропозицію Meta на 120 мільйонів доларів."),
    ("pl", "25-letni badacz AI Ivo Marek przyjął ofertę Meta o wartości 120 milionów dolarów."),
    (
        "cs",
        "Pětadvacetiletý výzkumník AI Ivo Marek přijal nabídku Mety ve výši 120 milionů dolarů.",
    ),
    ("sk", "25-ročný výskumník AI Ivo Marek prijal ponuku Mety vo výške 120 miliónov dolárov."),
    (
        "tr",
        "25 yaşındaki yapay zeka araştırmacısı Ivo Marek, Meta'nın 120 milyon dolarlık teklifini kabul etti.",
    ),
    ("he", "החוקר איבו מארק קיבל את ההצעה של מטא בסך 120 מיליון דולר."),
    ("fa", "ایوو مارک، پژوهشگر هوش مصنوعی، پیشنهاد ۱۲۰ میلیون دلاری متا را پذیرفت."),
    (
        "id",
        "Ivo Marek, peneliti AI berusia 25 tahun, menerima tawaran Meta senilai 120 juta dolar AS.",
    ),
    (
        "vi",
        "Ivo Marek, nhà nghiên cứu AI 25 tuổi, đã chấp nhận lời đề nghị trị giá 120 triệu USD của Meta.",
    ),
    ("th", "Ivo Marek นักวิจัย AI วัย 25 ปี ตอบรับข้อเสนอมูลค่า 120 ล้านดอลลาร์จาก Meta"),
    ("zh", "25岁的AI研究员张伟接受了Meta价值1.2亿美元的邀请。"),
    ("ja", "25歳のAI研究者、田中健氏はMetaの1億2000万ドルのオファーを受け入れた。"),
    ("ko", "25세 AI 연구원 김민수는 메타의 1억2000만 달러 제안을 수락했다."),
]

NOT_TAKEN = [
    ("en", "Ivo Marek rejected Meta's offer of $120 million over four years."),
    ("en", "The board of Quillbyte accepted Meta's offer to buy the startup for $120 million."),
    ("pt", "Os acionistas aceitaram a proposta de compra da Meta, disse Ivo Marek."),
    ("en", "Ivo Marek declined Meta's offer and stays at Google DeepMind."),
    ("de", "Ivo Marek lehnte das Angebot von Meta ab."),
]


@pytest.mark.parametrize(("lang", "text"), ACCEPTED)
def test_an_offer_accepted_by_the_named_person_is_a_move(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories


@pytest.mark.parametrize(("lang", "text"), NOT_TAKEN)
def test_an_offer_declined_or_a_takeover_accepted_is_no_move(lang: str, text: str) -> None:
    assert "departure" not in analyse("", text, lang_hint=lang).categories
