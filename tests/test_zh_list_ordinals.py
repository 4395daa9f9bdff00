"""A Chinese bullet that opens on a list's ordinal with no earlier item or lead-in above it drops
the ordinal; one that goes on from its list's earlier item keeps it; two steps of one "一是……；
二是……。" run in a group become the whole run."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_list_ordinals import drop_loose_ordinals, unnumbered
from citebrief.engines.zh_list_shapes import MIN_GROUP_POINTS
from citebrief.engines.zh_ordinal_runs import ordinal_run, whole_runs
from citebrief.ingest import document_from_text
from citebrief.model import Point
from conftest import shared_article
from scored_builder import zh_scored


def _points(*texts: str) -> list[Point]:
    return [Point(text=text, citations=[1]) for text in texts]


def _texts(groups: list[list[Point]]) -> list[list[str]]:
    return [[point.text for point in group] for group in groups]


def test_a_later_item_alone_loses_its_number() -> None:
    groups = [
        _points(
            "按照国家组织、联盟采购、平台操作的总体思路，探索跨区域联盟集中带量采购。",
            "二是坚持依法合规，严格执行相关政策规定，全程接受各方监督。",
            "四是坚持平稳过渡、妥当衔接，处理好试点工作与现有采购政策关系。",
        )
    ]
    drop_loose_ordinals(groups)
    assert _texts(groups)[0][1:] == [
        "坚持依法合规，严格执行相关政策规定，全程接受各方监督。",
        "坚持平稳过渡、妥当衔接，处理好试点工作与现有采购政策关系。",
    ]


def test_an_item_after_its_earlier_item_or_lead_in_keeps_its_number() -> None:
    kept = [
        _points(
            "马飞雄表示，下一步，一是推动出台退役军人安置条例等，为他们发挥作用提供政策支持",
            "二是拓展基层退役军人服务中心(站)功能，为他们发挥作用提供平台支撑",
        ),
        _points("主要有以下三方面变化：", "一是完善“三公”经费信息公开，增加与上年决算数的对比说明。"),
        _points("首先看盈利，该机构预测，整体A股每股盈利增长在10%左右。"),  # a list's opening word
    ]
    before = _texts(kept)
    drop_loose_ordinals(kept)
    assert _texts(kept) == before


def test_the_number_goes_in_another_group_and_at_a_groups_top() -> None:
    groups = [
        _points("会议部署六方面任务。", "一是加大宏观政策调控力度，精准有力实施宏观调控。"),
        _points("三是支持实体经济发展，加快现代化产业体系建设。", "四是深化改革开放，持续推进关键环节改革。"),
    ]
    drop_loose_ordinals(groups)
    # the first item's lead-in does not end on "："; the second group's "三是" opens it, and "四是"
    # then follows an unnumbered bullet
    assert _texts(groups) == [
        ["会议部署六方面任务。", "加大宏观政策调控力度，精准有力实施宏观调控。"],
        ["支持实体经济发展，加快现代化产业体系建设。", "深化改革开放，持续推进关键环节改革。"],
    ]


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("第三，要做一些检测，避免输血的交叉感染。", "要做一些检测，避免输血的交叉感染。"),
        ("其次，要加强监管，落实各方责任。", "要加强监管，落实各方责任。"),
        ("二是促消费。", "二是促消费。"),  # too little left to stand alone
        ("一是一，二是二，这是原则问题。", "一是一，二是二，这是原则问题。"),  # no list
        ("第一次会议在北京召开，审议了工作规则。", "第一次会议在北京召开，审议了工作规则。"),
        ("再次发生类似事故的，依法从重处罚。", "再次发生类似事故的，依法从重处罚。"),
    ],
)
def test_what_counts_as_an_ordinal(text: str, left: str) -> None:
    assert unnumbered(text) == left


def test_a_policys_principles_quoted_apart_from_their_list() -> None:
    """zh-policy record 28: "（三）基本原则。一是……。二是坚持依法合规……。三是……。四是坚持平稳过渡……"
    was quoted as its second and fourth principles only, each without its ordinal; since s102c the
    list is told whole from 一是 (a blind reader preferred it). Either way no bullet opens on a later
    ordinal whose list it does not carry."""
    document = document_from_text(shared_article("zh-policy.jsonl", 28), origin="policy-28", kind="text")
    bullets = [point.text for group in draft_extractive(document).groups for point in group.points]
    assert any("坚持依法合规，严格执行相关政策规定" in text for text in bullets)
    assert not any(text.startswith(("二是", "三是", "四是")) for text in bullets)


STEPS = [
    "马飞雄还表示，下一步，一是推动出台退役军人安置条例等，为他们发挥作用提供政策支持；",
    "二是拓展基层退役军人服务中心(站)功能，为他们发挥作用提供平台支撑；",
    "三是做实退役军人先进典型载入地方志等优抚工作，为他们发挥作用提供激励保障。",
]


def test_a_numbered_run_is_found_from_its_first_step_only() -> None:
    texts = ["退役军人是宝贵财富。", *STEPS, "会议还通报了其他情况。"]
    paragraphs = [1] * len(texts)
    assert ordinal_run(texts, paragraphs, 1) == 3
    assert ordinal_run(texts, paragraphs, 2) is None  # a later step opens no run
    assert ordinal_run(texts, [1, 1, 1, 2, 2], 1) is None  # the run leaves its paragraph
    skipped = ["……一是推动出台条例；", "三是做实优抚工作。"]  # not in order: no run
    assert ordinal_run(skipped, [1, 1], 0) is None


def test_two_steps_of_a_run_in_one_group_become_the_whole_run() -> None:
    """zh-news record 32: "下一步，……一是……；二是……；三是……。" quoted as its first two steps, cut
    at their "；", in one group."""
    document = document_from_text(shared_article("zh-news.jsonl", 32), origin="news-32", kind="text")
    groups = draft_extractive(document).groups
    bullets = [point.text for group in groups for point in group.points]
    whole = [text for text in bullets if "一是推动出台退役军人安置条例" in text]
    assert len(whole) == 1
    assert "；二是拓展基层退役军人服务中心" in whole[0] and whole[0].endswith("提供激励保障。")
    assert not any(text.startswith("二是拓展") for text in bullets)
    assert all(len(group.points) >= MIN_GROUP_POINTS for group in groups)


PRINCIPLES = [
    "基本原则。",
    "一是坚持以人民为中心，保障临床用药需求，切实减轻患者负担。",
    "二是坚持依法合规，严格执行相关政策规定，全程接受各方监督。",
    "三是坚持平稳过渡、妥当衔接，处理好试点工作与现有政策关系。",
]


def _run_group(picked: list[int]) -> tuple[list[list[int]], list[list[Point]]]:
    scored = zh_scored([["按照国家组织、联盟采购、平台操作的总体思路，探索跨区域联盟集中带量采购。"], PRINCIPLES])
    said = [list(picked)]
    points = [[Point(text=scored.trimmed[i], citations=[scored.units[i].paragraph]) for i in picked]]
    whole_runs(scored, said, points)
    return said, points


def test_two_numbered_sentences_of_a_list_in_one_group_become_the_list() -> None:
    said, points = _run_group([0, 3, 4])  # the second and third principles, the first left out
    assert said == [[0, 3]]
    assert [point.text for point in points[0]] == [
        "按照国家组织、联盟采购、平台操作的总体思路，探索跨区域联盟集中带量采购。",
        "".join(PRINCIPLES[1:]),
    ]
    drop_loose_ordinals(points)  # the list whole keeps its numbers
    assert points[0][1].text.startswith("一是坚持以人民为中心")


def test_a_list_is_not_joined_where_its_group_would_be_left_one_bullet() -> None:
    said, points = _run_group([3, 4])
    assert said == [[3, 4]] and len(points[0]) == 2
