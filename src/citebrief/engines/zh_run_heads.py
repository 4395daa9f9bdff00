"""A Chinese news group that quotes the later clauses of a "；" run but not its first, where a later
one refers back to what the run listed ("上述险情均无车辆受损……，目前，峨边县断道的公路已抢通"), takes
the run's first clause as its bullet before them.

The segmenter cuts "另据乐山市公路建设服务中心报告，此次强降雨已致乐山峨边县省道309线公路……山体垮塌，交通
中断；峨眉山市……断道；马边县……断道；沐川县……断道，上述险情均无……，峨边县断道的公路已抢通……。" at each
"；", and a group of the last three clauses says "上述险情" and "峨边县断道的公路" with neither the
source nor 峨边's road ever said: zh-news readers (session 46) quoted it as a bullet leaning on a
sentence the brief left out. `zh_item_lists` says a run whole only where its items are short or
the group quotes its first clause, and not where that leaves the group one bullet (here: all
three); `zh_leaning_picks` reads only the sentence right before a bullet. Here the run's first
clause comes in where it is short (`zh_leaning_picks.ANTECEDENT_CHARS`), no bullet holds it or
says it again, it leans on nothing itself and the group keeps five bullets at most. zh-news: 1 of
200 briefs changes (record 179).
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_leaning_picks import ANTECEDENT_CHARS, GROUP_MOST
from citebrief.engines.zh_list_shapes import SEMICOLON
from citebrief.text.patterns import is_dangling
from citebrief.text.zh_leaning import leaning_kind

_LISTED = "上述"  # what a run's later clause calls the items before it


def _run_start(scored: Scored, i: int) -> int:
    """The first clause of the "；" run sentence `i` ends or goes on (`i` where it opens none)."""
    start = i
    while start > 0 and scored.units[start - 1].text.rstrip().endswith(SEMICOLON):
        here, before = scored.units[start].paragraph, scored.units[start - 1].paragraph
        if before != here and not (scored.passages and before == here - 1):
            break
        start -= 1
    return start


def run_heads_taken(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The groups (`drafts`, the overview first; `chosen` follows) with the first clause of each run
    whose later clause a theme bullet quotes saying "上述" taken in before it (module doc)."""
    if scored.lang != "zh":
        return drafts
    held = {i for d in drafts for i in d.picked}
    for draft in drafts[1:]:
        for i in list(draft.picked):
            if _LISTED not in scored.trimmed[i] or len(draft.picked) >= GROUP_MOST:
                continue
            start = _run_start(scored, i)
            head = scored.trimmed[start]
            if start == i or start in held or start not in scored.usable or len(head) > ANTECEDENT_CHARS:
                continue
            if leaning_kind(head) is not None or is_dangling(head):
                continue
            if repeats_any(head, (scored.trimmed[j] for j in held), "zh"):
                continue
            draft.add(start, chosen)
            held.add(start)
    return drafts
