"""A rules document's line on who attends and how often ("国务院领导同志及各部门负责人参加，一般
两个月安排一次。") leaves out what they attend: the sentence before names it (讲座), so the bullet
carries that sentence (`lines.tsv`, dangling `joined-by-zh`; `engines.lead_points.lean_on_previous`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.patterns import is_dangling
from conftest import shared_article


def test_who_attends_how_often_leans_on_what_they_attend() -> None:
    assert is_dangling("国务院领导同志及各部门负责人参加，一般两个月安排一次。")
    assert is_dangling("各成员单位负责同志列席，原则上每季度召开一次。")


def test_a_line_that_names_what_is_attended_stands_alone() -> None:
    assert not is_dangling("各成员单位负责同志参加联席会议，原则上每季度召开一次。")
    assert not is_dangling("全体成员参加，会议由召集人主持。")


def test_the_state_councils_study_sessions_keep_their_subject() -> None:
    """govcn_5345397 (record 21, 国务院工作规则): the bullet says what is held every two months."""
    document = document_from_text(shared_article("zh-policy.jsonl", 21), origin="policy-21", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    attended = [b for b in bullets if "两个月安排一次" in b]
    assert attended
    assert all("举办讲座" in b for b in attended)
