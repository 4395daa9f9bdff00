"""A short Chinese news sentence that only sets up the next (text/zh_setters.py), and the bullet
on one giving way to the sentence it sets up (engines/zh_teaser_drops.py)."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.zh_teaser_drops import without_setters
from citebrief.text.data_files import data_lines
from citebrief.text.zh_setters import sets_up
from conftest import zh_news_brief
from scored_builder import zh_scored


@pytest.mark.parametrize(
    "sentence",
    [
        "17日，距离开学只剩3天的时间。",  # zh-news 44: a countdown
        "“消费提振年”进入下半场。",  # zh-news 136: a stage reached
        "上海警方侦破的首例诈骗案又有下文。",  # a follow-up teased
        "在王国柱看来，成为一名轮轴“听诊专家”并非一日之功。",  # zh-news 120: before the effort is told
    ],
)
def test_a_setter_is_read(sentence: str) -> None:
    assert sets_up(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "8月8日，北京地铁“时光列车”上线试运营。",  # a quoted name in an event: news
        "这里就是上降乡上降街的“无人菜市”。",  # names the place: no "了", no setter
        "“太幸运了，没想到买到了‘蓉宝’！”",  # someone's words
        "杨春娟说，距离开学只剩3天了。",  # said by someone
        "“消费提振年”进入下半场，社会消费品零售总额增长8.2%。",  # a figure of its own
        "今年暑期，绍兴鲁迅故里的乌篷船码头游客排队登船，水上也“堵船”了。",  # long enough for a fact
        "今年暑期，鲁迅家门口“堵船”了。",  # zh-news 180: a coined word, read blind as the story's hook
    ],
)
def test_news_is_no_setter(sentence: str) -> None:
    assert not sets_up(sentence)


def test_the_cue_table_has_rows() -> None:
    assert len(data_lines("zh_setter_cues.tsv")) >= 4


_ARTICLE = [
    ["“菜篮子工程”进入下半场。", "市商务局日前出台12条措施保障蔬菜供应。", "全市新增平价菜店40家。"],
    [
        "17日，距离开学只剩3天的时间。",
        "全校54名教职员工已全部到岗。",
        "校园已完成三轮消杀。",
        "320多名学生将如期返校。",
        "家长可在校门口接送。",
    ],
]


def test_a_setter_leaves_where_its_next_sentence_is_the_groups_next_bullet() -> None:
    chosen = [0, 1, 2]
    got = without_setters(zh_scored(_ARTICLE), [Draft(None, [0, 1, 2])], chosen)
    assert [d.picked for d in got] == [[1, 2]] and chosen == [1, 2]


def test_a_group_of_two_keeps_its_setter_where_the_next_is_said() -> None:
    got = without_setters(zh_scored(_ARTICLE), [Draft(None, [0, 1])], [0, 1])
    assert [d.picked for d in got] == [[0, 1]]


def test_a_setter_stays_where_no_bullet_says_the_next_sentence() -> None:
    # the days to school (zh-news 44) is the story's peg: no bullet says what it sets up, it stays
    chosen = [3, 6, 0, 1]
    got = without_setters(zh_scored(_ARTICLE), [Draft(None, [0, 1]), Draft(1, [3, 6, 7])], chosen)
    assert [d.picked for d in got] == [[0, 1], [3, 6, 7]] and chosen == [3, 6, 0, 1]


def test_the_news_briefs_drop_their_setters() -> None:
    # zh-news 136 as the blind readers read it: the fact stays, the setter goes; 180's coined-word hook
    # stays (a blind reader marked its drop down); 44's days to school stay (its next sentence is no bullet)
    slogan = [p.text for g in zh_news_brief("_L1390").groups for p in g.points]
    assert "“消费提振年”进入下半场。" not in slogan and any(t.startswith("国家发改委日前出台") for t in slogan)
    boats = [p.text for g in zh_news_brief("_L1230").groups for p in g.points]
    assert "今年暑期，鲁迅家门口“堵船”了。" in boats and any("堵船还是第一次见" in t for t in boats)
    school = [p.text for g in zh_news_brief("_L1304").groups for p in g.points]
    assert "17日，距离开学只剩3天的时间。" in school
