"""An English bullet that says whose claim the bullet before it was ("Or so says actress Patsy
Kensit, who made the comments in an interview with this week's Stylist magazine" after "The
Duchess of Cambridge is a modern-day suffragette who has done more to advance the cause of women
than anyone else in recent years") becomes one bullet with that claim.

CNN/Daily Mail open a story on a claim and name its source in the next sentence, "Or so says …".
Two bullets, the second reads as a fragment: en-cnndm readers (session 46) quoted "Or so says
actress Patsy Kensit…" as a bullet that only makes sense after the one before it. Where the
claim's sentence is the bullet right before it in the same group, that bullet gives up its
sentence and `cited_points.carry_antecedent` says the two as one (`text.en_back_reference`
reads the opener), where the group keeps two bullets and the two fit one bullet. English news
only (the caller asks). en-cnndm: 1 of 200 briefs changes (record 118).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scored import Scored
from citebrief.text.en_back_reference import SOURCE_OF_CLAIM
from citebrief.text.lazy_re import LazyPattern

MIN_LEFT = 2  # bullets a group keeps once the claim and its source are one
_SOURCE = LazyPattern(SOURCE_OF_CLAIM)


def sources_joined(scored: Scored, groups: Sequence[list[int]]) -> list[list[int]]:
    """`groups` with the sentence of each claim whose source the next bullet of its group names
    ("Or so says …") taken out, for that bullet to carry (module doc)."""
    kept = [list(g) for g in groups]
    if scored.lang != "en":
        return kept
    for group in kept:
        for k in range(len(group) - 1, 0, -1):
            i = group[k]
            if group[k - 1] != i - 1 or len(group) - 1 < MIN_LEFT or not _SOURCE.match(scored.trimmed[i]):
                continue
            others = frozenset(j for g in kept for j in g if j != i - 1)
            if carry_antecedent(scored, i, scored.trimmed[i], others) is None:
                continue  # too long, in another paragraph, or said elsewhere: the two stay
            del group[k - 1]
    return kept
