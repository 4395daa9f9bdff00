"""A Chinese news brief's line on what a document sets out as a whole goes to the overview."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.zh_scope_up import gives_scope, scope_lines_up, scope_up

TEXTS = [
    "市商务局副局长王明今天在发布会上介绍了新政策。",  # 0: the overview's lead
    "市商务局近日印发《关于促进夜间消费的若干措施》，从5个方面提出18条具体举措。",  # 1: the scope line
    "王明说，今年前5个月全市夜间消费额增长12%。",  # 2
    "区文旅局局长李华表示，将新增10处夜市街区。",  # 3
    "李华说，夜市街区将延长营业时间至凌晨2点。",  # 4
    "李华介绍，夜市街区将设置停车位。",  # 5
]


@pytest.mark.parametrize(
    "text",
    [
        "《办法》从6个方面提出20条措施。",
        "该工作指引共八章，涵盖航线安全和应急反应。",
        "《方案》包括4个部分。",
    ],
)
def test_a_document_scope_is_read(text: str) -> None:
    assert gives_scope(text)


@pytest.mark.parametrize(
    "text",
    [
        "《行动计划》提出4项重点任务：发展冷水鱼，提质淡水鱼。",  # opens its own items: heads their theme
        "全市共3条地铁线路延长运营。",  # no document
        "李华表示，要从3个方面发力。",  # a speaker's plan, no document named
    ],
)
def test_other_lines_are_not_scope(text: str) -> None:
    assert not gives_scope(text)


def test_the_scope_line_goes_up_in_reading_order() -> None:
    drafts = [Draft(None, [0, 2]), Draft(1, [1, 3]), Draft(2, [4])]
    moved = scope_lines_up(drafts, TEXTS)
    assert [d.picked for d in moved] == [[0, 1, 2], [3], [4]]


def test_a_full_overview_or_a_lone_scope_line_stays() -> None:
    full = [Draft(None, [0, 2, 3, 4]), Draft(1, [1, 5])]
    assert [d.picked for d in scope_lines_up(full, TEXTS)] == [[0, 2, 3, 4], [1, 5]]
    alone = [Draft(None, [0]), Draft(1, [1])]
    assert [d.picked for d in scope_lines_up(alone, TEXTS)] == [[0], [1]]


def test_a_policy_or_english_brief_is_unchanged() -> None:
    drafts = [Draft(None, [0]), Draft(1, [1, 3])]
    assert [d.picked for d in scope_up(drafts, None)] == [[0], [1, 3]]
