"""A plan's paragraph that divides its work among bodies ("国家医保局承担制定试点方案……的职责，……。各级卫生
健康部门负责……。国家药监局负责……") says who answers for what, which an analyst reads a plan for; its
sentences name bodies, not figures, so they weigh little and a group quoting another paragraph twice
left the division out (blind read of zh-policy 28: "para 29 (明确部门职责) is missing").

Here, in a policy's group, where no bullet cites such a paragraph of the group's theme (two or more
sentences opening on a body that 负责 or 承担……职责), the lighter bullet of a paragraph the group
quotes twice gives way to the division's first such sentence, where that bullet states no figure,
deadline or penalty.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import specific_kinds

# a sentence opening on a body that answers for something: "国家药监局负责……", "国家医保局承担……的职责"
_ASSIGNS = LazyPattern(r"^[^，。；：、]{2,16}?(?:负责|承担[^，。；]{0,30}职责)")
MIN_ASSIGNMENTS = 2  # one such sentence is a duty; two or more divide the work
_KEPT_KINDS = frozenset({"figure", "deadline", "penalty"})


def assigns(text: str) -> bool:
    """Whether `text` opens on a body and says what it answers for."""
    return _ASSIGNS.search(text) is not None


def divide_duties(scored: Scored, drafts: list[Draft], chosen: list[int], of_sentence: np.ndarray | None) -> None:
    """Each theme group's uncited division of duties (`assigns`, MIN_ASSIGNMENTS sentences of one
    paragraph) takes the place of the lighter bullet of a paragraph it quotes twice."""
    if scored.lang != "zh" or of_sentence is None:
        return
    units = scored.units
    # the sentences that assign a duty, read once for every group, not once a group (issue #14):
    # fewer than two (most policies), and no group has a division to take in
    assigning = [i for i in scored.usable if assigns(scored.trimmed[i])]
    if len(assigning) < MIN_ASSIGNMENTS:
        return
    theme_of = {i: int(of_sentence[i]) for i in assigning}
    for draft in drafts[1:]:
        if draft.theme is None:
            continue
        cited = {units[k].paragraph for d in drafts for k in d.picked}
        division: dict[int, list[int]] = {}
        for i in assigning:
            if theme_of[i] == draft.theme and units[i].paragraph not in cited:
                division.setdefault(units[i].paragraph, []).append(i)
        found = [found for found in division.values() if len(found) >= MIN_ASSIGNMENTS]
        if not found:
            continue
        counts = Counter(units[k].paragraph for k in draft.picked)
        spare = [
            k
            for k in draft.picked
            if counts[units[k].paragraph] >= 2 and not (specific_kinds(units[k].text) & _KEPT_KINDS)
        ]
        if not spare:
            continue
        weakest = min(spare, key=lambda k: (float(scored.weights[k]), -k))
        best = min(found[0])
        said = [scored.trimmed[j] for j in chosen if j != weakest]
        if not repeats_any(scored.trimmed[best], said, scored.lang):
            draft.swap(weakest, best, chosen)
