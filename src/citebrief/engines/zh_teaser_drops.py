"""A Chinese news bullet that only sets up the group's next bullet gives way to it.

"“消费提振年”进入下半场。" (zh-news 136), "……并非一日之功。" (zh-news 120): a slogan or a stock line the
writer opens a passage on (`text.zh_setters`), whose fact is the sentence right after it. Where
that sentence is the group's next bullet already, the setter leaves, where the group keeps
`MIN_KEPT` bullets: the group says the fact, not the way into it. Where no bullet says the next
sentence the setter stays: "17日，距离开学只剩3天的时间。" (zh-news 44) is the story's peg to a reader,
and the sentence after it ("“我们已经做好了……”") would need it carried along, across the writer's
paragraph break, to say when (tests/test_zh_leaning_picks.py keeps it).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.text.zh_setters import sets_up

MIN_KEPT = 2  # bullets a group keeps, at least, once a setter leaves
REACH = 2  # the group's next bullet within this many sentences: a short quotation between is carried


def without_setters(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """`drafts` with each bullet on a setter (`sets_up`) dropped where the group's next bullet says
    the sentence after it and the group keeps `MIN_KEPT`; `chosen` kept in step."""
    if scored.lang != "zh":
        return drafts
    for draft in drafts:
        for i in list(draft.picked):
            if gives_way(scored, draft, i):
                draft.picked.remove(i)
                chosen[:] = [k for k in chosen if k != i]
    return drafts


def gives_way(scored: Scored, draft: Draft, i: int) -> bool:
    """Whether bullet `i` of `draft` is a setter that will leave it (`without_setters`): a step
    run earlier counts the overview's room without it."""
    return sets_up(scored.trimmed[i]) and len(draft.picked) > MIN_KEPT and _next_said(scored, draft, i)


def _near(scored: Scored, i: int, j: int) -> bool:
    """Whether sentence `j` reads on from `i`: the same paragraph, or across a passage cut."""
    return scored.passages or scored.units[j].paragraph == scored.units[i].paragraph


def _next_said(scored: Scored, draft: Draft, i: int) -> bool:
    """Whether the group's bullet after sentence `i` says the sentence right after it (or the one
    after that, past a short quotation between), near it (`_near`)."""
    later = [k for k in draft.picked if k > i]
    return bool(later) and later[0] <= i + REACH and _near(scored, i, later[0])
