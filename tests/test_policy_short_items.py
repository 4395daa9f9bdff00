"""A short notice's numbered decisions each get a bullet while the group has room
(`citebrief.engines.policy_short_items`)."""

from __future__ import annotations

import pytest

from citebrief.engines import cover_steps, policy_short_items
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from conftest import shared_article

REPLY = """国务院关于同意设立临港综合保税区的批复
国函〔2020〕12号
上海市人民政府、海关总署：
你们关于设立临港综合保税区的请示收悉。现批复如下：
一、同意设立临港综合保税区，规划面积为3.5平方公里，具体范围以海关总署公布的四至范围为准。要坚持新发展理念，推动加工制造、研发设计、物流分拨、检测维修等业务发展，打造对外开放新高地。
二、同意临港综合保税区享受综合保税区相关政策，同时结合自身特点，深化简政放权、放管结合、优化服务改革，在贸易便利化、跨境电商、保税研发、融资租赁等方面探索创新，努力形成可复制、可推广的经验。
三、同意将临港综合保税区建设工作纳入综合保税区部际联席会议统筹指导，落实相关政策措施，协调解决建设中的重大问题。国务院有关部门要结合各自职能给予积极支持。
四、上海市人民政府要加强组织领导，建立协同推进机制，认真组织编制建设方案，细化任务分工，扎实推进临港综合保税区各项工作。
国务院
2020年3月10日
"""


def _cited(text: str) -> tuple[list[int], list[list[int]]]:
    brief = draft_extractive(document_from_text(text, origin="p", kind="text"))
    return sorted({c for g in brief.groups for p in g.points for c in p.citations}), [
        [c for p in g.points for c in p.citations] for g in brief.groups
    ]


def test_each_decision_of_a_short_reply_is_cited_in_order() -> None:
    """A written reply of four decisions: the third (the coordination body) was left out."""
    cited, groups = _cited(REPLY)
    assert {4, 5, 6, 7} <= set(cited), groups
    assert groups == [[4, 5, 6, 7]], groups  # one group, the items in their order, none twice


def test_the_coordination_group_of_a_reply_is_cited() -> None:
    """govcn_5344150 (record 23): 三、……纳入国家自主创新示范区部际协调小组统筹指导 went uncited."""
    cited, groups = _cited(shared_article("zh-policy.jsonl", 23))
    assert {4, 5, 6, 7} <= set(cited), groups
    assert all(len(g) <= 4 for g in groups), groups


def test_an_items_decision_is_said_with_the_context_it_follows() -> None:
    """Record 6: item 一 is context ("……情况复杂。") then who manages the work ("因此，这项工作由外交部
    和总参谋部统一归口管理"): the bullet says both, not the context alone."""
    document = document_from_text(shared_article("zh-policy.jsonl", 6), origin="p", kind="text")
    said = [p.text for g in draft_extractive(document).groups for p in g.points if 4 in p.citations]
    assert said and all("统一归口管理" in t for t in said), said


def test_a_full_group_gives_a_second_bullet_of_an_item_to_an_uncited_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Record 6 with groups of at most 3 bullets: "调查取证、技术处理" quotes item 三 ([7]) twice and
    item 一 ([4]) nowhere; [7]'s plain bullet gives way, its prohibition ("不得擅自处理") stays."""
    monkeypatch.setattr(policy_short_items, "POLICY_GROUP", 3)
    monkeypatch.setattr(policy_short_items, "OVERVIEW_FIRST", False)  # else [4] goes to the overview
    monkeypatch.setattr(cover_steps, "add_duties", lambda *_: None)  # a fourth bullet: [7]'s storage sites
    document = document_from_text(shared_article("zh-policy.jsonl", 6), origin="p", kind="text")
    group = draft_extractive(document).groups[-1]
    cited = [c for p in group.points for c in p.citations]
    assert sorted(cited) == [4, 5, 7], cited
    assert any("不得擅自处理" in p.text for p in group.points), group.points


def test_the_first_decision_goes_to_the_overview_and_the_tasks_keep_their_title() -> None:
    """Record 6: who manages the work ([4], item 一) joins the overview, which says what the notice is
    about; the tasks' group keeps "调查取证、技术处理" (an added management bullet had made it the
    vaguer "遗弃化学武器")."""
    document = document_from_text(shared_article("zh-policy.jsonl", 6), origin="p", kind="text")
    groups = draft_extractive(document).groups
    assert any(4 in p.citations and "统一归口管理" in p.text for p in groups[0].points), groups[0].points
    assert groups[-1].title == "调查取证、技术处理", groups[-1].title
