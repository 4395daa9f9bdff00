"""A Chinese news group's title the every-title steps left a bare generic word is the word as
the group writes it (`zh_held_last`): the modifier most bullets saying it put before it, else
the narrowed longer noun phrase of `zh_held_title`."""

from __future__ import annotations

import re

import pytest

from citebrief.text.zh_held_last import _QUOTED, _quoted, held_last, mark_beside
from conftest import shared_group_titles

RELICS = [
    "当野外工作将结束的时候，我们就已经在着手安排这些出土文物的清理工作。",
    "我们对部分文物采用三维扫描技术辅助开展出土文物的保护以及展示。",
    "有好几件重要的文物是通过三维扫描和3D打印的技术拼到一起。",
]
ELDERS = [
    "爱心义剪项目是引领新乡贤在公益事业发挥作用的缩影。",
    "当地不断壮大新乡贤人才库，在册乡贤共计1414名。",
    "吉安县聚焦发挥乡贤作用，激励新乡贤在产业发展中彰显新作为。",
]
ROUTES = [
    "现场发布了新一批10条大湾区“一程多站”精品线路。",
    "新一批10条大湾区“一程多站”精品线路，主要包括人文历史游。",
    "线路以都市文明为主题。",
]


def _titled(title: str, bullets: list[str], used: set[str] | None = None) -> str:
    return held_last(["核心要点：博物馆", title], [None, (bullets, bullets)], used or set())[1]


def test_the_modifier_most_bullets_put_before_a_bare_word_titles_the_group() -> None:
    assert _titled("文物", RELICS) == "出土文物"
    assert _titled("乡贤", ELDERS) == "新乡贤"  # one character of modifier, an adjective


def test_a_quoted_name_before_the_word_titles_the_group() -> None:
    assert _titled("精品线路", ROUTES) == "“一程多站”精品线路"


def test_a_function_word_a_measure_or_one_bullets_modifier_is_no_modifier() -> None:
    honest = [
        "大家始终将信誉看得很重。",
        "多年积累的诚信风尚在青少年的心里扎下了根。",
        "点亮了人们内心的诚信之光，也是他们的诚信。",
    ]
    assert _titled("诚信", honest) == "诚信"  # "的诚信", and "诚信风尚" one bullet says
    camps = ["全镇设3处安置点。", "转移群众到5处安置点。"]
    assert _titled("安置", camps) == "安置"  # "处安置": a count's measure word
    assert _titled("文物", RELICS[:1] + RELICS[2:]) == "文物"  # said by one bullet: its detail


def test_a_given_title_a_heading_group_and_an_act_keep_their_title() -> None:
    assert _titled("文物", RELICS, {"出土文物"}) == "文物"
    assert held_last(["核心要点：博物馆", "文物"], [None, None], set())[1] == "文物"
    live = [
        "她白天学习直播专业术语。",
        "最近一次的单场直播就帮助周边农户销售了3000余单农产品，单场直播收入突破了30万元。",
    ]
    assert _titled("直播", live) == "直播"  # an act's modifier is one occasion's detail


def test_real_news_briefs_title_the_word_as_their_bullets_write_it() -> None:
    assert "出土文物" in shared_group_titles("zh-news.jsonl", 98)
    assert "新乡贤" in shared_group_titles("zh-news.jsonl", 194)
    assert "火车轮轴" in shared_group_titles("zh-news.jsonl", 120)  # the narrowed held phrase
    assert "海面" in shared_group_titles("zh-news.jsonl", 77)  # not "巴士海峡海面": where it was


@pytest.mark.parametrize(
    "bullet",
    ["实施“乡村振兴”战略，推进“数字中国”战略。", "“战略”很重要。", "没有引号的战略。", "“一二三四五六七八九十一”战略"],
)
def test_quoted_names_before_a_title_are_what_a_pattern_per_bullet_found(bullet: str) -> None:
    expected = {m.group(0) for m in re.finditer(_QUOTED + re.escape("战略"), bullet)}
    assert _quoted("战略", bullet) == expected


def test_a_closing_mark_beside_the_title_is_seen_on_its_side() -> None:
    # the guard zh_held_last and zh_one_said_title share before compiling a title's pattern
    assert mark_beside("战略", "实施“乡村振兴”战略", before=True)
    assert not mark_beside("战略", "实施“乡村振兴”战略", before=False)
    assert mark_beside("振兴", "实施“乡村振兴”战略", before=False)
    assert not mark_beside("战略", "实施乡村振兴战略", before=True)
