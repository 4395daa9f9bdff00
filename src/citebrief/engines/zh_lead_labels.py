"""A Chinese measure's paragraph whose lead-in is followed by short labelled items, each with its own
detail ("二、建立煤矿安全生产长效机制。各地区、各部门要……促进煤矿安全生产。一是落实安全生产责任制。……
二是加大安全投入。……三是……。四是进一步搞好煤矿安全评估。……"). The group quotes the lead-in and the
details of two items, and a reader never learns what the other items are ("leaves out two of the four
required measures"). The lead-in's bullet goes on with every label in order, said as one list
("……促进煤矿安全生产：一是落实安全生产责任制；二是加大安全投入；三是……；四是……。", not glued at
their "。" as a row of headings), where each label is one short sentence, there are three or more, and
the whole fits one bullet: the group names each measure at the cost of no bullet.

A lead-in that ends "：" is `zh_label_runs`' case (a later label's bullet said from the first).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.engines.zh_label_runs import LABEL_CHARS, label_sentences
from citebrief.engines.zh_list_shapes import (
    LIST_BULLET_CHARS,
    NUMERALS,
    in_other_group,
    labels_listed,
    other_bullets,
    say_whole,
)
from citebrief.model import Point

MIN_LABELS = 3  # two labels a group's two detail bullets may well say; three and more it leaves some out


def _labels(texts: Sequence[str], paragraphs: Sequence[int], lead: int) -> list[int]:
    """The label sentences of the run that opens right after sentence `lead`, in its paragraph:
    "一是……。" then "二是……。", ... (each at most LABEL_CHARS), or [] where there is no such run."""
    first = lead + 1
    if first >= len(texts) or paragraphs[first] != paragraphs[lead]:
        return []
    opening = texts[first].strip()
    if not opening.startswith((NUMERALS[0] + "是", NUMERALS[0] + "要")):
        return []
    labels = [k for k in label_sentences(texts, first, opening[1]) if paragraphs[k] == paragraphs[lead]]
    if len(labels) < MIN_LABELS or any(
        len(texts[k].strip()) > LABEL_CHARS or not texts[k].strip().endswith("。") for k in labels
    ):
        return []
    return labels


def labels_after_lead(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each bullet that says a labelled run's lead-in whole goes on with the run's labels (`points`
    and `picked` updated in place). Left as it is where another group quotes a label, the whole
    passes LIST_BULLET_CHARS, or it repeats another bullet."""
    if scored.lang != "zh":
        return
    texts = [unit.text for unit in scored.units]
    paragraphs = [unit.paragraph for unit in scored.units]
    for g, mine in enumerate(picked):
        for at, i in enumerate(mine):
            labels = _labels(texts, paragraphs, i)
            said = points[g][at].text
            if not labels or not said.endswith("。") or not said.endswith(texts[i].strip()):
                continue  # most bullets: no run after them, or the lead-in cut short
            text = labels_listed(said, [texts[k] for k in labels])
            if len(text) > LIST_BULLET_CHARS or in_other_group(picked, g, labels):
                continue
            others = [b for b in other_bullets(points, g, mine, labels) if b != said]  # not itself
            if repeats_any(text, others, "zh"):
                continue
            say_whole(points, mine, g, at, labels, {"text": text})
            break  # the group's bullets changed
