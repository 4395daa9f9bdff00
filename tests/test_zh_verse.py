"""A phrase the bullets say only inside quoted verse is the verse's image, not a group's theme."""

from __future__ import annotations

from citebrief.text.zh_verse import VERSE_FACTOR, verse_factor
from conftest import zh_news_brief

LETTER = [
    "记者收到的这封来自成都市石室中学的亲笔信，一笔一画、没有涂抹地由204个汉字组成。",
    "更有对这座都市的骄傲推介：“锦绣清城，雪满西泠。戏院川剧，叹变脸奇幻；红墙锦里，叹灯市霓虹。”",
]


def test_a_phrase_only_quoted_verse_says_weighs_as_an_aside() -> None:
    assert verse_factor("戏院川剧", LETTER) == VERSE_FACTOR
    assert verse_factor("亲笔信", LETTER) == 1.0
    assert verse_factor("推介", LETTER) == 1.0  # said outside the quotation
    assert verse_factor("故宫", LETTER) == 1.0  # said by none


def test_quoted_speech_and_a_quoted_list_are_no_verse() -> None:
    speech = ["“很多旅客会亲切地称呼我们飞机拜拜员，因为在起飞前会看到我们一直在机坪上跟飞机挥手再见，直到滑行离开。”"]
    assert verse_factor("飞机拜拜员", speech) == 1.0  # long clauses: speech
    listed = ["推出“玩滨海、享都市、叹美食、品文化、忆红色”五大主题线路。"]
    assert verse_factor("叹美食", listed) == 1.0  # a list in 、 names the matters
    three = ["他写道：“锦绣清城，雪满西泠，戏院川剧。”"]
    assert verse_factor("戏院川剧", three) == 1.0  # three lines: too few to tell verse


def test_a_quoted_letters_group_is_titled_by_the_letter_not_its_verse() -> None:
    """zh-news _L954 (Chengdu Universiade letters): readers marked "戏院川剧" "a quoted phrase, not a theme"."""
    titles = [g.title for g in zh_news_brief("_L954").groups]
    assert "戏院川剧" not in titles
    assert titles[1] == "亲笔信"
