"""A paragraph that lists what the annex details item by item gives no group its cut entries
(`citebrief.engines.detailed_lists`)."""

from __future__ import annotations

from citebrief.engines.detailed_lists import detailed_later
from conftest import shared_group_titles

BODY = [
    "一、推广的改革举措",
    "（一）科技成果转化激励方面3项：职务科技成果权属改革；技术经理人全程参与的科技成果转化服务模式；技术股与现金股结合激励。",
    "二、认真抓好组织实施",
    "各省（区、市）人民政府要把推广改革举措列为本地区重点工作。",
    "附件",
    "职务科技成果权属改革",
    "赋予科研人员一定比例的职务科技成果所有权。",
    "技术经理人全程参与的科技成果转化服务模式",
    "技术经理人全程参与科技成果转化。",
    "技术股与现金股结合激励",
    "以“技术股+现金股”组合形式持有股权。",
]


def test_a_list_its_annex_details_is_found() -> None:
    assert detailed_later(BODY) == [1]


def test_a_list_said_nowhere_else_is_a_theme() -> None:
    assert detailed_later(BODY[:4]) == []


def test_entries_said_before_the_list_do_not_count() -> None:
    """Items named earlier (a heading list) are not the list's detail."""
    assert detailed_later([*BODY[5:10:2], BODY[1]]) == []


def test_a_notice_spreading_reforms_lists_them_once() -> None:
    """govcn_5355837 (record 1): the body lists the 23 reforms, the annex details them; the brief
    has no group of the body's cut entries ("改革举措") beside the annex's."""
    titles = shared_group_titles("zh-policy.jsonl", 1)
    assert "改革举措" not in titles
    assert {"知识产权保护", "科技成果转化激励", "管理体制创新"} <= set(titles)
