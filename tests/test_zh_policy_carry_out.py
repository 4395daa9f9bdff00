"""A Chinese policy group whose every bullet says how the document is carried out is titled
by the name its paragraphs give that work ("推进落实"), not by one bullet's step
(`citebrief.text.zh_policy_carry_out`)."""

from __future__ import annotations

from citebrief.text.zh_policy_carry_out import carry_out_title
from conftest import shared_group_titles

CLOSING = [
    "各有关部门制定或调整完善后的激励措施实施办法，于2018年12月31日前报送国务院办公厅。",
    "从2019年起，各有关部门于每年2月底前，研究提出拟予督查激励的地方名单，报送国务院办公厅。",
    "自本通知印发之日起，《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知》停止执行。",
]


def test_a_notices_closing_lines_are_titled_by_the_name_they_give_the_work() -> None:
    texts = [*CLOSING, "各地区、各部门要抓好落实。"]
    assert carry_out_title("地方名单", CLOSING, texts, set()) == "抓好落实"


def test_lines_that_name_the_work_no_such_way_keep_their_phrase() -> None:
    assert carry_out_title("地方名单", CLOSING, CLOSING, set()) == "地方名单"


def test_a_group_with_a_measure_of_its_own_keeps_its_phrase() -> None:
    bullets = [
        "要加强对日军遗弃化学武器的调查取证工作，设法查找日军在我国储存化学武器等文件资料。",
        "对已发现的日军遗弃的化学武器，其技术处理和有关管理工作由军队各级防化业务部门负责。",
        "任何单位和个人如发现遗弃的化学武器，都要立即逐级上报，不得擅自处理。",
    ]
    assert carry_out_title("防化业务部门", bullets, [*bullets, "抓好落实"], set()) == "防化业务部门"


def test_a_phrase_two_bullets_say_stays() -> None:
    assert carry_out_title("国务院办公厅", CLOSING, [*CLOSING, "抓好落实"], set()) == "国务院办公厅"


def test_no_second_group_is_titled_so() -> None:
    assert carry_out_title("地方名单", CLOSING, [*CLOSING, "抓好落实"], {"抓好落实"}) == "地方名单"


def test_a_cover_notices_requirements_are_its_carrying_out() -> None:
    """govcn_5358604 (record 28): the cover notice asks the cities for plans, the provinces to
    follow up and the working group to check ("逐项推进落实"), not "重点督查" alone."""
    titles = shared_group_titles("zh-policy.jsonl", 28)
    assert "重点督查" not in titles
    assert "推进落实" in titles
