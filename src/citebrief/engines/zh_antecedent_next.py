"""A Chinese bullet that leans on the sentence before it ("“这些造假行为往往是……”黄润秋说。", "上述部分
地区伴有短时强降水……") where that sentence is another group's bullet and the two are too long to be one
(`zh_antecedent_pairs` joins those that fit): the two become neighbours, the antecedent first.

Read two groups apart, "这些造假行为" names nothing; right after "……谈起……发现的造假行为，……" it is
plain. Which one moves: an overview point goes down to the leaning bullet's group
(the overview keeps two points) where it is the overview's last, its least point; an earlier one
stays ("预计，……部分地区有暴雨或大暴雨" under "暴雨橙色预警") and the leaning bullet goes up to stand
after it; between theme groups, the leaning bullet follows its antecedent. Never where the group it
leaves would keep fewer than two bullets.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.text.anaphora import needs_antecedent
from citebrief.text.zh_frame_pronoun import pronoun_after_frame
from citebrief.text.zh_kind_reference import refers_back_zh

MIN_LEFT = 2  # bullets a group keeps after one moves out


def _leans_back(scored: Scored, i: int) -> bool:
    """Whether sentence `i` leans on sentence `i - 1` of its own paragraph (or the passage before,
    where the tool cut one block into passages)."""
    if i == 0 or i - 1 in scored.carried or i in scored.carried:
        return False
    before, unit = scored.units[i - 1], scored.units[i]
    same = before.paragraph == unit.paragraph or (scored.passages and before.paragraph == unit.paragraph - 1)
    text = scored.trimmed[i]
    return (
        bool(same)
        and not before.heading
        and (needs_antecedent(text, "zh") or pronoun_after_frame(text) or refers_back_zh(text))
    )


def antecedents_next(scored: Scored, groups: Sequence[list[int]]) -> list[list[int]]:
    """`groups` (overview first) with each leaning bullet beside its antecedent (module doc)."""
    kept = [list(g) for g in groups]
    if scored.lang != "zh":
        return kept
    for i in [i for g in groups[1:] for i in g]:
        if not _leans_back(scored, i):
            continue
        mine = next(g for g, group in enumerate(kept) if i in group)
        owner = next((h for h, group in enumerate(kept) if i - 1 in group), None)
        if owner is None or owner == mine:
            continue
        if owner == 0 and kept[0][-1] == i - 1 and len(kept[0]) - 1 >= MIN_LEFT:  # the overview's last goes down
            kept[0].remove(i - 1)
            kept[mine].insert(kept[mine].index(i), i - 1)
        elif len(kept[mine]) - 1 >= MIN_LEFT:  # the leaning bullet goes to stand after its antecedent
            kept[mine].remove(i)
            kept[owner].insert(kept[owner].index(i - 1) + 1, i)
    return kept
