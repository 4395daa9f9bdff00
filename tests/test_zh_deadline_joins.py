"""A Chinese bullet that only sets the deadline of the work the bullet before it asks for ("以上工作要在2019年
2月底前完成。") is said at that bullet's end (engines/zh_deadline_joins.py): alone it was a date for nothing
(issue #9, zh-policy 34). The sentences that only set a deadline are data (data/zh_deadline_closers.tsv)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_deadline_joins import deadline_only
from citebrief.ingest import document_from_text
from citebrief.text.data_files import data_lines
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article


def test_a_deadline_only_bullet_closes_the_bullet_of_its_work() -> None:
    document = document_from_text(shared_article("zh-policy.jsonl", 34), origin="zh-policy-34", kind="text")
    brief = draft_extractive(document)
    points = [point for group in brief.groups for point in group.points]
    said = [point.text for point in points]
    assert "以上工作要在2019年2月底前完成。" not in said, said
    joined = [point for point in points if "以上工作要在2019年2月底前完成。" in point.text]
    assert len(joined) == 1, said
    assert joined[0].text.endswith("修订和制定相关实施办法和制度。以上工作要在2019年2月底前完成。"), said
    assert check_point(joined[0], SourceIndex(document)).label == "supported"


def test_deadline_only_reads_a_deadline_whose_work_is_named_elsewhere() -> None:
    assert data_lines("zh_deadline_closers.tsv")
    assert deadline_only("以上工作要在2019年2月底前完成。")
    assert deadline_only("该项工作于2019年4月底前完成。")
    assert deadline_only("上述任务原则上于2020年底前全部完成。")
    # the work named in the sentence itself, or more said than the deadline: a bullet of its own
    assert not deadline_only("各省份要于2019年6月底前出台具体实施方案。")
    assert not deadline_only("以上工作要在2019年2月底前完成，并报国务院备案。")
    assert not deadline_only("以上工作")
