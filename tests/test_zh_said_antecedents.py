"""A Chinese "其中，……" bullet whose antecedent another bullet says fuller keeps its own sentence
only (`engines/zh_said_antecedents.py`, `bullets.said_within`)."""

from __future__ import annotations

from citebrief.engines.bullets import said_within
from citebrief.engines.zh_said_antecedents import without_said_antecedent
from conftest import shared_groups
from scored_builder import zh_scored

FULLER = "通报称，全省九大主导产业上半年实现全面增长，支撑制造业增长8.1%，快于规上工业0.9个百分点。"
HEAD = "全省今年上半年九大主导产业全面增长。"
AMONG = "其中，优势产业支撑有力，钢铁、化工分别增长9.2%、7.2%。"


def test_said_within_needs_most_wording_and_every_number() -> None:
    assert said_within(HEAD, FULLER, "zh")
    assert not said_within(FULLER, HEAD, "zh")  # the shorter says less
    seven = "汽车号牌字符共7位，依次为汉字简称和序号组成。"
    eight = "汽车号牌字符共8位，依次为汉字简称和序号组成，另有说明。"
    assert not said_within(seven, eight, "zh")  # another number: another fact
    assert not said_within("全省新建公园十余个。", FULLER, "zh")


def test_the_among_sentence_sheds_an_antecedent_said_fuller_just_before() -> None:
    scored = zh_scored([[FULLER, HEAD, AMONG]])
    own = AMONG.removeprefix("其中，")
    assert without_said_antecedent(scored, 2, AMONG, frozenset({0, 2}), 0) == own  # carried: the sentence before
    assert without_said_antecedent(scored, 2, HEAD + AMONG, frozenset({0, 2}), 0) == own  # joined already
    # nobody says it: the bullet before (a park count) says nothing of the growth, so the antecedent is carried
    # (s50w, review #16: not `previous=None`, which returns early whatever the bullets say)
    parks = zh_scored([["全省新建公园十余个。", HEAD, AMONG]])
    assert without_said_antecedent(parks, 2, AMONG, frozenset({0, 2}), 0) is None
    assert without_said_antecedent(scored, 2, AMONG, frozenset({0, 1, 2}), 0) is None  # the brief has it


def test_the_fuller_bullet_in_another_group_leaves_the_antecedent_carried() -> None:
    # the fuller bullet in the overview, the breakdown first in its theme: "优势产业支撑有力，……" alone
    # would have no subject or time (zh-news 152, judged worse by a blind reader)
    scored = zh_scored([[FULLER, HEAD, AMONG]])
    assert without_said_antecedent(scored, 2, AMONG, frozenset({0, 2}), None) is None
    other = zh_scored([["全省新建公园十余个。", FULLER, HEAD, AMONG]])
    assert without_said_antecedent(other, 3, AMONG, frozenset({0, 1, 3}), 0) is None  # just before: not it


def test_zh_news_152_keeps_whose_breakdown_it_is() -> None:
    # zh-news 152: the overview says "……九大工业主导产业上半年实现全面增长……"; the theme's breakdown
    # keeps "工业大省河北今年上半年……全面增长。" before its "其中，" (session 50 narrowed the shedding
    # to a fuller bullet just before it in its group; the test still guards a breakdown that names its whole)
    bullets = [text for group in shared_groups("zh-news.jsonl", 152) for text in group]
    among = [text for text in bullets if "优势产业支撑有力" in text]
    assert len(among) == 1 and "河北" in among[0] and "上半年" in among[0]
