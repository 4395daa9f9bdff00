"""A group whose bullets all stand under one part of its section is titled by that part
(`outline_part_titles`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.outline_part_titles import one_part_title
from citebrief.ingest import document_from_text
from conftest import load_records

TEXTS = [
    "四、建设多元办学格局",
    "（十三）推动企业和社会力量举办高质量职业教育。",
    "各级政府部门要深化“放管服”改革，加快推进职能转变。",
    "（十四）做优职业教育培训评价组织。",
    "职业教育包括职业学校教育和职业培训。",
    "能够依据国家有关法规完成的职业技能培训，要更多通过培训评价组织参与实施。",
]
PARTS = [(1, "力量举办高质量职业教育"), (3, "做优职业教育培训评价组织")]


def test_bullets_of_one_part_take_its_name_without_its_frame_verb() -> None:
    assert one_part_title([4, 5], "办学格局", PARTS, TEXTS) == "职业教育培训评价组织"


def test_bullets_of_two_parts_or_of_none_keep_the_sections_heading() -> None:
    assert one_part_title([2, 5], "办学格局", PARTS, TEXTS) == ""
    assert one_part_title([0], "办学格局", PARTS, TEXTS) == ""  # the section's own lead: before any part
    assert one_part_title([4], "办学格局", PARTS[1:], TEXTS) == ""  # one part only: the heading says it


def test_a_name_cut_inside_its_heading_keeps_the_sections_heading() -> None:
    assert one_part_title([2], "办学格局", PARTS, TEXTS) == ""  # "推动企业和社会|力量举办……"
    texts = [*TEXTS[:3], "（六）启动1+X证书制度试点工作。", *TEXTS[4:]]
    assert one_part_title([4], "国家标准", [PARTS[0], (3, "X证书制度试点工作")], texts) == ""


def test_a_part_named_as_its_section_or_too_long_keeps_the_heading() -> None:
    assert one_part_title([4], "职业教育培训评价组织", PARTS, TEXTS) == ""
    long_parts = [(1, "甲"), (3, "推动职业教育培训评价组织做优做强做大做精")]
    assert one_part_title([4], "办学格局", long_parts, TEXTS) == ""


def test_a_plans_group_on_one_article_is_titled_by_it() -> None:
    record = next(r for r in load_records("zh-policy.jsonl") if r["id"] == "govcn_5365341")
    document = document_from_text(record["article"], origin="x", kind="text")
    titles = [group.title for group in draft_extractive(document).groups[1:]]
    assert "职业教育培训评价组织" in titles
    assert "办学格局" not in titles
