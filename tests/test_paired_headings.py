"""A （一） heading of two clauses opens a section where its whole run is headings (zh-policy 25's
主要任务), and stays text where its run is a list of rules (zh-policy 22); a document's main body
opens into its sections though they outnumber the brief's room."""

from __future__ import annotations

from citebrief.engines.outline_sections import Section, split_largest
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft, render
from citebrief.text.outline import Heading, find_outline
from conftest import shared_article


def _outline_labels(paragraphs: list[str]) -> list[str]:
    return [h.label for h in find_outline(paragraphs, "zh")]


def test_a_run_of_two_clause_headings_is_an_outline() -> None:
    paragraphs = [
        "二、主要任务",
        "（一）强化顶层设计引领，发挥政府宏观指导作用。建立指标体系，明确责任分工。",
        "（二）推行农业绿色生产，促进农业废弃物全量利用。推动秸秆综合利用，提高回收水平。",
        "三、保障措施",
        "（一）加强组织领导。各地要成立领导小组，明确部门职责。",
        "（二）加大资金支持。各地要统筹资金，支持设施建设。",
    ]
    labels = _outline_labels(paragraphs)
    assert "强化顶层设计引领，发挥政府宏观指导作用" in labels
    assert "推行农业绿色生产，促进农业废弃物全量利用" in labels


def test_a_two_clause_rule_among_long_ones_stays_text() -> None:
    paragraphs = [
        "一、转制政策",
        "（一）经营性文化事业单位转制为企业后，五年内免征企业所得税。具体办法另行规定。",
        "（二）转制企业应当切实保障职工合法权益，依法签订劳动合同，按规定参加社会保险并按时缴费。",
        "二、附则",
        "（一）本规定自印发之日起执行。",
        "（二）各地可结合实际制定办法。",
    ]
    assert "经营性文化事业单位转制为企业后，五年内免征企业所得税" not in _outline_labels(paragraphs)


def test_a_numbered_sentence_of_two_clauses_is_no_heading() -> None:
    paragraphs = [
        "一、国务院实行总理负责制，总理领导国务院的工作。副总理协助总理工作。",
        "二、秘书长在总理领导下，负责处理日常工作。其他事项另行规定。",
    ]
    assert _outline_labels(paragraphs) == []


def test_the_main_body_opens_into_its_sections_though_they_outnumber_the_room() -> None:
    outline = [Heading(0, 2, "总体要求", 4), Heading(2, 2, "主要任务", 4), Heading(9, 2, "保障措施", 4)]
    outline += [Heading(p, 3, f"任务{p}", 4) for p in range(3, 9)]
    outline += [Heading(p, 3, f"措施{p}", 4) for p in range(10, 12)]
    available = [0, 3, 0, *[10] * 6, 0, 3, 3]
    sections = [Section(0, 2, outline[0], 3), Section(2, 9, outline[1], 60), Section(9, 12, outline[2], 6)]
    split_largest(sections, outline, 6, available)
    assert [s.heading.label for s in sections if s.heading] == [
        "总体要求",
        *[f"任务{p}" for p in range(3, 9)],
        "保障措施",
    ]


def test_the_waste_free_city_plan_groups_its_tasks_by_their_headings() -> None:
    document = document_from_text(shared_article("zh-policy.jsonl", 25), origin="zh-policy 25", kind="text")
    titles = [line for line in render(draft(document), document, "text").splitlines() if line.startswith("Group")]
    # no catch-all "主要任务", and no task joined to the chapter before it ("总体要求、主要任务")
    assert not any("主要任务" in title for title in titles)
    assert any("工业绿色生产" in title for title in titles)
    assert any("农业绿色生产" in title for title in titles)


def test_a_section_of_not_two_thirds_of_the_document_stays_within_the_room() -> None:
    """zh-policy 15's 试点任务 holds 0.56-0.59 of the plan: opened, its pilot list fell under 总体要求 and
    three safeguards went (read worse blind), so it stays one group as before."""
    outline = [Heading(0, 2, "总体要求", 4), Heading(2, 2, "主要任务", 4), Heading(9, 2, "保障措施", 4)]
    outline += [Heading(p, 3, f"任务{p}", 4) for p in range(3, 9)]
    outline += [Heading(p, 3, f"措施{p}", 4) for p in range(10, 12)]
    available = [10, 10, 0, *[10] * 6, 7, 7, 6]  # the body 60 of 100 sentences
    sections = [Section(0, 2, outline[0], 20), Section(2, 9, outline[1], 60), Section(9, 12, outline[2], 20)]
    split_largest(sections, outline, 6, available)
    assert "主要任务" in [s.heading.label for s in sections if s.heading]
    document = document_from_text(shared_article("zh-policy.jsonl", 15), origin="zh-policy 15", kind="text")
    titles = [line for line in render(draft(document), document, "text").splitlines() if line.startswith("Group")]
    assert any("试点范围、试点任务" in title for title in titles)


def test_a_two_clause_line_with_no_body_after_it_stays_text() -> None:
    paragraphs = [
        "一、总体要求",
        "（一）具体措施的正文写在这里，说明要求。",
        "二、重点任务",
        "（一）加强组织领导。正文。",
    ]
    assert "具体措施的正文写在这里，说明要求" not in _outline_labels(paragraphs)


def test_a_whole_line_heading_with_a_comma_stays_among_long_items() -> None:
    paragraphs = [
        "一、总体要求",
        "（一）逐年扩招，分步实施",
        "（二）转制企业应当切实保障职工合法权益，依法签订劳动合同，按规定参加社会保险并按时缴费。",
        "二、附则",
        "（一）加强组织领导。正文。",
    ]
    assert "逐年扩招，分步实施" in _outline_labels(paragraphs)
