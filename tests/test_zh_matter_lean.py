"""A clause after "；" that hands the matter of the clause before to "有关地方/相关部门" carries that
clause, less its outline number (engines/zh_matter_lean.py, `cited_points.cited_points`)."""

from __future__ import annotations

from citebrief.engines.cited_points import cited_points, quote_layout
from citebrief.engines.scoring import score
from citebrief.engines.zh_matter_lean import leans_on_matter
from citebrief.ingest import document_from_text

NOTICE = (
    "关于支持开发区发展的通知\n\n"
    "一、改善营商环境\n\n"
    "（一）编制年度用水计划时，考虑开发区的实际需要，合理安排有关县区的取水指标；"
    "有关地方应优先保障开发区供水，促进其平稳发展。（负责部门：水利厅）\n\n"
    "（二）将开发区内小型工程的施工许可权限下放至开发区管委会。（负责部门：住建厅）\n"
)


def test_the_openers_that_hand_on_a_matter_are_read() -> None:
    assert leans_on_matter("有关地方应优先保障开发区供水，促进其平稳发展。")
    assert leans_on_matter("相关部门要加强指导。")
    # a clause on its own subject, or "有关" naming no one that acts, stands
    assert not leans_on_matter("市水利局应优先保障开发区供水。")
    assert not leans_on_matter("有关情况如下。")


def _bullet(text: str) -> str:
    scored = score(document_from_text(text, origin="test", kind="text"), {}, False)[0]
    lean = next(i for i, unit in enumerate(scored.units) if unit.text.startswith("有关地方应"))
    return cited_points(scored, [lean], [[lean]], "", quote_layout(scored))[0].text


def test_the_clause_before_is_carried_without_its_number() -> None:
    bullet = _bullet(NOTICE)
    assert bullet.startswith("编制年度用水计划时，"), bullet
    assert "取水指标；有关地方应优先保障开发区供水" in bullet, bullet


def test_a_clause_ending_a_sentence_before_is_not_carried() -> None:
    bullet = _bullet(NOTICE.replace("取水指标；", "取水指标。"))
    assert bullet.startswith("有关地方应"), bullet
