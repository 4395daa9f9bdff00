"""A general requirement that opens on the guiding-thought formula says its aim after it
(text/zh_guiding_formula.py); that aim, the formula cut, may be a sectioned policy's whole-document
overview point (engines/policy_whole_points.set_aside_purposes)."""

from __future__ import annotations

from citebrief.engines.bullets import trim_sentence
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.patterns import skip_reason
from citebrief.text.zh_guiding_formula import aim_after_formula
from conftest import shared_article

AIM = "着力构建以普惠性资源为主体的公共服务体系，聚焦配套设施存在的突出问题开展治理，切实办好学前教育。"
FORMULA = (
    "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，"
    "落实全国教育大会部署，坚持以人民为中心的发展思想，"
)


def test_the_formula_clauses_are_cut_and_the_aim_kept() -> None:
    assert aim_after_formula(FORMULA + AIM) == AIM
    assert trim_sentence(FORMULA + AIM, "zh") == AIM
    assert skip_reason(FORMULA + AIM) == "guiding-thought" and skip_reason(AIM) is None


def test_a_formula_with_no_aim_of_its_own_is_no_bullet() -> None:
    assert aim_after_formula(FORMULA + "推进改革。") is None  # too short to say anything
    assert aim_after_formula(AIM) is None  # no formula: nothing to cut
    assert aim_after_formula(FORMULA + AIM[:-1]) is None  # no sentence's end


def test_the_kindergarten_notice_overview_says_its_aim() -> None:
    """zh-policy 3: its 总体要求's "……聚焦小区配套幼儿园……突出问题开展治理，进一步提高学前教育公益普惠水平" in
    place of the provinces' reporting duty; no bullet keeps the formula."""
    document = document_from_text(shared_article("zh-policy.jsonl", 3), origin="p", kind="text")
    groups = draft_extractive(document).groups
    said = [p.text for p in groups[0].points]
    # nor the formula said amid the aim ("认真履行政府责任，", "满足人民群众对幼有所育的期盼": zh_exhortations)
    assert any(t.startswith("依法落实城镇公共服务设施建设规定") and "开展治理" in t for t in said), said
    assert not any("认真履行政府责任" in t or "满足人民群众" in t for t in said), said
    assert not any("为指导" in p.text for g in groups for p in g.points)
