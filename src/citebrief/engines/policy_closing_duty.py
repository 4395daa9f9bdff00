"""A short notice closes on what every locality and department must do meanwhile ("节假日期间，
各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告……"): its only
duty, in a paragraph of no figure that no theme holds, so no bullet said it (blind read of
zh-policy 8: "para 11 is missing entirely. It is the document's only responsibility").

Here, where a policy's brief is short (`policy_duties.SHORT_BRIEF`) and its last paragraph that
states something is such a duty (`policy_duties.is_duty`, laid on 各地区/各部门/各有关……/各级……)
that no bullet cites, the overview says it while it holds fewer than OVERVIEW_ROOM points.
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.policy_duties import SHORT_BRIEF, is_duty
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

OVERVIEW_ROOM = 3
# who the duty is laid on, before what they must do: every locality, department or level
_EVERY = LazyPattern(r"^[^。要应]{0,12}各(?:地区|部门|地|级|有关)[^。要应]{0,30}(?:要|应当)")


def everyone_must(text: str) -> bool:
    """Whether `text` lays a duty on every locality or department ("各地区、各部门要……")."""
    return _EVERY.search(text) is not None and is_duty(text)


def add_closing_duty(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """A short brief's overview takes the notice's closing duty (`everyone_must`) no bullet cites."""
    if scored.lang != "zh" or not scored.usable or not drafts or drafts[0].theme is not None:
        return
    if sum(len(d.picked) for d in drafts) >= SHORT_BRIEF or len(drafts[0].picked) >= OVERVIEW_ROOM:
        return
    units = scored.units
    last = units[scored.usable[-1]].paragraph
    if any(units[k].paragraph == last for d in drafts for k in d.picked):
        return
    # what the groups say (`chosen` may still hold a sentence a step took out of its group)
    said = [scored.trimmed[j] for d in drafts for j in d.picked]
    for i in scored.usable:
        if (
            units[i].paragraph == last
            and everyone_must(scored.trimmed[i])
            and not repeats_any(scored.trimmed[i], said, scored.lang)
        ):
            drafts[0].picked.append(i)  # after the overview's points: the notice closes on it
            if i not in chosen:
                chosen.append(i)
            return
