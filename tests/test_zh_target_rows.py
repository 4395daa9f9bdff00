"""A policy paragraph of targets quoted by a group in two sentences with figures: the paragraph's
next target joins the group (engines/zh_target_rows.py). On zh-policy 26, the 职业教育 plan's
"具体指标" paragraph, of which the group said the 2022 targets (50所, 150个, 300个) and the 1+X
pilot, and left out the teaching-hours share ("总课时一半以上", "6个月")."""

from __future__ import annotations

from citebrief.engines.zh_target_rows import states_target
from citebrief.ingest import document_from_text
from citebrief.model import VerdictLabel
from citebrief.pipeline import draft
from citebrief.text.data_files import data_lines
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article

_HOURS = "职业院校实践性教学课时原则上占总课时一半以上，顶岗实习时间一般为6个月。"


def test_the_targets_paragraphs_unsaid_share_joins_its_group_in_source_order() -> None:
    document = document_from_text(shared_article("zh-policy.jsonl", 26), origin="x", kind="text")
    brief = draft(document)
    group = next(g for g in brief.groups if any("300个" in p.text for p in g.points))
    texts = [p.text for p in group.points]
    assert _HOURS in texts  # before: unsaid anywhere in the brief
    at = texts.index(_HOURS)
    assert "300个" in texts[at - 1] and "1+X" in texts[at + 1]  # where the paragraph says it
    assert len(group.points) <= 5
    assert check_point(group.points[at], SourceIndex(document)).label is VerdictLabel.supported
    assert sum("总课时一半以上" in p.text for p in brief.points()) == 1  # said once
    overview = brief.groups[0]
    assert all(p.text != _HOURS for p in overview.points)


def test_a_target_states_a_counted_figure_or_a_share_in_words() -> None:
    assert states_target("“双师型”教师占专业课教师总数超过一半。")
    assert states_target("推动建设300个高水平专业化产教融合实训基地。")
    assert states_target("参保人数三分之二以上。")
    assert not states_target("从2019年开始启动制度试点工作。")  # a year is a date, no target
    assert not states_target("完善职业教育和培训体系，优化学校、专业布局。")
    assert len(data_lines("zh_share_words.tsv")) >= 4
