"""A policy overview's section measure moved down to that section's group, its place taken by a
point the document states for the whole of it.

Where a policy's preamble says little, its overview draws its points from the whole document's
most central sentences, and one is often a section's own measure ("纳税人的子女接受全日制学历
教育的相关支出，按照每个子女每月1000元的标准定额扣除。" beside the 子女教育 group;
"……转制为企业后，五年内免征企业所得税。" beside the 财政税收 group). The reader meets that
section's key figure up top, then the section's group without it: the group reads thin and the
overview like a random pick. Here such a bullet (not the overview's first: that is the
document's decision or purpose) goes to the group of its section, and the overview takes the
most central point the engine left to it, a sentence of no section with a group of its own (the
general chapter's principle "……遵循公平合理、利于民生、简便易行的原则。", the period the policies
run "……执行期限为2019年1月1日至2023年12月31日。"), so the overview keeps its size; where there is
none, another group's point for the whole document rises in its place (its deadline for the
provinces' own measures, "……要在本意见印发之日起30日内，制定出台具体实施办法……", from 落实各方责任);
where there is neither, the measure stays (an overview of one point says too little).
"""

from __future__ import annotations

import re

import numpy as np

from citebrief.engines.lead_points import dangling
from citebrief.engines.policy_amounts import AMOUNT_GROUP
from citebrief.engines.policy_task_items import BRIEF_BULLETS
from citebrief.engines.scored import Draft, Scored, mmr_pick
from citebrief.engines.themes import OVERVIEW_THEME
from citebrief.engines.weights import unit_vector
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import is_background, is_structure

# what a document states for the whole of it: the period its measures run, when it takes effect,
# what it applies to, what it is to achieve; such a point stands in first
_WHOLE = LazyPattern(r"执行期限|有效期|施行|起执行|之日起|适用于|适用范围|目标")
# the document itself named ("本意见印发之日起", "上述政策"): a group's point for all of it, not a
# section's own start ("自企业登记注册之日起……签订劳动合同")
_ITSELF = re.compile(r"(?:本|上述)(?:意见|通知|办法|规定|方案|政策|条例|细则|决定)")


def whole_point(text: str) -> bool:
    """Whether a sentence states a point for the whole document (`_WHOLE`: a goal, a period, a
    start, a scope): one in a section with its group ("工作目标" in 总体要求) is the overview's
    all the same, and the first to stand in for a section's measure."""
    return _WHOLE.search(text) is not None


def _relevance(scored: Scored) -> np.ndarray:
    """Each sentence's weight as an overview point: centrality to the whole, lead prior, position."""
    centroid = unit_vector(scored.paragraph_vectors.sum_rows())
    return np.asarray(scored.sentence_vectors.dot(centroid) * scored.lead_weights * scored.position)


def _document_points(scored: Scored, of_sentence: np.ndarray, chosen: list[int], cited: set[int]) -> list[int]:
    """The usable sentences no group's section holds (the engine left them to the overview) that
    no bullet says, of a paragraph the overview does not cite yet (`cited`: two points of one
    paragraph read as one point cut in two), and that stand alone as a point: not context,
    structure, a list's clause."""
    return [
        i
        for i in scored.usable
        if of_sentence[i] == OVERVIEW_THEME
        and i not in chosen
        and scored.units[i].paragraph not in cited
        and not scored.units[i].text.rstrip().endswith(("；", ";"))
        and not is_background(scored.trimmed[i])
        and not is_structure(scored.units[i].text)
        and not dangling(scored.trimmed[i], scored.lang)
    ]


def _ranked(points: list[int], relevance: np.ndarray) -> list[int]:
    """`points` by relevance, the highest first."""
    return sorted(points, key=lambda k: -relevance[k])


MIN_LENDER = 4  # a group gives the overview its point for the whole document while it keeps three


