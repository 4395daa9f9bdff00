"""A Chinese sentence that opens on "并将/并由/并对……" goes on from the one before it (the same
doer, the same condition): alone it is a fragment, so the bullet carries the sentence it leans on
(`lines.tsv`, dangling `and-then-zh`; `engines.lead_points.lean_on_previous`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.patterns import is_dangling
from conftest import shared_article


def test_a_sentence_opening_on_and_then_leans_on_the_one_before() -> None:
    assert is_dangling("并将丰歉调整机动粮按比例拨给省、市、自治区包干使用，差额部分由地方自行解决。")
    assert is_dangling("并由省级人民政府统一组织实施。")


def test_words_that_open_on_the_character_stand_alone() -> None:
    assert not is_dangling("并购重组审核流程进一步简化。")
    assert not is_dangling("并网发电项目于6月底前完成验收。")
    assert not is_dangling("并非所有企业都符合申报条件。")


def test_the_settlement_rule_keeps_what_it_applies_to() -> None:
    """govcn_5345639 (record 4): "并将丰歉调整机动粮……" alone does not say who settles on what
    base; the bullet carries the sentence before it."""
    document = document_from_text(shared_article("zh-policy.jsonl", 4), origin="policy-4", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    reserve = [b for b in bullets if "丰歉调整机动粮" in b]
    assert reserve
    assert all("只能按国家规定的奖售基数" in b for b in reserve)
