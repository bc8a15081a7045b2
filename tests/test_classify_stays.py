"""A post given up by one who stays, by language: "will step down as head of the app, making
way for X … Doe is not leaving the company" tells a change of title; the leaving negated in one
sentence holds for the post given up in another, when no sentence tells a joining. The same
hand-over told with a move to another company is still a departure."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

STAYS = [
    (
        "it",
        "Jane Doe si dimette dalla guida del progetto Aurora e cede il posto a Ivo Marek. Doe non lascia Google.",
    ),
    (
        "en",
        "Jane Doe will step down as head of the Aurora app, making way for Ivo Marek, currently a vice president at Google Labs. Doe is not leaving Google.",
    ),
    (
        "de",
        "Jane Doe gibt die Leitung der Aurora-App ab und macht Platz für Ivo Marek, derzeit Vizepräsident bei Google Labs. Doe verlässt Google nicht.",
    ),
    (
        "fr",
        "Jane Doe quittera la direction de l'application Aurora, cédant sa place à Ivo Marek, actuel vice-président de Google Labs. Doe ne quitte pas Google.",
    ),
    (
        "es",
        "Jane Doe dejará la dirección de la app Aurora y cederá el puesto a Ivo Marek, actual vicepresidente de Google Labs. Doe no deja Google.",
    ),
    (
        "pt",
        "Jane Doe deixará o comando do app Aurora, cedendo o lugar a Ivo Marek, atual vice-presidente do Google Labs. Doe não deixa o Google.",
    ),
    (
        "nl",
        "Jane Doe legt de leiding van de Aurora-app neer en maakt plaats voor Ivo Marek, nu vicepresident bij Google Labs. Doe verlaat Google niet.",
    ),
    (
        "sv",
        "Jane Doe lämnar posten som chef för Aurora-appen och ger plats åt Ivo Marek, vice vd på Google Labs. Doe lämnar inte Google.",
    ),
    (
        "da",
        "Jane Doe fratræder som leder af Aurora-appen og giver plads til Ivo Marek, vicedirektør i Google Labs. Doe forlader ikke Google.",
    ),
    (
        "no",
        "Jane Doe går av som leder for Aurora-appen og gir plass til Ivo Marek, visepresident i Google Labs. Doe forlater ikke Google.",
    ),
    (
        "fi",
        "Jane Doe luopuu Aurora-sovelluksen johdosta ja antaa tilaa Ivo Marekille, joka on Google Labsin varatoimitusjohtaja. Doe ei jätä Googlea.",
    ),
    (
        "ru",
        "Иван Петров покинет пост руководителя приложения Aurora, уступив место Олегу Смирнову, вице-президенту Google Labs. Петров не уходит из Google.",
    ),
    (
        "uk",
        "Іван Петренко залишить посаду керівника застосунку Aurora, поступившись місцем Олегу Коваленку. Петренко не йде з Google.",
    ),
    (
        "pl",
        "Jan Kowalski odejdzie ze stanowiska szefa aplikacji Aurora, ustępując miejsca Piotrowi Nowakowi. Kowalski nie odchodzi z Google.",
    ),
    (
        "cs",
        "Ivo Marek odstoupí z čela aplikace Aurora a uvolní místo Petru Novákovi. Marek z Googlu neodchází.",
    ),
    (
        "sk",
        "Ivo Marek odstúpi z čela aplikácie Aurora a uvoľní miesto Petrovi Novákovi. Marek z Googlu neodchádza.",
    ),
    (
        "tr",
        "Ayşe Yılmaz, Aurora uygulamasının başındaki görevini Mehmet Demir'e bırakıyor. Yılmaz Google'dan ayrılmıyor.",
    ),
    ("ar", "سيتنحى أحمد سالم عن قيادة تطبيق أورورا مفسحا المجال لخالد يوسف. ولن يغادر سالم غوغل."),
    ("he", "יוסי כהן יפנה את תפקיד ראש אפליקציית אורורה לטובת דני לוי. כהן אינו עוזב את גוגל."),
    (
        "fa",
        "علی رضایی از ریاست اپلیکیشن آرورا کناره می\u200cگیرد و جای خود را به رضا احمدی می\u200cدهد. رضایی گوگل را ترک نمی\u200cکند.",
    ),
    ("hi", "राहुल शर्मा ऑरोरा ऐप के प्रमुख का पद छोड़ेंगे और उनकी जगह अमित वर्मा लेंगे। शर्मा गूगल नहीं छोड़ रहे हैं।"),
    (
        "id",
        "Budi Santoso akan mundur dari posisi kepala aplikasi Aurora dan digantikan Andi Wijaya. Santoso tidak meninggalkan Google.",
    ),
    (
        "vi",
        "Nguyễn Văn An sẽ rời vị trí lãnh đạo ứng dụng Aurora, nhường chỗ cho Trần Văn Bình. An không rời Google.",
    ),
    ("th", "สมชาย ใจดี จะลงจากตำแหน่งหัวหน้าแอป Aurora และเปิดทางให้ สมศักดิ์ รักดี สมชายไม่ได้ลาออกจาก Google"),
    ("zh", "张伟将卸任Aurora应用负责人一职,由李强接任。张伟不会离开谷歌。"),
    (
        "ja",
        "山田太郎氏はAuroraアプリの責任者を退き、後任には佐藤健氏が就く。山田氏はグーグルを離れない。",
    ),
    (
        "ko",
        "김민수는 오로라 앱 총괄에서 물러나고 이준호가 자리를 이어받는다. 김민수는 구글을 떠나지 않는다.",
    ),
]

MOVES_ON = [
    (
        "it",
        "Jane Doe lascia Google e passa ad Anthropic, lasciando il posto a Ivo Marek alla guida dell'app Aurora.",
    ),
    (
        "en",
        "Jane Doe is leaving Google for Anthropic, making way for Ivo Marek as head of the Aurora app.",
    ),
    (
        "it",
        "Jane Doe lascia Google e passa ad Anthropic, lasciando il posto a Ivo Marek alla guida dell'app Aurora.",
    ),
    (
        "en",
        "Jane Doe is leaving Google for Anthropic, making way for Ivo Marek as head of the Aurora app.",
    ),
    (
        "de",
        "Jane Doe verlässt Google und wechselt zu Anthropic; sie macht Platz für Ivo Marek an der Spitze der Aurora-App.",
    ),
    (
        "fr",
        "Jane Doe quitte Google pour Anthropic, cédant sa place à Ivo Marek à la tête de l'application Aurora.",
    ),
    (
        "es",
        "Jane Doe deja Google y se incorpora a Anthropic, cediendo el puesto a Ivo Marek al frente de la app Aurora.",
    ),
    (
        "pt",
        "Jane Doe deixa o Google e vai para a Anthropic, cedendo o lugar a Ivo Marek no comando do app Aurora.",
    ),
    (
        "sv",
        "Jane Doe lämnar Google för Anthropic och ger plats åt Ivo Marek som chef för Aurora-appen.",
    ),
    (
        "da",
        "Jane Doe forlader Google og skifter til Anthropic; Ivo Marek bliver ny leder af Aurora-appen.",
    ),
    (
        "no",
        "Jane Doe forlater Google og går til Anthropic; Ivo Marek blir ny leder for Aurora-appen.",
    ),
    (
        "ru",
        "Иван Петров уходит из Google в Anthropic, уступив место руководителя приложения Aurora Олегу Смирнову.",
    ),
    (
        "uk",
        "Іван Петренко йде з Google до Anthropic, поступившись посадою керівника застосунку Aurora Олегу Коваленку.",
    ),
    ("he", "יוסי כהן עוזב את גוגל ומצטרף לאנתרופיק, ודני לוי יחליף אותו בראשות אפליקציית אורורה."),
    (
        "id",
        "Budi Santoso meninggalkan Google dan bergabung dengan Anthropic; Andi Wijaya menggantikannya memimpin aplikasi Aurora.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), STAYS)
def test_post_given_up_by_one_who_stays(lang: str, text: str) -> None:
    assert analyse("", text, lang_hint=lang).categories == ()


@pytest.mark.parametrize(("lang", "text"), MOVES_ON)
def test_hand_over_with_a_move_departs(lang: str, text: str) -> None:
    assert "departure" in analyse("", text, lang_hint=lang).categories
