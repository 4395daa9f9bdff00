"""A short notice's closing duty on every locality and department, which no bullet cites, is said
in the overview (`citebrief.engines.policy_closing_duty`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_closing_duty import everyone_must
from citebrief.ingest import document_from_text
from conftest import shared_article


def test_a_duty_laid_on_every_locality_or_department() -> None:
    assert everyone_must("节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有突发事件要及时报告。")
    assert everyone_must("各有关部门应当按照职责分工，认真做好本领域的监督检查工作。")
    assert not everyone_must("国家医保局要会同有关部门做好监测分析和督促检查工作。")  # one body
    assert not everyone_must("各地区要高度重视，加强组织领导。")  # too short to be a duty


def test_the_holiday_notices_duty_closes_its_overview() -> None:
    """govcn_5346276 (record 8): para 11, 值班和安全、保卫工作, went uncited. Since the holiday notice's
    lead-in opens its overview (`policy_schedule_overview`), `policy_whole_points`' close can bring the
    duty in first; either way it closes the overview, once."""
    document = document_from_text(shared_article("zh-policy.jsonl", 8), origin="p", kind="text")
    overview = draft_extractive(document).groups[0]
    last = overview.points[-1]
    assert "值班和安全、保卫" in last.text and last.citations == [11], last
    assert overview.points[0].citations == [3]  # the lead-in naming the seven holidays stays first
    cited = [c for group in draft_extractive(document).groups for p in group.points for c in p.citations]
    assert cited.count(11) == 1
