"""A new unit someone is hired to lead, in Chinese, Japanese, Korean, Vietnamese, Thai,
Indonesian and Hindi: the move and the unit formed for it are both news. Joining a team that
exists, or leading a new product, is a move only."""

from __future__ import annotations

import pytest

from watcher.classify import analyse


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "人工智能科学家王立新加盟星河智能公司，将领导一个新的机器人研究团队。"),
        ("zh", "人工智能科学家王立新加盟星河智能公司，负责新成立的大模型事业部。"),
        ("zh", "人工智能科学家王立新加盟星河智能公司，领导一个名为“星河大脑”的新事业群。"),
        (
            "ja",
            "AI研究者の山田太郎氏がAIスタートアップのミドリ技研に入社し、新たなロボット研究チームを率いる。",
        ),
        ("ja", "AI研究者の佐藤花子氏がソニーに移籍し、新設されるAI部門の責任者を務める。"),
        (
            "ko",
            "AI 연구자 김민준 씨가 한빛테크 주식회사에 합류해 새로운 로봇 연구팀을 이끌 예정이다.",
        ),
        ("ko", "AI 연구자 이서연 씨는 누리AI 주식회사로 이직해 신설되는 AI 조직을 총괄한다."),
        (
            "vi",
            "Nhà nghiên cứu AI Trần Minh Khoa gia nhập Sao Việt Tech để đứng đầu một đơn vị "
            "nghiên cứu mới.",
        ),
        ("vi", "Lê Thu Hà gia nhập công ty Rồng Vàng để lãnh đạo một nhóm AI mới chuyên về robot."),
        ("th", "นางสาวสมหญิง รักงาน นักวิจัย AI ร่วมงานกับ SiamMind เพื่อบริหารแผนกใหม่ด้านหุ่นยนต์"),
        ("th", "นายสมชาย ใจดี นักวิจัย AI ร่วมงานกับ SiamMind เพื่อนำทีมใหม่ด้านหุ่นยนต์"),
        (
            "id",
            "Budi Santoso bergabung dengan Nusantara AI untuk memimpin tim riset baru di bidang "
            "robotika.",
        ),
        ("id", "Sari Dewi pindah ke Garuda Digital untuk mengepalai sebuah divisi AI baru."),
        (
            "hi",
            "एआई शोधकर्ता राहुल वर्मा भारतटेक कंपनी में शामिल हुए हैं, जहां वे एक नई रोबोटिक्स टीम का नेतृत्व करेंगे।",
        ),
        (
            "hi",
            "एआई शोधकर्ता राहुल वर्मा भारतटेक कंपनी में शामिल होंगे और एक नई जनरेटिव AI टीम को लीड करेंगे।",
        ),
    ],
)
def test_hired_to_lead_a_new_unit_is_a_move_and_a_formation(lang: str, text: str) -> None:
    categories = analyse("", text, lang_hint=lang).categories
    assert {"departure", "lab_formation"} <= set(categories)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a team that exists
        ("zh", "人工智能科学家王立新加盟星河智能公司，领导该公司现有的机器人团队。"),
        ("ja", "AI研究者の山田太郎氏がソニーに入社し、既存のロボット研究チームを率いる。"),
        ("ko", "AI 연구자 김민준 씨가 네이버에 합류해 지난해 만들어진 로봇 연구팀을 이끈다."),
        (
            "vi",
            "Trần Minh Khoa gia nhập Sao Việt Tech để lãnh đạo nhóm robot được thành lập từ năm ngoái.",
        ),
        ("th", "นายสมชาย ใจดี นักวิจัย AI ร่วมงานกับ SiamMind เพื่อนำทีมหุ่นยนต์ที่มีอยู่เดิมของบริษัท"),
        (
            "id",
            "Budi Santoso bergabung dengan Nusantara AI untuk memimpin tim robotika yang dibentuk "
            "tahun lalu.",
        ),
        (
            "hi",
            "एआई शोधकर्ता राहुल वर्मा गूगल में शामिल हुए हैं, जहां वे कंपनी की मौजूदा रोबोटिक्स टीम का नेतृत्व करेंगे।",
        ),
        # a new product, no new unit
        ("zh", "人工智能科学家王立新加盟星河智能公司，负责一款新的机器人产品。"),
        ("ja", "AI研究者の山田太郎氏がソニーに入社し、新しい製品の開発を率いる。"),
        ("ko", "AI 연구자 김민준 씨가 네이버에 합류해 새로운 제품 개발을 이끈다."),
        ("vi", "Trần Minh Khoa gia nhập Sao Việt Tech để lãnh đạo việc ra mắt sản phẩm mới."),
        ("th", "นายสมชาย ใจดี นักวิจัย AI ร่วมงานกับ SiamMind เพื่อดูแลผลิตภัณฑ์ใหม่ด้านหุ่นยนต์"),
        ("id", "Budi Santoso bergabung dengan Nusantara AI untuk memimpin peluncuran produk baru."),
        (
            "hi",
            "राहुल वर्मा भारतटेक में शामिल हुए हैं, जहां वे एक नए उत्पाद के विकास का नेतृत्व करेंगे।",
        ),
    ],
)
def test_joining_a_unit_that_exists_or_a_new_product_is_no_formation(lang: str, text: str) -> None:
    assert "lab_formation" not in analyse("", text, lang_hint=lang).categories
