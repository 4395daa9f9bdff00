"""A later item of a "……：一是……；二是……" run cut at its "；" carries what the run is
(engines/zh_run_lead_ins.py, put before the bullet by cited_points)."""

from __future__ import annotations

import re

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scoring import score
from citebrief.engines.zh_run_lead_ins import run_lead_in
from citebrief.ingest import document_from_text
from citebrief.verify import SourceIndex, check_point

ARTICLE = (
    "本报北京8月15日电 国家卫生健康委15日发布集中整治工作问答，回应外界关注的六个热点问题。"
    "据统计，7月以来已有近30名医疗系统负责人被查，其中约半数已经卸任或者退休。"
    "国家卫生健康委介绍，此次集中整治的内容重点在六个方面：一是医药领域行政管理部门以权寻租；"
    "二是医疗卫生机构内关键岗位在药品、器械、耗材等方面的带金销售；"
    "三是接受行政部门管理指导的社会组织利用工作便利牟取利益；"
    "四是涉及医保基金使用的有关问题；五是医药生产经营企业在购销领域的不法行为；"
    "六是医务人员违反廉洁从业九项准则。"
    "整治将采取自查自纠、集中整治、总结整改等措施，建立完善一系列长效机制，确保工作取得实效。"
    "专家分析指出，整治将铲除依附在医疗行业上的灰色利益链条，把纪律和规矩立起来。"
    "医药领域的学术会议将在规范后继续举办，正常的学术交流不受影响。"
    "各地卫生健康部门已经成立工作专班，按月调度整治进展，对发现的问题线索依法依规处理。"
)
_LATER = re.compile(r"[二三四五六]是")


def test_a_later_item_of_a_run_says_what_the_run_is() -> None:
    document = document_from_text(ARTICLE, origin="t.txt")
    brief = draft_extractive(document)
    items = [p for g in brief.groups for p in g.points if _LATER.search(p.text) and "一是" not in p.text]
    assert items, [p.text for g in brief.groups for p in g.points]
    index = SourceIndex(document)
    for group in brief.groups:
        said = [p for p in group.points if p in items]
        # the first item of a group names the run, and cites where it is named; the group's later ones need not
        if said:
            assert said[0].text.startswith("此次集中整治的内容重点在六个方面："), said[0].text
            assert check_point(said[0], index).label == "supported"


def test_the_run_lead_in_is_the_words_before_the_first_items_colon() -> None:
    scored = score(document_from_text(ARTICLE, origin="t.txt"), {})[0]
    third = next(k for k, unit in enumerate(scored.units) if unit.text.startswith("三是"))
    first = next(k for k, unit in enumerate(scored.units) if "一是" in unit.text)
    lead = "此次集中整治的内容重点在六个方面："
    assert run_lead_in(scored, third, frozenset(), set()) == (lead, scored.units[first].paragraph)
    assert run_lead_in(scored, third, frozenset({first}), set()) is None  # the brief says the run's sentence
    assert run_lead_in(scored, third, frozenset(), {lead}) is None  # a bullet of the group before carries it
    assert run_lead_in(scored, first, frozenset(), set()) is None  # the first item opens the run itself


def test_a_clause_that_goes_on_a_numbered_item_carries_the_items_opening() -> None:
    tips = (
        "冬天适合喝些清淡的粥，温和而清润的滋补法有时候可能会更有效果。"
        "红枣黑芝麻粥，原料：大米、红枣、黑芝麻。"
        "做法：1、黑芝麻下锅用小火炒香后打碎成粉末；2、大米淘洗干净，用冷水浸泡半小时；"
        # a short finishing step, still a step (a long one is the method, a bullet: lines.tsv recipe-step)
        "3、煮到浓稠后加入黑芝麻粉即可食用。"
        "Tips：1、红枣数量不宜多，以4-5颗/天为推荐；考究的可以先去核再煮，但实际上不去核也没事；"
        "2、黑芝麻容易炒焦，如果控制不好火候的话，买现成的最方便；3、如果喜欢吃甜口的，可以适当加入一些冰糖调味。"
    )
    brief = draft_extractive(document_from_text(tips, origin="t.txt"))
    said = [p.text for g in brief.groups for p in g.points]
    assert not any(t.startswith("考究的") for t in said), said
    kept = [t for t in said if "考究的" in t]
    assert kept and all(t.startswith("红枣数量不宜多，以4-5颗/天为推荐；考究的") for t in kept), said
