"""Headline phrasings in Asian languages that the lexicons now read.

Covers Korean headlines ending on the noun after a quoted company name ("'X' 창업"),
a counter-offer written as one word; Hindi appointments with the post between the
object marker and the verb ("X को मुख्य … नियुक्त किया") and a whole team taken on;
Indonesian bare verbs of headlines ("resmikan", "luncurkan", "angkat … sebagai",
"datangkan", "boyong seluruh tim") and pay that keeps researchers from moving;
Vietnamese co-founding a new company and a startup's
founding team hired; Chinese stock awards given to stop a team being poached. The
negative sentences hold the same words in news that reports no move.
"""

import pytest

from watcher.classify import analyse

POSITIVES = [
    ("ko", "전 오픈AI 연구원들, AI 스타트업 '뉴로웨이브' 창업", {"departure", "lab_formation"}),
    ("ko", "메타, 이직 막으려 핵심 연구원에 카운터오퍼 제시", {"offer"}),
    ("hi", "माइक्रोसॉफ्ट ने अनीता शर्मा को मुख्य एआई अधिकारी नियुक्त किया", {"departure"}),
    ("hi", "अमेज़न ने एआई स्टार्टअप की पूरी टीम को अपने साथ जोड़ा", {"acquihire"}),
    ("id", "Google beri bonus retensi besar agar peneliti AI tidak pindah", {"offer"}),
    ("id", "Telkom resmikan pusat riset kecerdasan buatan di Bandung", {"lab_formation"}),
    ("id", "Bank BCA luncurkan pusat riset AI", {"lab_formation"}),
    ("id", "Amazon boyong seluruh tim startup AI Adept", {"acquihire"}),
    ("id", "Google angkat mantan peneliti OpenAI sebagai direktur riset AI", {"departure"}),
    ("id", "Startup AI lokal datangkan eks peneliti Google sebagai kepala ilmuwan", {"departure"}),
    (
        "vi",
        "Hai cựu kỹ sư Google đồng sáng lập công ty AI mới tại TP.HCM",
        {"departure", "lab_formation"},
    ),
    ("vi", "Google trả phí cấp phép và tuyển đội ngũ sáng lập của startup AI", {"acquihire"}),
    ("zh", "为阻止团队被挖，OpenAI向核心研究员发放数百万美元股票奖励", {"offer"}),
]

NEGATIVES = [
    ("id", "Bank BCA luncurkan aplikasi mobile banking baru"),
    ("id", "Presiden resmikan jalan tol baru di Sumatra"),
    ("id", "Google luncurkan model AI terbaru Gemini"),
    ("vi", "Ông Nguyễn Văn A, đồng sáng lập công ty VNG, phát biểu tại hội thảo"),
    ("zh", "公司宣布向全体员工发放股票奖励"),
    ("hi", "कंपनी को मुख्य रूप से एआई से राजस्व मिलता है"),
    ("ko", "AI 스타트업 업스테이지, 1000억원 규모 시리즈 B 투자 유치"),
]


@pytest.mark.parametrize(("lang", "title", "expected"), POSITIVES)
def test_a_common_phrasing_reads_as_its_categories(
    lang: str, title: str, expected: set[str]
) -> None:
    assert set(analyse(title, "", lang_hint=lang).categories) == expected


@pytest.mark.parametrize(("lang", "title"), NEGATIVES)
def test_the_same_words_in_other_news_are_no_move(lang: str, title: str) -> None:
    assert analyse(title, "", lang_hint=lang).categories == ()
