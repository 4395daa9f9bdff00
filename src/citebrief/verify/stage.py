"""`verify_brief`: a verdict on every bullet of a brief, its Checks, and the --strict repairs."""

from __future__ import annotations

from citebrief.judge import Judge
from citebrief.model import Brief, Document, Group, Point, VerdictLabel
from citebrief.verify.brief_figures import brief_checks
from citebrief.verify.checks import check_citations, check_point, cites, find_quotation, judge_all
from citebrief.verify.index import SourceIndex
from citebrief.verify.repairs import Regenerate, repair


def verify_brief(
    brief: Brief,
    document: Document,
    *,
    judge: Judge | None = None,
    strict: bool = False,
    regenerate: Regenerate | None = None,
    index: SourceIndex | None = None,
) -> Brief:
    """The brief with a verdict on every bullet and its Checks filled in.

    `strict`: an unsupported bullet is re-cited when another paragraph says it, else replaced
    (the extractive engine: the best unused sentence of its group's paragraphs; another engine:
    `regenerate`, once), else dropped — and the brief's warnings say what was dropped.
    """
    index = index or SourceIndex(document)
    warnings = list(brief.warnings)
    points = brief.points()
    unquoted = []  # the bullets whose words will be weighed: one IDF lookup for all of them
    for point in points:
        claim = index.claim(point.text)
        if check_citations(point, index) is None and find_quotation(claim, index, point.citations) is None:
            unquoted.append(claim)
    index.prime(unquoted)
    verdicts = [check_point(point, index) for point in points]
    if judge is not None:
        judge_all(points, verdicts, index, judge, warnings)
    groups: list[Group] = []
    repaired: list[str] = []
    dropped: list[str] = []
    k = 0
    for g, group in enumerate(brief.groups, start=1):
        kept: list[Point] = []
        for i, point in enumerate(group.points, start=1):
            verdict = verdicts[k]
            k += 1
            checked = point.model_copy(update={"support": verdict})
            if strict and verdict.label is VerdictLabel.unsupported:
                fixed = repair(checked, group, brief, index, regenerate)
                if fixed is None:
                    dropped.append(f"[{g}.{i}] {point.text} {cites(point.citations)} — {verdict.reason}")
                    warnings.append(f"--strict dropped an unsupported bullet ({verdict.reason}): {point.text}")
                    continue
                repaired.append(
                    f"[{g}.{i}] {point.text} {cites(point.citations)} → {fixed.text} {cites(fixed.citations)}"
                )
                checked = fixed
            kept.append(checked)
        if kept:
            groups.append(group.model_copy(update={"points": kept}))
    result = brief.model_copy(update={"groups": groups, "warnings": warnings})
    result.checks = brief_checks(result, index, repaired=repaired, dropped=dropped)
    return result
