"""Departures of AI people as the Asian press headlines them, and news that only looks alike.

Covers Korean hires of a researcher named after a title with the verb right after the
name ("AI 연구자 X 스카우트"); Chinese returns to a former employer and moves on to a
rival ("回归", "重返", "转战"), hires told with the post after the name ("任命X为…") and
the former employer after it ("此前任职于…"), experts poached under a traditional title
("專家"); Vietnamese returns ("trở lại") and staff lost to a rival ("mất nhà khoa học …
vào tay"); company and office names before a name ("Bank …", "टाटा मोटर्स ने"). The
negatives hold the same words in news that reports no move: a company joining an
alliance, staff moved inside one company, a market share lost, entertainers, athletes
and politicians.
"""

import pytest

from watcher.classify import analyse

# (lang, headline, person, from_org, to_org); None where the sentence does not name it
POSITIVES = [
    (
        "ko",
        "삼성전자 AI센터장 김도현 부사장, 구글 딥마인드로 이직",
        "Kim Do-hyeon",
        "Samsung",
        "Google DeepMind",
    ),
    (
        "ko",
        "LG AI연구원 이민호(45) 전무, 오픈AI로 자리 옮겨",
        "Lee Min-ho",
        "LG AI Research",
        "OpenAI",
    ),
    ("ko", "SK텔레콤, 메타 출신 AI 연구자 정민호 스카우트", "Jung Min-ho", "Meta", "SK Telecom"),
    ("ko", "카카오, 구글 출신 연구원 한지민 영입", "Han Ji-min", "Google", "Kakao"),
    (
        "ko",
        "업스테이지 공동창업자 윤태호, 회사 떠나 앤트로픽 합류",
        "Yoon Tae-ho",
        "Upstage",
        "Anthropic",
    ),
    (
        "ko",
        "현대차, 신임 AI 최고책임자에 최지훈 전 구글 수석연구원 선임",
        "Choi Ji-hun",
        "Google",
        "Hyundai",
    ),
    (
        "ja",
        "ソニーAI研究所の山本健太氏、グーグル・ディープマインドに移籍",
        "山本健太",
        "Sony AI",
        "Google DeepMind",
    ),
    (
        "ja",
        "楽天のAI部門トップ、田中浩二氏が退社　オープンAIに参画",
        "田中浩二",
        "Rakuten",
        "OpenAI",
    ),
    (
        "ja",
        "トヨタ、AI担当の最高責任者に元グーグルの佐藤真一氏を起用",
        "佐藤真一",
        "Google",
        "Toyota",
    ),
    ("zh", "华为诺亚方舟实验室主任周杰回归微软", "Zhou Jie", "Huawei", "Microsoft"),
    ("zh", "百度前AI负责人吴涛重返谷歌", "Wu Tao", "Baidu", "Google"),
    ("zh", "阿里巴巴前研究员马骏回归百度", "Ma Jun", "Alibaba", "Baidu"),
    ("zh", "字节跳动大模型研究员许浩转战阿里巴巴", "Xu Hao", "ByteDance", "Alibaba"),
    ("zh", "招商银行任命李明为首席人工智能官，此前任职于华为", "Li Ming", "Huawei", None),
    ("zh", "比亚迪聘请王芳为首席科学家", "Wang Fang", None, "BYD"),
    ("zh", "百度首席科学家王立新离职，加盟字节跳动", "Wang Lixin", "Baidu", "ByteDance"),
    ("zh", "腾讯从谷歌挖角AI科学家刘晓峰，出任首席科学家", "Liu Xiaofeng", "Google", "Tencent"),
    ("zh", "OpenAI研究员杨帆在X上宣布离职，将回国加入阿里巴巴", "Yang Fan", "OpenAI", "Alibaba"),
    ("zh", "台積電挖角Google AI專家林志明，出任AI部門主管", "Lin Zhiming", "Google", "TSMC"),
    ("zh", "聯發科AI研發主管陳怡君離職，轉戰輝達", "Chen Yijun", None, "Nvidia"),
    ("zh", "前Google研究員吳家豪加入OpenAI", "Wu Jiahao", "Google", "OpenAI"),
    ("th", "‘ศุภชัย มั่นคง’ ประกาศลาออกจาก Agoda เพื่อไปร่วมทีม AI ของ Meta", "ศุภชัย มั่นคง", "Agoda", "Meta"),
    (
        "vi",
        "Lê Thị Hoa, cựu nghiên cứu viên OpenAI, trở lại Google",
        "Lê Thị Hoa",
        "OpenAI",
        "Google",
    ),
    (
        "vi",
        "VinAI mất nhà khoa học trưởng Đỗ Minh Tuấn vào tay NVIDIA",
        "Đỗ Minh Tuấn",
        "VinAI",
        "Nvidia",
    ),
    (
        "vi",
        "Tiến sĩ Nguyễn Văn Hùng rời VinAI, gia nhập Google DeepMind",
        "Nguyễn Văn Hùng",
        "VinAI",
        "Google DeepMind",
    ),
    (
        "id",
        "Peneliti AI Andi Wijaya hengkang dari Google, bergabung dengan OpenAI",
        "Andi Wijaya",
        "Google",
        "OpenAI",
    ),
    (
        "id",
        "Mantan peneliti Meta, Sari Wulandari, kembali ke Google DeepMind",
        "Sari Wulandari",
        "Meta",
        "Google DeepMind",
    ),
    (
        "id",
        "Bank Mandiri tunjuk mantan eksekutif Microsoft Rina Kusuma sebagai kepala AI",
        "Rina Kusuma",
        None,
        None,
    ),
    (
        "hi",
        "गूगल डीपमाइंड के शोधकर्ता राहुल शर्मा ने कंपनी छोड़ी, ओपनएआई में शामिल हुए",
        "Rahul Sharma",
        "Google DeepMind",
        "OpenAI",
    ),
    (
        "hi",
        "टाटा मोटर्स ने एआई प्रमुख के रूप में प्रिया सिंह को नियुक्त किया, पहले अमेज़न में थीं",
        "Priya Singh",
        "Amazon",
        None,
    ),
]

