"""People of the field named in the spellings of ten scripts: the Ukrainian form next to
the Russian one, and the Arabic, Persian, Hebrew, Hindi, Thai, Japanese, Korean and Chinese
press forms, each resolving to the Latin name."""

from __future__ import annotations

import pytest

from watcher.classify import analyse


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Джиммі Ба залишив xAI, повідомляє видання.", "Jimmy Ba"),
        ("Тоні Ву пішов з xAI після трьох років роботи.", "Tony Wu"),
        ("Тони Ву покинул xAI, сообщают источники.", "Tony Wu"),
        ("انضم بيل بيبلز إلى فريق جديد بعد مغادرة المشروع.", "Bill Peebles"),
        ("مارک چن از مدیران ارشد پژوهش اوپن‌ای‌آی است و به تیم تازه پیوست.", "Mark Chen"),
        ("לאופולד אשנברנר עזב את החברה והקים קרן.", "Leopold Aschenbrenner"),
        ("ओरिओल विन्याल्स ने नई टीम में शामिल होने की घोषणा की।", "Oriol Vinyals"),
        ("ลิเลียน เวง ลาออกจากบริษัทเพื่อร่วมก่อตั้งสตาร์ทอัพใหม่", "Lilian Weng"),
        ("アレクサンダー・マドリー氏が新しい研究所に移籍した。", "Aleksander Mądry"),
        ("세바스티앙 뷔벡이 새 연구소로 자리를 옮겼다.", "Sébastien Bubeck"),
        ("据报道，鲍里斯·切尔尼已加入新的团队。", "Boris Cherny"),
    ],
)
def test_a_move_names_the_person_in_the_new_spelling(text: str, name: str) -> None:
    assert name in analyse("", text).entities.people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ба, знайомі все обличчя на цій конференції!", "Jimmy Ba"),
        ("Ву-ву, гуде потяг на станції.", "Tony Wu"),
        ("جميع اللاعبين عادوا إلى الملعب بعد الاستراحة.", "Jimmy Ba"),
        ("เวลาผ่านไปเร็วมากในช่วงปลายปี", "Lilian Weng"),
        ("马德里的天气今天很好。", "Aleksander Mądry"),
    ],
)
def test_ordinary_words_are_not_those_people(text: str, name: str) -> None:
    assert name not in analyse("", text).entities.people
