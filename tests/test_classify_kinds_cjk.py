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
    ("zh", "苹果公司AI负责人张伟将被李明取代。", {"departure"}, "Zhang Wei"),
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
]

# (language, sentence): a team integrating into its buyer after the deal is an acqui-hire
INTEGRATING = [
    ("zh", "Meta收购了Vireo。Vireo团队将整合进Meta。"),
    ("ja", "メタはヴィレオを買収した。ヴィレオのチームはメタに統合される。"),
]

# (language, sentence): nobody moves
NONE = [
    ("zh", "旧模型将被新版本取代。"),
    ("zh", "苹果公司的旧款芯片将由新一代芯片接替。"),
    ("zh", "萨姆·奥尔特曼重返舞台，在OpenAI开发者大会上发布新模型。"),
    ("zh", "OpenAI今年有望重新盈利。"),
    ("zh", "春节期间出境旅客的离境人次创新高。"),
    ("zh", "新模型将整合进微软Office套件。"),
    ("zh", "萨姆·奥尔特曼再次成为舞台焦点。"),
    ("ja", "旧モデルは新バージョンに置き換えられる。"),
    ("ja", "経営陣の世代交代が進む。"),
    ("ja", "サム・アルトマン氏がオープンAIの開発者会議で舞台に復帰した。"),
    ("ja", "オープンAIは来年黒字に復帰する見通しだ。"),
    ("ja", "年末年始の出国者数が過去最高になった。"),
    ("ja", "新モデルはマイクロソフトのOfficeに統合される。"),
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