# news with the same words that reports no move of AI talent
NEGATIVES = [
    ("ko", "삼성전자, AI 동맹 합류…엔비디아와 협력"),
    ("ko", "네이버, 글로벌 AI 얼라이언스에 합류"),
    ("ko", "LG전자 마케팅 부사장 박정우, 내부 재배치로 사업본부 이동"),
    ("ko", "걸그룹 멤버 김하늘, 소속사 떠나 새 기획사와 전속계약"),
    ("ko", "국민의힘 의원 최성호, 당 대표직 사퇴"),
    ("ko", "신한은행, 신임 CFO에 김영수 전무 선임"),
    ("ko", '네이버 "AI 총괄 이직설 사실무근"…루머 일축'),
    ("ja", "人気アイドルの佐々木愛さん、所属事務所を退所　新事務所に移籍"),
    ("ja", "サッカー日本代表の山田選手、ドイツのクラブへ完全移籍"),
    ("ja", "ソニー、AI連合に参画　米企業と提携"),
    ("ja", "三菱UFJ銀行、新CFOに渡辺氏を任命"),
    ("zh", "足球运动员李强从上海海港转会至山东泰山"),
    ("zh", "华为宣布加入全球人工智能联盟"),
    ("zh", "经典游戏《仙剑奇侠传》回归手机平台"),
    ("zh", "工商银行任命陈刚为首席财务官"),
    ("zh", "百度否认首席科学家离职传闻"),
    ("zh", "藝人林心如離開經紀公司，加盟新東家"),
    ("th", "นักฟุตบอลทีมชาติไทย ย้ายไปร่วมทีม Cerezo Osaka"),
    ("th", "Google ปฏิเสธข่าวลือ หัวหน้าทีม AI ลาออก"),
    ("vi", "Google mất thị phần vào tay OpenAI"),
    ("vi", "Samsung trở lại vị trí dẫn đầu thị trường điện thoại"),
    ("vi", "Ca sĩ Mỹ Tâm trở lại sân khấu sau hai năm"),
    ("vi", "Tính năng chỉnh sửa ảnh trở lại trên ứng dụng Google Photos"),
    ("vi", "Microsoft trở lại cuộc đua AI với mô hình mới"),
    ("vi", "Tiền đạo Nguyễn Quang Hải rời Pau FC, gia nhập Công an Hà Nội"),
    ("id", "Menteri Keuangan mengundurkan diri dari kabinet"),
    ("id", "Telkom bergabung dengan aliansi AI global"),
    ("hi", "वित्त मंत्री ने इस्तीफा दिया"),
    ("hi", "रिलायंस वैश्विक एआई गठबंधन में शामिल हुई"),
]


@pytest.mark.parametrize(("lang", "text", "person", "origin", "target"), POSITIVES)
def test_departure_read_with_person_and_direction(
    lang: str, text: str, person: str, origin: str | None, target: str | None
) -> None:
    a = analyse(text, "", lang_hint=lang)
    assert "departure" in a.categories
    assert list(a.entities.people) == [person]
    assert a.entities.from_org == origin
    assert a.entities.to_org == target


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_lookalike_is_no_move(lang: str, text: str) -> None:
    assert analyse(text, "", lang_hint=lang).categories == ()
