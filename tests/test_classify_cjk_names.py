"""People named with no title or honorific in Chinese, Japanese and Korean reports of a
move: a surname of the tables at the start of the clause, right before the verb (Chinese)
or before a particle of the subject with the verb later in the clause (Japanese, Korean),
and as the object of a hiring verb ("挖来X和Y", "Xを引き抜いた", "X를 영입했다").
Chinese and Korean names are read out in Latin letters, as after a title. Words that
start with a surname (a title, a time, a firm, a place) are never such a name. The
sentences are invented."""

from __future__ import annotations

import pytest

from watcher.classify import analyse

# (language, sentence, a category it is read as, the person in `.entities.people`)
NAMED = [
    ("zh", "张伟离开谷歌加入OpenAI", "departure", "Zhang Wei"),
    ("zh", "张伟周五被Meta解雇", "departure", "Zhang Wei"),
    ("zh", "刘洋跳槽至微软，负责大模型研发", "departure", "Liu Yang"),
    ("zh", "陈晓东已离开百度，将加入OpenAI", "departure", "Chen Xiaodong"),
    ("zh", "王芳宣布离职，转投Meta", "departure", "Wang Fang"),
    ("zh", "赵磊创立AI初创公司，此前在谷歌任职", "lab_formation", "Zhao Lei"),
    ("zh", "孙浩从谷歌跳槽至OpenAI", "departure", "Sun Hao"),
    # the object of a hiring verb, and a name at the end of a headline after its title
    ("zh", "小米以千万年薪招揽罗志强，后者曾是DeepSeek核心开发者", "departure", "Luo Zhiqiang"),
    ("zh", "腾讯从OpenAI挖来了姚明远和陈思雨两位研究员", "departure", "Chen Siyu"),
    ("zh", "字节跳动挖走阿里通义核心成员林俊杰", "departure", "Lin Junjie"),
    ("ja", "田中一郎がグーグルを退社しOpenAIへ", "departure", "田中一郎"),
    ("ja", "佐藤花子、メタに移籍", "departure", "佐藤花子"),
    ("ja", "鈴木健太はマイクロソフトを離れ、OpenAIに加わった", "departure", "鈴木健太"),
    ("ja", "山本優子がグーグルを退職し、AI新興企業を設立した", "lab_formation", "山本優子"),
    ("ja", "メタは中村達也をグーグルから引き抜いた", "departure", "中村達也"),
    ("ja", "メタがOpenAIの研究者、小林直樹を引き抜いた", "departure", "小林直樹"),
    ("ko", "김민수, 구글 떠나 오픈AI행", "departure", "Kim Min-su"),
    ("ko", "메타가 오픈AI에서 김민준을 영입했다", "departure", "Kim Min-jun"),
    ("ko", "네이버, 오픈AI 출신 이서준 영입", "departure", "Lee Seo-jun"),
    ("ko", "김민수는 금요일 메타에서 해임됐다", "departure", "Kim Min-su"),
    ("ko", "이지은 전 네이버 연구원이 AI 스타트업을 창업했다", "lab_formation", "Lee Ji-eun"),
    ("ko", "박서연이 삼성전자를 떠나 오픈AI에 합류했다", "departure", "Park Seo-yeon"),
    ("ko", "최현우는 마이크로소프트에서 구글로 이직했다", "departure", "Choi Hyeon-u"),
]

# (language, sentence): a move or a formation with nobody named; no word becomes a person
UNNAMED = [
    ("zh", "高管离开谷歌加入OpenAI"),  # "executives": 高 is a surname
    ("zh", "何时加入OpenAI仍不确定"),  # "when"
    ("zh", "王者荣耀团队成员离开腾讯"),  # a game's name
    ("zh", "金融人才跳槽至谷歌"),  # "finance"
    ("zh", "周五被Meta解雇的员工超过百人"),  # "Friday"
    ("zh", "李家公司创立AI实验室"),  # "the Li family's"
    ("zh", "罗伯特加入OpenAI担任研究员"),  # a foreign name written without its dot
    ("zh", "程序员离开谷歌加入初创公司"),  # "programmers": 程 is a surname
    ("zh", "何去何从：谷歌研究员离开后加入OpenAI"),  # "where to go"
    ("zh", "腾讯任命曾任职于谷歌的专家出任首席科学家"),  # "formerly": 曾 is a surname
    ("zh", "OpenAI聘请高管加盟新团队"),  # "executives" as a hiring verb's object
    ("ja", "山本社長がグーグルを退社"),  # a surname and a title: no given name
    ("ja", "松本市がAI研究所を設立"),  # a city
    ("ja", "伊藤忠がAI新会社を設立"),  # a trading house
    ("ko", "연구원이 구글을 떠나 오픈AI에 합류했다"),  # "researchers": 연 is a surname
    ("ko", "이사회는 금요일 CEO를 해임했다"),  # "the board", and a day before a title
    ("ko", "구글은 전 메타 연구원을 영입했다"),  # an organisation and its particle
    ("ko", "이번에는 구글에서 연구원이 떠났다"),  # "this time"
    ("ko", "구성원이 대거 회사를 떠났다"),  # "members"
    ("ko", "구글은 연구원을 대거 채용했다"),  # "researchers" as a hiring verb's object
    ("ko", "메타는 이사회를 새로 선임했다"),  # "the board"
    ("ja", "田中社長を新たに任命した"),  # a surname and a title
    ("ja", "伊藤忠を退社した社員を採用"),  # a trading house before the particle
]


@pytest.mark.parametrize(("lang", "text", "category", "person"), NAMED)
def test_named_with_no_title(lang: str, text: str, category: str, person: str) -> None:
    result = analyse(text, "", lang_hint=lang)
    assert category in result.categories
    assert person in result.entities.people


@pytest.mark.parametrize(("lang", "text"), UNNAMED)
def test_no_person_from_common_words(lang: str, text: str) -> None:
    result = analyse(text, "", lang_hint=lang)
    assert result.entities.people == ()


@pytest.mark.parametrize(
    "text",
    [
        "메타는 구글 브레인 연구원 영입에 성공했다.",  # a Google Brain researcher, unnamed
        "노바는 메타 AI 리서치 연구원을 채용했다.",  # a Meta AI Research researcher
    ],
)
def test_a_word_of_an_organisations_name_before_a_title_is_no_person(text: str) -> None:
    assert analyse(text, "", lang_hint="ko").entities.people == ()
