"""An analysis's finding no bullet states gets one (engines/cover_findings.py)."""

from __future__ import annotations

import pytest

from citebrief.engines import cover_findings
from citebrief.engines.cover_findings import states_finding
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from conftest import shared_article


@pytest.mark.parametrize(
    ("text", "finds"),
    [
        ("去减基金的年度支出，会发现，我国养老保险基金自2015年起已出现明显的资金缺口。", True),
        ("有研究发现，传统直发器的硬性面板只能在发束最厚处产生有效拉力。", True),
        ("数据显示，常山目前从事鲜辣美食行业人员1.1万人。", True),
        ("记者发现，现场秩序井然。", False),  # a scene, not a finding
        ("民警调查发现王某等人伪造学历。", False),
        ("这组数据显示出的问题不少。", False),
    ],
)
def test_a_finding_is_what_an_analysis_or_the_data_show(text: str, finds: bool) -> None:
    assert states_finding(text) is finds


def test_a_pension_analysis_cites_its_funding_gap() -> None:
    brief = draft_extractive(document_from_text(shared_article("zh-clts.jsonl", 9), origin="x", kind="text"))
    assert any("2015年起，已出现明显的资金缺口" in p.text for g in brief.groups[1:] for p in g.points)


def test_a_sentence_with_no_verb_of_finding_is_let_go_before_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    # s49p: "发现", "显示" or "表明" in the text first; every match of the pattern holds one of them
    for name, count in (("zh-policy.jsonl", 40), ("zh-clts.jsonl", 12), ("zh-news.jsonl", 40)):  # the same verdicts
        for index in range(count):
            for line in shared_article(name, index).split("。"):
                assert states_finding(line) is (cover_findings._FINDS.search(line) is not None), line

    class Unasked:
        def search(self, text: str) -> None:
            raise AssertionError(f"the pattern was asked of {text!r}")

    monkeypatch.setattr(cover_findings, "_FINDS", Unasked())
    assert not states_finding("会议强调，可以进一步分析研究，不断调查统计各地的情况。")
