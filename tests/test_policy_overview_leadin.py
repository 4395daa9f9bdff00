"""A notice's lead-in that states what the document does, as a point of its overview
(`engines.policy_overview_leadin`)."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_overview_leadin import lead_in_statement
from citebrief.ingest import document_from_text
from conftest import shared_article


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "对于你省在总理考察工作时提出的问题和建议，有关部门进行了认真研究，提出了办理意见，现将有关情况函复如下：",
            "对于你省在总理考察工作时提出的问题和建议，有关部门进行了认真研究，提出了办理意见。",
        ),
        (
            "为彻底消除这一威胁我国生态环境和人民生命安全的隐患，必须进一步加强调查取证和有关管理工作，现通知如下：",
            "为彻底消除这一威胁我国生态环境和人民生命安全的隐患，必须进一步加强调查取证和有关管理工作。",
        ),
        # a purpose alone, or how it was agreed, states nothing once the formula is cut
        (
            "为贯彻落实党中央、国务院决策部署，支持自贸试验区深化改革创新，进一步提高建设质量，现将有关事项通知如下：",
            None,
        ),
        ("为落实相关要求，经国务院同意，现就开展治理工作有关事项通知如下：", None),
        ("经与有关部门协商，并经国务院领导同志批准，现将有关问题通知如下：", None),
        ("现就有关事项通知如下：", None),
        ("根据《中华人民共和国行政许可法》有关规定，现就有关事项通知如下：", None),  # a ground alone
        ("对于你省在总理考察工作时提出的问题和建议，现答复如下：", None),  # a topic alone
        ("各地区要高度重视，认真组织实施。", None),  # no lead-in
    ],
)
def test_lead_in_statement(text: str, said: str | None) -> None:
    assert lead_in_statement(text) == said


@pytest.mark.parametrize("index", [31, 38])  # govcn_5345295 (湖北省), govcn_5351671 (四川省)
def test_reply_overview_says_what_the_reply_does(index: int) -> None:
    """A reply to a province's requests: its overview held the premier's visit alone, and now
    says that the departments answered what the province asked, after the visit."""
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin="x", kind="text")
    points = [p.text for p in draft_extractive(document).groups[0].points]
    assert len(points) == 2
    assert "温家宝总理" in points[0]
    assert points[1].endswith("提出了办理意见。")
