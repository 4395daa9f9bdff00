"""A policy's principles said whole are a 178-character bullet (zh-policy 28, "（三）基本原则。一是坚持以人民为
中心，……。二是坚持依法合规，……。三是……。四是坚持平稳过渡、妥当衔接，……。"): the bullet names each
principle by its first clause instead (engines/zh_principle_heads.py), and the verifier finds those
clauses word for word in the cited paragraph (verify/quoted_sentences.numbered_heads)."""

from __future__ import annotations

from citebrief.engines.zh_principle_heads import PRINCIPLES_CHARS, named_principles, principle_heads
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.text.data_files import data_lines
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article

_NAMED = "一是坚持以人民为中心；二是坚持依法合规；三是坚持市场机制和政府作用相结合；四是坚持平稳过渡、妥当衔接。"


def test_the_principles_of_zh_policy_28_are_one_bullet_of_their_names_and_supported() -> None:
    document = document_from_text(shared_article("zh-policy.jsonl", 28), origin="x", kind="text")
    points = [p for g in draft(document).groups for p in g.points]
    named = [p for p in points if p.text == _NAMED]
    assert len(named) == 1 and named[0].citations == [14]
    assert not any("保障临床用药需求" in p.text for p in points)  # the whole run is said no more
    verdict = check_point(named[0], SourceIndex(document))
    assert verdict.label is VerdictLabel.supported and verdict.evidence is not None
    assert verdict.evidence.text.startswith("一是坚持以人民为中心，")


def test_principles_are_named_only_where_every_step_opens_on_a_principle_and_the_whole_is_long() -> None:
    steps = ["一是坚持依法合规，严格执行相关政策规定。", "二是遵循市场规律，发挥企业主体作用。"]
    assert principle_heads(steps) == "一是坚持依法合规；二是遵循市场规律。"
    assert principle_heads([steps[0], "二是加大资金投入，提高补助标准。"]) is None  # a measure, no principle
    assert principle_heads(steps[:1]) is None  # one step is no list
    short = "".join(steps)
    assert named_principles(short, steps) == short  # short enough to say whole
    long = short + "。" * (PRINCIPLES_CHARS - len(short) + 1)
    assert named_principles(long, steps) == "一是坚持依法合规；二是遵循市场规律。"
    assert "坚持" in data_lines("zh_principle_verbs.tsv")


def test_named_clauses_not_in_the_cited_paragraph_are_no_quotation() -> None:
    document = document_from_text(shared_article("zh-policy.jsonl", 28), origin="x", kind="text")
    index = SourceIndex(document)
    invented = Point(text="一是坚持以人民为中心；二是坚持合法合规。", citations=[14])
    assert check_point(invented, index).label is not VerdictLabel.supported or "quoted" not in (
        check_point(invented, index).reason
    )
    elsewhere = Point(text=_NAMED, citations=[13])
    assert "quoted" not in check_point(elsewhere, index).reason
