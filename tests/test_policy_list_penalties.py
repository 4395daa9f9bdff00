"""A fine stated in a list's lead-in ("有下列行为之一的，……可以处10万元以下的罚款；……：") is said
through one of its items where no bullet says it (`citebrief.engines.policy_list_penalties`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_list_penalties import _states_key
from citebrief.ingest import document_from_text
from conftest import shared_article


def test_a_lead_in_with_a_fine_states_a_key_measure() -> None:
    assert _states_key("专利代理机构有下列行为之一的，由有关部门责令限期改正，予以警告，可以处10万元以下的罚款；")
    assert not _states_key("专项工作主要包括以下内容：")


def test_the_fine_of_a_lists_lead_in_is_said() -> None:
    """govcn_5341736 (record 10, 专利代理条例): "法律责任" said no fine of 第二十五条/第二十六条
    (10万元, 5万元), whose lead-ins are no bullet and whose items weigh little."""
    document = document_from_text(shared_article("zh-policy.jsonl", 10), origin="p", kind="text")
    group = next(g for g in draft_extractive(document).groups if g.title == "法律责任")
    said = [p.text for p in group.points]
    assert any("可以处10万元以下的罚款" in t for t in said), said
    assert any("1倍以上5倍以下的罚款" in t for t in said), said  # the group's own fine stays
    assert len(said) == 4, said  # in place of a bullet: the brief keeps its size
