"""zh_thing_act: a group's bare act ("抢修", "捐赠") gives way to the act with the thing its group
writes before it ("供电设施抢修", "扫码捐赠"); an act the bullets write only as a modifier, with one
occasion's lone noun, a count, a negation or a quoted option's name stays bare."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_thing_act import thing_act_titles

DATA = Path("/work/shared/data/zh-news.jsonl")

# zh-news 89's repair group: the crews, the trucks, the front, and once what is repaired
_REPAIR = [
    "已投入近4620人的抢修力量，配备109辆发电车，1100余辆抢修车辆，紧急开展抢修及复电工作。",
    "道路条件具备的，调派抢修人员、物资、车辆装备等加快开展供电设施抢修，逐步恢复市电供应。",
    "国网北京电力快速调派了22批次电力物资到灾区抢修前线，全力开展抢修，保障灾区供电快速恢复。",
]
# zh-news 127's donation group: the scan-code mark said twice, the options quoted
_DONATION = [
    "当日发布的杭州“慈善一日捐”扫码捐赠统一标识给出了答案。",
    "市民可选择“项目捐赠”将善款捐赠给慈善组织上传的公募项目，或“非定向捐赠”将善款捐赠给杭州市慈善总会。",
]
_DONATION_TEXTS = [
    "当日发布的杭州“慈善一日捐”扫码捐赠统一标识给出了答案。市民只需使用手机扫描标识即可扫码捐赠。",
    _DONATION[1],
]


def test_the_thing_a_bare_act_is_done_to_titles_the_group() -> None:
    used = {"恢复供电", "抢修"}
    assert thing_act_titles(["抢修"], [(_REPAIR, _REPAIR)], used) == ["供电设施抢修"]
    assert "供电设施抢修" in used and "抢修" not in used


def test_a_lone_noun_said_twice_is_the_story_term() -> None:
    assert thing_act_titles(["捐赠"], [(_DONATION, _DONATION_TEXTS)], set()) == ["扫码捐赠"]


def test_a_lone_noun_said_once_a_quoted_option_and_a_negation_stay_bare() -> None:
    # "扫码捐赠" said once, before a noun; "“项目捐赠”" quoted; "非定向捐赠" negated
    assert thing_act_titles(["捐赠"], [(_DONATION, _DONATION)], set()) == ["捐赠"]
    bullets = ["她白天学习直播专业术语。", "最近一次的单场直播就帮助周边农户销售了3000余单农产品。"]
    assert thing_act_titles(["直播"], [(bullets, bullets)], set()) == ["直播"]


def test_a_quoted_option_or_a_negated_noun_said_twice_stays_bare() -> None:
    bullets = ["市民可选择“项目捐赠”或“非定向捐赠”。", "选择“项目捐赠”的市民最多，其次是“非定向捐赠”。"]
    assert thing_act_titles(["捐赠"], [(bullets, bullets)], set()) == ["捐赠"]


def test_a_verbal_noun_names_its_act_already() -> None:
    bullets = ["上半年，电力企业完成投资5373亿元。", "电源完成投资3319亿元，占电源投资的比重达到88.6%。"]
    texts = [*bullets, "非化石能源发电投资占电源投资比重达到88.6%。"]
    assert thing_act_titles(["投资"], [(bullets, texts)], set()) == ["投资"]


def test_a_count_before_the_act_keeps_it_bare() -> None:
    bullets = ["舒兰市62处安置点内群众陆续返回家中。", "其中，62处安置点集中安置4029人。"]
    assert thing_act_titles(["安置"], [(bullets, bullets)], set()) == ["安置"]


def test_a_phrase_taken_a_noun_title_and_a_heading_group_stay() -> None:
    assert thing_act_titles(["抢修"], [(_REPAIR, _REPAIR)], {"供电设施"}) == ["抢修"]
    assert thing_act_titles(["设施"], [(_REPAIR, _REPAIR)], set()) == ["设施"]
    assert thing_act_titles(["抢修"], [None], set()) == ["抢修"]


def test_the_power_repair_group_says_what_is_repaired() -> None:
    record = json.loads(DATA.read_text(encoding="utf-8").splitlines()[89])  # Beijing's flood-hit power lines
    brief = draft(document_from_text(record["article"], origin="article.txt", kind="text"))
    titles = [group.title for group in brief.groups]
    assert "供电设施抢修" in titles[1:]
    assert "抢修" not in titles
