"""zh_act_aspect: a group's bare verbal noun ("通关") gives way to the act with the aspect its
bullets measure it by, as one bullet writes the two together ("通关效率"); another noun after the
act, an act the group seldom says, a bare verb, or an aspect inside a longer run stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.data_files import data_lines
from citebrief.text.zh_act_aspect import act_aspect_titles, aspect_act

DATA = Path("/work/shared/data/zh-news.jsonl")

# zh-news 155's customs group: clearance said in four of five bullets, its efficiency in one
_CLEARANCE = [
    "8.5米内完成体温监测、手提行李机检等流程，这是成都天府国际机场率先开展的“一站式”监管模式，"
    "保障入境人员高效通关，单人通行时间只需25秒。",
    "成都大运会涉赛人员入境高峰又恰逢旅游高峰，口岸出入境人数预计增加1.5倍，人员密集到达容易造成拥堵。",
    "成都海关大运会工作专班谢楚涵介绍，现场智能通道全部由“单通道”升级成“双通道”模式，单人通行时间压缩至"
    "15秒以内，通关效率提升一倍，为大运会涉赛人员便捷通关打下了有利基础。",
    "成都海关大运会工作专班张麒说：“比赛用撑杆长度接近6米，需要在航站楼内重新规划新线路，来保障此类物资顺利通关。”",
    "成都海关大运会工作专班便开始推敲撑杆查验点位及流程，最终为比赛用撑杆等量身打造专用通关通道。",
]


def test_a_bare_verbal_noun_takes_the_aspect_a_bullet_measures() -> None:
    used = {"成都大运会", "通关"}
    assert act_aspect_titles(["通关"], [(_CLEARANCE, _CLEARANCE)], used) == ["通关效率"]
    assert "通关效率" in used and "通关" not in used


def test_a_heading_group_and_a_taken_phrase_keep_the_title() -> None:
    assert act_aspect_titles(["通关"], [None], set()) == ["通关"]
    assert act_aspect_titles(["通关效率", "通关"], [None, (_CLEARANCE, _CLEARANCE)], set()) == ["通关效率", "通关"]


def test_an_act_the_group_seldom_says_stays() -> None:
    # "通关" in one bullet of three: the group is not about the act
    bullets = [_CLEARANCE[2], _CLEARANCE[1], "口岸出入境人数预计增加1.5倍。"]
    assert act_aspect_titles(["通关"], [(bullets, bullets)], set()) == ["通关"]


def test_a_detail_noun_after_the_act_stays() -> None:
    # zh-news 65: "直播专业术语" a student learned is one bullet's detail; zh-news 6: "投资同比"
    bullets = ["她白天学习直播专业术语。", "最近一次的单场直播就帮助周边农户销售了3000余单农产品。"]
    assert act_aspect_titles(["直播"], [(bullets, bullets)], set()) == ["直播"]
    bullets = ["电源完成投资3319亿元。", "太阳能发电、核电、风电投资同比分别增长113.6%、56.1%、34.3%。"]
    assert act_aspect_titles(["投资"], [(bullets, bullets)], set()) == ["投资"]


def test_an_aspect_inside_a_longer_run_and_a_bare_verb_stay() -> None:
    bullets = ["口岸通关效率指标公布。", "旅客通关时间缩短。"]
    assert act_aspect_titles(["通关"], [(bullets, bullets)], set()) == ["通关"]
    bullets = ["完善预约机制。", "预约名额增加。"]  # a verb (v): the object steps read it
    assert act_aspect_titles(["预约"], [(bullets, bullets)], set()) == ["预约"]


def test_the_aspect_table_holds_nouns_only() -> None:
    rows = data_lines("zh_act_aspects.tsv")
    assert "效率" in rows and "专业术语" not in rows and "同比" not in rows
    assert all(2 <= len(row) <= 3 and "\t" not in row for row in rows)


@pytest.mark.skipif(not DATA.exists(), reason="shared data set not present")
def test_the_customs_group_of_zh_news_155_is_titled_by_its_efficiency() -> None:
    article = json.loads(DATA.read_text(encoding="utf-8").splitlines()[155])["article"]
    document = document_from_text(article, origin="zh-news-155", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert "通关效率" in titles and "通关" not in titles


def test_an_act_and_aspect_title_reads_as_its_act() -> None:
    assert aspect_act("通关效率") == "通关"
    assert aspect_act("通关") == "" and aspect_act("直播专业术语") == "" and aspect_act("预约机制") == ""
