"""A Chinese news group that opens on "另一……" ("另一家长安丽婷则表示", "另一沉船船主说") takes the
bullet naming the first one from the end of the group before it.

"Another parent said" is read against the parent before it: the two parents' words are one point
told twice over, the second leaning on the first. A run cut inside a passage may leave the first
parent at the end of one group (the community's programme) and "另一家长" opening the next, under
a title of other things (the service's teachers and its reach). Here, where a theme group's first
bullet opens on "另一", "另一位", "另一名" or "另一个" (`text/data/zh_another_openers.tsv`) and the
group before it ends on a bullet that names the kind it says again (the longest of its first
MAX_KIND_CHARS characters after those, MIN_KIND_CHARS at least, that the earlier bullet says),
that bullet moves down to open the group, where the group before keeps MIN_LEFT and the group
holds fewer than `zh_deep_points.MAX_GROUP`: the group before is left with its own topic, and the
two parents are read together. "另一方面" (a turn) and "另一边"/"另一侧" (a place) name no kind.
Read for Chinese news and features (`final_groups`).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_deep_points import MAX_GROUP
from citebrief.text.data_files import rows_by_kind, word_alternation

MIN_LEFT = 2  # the group before's bullets, at least, once the first one leaves it
MIN_KIND_CHARS = 2
MAX_KIND_CHARS = 4
OPENERS = "zh_another_openers.tsv"  # in citebrief.text.data


@cache
def _another() -> re.Pattern[str]:
    """The opening of a bullet on "another one" of a kind (`OPENERS`: its openers, then no kind)."""
    rows = rows_by_kind(OPENERS)
    return re.compile(f"(?:{word_alternation(rows['opener'])})(?!{word_alternation(rows['no_kind'])})")


def another_kind(text: str, earlier: str) -> str:
    """The kind a bullet opening on "另一……" says again and `earlier` names ('' where it opens
    otherwise or `earlier` names none of it)."""
    opening = _another().match(text)
    if opening is None:
        return ""
    rest = text[opening.end() : opening.end() + MAX_KIND_CHARS]
    return next((rest[:n] for n in range(len(rest), MIN_KIND_CHARS - 1, -1) if rest[:n] in earlier), "")


def another_ones_joined(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each group opening on "另一……" given the bullet naming the
    first one from the end of the group before (module doc)."""
    texts = scored.trimmed
    for before, group in pairwise(drafts[1:]):
        if not group.picked or len(before.picked) <= MIN_LEFT or len(group.picked) >= MAX_GROUP:
            continue
        point, antecedent = min(group.picked), max(before.picked)
        if antecedent < point and another_kind(texts[point], texts[antecedent]):
            before.move(antecedent, group)
    return drafts
