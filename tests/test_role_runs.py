"""A sentence that says who heads a body is said whole (`citebrief.text.zh_role_runs`): zh-policy 30
was briefed with the fragment "设副召集人2人，由……担任。" in its 成员单位 group."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_role_runs import sets_roles
from citebrief.verify import verify_brief
from conftest import shared_article

RUN = "委员会设主任1人，由分管副省长担任；设副主任2人，由两位厅长担任；各成员单位负责同志为成员。"


def test_a_run_that_sets_up_a_bodys_heads_opens_on_its_first_clause() -> None:
    assert sets_roles("联席会议设召集人1人，由国务院分管教育工作的领导同志担任；")
    assert sets_roles("领导小组设组长一人，由省长担任；")
    assert not sets_roles("设副召集人2人，由教育部主要负责同志担任；")  # a deputy: the run's later clause
    assert not sets_roles("办公室设在教育部，主任由司长担任。")  # no "；"-run, no body's head
    assert not sets_roles("设立专项资金，由财政部门管理；")


def test_the_council_of_record_30_says_its_heads_whole() -> None:
    """govcn_5343832: the annex's "联席会议设召集人1人，……（名单附后）。" [17] is one bullet of the
    group on the council's members, and the roster's names (孙春兰 …, [25]-[27]) stay in the brief:
    a blind reader wanted who holds the roles, not only how they are set up."""
    document = document_from_text(shared_article("zh-policy.jsonl", 30), origin="p", kind="text")
    brief = verify_brief(draft_extractive(document), document)
    points = [(g.title, p) for g in brief.groups for p in g.points]
    said = [(title, p) for title, p in points if 17 in p.citations]
    assert [p.text for _, p in said] == [document.segments[16].text.split("。")[0] + "。"]
    assert said[0][0] == "成员单位"
    assert any(p.text.startswith("召集人：孙春兰") for _, p in points)
    assert all(p.support is not None and p.support.label == "supported" for _, p in points)
