"""A policy overview made only of its targets says first the aim its general requirements state.

zh-policy 37 (加快发展体育竞赛表演产业): the overview's two points were the 发展目标 paragraph's
"到2025年，体育竞赛表演产业总规模达到2万亿元，……" and the sentence after it ("建设若干……，推出100项
……"): targets, with nothing of what the document is to do. The aim its 指导思想 states after the
guiding-thought formula ("积极推进体育竞赛表演产业专业化、品牌化、融合化发展，……",
`policy_whole_points.set_aside_purposes`) says that: it goes before them. Added, not in the later
target's place: sent down, that target took the place of the 基本原则 group's third principle and
mixed a target into its principles. Not where the targets' paragraph opens on what they serve
("通过绩效考核，推动三级公立医院……", zh-policy 18): there the aim only says it again; nor where a point
is the preamble's (a definition, the documents it follows): it is not a target.
"""

from __future__ import annotations

from citebrief.engines.policy_whole_points import general_sentences, set_aside_purposes
from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_guiding_formula import aim_after_formula

_TARGET = LazyPattern(r"^到\d{4}年")  # "到2025年，……达到2万亿元"
TARGET_POINTS = 2  # an overview of two targets has room for the aim; one of three has none


def aim_before_targets(scored: Scored, overview: list[int], chosen: list[int]) -> list[int]:
    """`overview` (a preamble-scoped one of TARGET_POINTS points) with the general requirements'
    aim before it (added to `chosen`), where its points are all one paragraph of the general
    requirements and the first of them opens on a target year (`_TARGET`); as it was otherwise."""
    if len(overview) != TARGET_POINTS:
        return overview
    ordered = sorted(overview)
    general = general_sentences(scored)
    paragraphs = {scored.units[i].paragraph for i in ordered}
    if len(paragraphs) > 1 or not all(i in general for i in ordered):
        return overview
    if not _TARGET.search(scored.units[ordered[0]].text.lstrip()):
        return overview
    aims = [i for i in set_aside_purposes(scored) if i in general and aim_after_formula(scored.units[i].text.strip())]
    if not aims:
        return overview
    if aims[0] not in chosen:
        chosen.append(aims[0])
    return [aims[0], *ordered]
