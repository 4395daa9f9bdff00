"""A sentence that says who heads a body is said whole, and the roster's head line is no bullet
beside it (`citebrief.text.zh_role_runs`): zh-policy 30 was briefed with "召集人：孙春兰 国务院副总理；
……" in its overview and the fragment "设副召集人2人，由……担任。" in another group."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_role_runs import says_role, sets_roles, without_said_heads
from citebrief.verify import verify_brief
from conftest import shared_article

RUN = "委员会设主任1人，由分管副省长担任；设副主任2人，由两位厅长担任；各成员单位负责同志为成员。"


def test_a_run_that_sets_up_a_bodys_heads_opens_on_its_first_clause() -> None:
    assert sets_roles("联席会议设召集人1人，由国务院分管教育工作的领导同志担任；")
    assert sets_roles("领导小组设组长一人，由省长担任；")
    assert not sets_roles("设副召集人2人，由教育部主要负责同志担任；")  # a deputy: the run's later clause
    assert not sets_roles("办公室设在教育部，主任由司长担任。")  # no "；"-run, no body's head
    assert not sets_roles("设立专项资金，由财政部门管理；")


def test_a_head_line_is_said_by_a_sentence_naming_its_role() -> None:
    assert says_role("主 任：张 三 省长", [RUN])
    assert says_role("组长：韩正 国务院副总理", ["成立工作小组，组长由国务院副秘书长担任，成员由各部门组成。"])
    assert not says_role("召集人：张三 省长", [RUN])  # another role
    # an office's head and the deputies are other roles than the body's head (zh-policy 17)
    office = "办公室主任由民航总局副局长杨国庆担任，副主任分别由有关负责同志担任。"
    assert not says_role("主任：尤权 国务院副秘书长", [office])
    assert not says_role("国务院决定成立委员会。", [RUN])  # no head line


def test_only_a_said_head_line_leaves_the_candidates() -> None:
    texts = ["国务院决定成立委员会。", RUN, "主 任：张 三 省长", "副主任：李 四 厅长"]
    assert without_said_heads([0, 1, 2], texts) == [0, 1]
    assert without_said_heads([0, 2], [texts[0], "委员会负责协调。", texts[2]]) == [0, 2]


def test_the_council_of_record_30_says_its_heads_once_and_whole() -> None:
    """govcn_5343832: the annex's "联席会议设召集人1人，……（名单附后）。" [17] is one bullet of the
    group on the council's members; the roster's names [25]-[27] are no bullet; the membership
    notices (records 0 and 12) and a committee whose head only the roster names (17) keep theirs."""
    document = document_from_text(shared_article("zh-policy.jsonl", 30), origin="p", kind="text")
    brief = verify_brief(draft_extractive(document), document)
    points = [(g.title, p) for g in brief.groups for p in g.points]
    said = [(title, p) for title, p in points if 17 in p.citations]
    assert [p.text for _, p in said] == [document.segments[16].text.split("。")[0] + "。"]
    assert said[0][0] == "成员单位"
    assert not any(n in p.citations for _, p in points for n in (25, 26, 27))
    assert all(p.support is not None and p.support.label == "supported" for _, p in points)
    for index, head in ((0, "组长："), (12, "主任："), (17, "主任：")):
        document = document_from_text(shared_article("zh-policy.jsonl", index), origin="p", kind="text")
        overview = draft_extractive(document).groups[0].points
        assert any(point.text.startswith(head) for point in overview[1:])
