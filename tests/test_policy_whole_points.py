"""A policy overview's second point, where its preamble gives one, is a point the document states
for the whole of it, not one section's measure (`citebrief.engines.policy_whole_points`)."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_whole_points import of_itself
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int) -> Brief:
    """The brief of a zh-policy record's text as pasted (the blind readers' form)."""
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin=f"p-{index}", kind="text")
    return draft_extractive(document)


def _overview(brief: Brief) -> list[str]:
    return [p.text for p in brief.groups[0].points]


def test_a_reply_on_a_plan_says_what_the_plan_is() -> None:
    """govcn_5354222 (record 35): beside 原则同意, the overview said section 二's "推动雄安新区与北京
    城市副中心形成北京新的两翼"; now the plan as the basis that must be kept, and section 二's point
    goes to a group."""
    brief = _brief(35)
    overview = _overview(brief)
    assert overview[0].startswith("原则同意")
    assert any("基本依据" in text for text in overview)
    assert not any("两翼" in text for text in overview)
    assert any("两翼" in p.text for g in brief.groups[1:] for p in g.points)


def test_a_sections_deadline_for_local_rules_is_left_to_the_lender() -> None:
    """govcn_5345808 (record 7): the 30-day deadline for the provinces' rules stands in the
    overview as before, and 企业稳定发展 keeps its headline measure (taking the deadline first left
    that group without "……可返还其上年度实际缴纳失业保险费的50%")."""
    brief = _brief(7)
    assert any("30日内" in text for text in _overview(brief))
    group = next(g for g in brief.groups if "企业稳定发展" in g.title)
    assert any("失业保险费的50%" in p.text for p in group.points)


def test_who_carries_a_notice_out_is_no_whole_document_point() -> None:
    """govcn_5347765 (record 32): "应急部要按照……本通知精神，认真组织实施。" is a formula; read 35b preferred
    the overview that says the plates' two kinds ("专用号牌分为汽车号牌和摩托车号牌两种。")."""
    overview = _overview(_brief(32))
    assert not any("本通知精神，认真组织实施" in text for text in overview)
    assert any("分为汽车号牌和摩托车号牌" in text for text in overview)


def test_no_transitional_clause_or_definition_stands_for_the_whole() -> None:
    """govcn_5341736 (record 10): "本条例施行前依法设立的……" names the regulation but is a
    transitional clause of its last chapter, not what the regulation does."""
    assert not any("施行前" in text for text in _overview(_brief(10)))


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("《总体规划》是雄安新区发展、建设、管理的基本依据，必须严格执行。", True),
        ("《中华人民共和国城乡规划法》是城乡规划的基本依据。", False),  # another law, not this document
        ("为了规范专利代理行为，保障委托人的合法权益，制定本条例。", False),  # its purpose: formula
        ("本通知自印发之日起施行。", True),
        ("本条例施行前依法设立的专利代理机构，在本条例施行后可以继续开展业务。", False),
        ("本条例所称专利代理，是指专利代理机构接受委托办理专利事务的行为。", False),
        ("专用号牌分为汽车号牌和摩托车号牌两种。", False),
        ("应急部要按照党中央、国务院决策部署要求和本通知精神，认真组织实施。", False),  # a formula
        ("应急部要按照有关规定认真组织实施。", False),  # no document named: a section's own duty
    ],
)
def test_what_a_document_says_of_itself(text: str, whole: bool) -> None:
    assert of_itself(text, {"总体规划"}) is whole
