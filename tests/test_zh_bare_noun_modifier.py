"""zh_bare_noun_modifier: a group titled by a bare two-character noun ("投资") takes the modifier
its bullets dwell on ("电源投资"); a modifier one bullet says once, the tail of a longer modifier,
a list's item, a phrase another group or the overview writes, and a longer title stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_bare_noun_modifier import _modifiers, modified_titles

DATA = Path("/work/shared/data/zh-news.jsonl")

# zh-news 6's investment group: the power sector's investment, by kind of plant
_INVESTMENT = [
    "上半年，重点调查企业电力完成投资5373亿元，同比增长32.2%。",
    "分类型看，电源完成投资3319亿元，同比增长53.8%，其中非化石能源发电投资2940亿元，同比增长60.9%，"
    "占电源投资的比重达到88.6%。",
    "太阳能发电、核电、风电、火电、水电投资同比分别增长113.6%、56.1%、34.3%、13.0%和10.6%。",
]


def test_a_bare_noun_takes_the_modifier_its_bullets_dwell_on() -> None:
    used = {"全国电力供需形势"}
    assert modified_titles(["投资"], [(_INVESTMENT, _INVESTMENT)], used, ()) == ["电源投资"]
    assert "电源投资" in used and "投资" not in used


def test_a_modifier_said_once_stays_a_detail() -> None:
    # as zh-news 13's one bullet's "河谷农田": where the flood hit, not what the group is about
    bullets = ["专家发现，山洪损毁了河边的沙地农田，作物被埋。", "农田仍可修复，只是难度大。"]
    assert modified_titles(["农田"], [(bullets, bullets)], set(), ()) == ["农田"]


def test_the_tail_of_a_longer_modifier_and_a_list_item_stay() -> None:
    # zh-news 2: "中心渔港" is cut from 国家中心渔港
    bullets = ["从小渔港到国家中心渔港，中心建设二十年。", "国家中心渔港迎来开海，中心热闹。"]
    assert modified_titles(["渔港"], [(bullets, bullets)], set(), ()) == ["渔港"]
    bullets = ["风电、水电投资同比增长。", "水电装机增加，水电发电量也增加。"]
    assert modified_titles(["投资"], [(bullets, bullets)], set(), ()) == ["投资"]
    # the words the phrase is read from, before the paragraphs' cut test: a clean edge on each side
    assert _modifiers("渔港", "从小渔港到国家中心渔港。") == []
    assert _modifiers("投资", "风电、水电投资同比增长。") == []
    assert _modifiers("投资", "占电源投资的比重达到88.6%。") == ["电源"]
    assert _modifiers("投资", "电源投资结构持续优化。") == []  # a modifier of 投资结构


def test_another_groups_or_the_overviews_phrase_a_heading_and_a_longer_title_stay() -> None:
    other = ["电源投资占比提高。"]
    assert modified_titles(["投资", "占比"], [(_INVESTMENT, _INVESTMENT), (other, other)], set(), ()) == [
        "投资",
        "占比",
    ]
    assert modified_titles(["投资"], [(_INVESTMENT, _INVESTMENT)], set(), ("电源投资增长较快。",)) == ["投资"]
    assert modified_titles(["投资"], [None], set(), ()) == ["投资"]
    assert modified_titles(["电力投资"], [(_INVESTMENT, _INVESTMENT)], set(), ()) == ["电力投资"]
    assert modified_titles(["投资"], [(_INVESTMENT, _INVESTMENT)], {"电源投资"}, ()) == ["投资"]


@pytest.mark.skipif(not DATA.exists(), reason="shared data not present")
def test_zh_news_6_investment_group_is_titled_by_its_power_sources() -> None:
    record = json.loads(DATA.read_text(encoding="utf-8").splitlines()[6])
    document = document_from_text(record["article"], origin="zh-news-6", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert "电源投资" in titles and "投资" not in titles
