"""An overview subject that is a clause of who did what (an act jieba tags a noun, beside a name)
gives way to the lead's next subject (`zh_overview_clause`): "男篮世界杯", not "险胜新西兰队"."""

from __future__ import annotations

import pytest

from citebrief.text.zh_overview_clause import named_act, past_named_act
from conftest import shared_group_titles


@pytest.mark.parametrize(("phrase", "act"), [("险胜新西兰队", "险胜"), ("山东籍袁先生报警", "报警")])
def test_an_act_beside_a_name_is_a_clause(phrase: str, act: str) -> None:
    assert named_act(phrase) == act


@pytest.mark.parametrize("phrase", ["公众参观博物馆", "男篮世界杯", "报警电话", "恢复供电"])
def test_an_act_with_no_name_beside_it_or_no_act_is_no_clause(phrase: str) -> None:
    assert named_act(phrase) == ""


LEAD = [
    "李凯尔13日率领中国男篮险胜新西兰队，赛后他表示，场上沟通是赢得比赛的关键。",
    "中国男篮正在备战男篮世界杯，热身赛中险胜新西兰队。",
    "男篮世界杯将于8月25日开幕，中国男篮与新西兰队的比赛是热身赛。",
]


def test_the_clause_gives_way_to_the_leads_next_subject_that_holds_no_act() -> None:
    used = {"险胜新西兰队"}
    assert past_named_act("险胜新西兰队", LEAD, LEAD, used) == "男篮世界杯"
    assert used == {"男篮世界杯", "险胜新西兰队"}


def test_a_subject_that_is_no_clause_stays() -> None:
    assert past_named_act("男篮世界杯", LEAD, LEAD, set()) == "男篮世界杯"


def test_a_news_item_on_a_warm_up_game_is_titled_by_the_tournament() -> None:
    """zh-news record 86 (中国男篮 beat 新西兰队 before the World Cup), read in place."""
    assert shared_group_titles("zh-news.jsonl", 86)[0] == "核心要点：男篮世界杯"
