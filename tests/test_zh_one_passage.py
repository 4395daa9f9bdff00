"""Two bullets of one paragraph are one passage on one thing, and keep one title where
`zh_run_titles` would pair a detail of each ("独家专利、微信视频"): the title the steps chose, the
other part where that one is an act on a thing ("排查房屋"), with the word both bullets say just
before it ("心血管疾病发病率"). Bullets of two paragraphs still pair."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.engines.zh_run_titles import paired_title
from citebrief.text.zh_one_passage import one_passage, passage_title

DATA = Path("/work/shared/data/zh-news.jsonl")

HOUSES = "针对房屋受损情况，当地开展安全应急评估工作，共计排查房屋237户。"
SURVEY = "随着洪水逐渐消退，当地组建了38个帮扶工作组，深入受灾村屯，全面开展灾情核查和灾后重建工作。"
RATE = "据介绍，我国心血管疾病发病率持续升高。"
RISK = "在心血管疾病的诸多高危因素中，血脂异常是最常见的危险因素之一。"


def test_one_paragraph_is_one_passage() -> None:
    assert one_passage(["甲段。", "甲段。"])
    assert not one_passage(["甲段。", "乙段。"])
    assert not one_passage(["甲段。"])


def test_an_act_on_a_thing_gives_way_to_the_event() -> None:
    paragraph = HOUSES + SURVEY
    assert passage_title("排查房屋", "灾情核查", [HOUSES, SURVEY], paragraph) == "灾情核查"
    # a thing stays the passage's title
    assert passage_title("灾情核查", "排查房屋", [SURVEY, HOUSES], paragraph) == "灾情核查"


def test_the_word_both_bullets_say_goes_with_the_title() -> None:
    paragraph = RATE + RISK
    assert passage_title("疾病发病率", "高危因素", [RATE, RISK], paragraph) == "心血管疾病发病率"
    # not a word one bullet alone says
    other = "在诸多高危因素中，血脂异常是最常见的危险因素之一。"
    assert passage_title("疾病发病率", "高危因素", [RATE, other], RATE + other) == "疾病发病率"


def test_two_paragraphs_still_pair_one_paragraph_does_not() -> None:
    water = "辽宁抚顺126处农村供水工程在降雨中受到影响，当地水利部门正加紧抢修、重建供水设施，并加强水质检测。"
    loans = "中国人民银行决定增加河北、北京6省（市）支农支小再贷款额度350亿元，加强对受灾地区小微企业的信贷支持。"
    lead = "连日来，各地和有关部门积极组织力量开展灾后恢复重建工作。"
    bullets = [water, loans]
    assert paired_title("供水设施", bullets, bullets, [lead, *bullets], set()) == "供水设施、支农支小再贷款额度"
    one = water + loans
    assert paired_title("供水设施", bullets, [one, one], [lead, one], set()) == "供水设施"


def _brief_titles(record_id: str) -> list[str]:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    if not DATA.exists():
        pytest.skip("shared data not mounted")
    for line in DATA.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == record_id:
            brief = draft(document_from_text(record["article"], origin=record_id, kind="text"))
            return [group.title for group in brief.groups]
    pytest.skip(f"{record_id} not in the data")


def test_real_passages_keep_one_title() -> None:
    # two claims of one false advert (one paragraph): the advert's claim, not "独家专利、微信视频"
    assert "独家专利" in _brief_titles("crud_rag_documents_dup_part_1_part_1_L765")
    # a county's house checks and its damage survey: the survey, not "排查房屋、灾情核查"
    assert "灾情核查" in _brief_titles("crud_rag_documents_dup_part_1_part_1_L92")
    # water repairs and relief loans, two paragraphs: still both
    assert "供水设施、支农支小再贷款额度" in _brief_titles("crud_rag_documents_dup_part_1_part_1_L128")
