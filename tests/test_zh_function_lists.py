"""A body's function list said whole after its lead-in, its boilerplate duty left out, as the
overview's second point (engines/zh_function_lists.py), and verify reading that lead-in back
(text/speaker_label.ZH_DUTY_LABEL): on zh-policy 30, the 批复 that sets up the vocational-education
joint meeting, and on lines written for these tests."""

from __future__ import annotations

from citebrief.engines.zh_function_lists import FUNCTION_HEADING
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.text.patterns import is_structure
from citebrief.text.speaker_label import ZH_DUTY_LABEL, zh_duty_labelled
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article

_LEAD = "联席会议主要职能：贯彻落实党中央、国务院关于职业教育工作的重大决策部署；统筹协调全国职业教育工作"


def _brief_30():  # type: ignore[no-untyped-def]
    document = document_from_text(shared_article("zh-policy.jsonl", 30), origin="x", kind="text")
    return document, draft(document)


def test_the_function_list_is_said_whole_after_the_decision() -> None:
    # before: a "主要职能" group of two items cut at "；" with no subject ("研究审议拟出台的……",
    # "听取……意见建议") and the boilerplate "完成党中央、国务院交办的其他事项。"; the core functions unsaid
    _, brief = _brief_30()
    overview = [point.text for point in brief.groups[0].points]
    assert overview[0].startswith("同意建立由国务院领导同志牵头负责的")
    assert overview[1].startswith(_LEAD)
    assert overview[1].endswith("督促检查职业教育有关政策措施的落实情况。")
    assert brief.groups[0].points[1].citations == [12, 14]  # where 联席会议 is named, and the list
    assert "主要职能" not in [group.title for group in brief.groups]
    assert not any("交办的其他事项" in point.text for point in brief.points())
    assert all(len(group.points) >= 2 for group in brief.groups)


def test_verify_reads_the_lead_in_and_holds_the_name_to_a_cited_paragraph() -> None:
    document, brief = _brief_30()
    index = SourceIndex(document)
    point = brief.groups[0].points[1]
    verdict = check_point(point, index)
    assert verdict.label is VerdictLabel.supported and "quoted" in verdict.reason
    # a name no cited paragraph gives is not carried by the list's words
    made_up = Point(text=point.text.replace("联席会议", "协调小组", 1), citations=point.citations)
    assert check_point(made_up, index).label is not VerdictLabel.supported
    # nor is a list the paragraph does not hold word for word
    changed = Point(text=point.text.replace("统筹协调", "全面领导"), citations=point.citations)
    assert check_point(changed, index).label is not VerdictLabel.supported


def test_the_heading_and_the_label() -> None:
    for heading in ("一、主要职能", "（一）主要职责", "工作职责", "二、职能"):
        found = FUNCTION_HEADING.match(heading)
        assert found is not None, heading
    assert FUNCTION_HEADING.match("一、主要任务") is None  # a plan's tasks are no body's functions
    assert FUNCTION_HEADING.match("二、成员单位") is None
    text = zh_duty_labelled("协调委", "主要职能", "研究拟订各项保障措施；制订有关工作计划和安排。")
    label = ZH_DUTY_LABEL.match(text)
    assert label is not None and label.group("who") == "协调委" and label.group("duty") == "主要职能"


def test_the_boilerplate_duty_in_both_forms_is_no_bullet() -> None:
    # issue 9 names "完成国务院交办的其他事项" boilerplate; zh-policy 30 writes it "党中央、国务院"
    assert is_structure("完成党中央、国务院交办的其他事项。")
    assert is_structure("完成国务院交办的其他事项。")
    assert is_structure("承办市委、市政府交办的其他工作。")
    assert is_structure("（六）完成国务院交办的其他任务；")
    assert not is_structure("督促检查职业教育有关政策措施的落实情况；")
    # the list that ends on it is no boilerplate: the row holds the whole line, not a part of it
    assert not is_structure("督促检查职业教育有关政策措施的落实情况；完成党中央、国务院交办的其他事项。")
