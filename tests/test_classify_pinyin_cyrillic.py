"""Chinese names in Russian and Ukrainian reporting: written syllable by syllable in the
Palladius system ("Чжан Вэйминь"), they are read back into pinyin ("Zhang Weimin"),
the spelling the rest of the world's press uses, rather than letter by letter ("Chzhan
Veymin"). A name is read so only when one of its ends is a Chinese surname, every word
splits into syllables of the system and a letter group only it writes is there: Russian
and other names stay as they were. Invented people."""

from __future__ import annotations

import pytest

from watcher.classify import analyse, default_rules

MOVES = [
    ("ru", "Исследователь Чжан Вэйминь ушёл из Apple в Meta", "Zhang Weimin"),
    ("ru", "Meta переманила у Apple ведущего исследователя Чжао Цзяхуа", "Zhao Jiahua"),
    ("ru", "Google нанял Ван Сяолиня из Alibaba", "Wang Xiaolin"),
    ("ru", "Инженер Хуэйминь Чэнь перешёл из OpenAI в Anthropic", "Huimin Chen"),
    ("uk", "Дослідник Цзян Вейдун перейшов з Apple до Meta", "Jiang Weidong"),
    ("uk", "Провідна дослідниця Лю Сяоін залишила OpenAI заради Anthropic", "Liu Xiaoying"),
    ("uk", "Інженерка Сюй Лі пішла з Google до xAI", "Xu Li"),
]

KEPT = [
    ("ru", "Инженер Игорь Соколов ушёл из Яндекса в Сбер", "Igor Sokolov"),
    ("ru", "Исследовательница Лиана Мэнсон перешла из Google в OpenAI", "Liana Menson"),
    ("ru", "Ян Лекун покидает Meta ради собственного стартапа", "Yann LeCun"),
    ("uk", "Інженер Андрій Шевчук перейшов з Google до Meta", "Andriy Shevchuk"),
]


@pytest.mark.parametrize(("lang", "text", "name"), MOVES + KEPT, ids=lambda v: str(v)[:30])
def test_a_mover_is_named_in_the_usual_latin_spelling(lang: str, text: str, name: str) -> None:
    a = analyse("", text, lang_hint=lang)
    assert "departure" in a.categories
    assert name in a.entities.movers, a.entities.movers


SPELLINGS = [
    ("ru", "Чжан Вэйминь", "Zhang Weimin"),
    ("ru", "Чжана Вэйминя", "Zhang Weimin"),  # genitive: the case endings come off
    ("ru", "Дэн Сяопином", "Deng Xiaoping"),
    ("ru", "Ван Цзяхуа", "Wang Jiahua"),  # "хуа" is one syllable, no case ending
    ("ru", "Лю Цысинь", "Liu Cixin"),
    ("uk", "Сі Цзюнь", None),  # no Chinese surname at either end
    ("uk", "Ван Сяопін", "Wang Xiaoping"),
    ("ru", "Ян Лекун", None),  # splits into syllables, but no mark of the system
    ("ru", "Хуан Карлос", None),  # "Карлос" is no syllable
    ("ru", "Ли Мин Хо Ким", None),  # four words
]


@pytest.mark.parametrize(("lang", "written", "read"), SPELLINGS, ids=lambda v: str(v))
def test_the_palladius_spelling_is_read_back(lang: str, written: str, read: str | None) -> None:
    assert default_rules().grammar.pinyin[lang].read(written) == read


def test_the_syllable_tables_are_one_to_one() -> None:
    """Each written syllable stands for one pinyin syllable, and both languages spell
    the same syllables."""
    tables = default_rules().grammar.pinyin
    ru, uk = tables["ru"].syllables, tables["uk"].syllables
    assert len(ru) == len(set(ru.values())) >= 400
    assert set(ru.values()) == set(uk.values())