def _lender(
    scored: Scored, drafts: list[Draft], home: Draft, kept: list[int], relevance: np.ndarray
) -> tuple[Draft, int] | None:
    """Where no sentence left to the overview can stand in: another group's bullet that states a
    point for the whole document (`whole_point`: "……要在本意见印发之日起30日内，制定出台具体实施办法"
    in 落实各方责任, the document named), of a group that keeps three bullets without it, the most
    central first; with its group, or None. The brief keeps its size."""
    cited = {scored.units[k].paragraph for k in kept}
    owner = {
        k: d
        for d in drafts[1:]
        if d is not home and len(d.picked) >= MIN_LENDER
        for k in d.picked
        if whole_point(scored.trimmed[k])
        and _ITSELF.search(scored.trimmed[k])
        and scored.units[k].paragraph not in cited
    }
    picked = mmr_pick(scored, _ranked(list(owner), relevance), relevance, list(kept), 1)
    return (owner[picked[0]], picked[0]) if picked else None


def in_section(paragraph: int, headings: list[tuple[int, str]]) -> bool:
    """Whether a (0-based) paragraph lies under one of its theme's section `headings`: not in the
    preamble the first theme also reaches back to ("必须把稳就业放在更加突出位置……" before
    "一、支持企业稳定发展"), nor in a theme of clustered paragraphs (no headings)."""
    return bool(headings) and paragraph >= min(at for at, _ in headings)


def _room(sections: int) -> int:
    """The bullets a group of `sections` sections may hold with the overview's measure: as many
    as a policy group grows to with its amounts (AMOUNT_GROUP), one more where it gathers sections
    ("子女教育、继续教育": two or three bullets of each)."""
    return AMOUNT_GROUP + (sections > 1)


def measures_down(
    scored: Scored,
    drafts: list[Draft],
    of_sentence: np.ndarray,
    chosen: list[int],
    sections: dict[int, list[tuple[int, str]]],
) -> None:
    """`drafts` (overview first) with each of the overview's later bullets that lies in a section
    with its own group moved to that group (in article order, while it has room), and the most
    central of the document's own points (`_document_points`, by MMR against the overview's other
    points; a point for the whole document first) in its place, the brief growing by one while
    within its budget (BRIEF_BULLETS), else another group's point for the whole document
    (`_lender`); the latest first. A goal, period, start or scope stays (`whole_point`).
    `of_sentence`: each sentence's theme; `chosen`: every group's sentences (a new point joins
    it); `sections`: each theme's section headings."""
    overview = drafts[0]
    homes = {d.theme: d for d in drafts[1:] if d.theme is not None}
    later = [
        i
        for i in overview.picked[1:]
        if of_sentence[i] in homes
        and in_section(scored.units[i].paragraph - 1, sections.get(of_sentence[i], []))
        and not whole_point(scored.trimmed[i])
    ]
    if not later:
        return  # most briefs: the overview keeps to the preamble and general sections
    relevance = _relevance(scored)
    for i in sorted(later, reverse=True):
        home = homes[of_sentence[i]]
        if len(home.picked) >= _room(len(sections.get(of_sentence[i], []))):
            continue
        kept = [k for k in overview.picked if k != i]
        points = (
            _document_points(scored, of_sentence, chosen, {scored.units[k].paragraph for k in kept})
            if sum(len(d.picked) for d in drafts) < BRIEF_BULLETS
            else []  # a new point would grow the brief past its budget
        )
        whole = [k for k in points if whole_point(scored.trimmed[k])]
        picked = mmr_pick(scored, _ranked(whole, relevance), relevance, list(kept), 1) or mmr_pick(
            scored, _ranked(points, relevance), relevance, kept, 1
        )
        lender = None if picked else _lender(scored, drafts, home, kept, relevance)
        if not picked and lender is None:
            continue  # the overview would lose a point: the measure stays
        first = overview.picked[0]
        overview.move(i, home)
        if lender is not None:  # a group's point for the whole document rises: the brief keeps its size
            lender[0].move(lender[1], overview)
        else:
            overview.picked.append(picked[0])
            chosen.append(picked[0])
        overview.picked = [first, *sorted(k for k in overview.picked if k != first)]
