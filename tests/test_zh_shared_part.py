"""A Chinese news title one bullet says gives way to the run of its own words most of the
group's bullets say (`zh_shared_part.shared_part`, asked by `zh_most_said.most_said` where no
phrase of several words is shared), unless that run is a place, a name, a side word, a set
phrase, a word as common as 企业, or a title given already, or where the title is a whole
clause or list item of its paragraph (the thing it reports)."""

from __future__ import annotations

import re

import pytest

from citebrief.text.zh_most_said import most_said
from citebrief.text.zh_shared_part import shared_part, whole_clause

TRUST = [
    "多年积累的诚信风尚，不仅是大人，诚信买卖也在青少年的心里扎下了根。",
    "“看，今天的菜卖完了，菜钱一分都不少！”黄景立数着袋子里的钱说。",
    "小小的“无人菜市”，反映的是当地淳朴的民风，更点亮了人们内心深处的诚信之光。",
]
POWER = [
    "上半年，全国规模以上电厂发电量4.17万亿千瓦时，同比增长3.8%。",
    "全口径并网风电发电量同比增长21.2%。",
    "煤电发电量占全口径总发电量比重为58.5%，煤电仍是当前我国电力供应的最主要电源。",
]
BOOKINGS = [
    "下一步，国家文物局将创新工作思路，完善预约机制。",
    "指导各地通过分时段预约、动态投放门票、预约系统优化升级等形式，提升预约管理水平。",
    "通过适当延长开放时间、增加预约名额等措施，进一步满足观众需求。",
]


def test_the_part_most_bullets_say_titles_the_group() -> None:
    assert shared_part("诚信之光", TRUST, TRUST, set()) == "诚信"
    assert shared_part("预约系统优化升级", BOOKINGS, BOOKINGS, set()) == "预约"


def test_a_title_cut_from_one_bullet_gives_way_to_the_thing_all_say() -> None:
    assert shared_part("煤电发电量占全口径", POWER, POWER, set()) == "发电量"


def test_most_said_asks_for_the_part_where_no_phrase_is_shared() -> None:
    assert most_said("诚信之光", TRUST, TRUST, set()) == "诚信"


def test_a_title_most_bullets_say_or_a_lone_bullet_stays() -> None:
    assert shared_part("发电量", POWER, POWER, set()) == "发电量"
    assert shared_part("诚信之光", TRUST[2:], TRUST[2:], set()) == "诚信之光"


def test_a_part_given_already_or_a_piece_of_a_title_is_not_taken() -> None:
    assert shared_part("诚信之光", TRUST, TRUST, {"诚信"}) == "诚信之光"
    assert shared_part("诚信之光", TRUST, TRUST, {"诚信经营"}) == "诚信之光"


def test_a_place_a_side_word_a_set_phrase_or_a_common_word_is_no_title() -> None:
    places = ["迪庆州藏医院始建于1987年。", "2009年，迪庆州藏族医药被列为非遗。", "迪庆州藏医院深受欢迎。"]
    assert shared_part("迪庆州藏族医药", places, places, set()) == "迪庆州藏族医药"
    online = ["本次线下论坛吸引了三百人参加。", "线下活动同步举行。"]
    assert shared_part("线下论坛", online, online, set()) == "线下论坛"
    crimes = ["依法严厉打击各类破坏生态环境犯罪活动。", "公安机关紧盯污染大气、水体犯罪活动。", "推进协同治理。"]
    assert shared_part("生态环境犯罪活动", crimes, crimes, set()) == "生态环境犯罪活动"
    firms = ["企业员工紧急商务申办证件。", "开展入企服务，帮助企业解决难题。", "新开办企业一次性采集。"]
    assert shared_part("企业员工紧急商务", firms, firms, set()) == "企业员工紧急商务"


def test_an_act_and_its_plain_activity_stays_whole() -> None:
    jobs = ["去零工驿站接受正规的务工服务。", "我们一直在马路边务工习惯了。"]
    assert shared_part("务工服务", jobs, jobs, set()) == "务工服务"
    shows = ["最近一次的单场直播就帮助农户销售了3000余单。", "她白天学习直播专业术语。", "农场已经成长为示范基地。"]
    assert shared_part("单场直播", shows, shows, set()) == "直播"


ASSETS = [
    "重点反映了部分省属企业会计信息不实、经营决策和管控不当、国有资产闲置浪费",
    "自然资源资产中部分闲置土地处置管理不规范，部分地区土地被违规出让、使用等问题。",
]
ASSET_TEXTS = [
    "重点反映了部分省属企业会计信息不实、经营决策和管控不当、国有资产闲置浪费；",
    "部分省级行政事业单位国有资产基础管理不扎实、资产长期闲置或使用率低；"
    "自然资源资产中部分闲置土地处置管理不规范，部分地区土地被违规出让、使用等问题。(完)",
]
FISHMEAL = [
    "近日，由25个集装箱装载的485吨的冈比亚鱼粉运抵上海洋山口岸，这是该国鱼粉首次从上海口岸进口。",
    "今年初，冈比亚输华饲料用鱼粉、鱼油等水生动物蛋白及油脂在海关总署新获检疫准入。",
]


def test_a_title_that_is_a_whole_clause_of_its_paragraph_keeps_its_length() -> None:
    # a list item (、…；): the thing the paragraph reports, not "闲置" (a state) nor "鱼粉" (bare)
    assert shared_part("国有资产闲置浪费", ASSETS, ASSET_TEXTS, set()) == "国有资产闲置浪费"
    assert shared_part("冈比亚输华饲料用鱼粉", FISHMEAL, FISHMEAL, set()) == "冈比亚输华饲料用鱼粉"
    # the same run, when the title is cut from within a phrase, still gives way
    cut = [text.replace("闲置浪费", "闲置浪费现象") for text in ASSET_TEXTS]
    assert shared_part("国有资产闲置浪费", ASSETS, cut, set()) == "闲置"


def test_whole_clause_needs_punctuation_or_a_text_end_on_both_sides() -> None:
    assert whole_clause("国有资产闲置浪费", ASSET_TEXTS)
    assert whole_clause("鱼粉", ["进口：鱼粉"])
    assert not whole_clause("鱼粉", ["进口的是鱼粉"])
    assert whole_clause("鱼粉", ["鱼粉（饲料）"])
    assert not whole_clause("预约系统优化升级", BOOKINGS)  # …升级|等形式
    assert not whole_clause("煤电发电量占全口径", POWER)  # …口径|总发电量
    assert not whole_clause("诚信之光", TRUST)  # 的|诚信之光


def test_whole_clause_reads_every_place_and_compiles_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(re, "_compile", _no_compiling)  # a title of a new article compiles nothing
    assert whole_clause("鱼粉", ["进口的是鱼粉饲料，鱼粉。"])  # its second place is a clause of its own
    assert whole_clause("鱼粉", ["  鱼粉\n"])  # the text's ends, past its spaces
    assert not whole_clause("鱼粉", ["鱼粉饲料", "饲料鱼粉厂"])
    assert whole_clause("(a+b)", ["说明：(a+b)。"])  # no character of a title is read as a pattern's
    assert not whole_clause("(a+b)", ["a+b。"])


def _no_compiling(*_: object) -> None:
    raise AssertionError("a pattern was compiled")
