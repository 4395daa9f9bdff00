"""A Chinese list announced by a lead-in whose items each open with a short label sentence: "下一步，
国家文物局将从以下几个方面继续加大工作力度：一是扩大服务供给，缓解供需矛盾。重点加强……。二是强化
部门联动，形成监管合力。……三是创新工作思路，完善预约机制。……" A bullet of a later label, given the
lead-in (zh_run_lead_ins.run_lead_in), jumps from "several areas" to the third ("……工作力度：三是创新
工作思路，完善预约机制。"), and a reader asks what the first two were. The bullet says the labels in
order from the first, as one list ("……工作力度：一是……；二是……；三是……。"), where each label is one
short sentence and all fit one bullet; the labels the group's other bullets said leave the group.

The items of a list cut at "；" ("……六个方面：一是……；二是……；……") are zh_item_lists' to say.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.engines.zh_list_shapes import (
    LIST_BULLET_CHARS,
    NUMERALS,
    in_other_group,
    labels_listed,
    leaves_one,
    numbered_sentences,
    other_bullets,
    say_whole,
)
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern

LABEL_CHARS = 40  # a label: one short sentence ("二是强化部门联动，形成监管合力。"); longer, a claim of its own
ITEM_WINDOW = 10  # sentences from one label to the next (its item's sentences between)
_LABEL = LazyPattern(rf"([{NUMERALS}])([是要])")


def label_sentences(texts: Sequence[str], first: int, verb: str) -> list[int]:
    """The sentences of the labels after the first (`first`: the sentence the lead-in opens), in
    order ("二是", "三是", ...: the same `verb`), each within ITEM_WINDOW sentences of the one before."""
    return numbered_sentences(texts, first, verb, ITEM_WINDOW)


def _label_list(scored: Scored, i: int, said: str) -> tuple[str, list[int]] | None:
    """The bullet of later label `i` (`said`: the lead-in and the label) as the lead-in and every label
    in order, with the labels' sentences; None where it is no such bullet or the list does not fit."""
    later = _LABEL.match(scored.units[i].text.strip())
    head = scored.trimmed[i]
    if later is None or later.group(1) == NUMERALS[0] or not said.endswith(head) or said == head:
        return None  # most bullets: no later label given a lead-in
    texts = [unit.text.strip() for unit in scored.units]
    lead = said[: len(said) - len(head)]
    verb = later.group(2)
    reach = ITEM_WINDOW * NUMERALS.index(later.group(1))  # the first label stands this far back at most
    first = next((j for j in range(i - 1, max(i - reach, 0) - 1, -1) if lead + NUMERALS[0] + verb in texts[j]), None)
    if first is None or not lead.endswith(("：", ":")):
        return None
    labels = label_sentences(texts, first, verb)
    said_labels = [texts[first].partition(lead)[2], *(texts[k] for k in labels[1:])]
    if i not in labels or any(len(label) > LABEL_CHARS or not label.endswith("。") for label in said_labels):
        return None
    text = labels_listed(lead, said_labels)
    return (text, labels) if len(text) <= LIST_BULLET_CHARS else None


def labels_from_first(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each bullet of a later label given the list's lead-in made the lead-in and all the labels
    from the first (`points` and `picked` updated in place). Left as it is where another label
    stands in another group, the group would be left one bullet, or the list repeats a bullet."""
    if scored.lang != "zh":
        return
    for g, mine in enumerate(picked):
        for at, i in enumerate(mine):
            found = _label_list(scored, i, points[g][at].text)
            if found is None:
                continue
            text, labels = found
            if in_other_group(picked, g, labels) or leaves_one(mine, labels):
                continue
            if repeats_any(text, other_bullets(points, g, mine, labels), "zh"):
                continue
            cited = sorted({*points[g][at].citations, *(scored.units[k].paragraph for k in labels)})
            say_whole(points, mine, g, at, labels, {"text": text, "citations": cited})
            break  # the group's bullets changed: its other bullets are no later label of this list
