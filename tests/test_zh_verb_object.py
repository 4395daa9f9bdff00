"""zh_verb_object: a group's bare verb ("预约", "行贿") gives way to the verb with the noun its group
writes right after it ("预约机制", "行贿案件"); a verb inside a longer name, before a count, a
particle or a longer run of nouns, a verbal noun, a taken phrase and a heading's group stay."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_verb_object import verb_object_titles

DATA = Path("/work/shared/data/zh-news.jsonl")

# zh-news 75's booking group: the mechanism first, then slots, system and quota
_BOOKING = [
    "下一步，国家文物局将从以下几个方面继续加大工作力度：一是扩大服务供给。三是创新工作思路，完善预约机制。",
    "指导各地通过分时段预约、动态投放门票、预约系统优化升级等形式，提升预约管理水平。",
    "通过适当延长开放时间、增加预约名额等措施，进一步满足观众需求。",
]
# zh-news 36's bribery group: "行贿行为" runs on into "惩治力度", "查处行贿" into "的"
_BRIBERY = [
    "从有关数据看，同期行贿受贿案件查处数量差距较大。",
    "加大对行贿行为惩治力度，妥善把握查处行贿的政策尺度，对法律规定重点查处的行贿案件，该立案的坚决予以立案。",
]


def test_the_noun_after_a_bare_verb_titles_the_group() -> None:
    used = {"预约"}
    assert verb_object_titles(["预约"], [(_BOOKING, _BOOKING)], used) == ["预约机制"]
    assert "预约机制" in used and "预约" not in used


def test_a_run_cut_from_a_longer_one_gives_way_to_a_whole_one() -> None:
    assert verb_object_titles(["行贿"], [(_BRIBERY, _BRIBERY)], set()) == ["行贿案件"]


def test_a_phrase_the_paragraphs_say_more_comes_first() -> None:
    texts = [*_BOOKING, "暑期各馆增加预约名额，预约名额不足的馆延长开放时间。"]
    assert verb_object_titles(["预约"], [(_BOOKING, texts)], set()) == ["预约名额"]


def test_a_verb_after_a_name_or_before_a_count_stays_bare() -> None:
    bullets = ["进入“大熊猫馆预约”页面进行预约。", "预约成功后，市民可入馆参观。"]
    assert verb_object_titles(["预约"], [(bullets, bullets)], set()) == ["预约"]
    bullets = ["舒兰市62处安置点内群众陆续返回家中。", "其中，62处安置点集中安置4029人。"]
    assert verb_object_titles(["安置"], [(bullets, bullets)], set()) == ["安置"]


def test_a_verbal_noun_a_taken_phrase_and_a_heading_group_stay() -> None:
    bullets = ["她白天学习直播专业术语。", "最近一次的单场直播就帮助周边农户销售了3000余单农产品。"]
    assert verb_object_titles(["直播"], [(bullets, bullets)], set()) == ["直播"]
    assert verb_object_titles(["预约"], [(_BOOKING, _BOOKING)], {"预约机制", "预约管理水平", "预约名额"}) == ["预约"]
    assert verb_object_titles(["预约"], [None], set()) == ["预约"]
    assert verb_object_titles(["机制"], [(_BOOKING, _BOOKING)], set()) == ["机制"]


def test_the_panda_house_group_says_what_is_booked() -> None:
    record = json.loads(DATA.read_text(encoding="utf-8").splitlines()[69])  # Hangzhou zoo's panda house
    brief = draft(document_from_text(record["article"], origin="article.txt", kind="text"))
    titles = [group.title for group in brief.groups]
    # its bullets are the quota and the booking limits (`zh_stated_terms`): the booked places
    assert "预约名额" in titles[1:]
    assert "预约" not in titles
