"""A group's pick that the next sentence's bullet carries whole, swapped for that bullet.

A Chinese sentence that leans on the one before it ("这四条河流属于长江支流，……发展改革委建议，在
规划完成后，再……研究该项目的审批问题。") becomes the bullet of both (`lead_points.lean_on_previous`).
The MMR may pick the first sentence alone and pass the carrier over as its repeat: the group then
says the reply's context ("目前，对你省提出的……可研报告，……已分别进行了审查和评估。") and loses
its answer (zh-policy 31, once the request before it gave way). The carrier says both."""

from __future__ import annotations

from citebrief.engines.scored import Scored


def carrier_picks(scored: Scored, candidates: list[int], picked: list[int], chosen: list[int]) -> list[int]:
    """`picked` with each pick whose next sentence (a candidate, not picked) carries its bullet
    whole swapped for that sentence, in `chosen` too (Chinese only)."""
    if scored.lang != "zh":
        return picked
    open_ = set(candidates) - set(picked)
    swapped = list(picked)
    for k, i in enumerate(picked):
        j = i + 1
        if j in open_ and j in scored.carried and _carries(scored.trimmed[j], scored.trimmed[i]):
            swapped[k] = j
            chosen[chosen.index(i)] = j
    return sorted(swapped)


def _carries(carrier: str, text: str) -> bool:
    """Whether `carrier` opens on the whole of `text` and goes on after it."""
    return len(carrier) > len(text) and carrier.startswith(text)
