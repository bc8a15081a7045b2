"""Talent moves as Hindi, Indonesian, Vietnamese and Thai news tell them: a startup
bought in the passive, a leader back at the head of his company, the one who leaves
"replaced by" the successor, several people leaving told as one noun, a hire told as
taken on board, and a startup's team merged into its buyer. A product replaced or
integrated, a return to a stage or to profit are none. Sam Altman is the people table's
leader of OpenAI; everyone else is invented."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

BOUGHT = [
    (
        "hi",
        "स्टार्टअप लुमेना को गूगल ने अधिग्रहीत कर लिया है और इसके संस्थापक गूगल में शामिल होंगे।",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BOUGHT)
def test_a_startup_bought_in_the_passive_is_an_acquihire(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert "acquihire" in found.categories


RETURNS = [
    ("id", "Sam Altman kembali sebagai CEO OpenAI, kata perusahaan itu."),
    ("id", "Sam Altman kembali menjadi CEO OpenAI, kata perusahaan itu."),
    ("vi", "Sam Altman trở lại với vai trò CEO của OpenAI."),
    ("vi", "Sam Altman một lần nữa trở thành CEO của OpenAI."),
    ("hi", "सैम ऑल्टमैन फिर से ओपनएआई के सीईओ बन गए हैं।"),
    ("hi", "सैम ऑल्टमैन सीईओ के रूप में ओपनएआई में लौट आए हैं।"),
]


@pytest.mark.parametrize(("lang", "text"), RETURNS)
def test_a_leader_back_at_the_head_of_his_company(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert found.entities.people == ("Sam Altman",)
    assert found.entities.to_org == "OpenAI"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Sam Altman kembali ke panggung OpenAI DevDay untuk memperkenalkan model baru."),
        ("vi", "Sam Altman trở lại sân khấu OpenAI DevDay để giới thiệu các mô hình mới."),
        ("hi", "ओपनएआई फिर से मुनाफे में लौट आई है, सैम ऑल्टमैन ने कहा।"),
        ("th", "OpenAI กลับมามีกำไรอีกครั้ง แซม อัลต์แมน กล่าว"),
    ],
)
def test_a_return_to_a_stage_or_to_profit_is_none(lang: str, text: str) -> None:
    assert not analyse("", text, lang_hint=lang).categories


REPLACED = [
    ("id", "Jane Marsh, kepala AI Apple, akan digantikan oleh John Roe."),
    ("vi", "Jane Marsh, trưởng bộ phận AI của Apple, sẽ được thay thế bởi John Roe."),
    ("th", "Jane Marsh หัวหน้าฝ่าย AI ของ Apple จะถูกแทนที่โดย John Roe"),
]


@pytest.mark.parametrize(("lang", "text"), REPLACED)
def test_a_leader_replaced_by_another_departs(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert "departure" in found.categories
    assert found.entities.people[0] == "Jane Marsh"
    assert found.entities.from_org == "Apple"


def test_a_hindi_leader_replaced_by_another_departs() -> None:
    text = "एप्पल की एआई प्रमुख जेन मार्श की जगह जॉन रो लेंगे।"
    found = analyse("", text, lang_hint="hi")
    assert found.categories == ("departure",)
    assert found.entities.from_org == "Apple"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Model lama akan digantikan oleh versi baru bulan depan, kata Apple."),
        ("vi", "Mô hình cũ sẽ được thay thế bởi phiên bản mới vào tháng tới, Apple cho biết."),
        ("th", "โมเดลเก่าจะถูกแทนที่ด้วยเวอร์ชันใหม่ในเดือนหน้า Apple ระบุ"),
        ("hi", "पुराने मॉडल की जगह नया संस्करण लेगा, एप्पल ने कहा।"),
    ],
)
def test_a_model_replaced_by_a_new_version_is_none(lang: str, text: str) -> None:
    assert not analyse("", text, lang_hint=lang).categories


def test_departures_told_as_one_noun_before_several_names() -> None:
    text = "Hengkangnya Budi Santoso dan Andi Wijaya dari Mistral AI melemahkan perusahaan itu."
    found = analyse("", text, lang_hint="id")
    assert found.categories == ("departure",)
    assert found.entities.people == ("Budi Santoso", "Andi Wijaya")
    assert found.entities.from_org == "Mistral AI"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Kepergian wisatawan dari Bali meningkat 5% tahun ini."),
        ("vi", "Số chuyến bay khởi hành từ Hà Nội tăng 5% trong mùa hè."),
        ("th", "เที่ยวบินขาออกจากกรุงเทพเพิ่มขึ้น 5% ในช่วงฤดูร้อน"),
    ],
)
def test_travel_departures_are_none(lang: str, text: str) -> None:
    assert not analyse("", text, lang_hint=lang).categories


ROPED_IN = [
    ("id", "Google telah merangkul Budi Santoso, mantan kepala AI Microsoft."),
    ("vi", "Google đã chiêu nạp Nguyễn Văn An, cựu giám đốc AI của Microsoft."),
    ("vi", "Google đã kéo Nguyễn Văn An, cựu giám đốc AI của Microsoft, về đội."),
    ("th", "Google ได้ตัว John Roe อดีตหัวหน้า AI ของ Microsoft มาร่วมทีม"),
    ("hi", "गूगल ने माइक्रोसॉफ्ट की पूर्व एआई प्रमुख वर्षा कपूर को ऑनबोर्ड किया है।"),
]


@pytest.mark.parametrize(("lang", "text"), ROPED_IN)
def test_a_hire_told_as_taken_on_board(lang: str, text: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert found.categories == ("departure",)
    assert (found.entities.from_org, found.entities.to_org) == ("Microsoft", "Google")


INTEGRATED = [
    ("id", "Meta mengakuisisi Vireo. Seluruh tim Vireo akan diintegrasikan ke dalam Meta."),
    ("vi", "Meta mua lại Vireo. Đội ngũ Vireo sẽ được sáp nhập vào Meta."),
    ("vi", "Meta mua lại Vireo. Đội ngũ Vireo sẽ được tích hợp vào Meta."),
    ("hi", "मेटा ने वीरियो को खरीदा। वीरियो की टीम मेटा में एकीकृत होगी।"),
]


@pytest.mark.parametrize(("lang", "text"), INTEGRATED)
def test_a_team_integrating_into_its_buyer_is_an_acquihire(lang: str, text: str) -> None:
    assert "acquihire" in analyse("", text, lang_hint=lang).categories


def test_hindi_staff_moving_over_to_a_buyer() -> None:
    text = "एनवीडिया ने वीरियो को खरीदा। संस्थापक जेन मार्श और अन्य कर्मचारी एनवीडिया में चले जाएंगे।"
    found = analyse("", text, lang_hint="hi")
    assert "departure" in found.categories
    assert found.entities.to_org == "Nvidia"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Model baru itu akan diintegrasikan ke dalam Microsoft Office tahun depan."),
        ("vi", "Mô hình mới sẽ được tích hợp vào Microsoft Office vào năm tới."),
        ("th", "โมเดลใหม่จะถูกผนวกรวมเข้ากับ Microsoft Office ในปีหน้า"),
        ("hi", "नया मॉडल अगले साल माइक्रोसॉफ्ट ऑफिस में एकीकृत होगा।"),
    ],
)
def test_a_product_integrated_into_a_suite_is_none(lang: str, text: str) -> None:
    assert not analyse("", text, lang_hint=lang).categories
