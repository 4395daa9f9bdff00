"""A Chinese overview whose title is no longer said and finds no better lead phrase is titled by
the show its lead bullet says its people took part in (`zh_overview_joined`): zh-news 175, six
Yushu girls on a Beijing TV show, not the officials' "中华民族共同体意识" of a closing paragraph."""

from __future__ import annotations

from citebrief.text.zh_overview_joined import joined_show
from conftest import shared_group_titles

SHOW = (
    "“参加北京卫视国庆特别节目录制的6个小女孩都来自玉树，演唱歌曲是《祖国像妈妈的怀抱》，表达感恩祖国之情。”"
    "19日，来自青海省玉树藏族自治州玉树市青年音乐人嘎玛西周说。"
)


def test_the_show_the_lead_says_they_took_part_in() -> None:
    trip = "嘎玛西周说，借着这次机会，带孩子们打卡了长城、鸟巢、天安门、故宫等地。"
    assert joined_show([SHOW, trip]) == "北京卫视国庆特别节目"


def test_no_show_where_the_lead_takes_part_in_no_named_show() -> None:
    assert joined_show([]) == ""
    assert joined_show(["他参加了会议并讲话。"]) == ""  # no show's head
    assert joined_show(["孩子们参加节目录制。"]) == ""  # a show with no name says no which
    assert joined_show(["记者参加座谈会。", SHOW]) == ""  # only the lead bullet's


def test_shared_brief_titles_the_trip_not_the_slogan() -> None:
    titles = shared_group_titles("zh-news.jsonl", 175)
    assert titles[0] == "核心要点：北京卫视国庆特别节目"  # was 中华民族共同体意识
    assert titles[2] == "中华民族共同体意识"  # the officials' paragraphs keep it (was 青少年)
