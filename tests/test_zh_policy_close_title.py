"""A Chinese policy's closing group, whose lines say how the document is carried out but whose
paragraphs name that work no way, is titled by the name the document gives it elsewhere
("组织实施" of its lead), not by one line's phrase ("地方名单")
(`citebrief.text.zh_policy_close_title`)."""

from __future__ import annotations

from citebrief.text.zh_policy_close_title import closing_title
from conftest import shared_group_titles

CLOSING = [
    "各有关部门制定或调整完善后的激励措施实施办法，于2018年12月31日前报送国务院办公厅。",
    "从2019年起，各有关部门于每年2月底前，研究提出拟予督查激励的地方名单，报送国务院办公厅。",
    "自本通知印发之日起，《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知》停止执行。",
]
LEAD = "经国务院同意，现将调整后的督查激励措施及组织实施等事项通知如下："
MEASURE = "对校企合作推进力度大的省（区、市），优先纳入国家职业教育改革试验区建设。"


def test_closing_lines_take_the_name_the_documents_lead_gives_the_work() -> None:
    assert closing_title("地方名单", CLOSING, CLOSING, [LEAD, MEASURE, *CLOSING], set()) == "组织实施"


def test_the_groups_own_paragraphs_name_it_first() -> None:
    texts = [*CLOSING, "各地区、各部门要抓好落实。"]
    assert closing_title("地方名单", CLOSING, texts, [LEAD, *texts], set()) == "抓好落实"


def test_a_document_that_names_the_work_nowhere_keeps_the_phrase() -> None:
    assert closing_title("地方名单", CLOSING, CLOSING, [MEASURE, *CLOSING], set()) == "地方名单"


def test_a_group_with_a_measure_keeps_its_phrase() -> None:
    bullets = [MEASURE, *CLOSING[:2]]
    assert closing_title("地方名单", bullets, bullets, [LEAD, *bullets], set()) == "地方名单"


def test_a_name_another_group_has_is_not_given_again() -> None:
    assert closing_title("地方名单", CLOSING, CLOSING, [LEAD, *CLOSING], {"组织实施"}) == "地方名单"


def test_a_notice_of_incentives_closes_on_its_carrying_out() -> None:
    """govcn_5347465 (record 19): the thirty incentives' closing lines ask for rules and lists by
    set dates and retire the 2016 notice; the lead names that "组织实施"."""
    titles = shared_group_titles("zh-policy.jsonl", 19)
    assert "地方名单" not in titles
    assert "组织实施" in titles
