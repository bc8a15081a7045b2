"""Seven ways the Chinese, Japanese and Korean press tells a talent move: a startup bought
and told in the passive, a company's own leader back at its head, a leader dismissed by
the board, the one who leaves replaced by the successor, several people leaving told as
a noun, a hire told with an idiom of taking someone on, and a bought startup's staff
moving over to the buyer. Products replaced or integrated, returns to a stage or to
growth, and travellers' departures are none. Sam Altman is the people table's leader
of OpenAI; the other people and the startups are invented."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, sentence, the categories, a person in `.entities.people` or "")
MOVES = [
    # a startup bought, told as bought by or sold to the buyer
    (
        "zh",
        "初创公司Lumena被谷歌买下，谷歌随后聘请了其两位创始人。",
        {"departure", "acquihire"},
        "",
    ),
    ("zh", "初创公司Lumena已出售给谷歌，谷歌聘用了其创始团队。", {"acquihire"}, ""),
    # a leader back at the head of his company
    ("zh", "萨姆·奥尔特曼再次成为OpenAI的CEO。", {"departure"}, "Sam Altman"),
    ("zh", "萨姆·奥尔特曼重新执掌OpenAI。", {"departure"}, "Sam Altman"),
    # dismissed by the board
    ("zh", "萨姆·奥尔特曼遭OpenAI董事会免职。", {"departure"}, "Sam Altman"),
    ("zh", "OpenAI董事会撤职了首席执行官萨姆·奥尔特曼。", {"departure"}, "Sam Altman"),
    # replaced by the successor
    ("zh", "苹果公司AI负责人张伟将由李明接替。", {"departure"}, "Zhang Wei"),
    ("zh", "苹果公司AI负责人张伟的职务将被李明顶替。", {"departure"}, "Zhang Wei"),
    # several people leaving, told as a noun
    ("zh", "研究员张伟和研究员李明的相继离去削弱了Mistral AI。", {"departure"}, "Li Ming"),
    # a hire told with an idiom
    ("zh", "谷歌签下了前微软高管张伟。", {"departure"}, "Zhang Wei"),
    ("zh", "谷歌把前微软AI主管张伟拉入麾下。", {"departure"}, ""),
    # a bought startup's staff moving over, its team integrating into the buyer
    (
        "zh",
        "英伟达收购了Lumena。工程师张伟和其他员工将一并转入英伟达。",
        {"departure", "acquihire"},
        "Zhang Wei",
    ),
    (
        "ja",
        "新興企業ルメナはグーグルに売却され、創業者らはグーグルに入社した。",
        {"departure", "acquihire"},
        "",
    ),
    ("ja", "サム・アルトマン氏がオープンAIのCEOに返り咲いた。", {"departure"}, "Sam Altman"),
    ("ja", "サム・アルトマン氏がオープンAIのCEOに再登板する。", {"departure"}, "Sam Altman"),
    (
        "ja",
        "サム・アルトマン氏は取締役会によってオープンAIのCEOの職を追われた。",
        {"departure"},
        "Sam Altman",
    ),
    ("ja", "オープンAIの取締役会はサム・アルトマンCEOを罷免した。", {"departure"}, "Sam Altman"),
    (
        "ja",
        "アップルのAI責任者ジェーン・マーシュ氏の後任にはジョン・ロー氏が就く。",
        {"departure"},
        "ジェーン・マーシュ",
    ),
    (
        "ja",
        "アップルのAI責任者ジェーン・マーシュ氏はジョン・ロー氏と交代する。",
        {"departure"},
        "ジェーン・マーシュ",
    ),
    (
        "ja",
        "ジャン・マルシャル氏とポール・ジラール氏の離反がミストラルAIを弱体化させた。",
        {"departure"},
        "ポール・ジラール",
    ),
    (
        "ja",
        "グーグルはマイクロソフトの元AI責任者、ヴァルシャ・カプール氏を一本釣りした。",
        {"departure"},
        "ヴァルシャ・カプール",
    ),
    (
        "ja",
        "グーグルはマイクロソフトの元AI責任者ヴァルシャ・カプール氏を仲間に加えた。",
        {"departure"},
        "ヴァルシャ・カプール",
    ),
    (
        "ja",
        "グーグルはマイクロソフトの元AI責任者ヴァルシャ・カプール氏を陣営に引き込んだ。",
        {"departure"},
        "ヴァルシャ・カプール",
    ),
    (
        "ja",
        "エヌビディアはルメナを買収した。ジェーン・マーシュ氏ら従業員はエヌビディアに転籍する。",
        {"departure", "acquihire"},
        "ジェーン・マーシュ",
    ),
    (
        "ko",
        "스타트업 루메나는 구글에 매각됐고, 구글은 창업자들을 채용했다.",
        {"departure", "acquihire"},
        "",
    ),
    (
        "ko",
        "스타트업 루메나는 구글에 팔렸고, 창업자들은 구글에 합류했다.",
        {"departure", "acquihire"},
        "",
    ),
    ("ko", "샘 올트먼이 오픈AI CEO로 귀환했다.", {"departure"}, "Sam Altman"),
    ("ko", "샘 올트먼이 오픈AI CEO 자리에 다시 올랐다.", {"departure"}, "Sam Altman"),
    ("ko", "샘 올트먼이 다시 오픈AI CEO를 맡는다.", {"departure"}, "Sam Altman"),
    ("ko", "오픈AI 이사회가 샘 올트먼 CEO를 쫓아냈다.", {"departure"}, "Sam Altman"),
    ("ko", "샘 올트먼은 이사회에 의해 오픈AI CEO 자리에서 쫓겨났다.", {"departure"}, "Sam Altman"),
    ("ko", "김민수 애플 AI 책임자가 이준호 부사장으로 교체된다.", {"departure"}, "Kim Min-su"),
    (
        "ko",
        "김민수 연구원과 박서연 연구원의 잇따른 퇴진이 미스트랄 AI를 약화시켰다.",
        {"departure"},
        "Park Seo-yeon",
    ),
    (
        "ko",
        "구글이 마이크로소프트 출신 김민수 연구원을 새 식구로 맞았다.",
        {"departure"},
        "Kim Min-su",
    ),
    (
        "ko",
        "구글이 마이크로소프트 출신 김민수 연구원을 새 식구로 받아들였다.",
        {"departure"},
        "Kim Min-su",
    ),
]

# (language, sentence, the organisation left or "", the organisation joined or "")
DIRECTIONS = [
    ("zh", "萨姆·奥尔特曼再次成为OpenAI的CEO。", "", "OpenAI"),
    ("zh", "萨姆·奥尔特曼遭OpenAI董事会免职。", "OpenAI", ""),
    ("zh", "苹果公司AI负责人张伟将由李明接替。", "Apple", ""),
    ("zh", "谷歌签下了前微软高管张伟。", "Microsoft", "Google"),
    ("zh", "英伟达收购了Lumena。工程师张伟和其他员工将一并转入英伟达。", "", "Nvidia"),
    ("ja", "サム・アルトマン氏がオープンAIのCEOに返り咲いた。", "", "OpenAI"),
    ("ja", "サム・アルトマン氏は取締役会によってオープンAIのCEOの職を追われた。", "OpenAI", ""),
    ("ja", "アップルのAI責任者ジェーン・マーシュ氏の後任にはジョン・ロー氏が就く。", "Apple", ""),
    (
        "ja",
        "グーグルはマイクロソフトの元AI責任者、ヴァルシャ・カプール氏を一本釣りした。",
        "Microsoft",
        "Google",
    ),
    (
        "ja",
        "エヌビディアはルメナを買収した。ジェーン・マーシュ氏ら従業員はエヌビディアに転籍する。",
        "",
        "Nvidia",
    ),
    ("ko", "샘 올트먼이 오픈AI CEO로 귀환했다.", "", "OpenAI"),
    ("ko", "샘 올트먼은 이사회에 의해 오픈AI CEO 자리에서 쫓겨났다.", "OpenAI", ""),
    ("ko", "김민수 애플 AI 책임자가 이준호 부사장으로 교체된다.", "Apple", ""),
    ("ko", "구글이 마이크로소프트 출신 김민수 연구원을 새 식구로 맞았다.", "Microsoft", "Google"),
    (
        "ko",
        "김민수 연구원이 마이크로소프트를 떠나 구글과 한솥밥을 먹게 됐다.",
        "Microsoft",
        "Google",
    ),
]

# (language, sentence): a team integrating into its buyer after the deal is an acqui-hire
INTEGRATING = [
    ("zh", "Meta收购了Vireo。Vireo团队将整合进Meta。"),
    ("ja", "メタはヴィレオを買収した。ヴィレオのチームはメタに統合される。"),
    ("ko", "메타는 비레오를 인수했다. 비레오 팀은 메타에 통합된다."),
    ("ko", "엔비디아는 루메나를 인수하고 직원들의 고용을 승계한다."),
]

# (language, sentence): nobody moves
NONE = [
    ("zh", "旧模型将被新版本取代。"),
    ("zh", "OpenAI研究员张伟表示，用户的离去让公司很担忧。"),
    ("zh", "OpenAI首席执行官萨姆·奥尔特曼表示，程序员不会被AI取代。"),
    ("zh", "谷歌研究员张伟表示，谷歌签下了一份价值十亿美元的云计算大单。"),
    ("zh", "谷歌研究员张伟表示，旧系统将由新模型取代。"),
    ("zh", "苹果公司的旧款芯片将由新一代芯片接替。"),
    ("zh", "萨姆·奥尔特曼重返舞台，在OpenAI开发者大会上发布新模型。"),
    ("zh", "OpenAI今年有望重新盈利。"),
    ("zh", "春节期间出境旅客的离境人次创新高。"),
    ("zh", "新模型将整合进微软Office套件。"),
    ("zh", "萨姆·奥尔特曼再次成为舞台焦点。"),
    ("ja", "旧モデルは新バージョンに置き換えられる。"),
    ("ja", "グーグルの田中一郎氏によると、同社は新機能で多くの顧客を引き込んだ。"),
    ("ja", "経営陣の世代交代が進む。"),
    ("ja", "サム・アルトマン氏がオープンAIの開発者会議で舞台に復帰した。"),
    ("ja", "オープンAIは来年黒字に復帰する見通しだ。"),
    ("ja", "年末年始の出国者数が過去最高になった。"),
    ("ja", "新モデルはマイクロソフトのOfficeに統合される。"),
    ("ko", "기존 모델은 새 버전으로 교체된다."),
    ("ko", "김민수 대표는 구글에서 1000억원 투자를 끌어왔다."),
    ("ko", "김민수 연구원은 구글의 서버가 새 장비로 교체됐다고 말했다."),
    ("ko", "샘 올트먼이 오픈AI 개발자 행사 무대에 복귀했다."),
    ("ko", "오픈AI는 흑자 복귀에 성공했다."),
    ("ko", "설 연휴 출국자 수가 역대 최대를 기록했다."),
    ("ko", "새 모델은 마이크로소프트 오피스에 통합된다."),
    ("ko", "삼성전자 경영진의 세대교체가 빨라지고 있다."),
]


@pytest.mark.parametrize(("lang", "text", "categories", "person"), MOVES)
def test_a_move_told_in_one_of_seven_ways(
    lang: str, text: str, categories: set[str], person: str
) -> None:
    found = analyse("", text, lang_hint=lang)
    assert set(found.categories) == categories
    if person:
        assert person in found.entities.people


@pytest.mark.parametrize(("lang", "text", "origin", "target"), DIRECTIONS)
def test_the_organisations_of_the_move(lang: str, text: str, origin: str, target: str) -> None:
    found = analyse("", text, lang_hint=lang)
    assert (found.entities.from_org or "", found.entities.to_org or "") == (origin, target)


@pytest.mark.parametrize(("lang", "text"), INTEGRATING)
def test_a_team_integrating_into_its_buyer(lang: str, text: str) -> None:
    assert analyse("", text, lang_hint=lang).categories == ("acquihire",)


@pytest.mark.parametrize(("lang", "text"), NONE)
def test_nobody_moves(lang: str, text: str) -> None:
    assert not analyse("", text, lang_hint=lang).categories
