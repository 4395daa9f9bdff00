"""A Chinese sentence the next bullet leans on is never the overview's stand-in point.

Where an overview's late point goes down to its theme (`zh_overview_details`), the lead's next
point takes its place (`extractive._next_lead_point`, and through it `zh_lead_lift`). A lead
sentence whose next sentence is a bullet that leans on it is half of that bullet: the bullet
carries it ("战泊希刚刚大学本科毕业……。小时候，他无意间看到……", `cited_points.carry_antecedent`)
or turns on it ("……医药领域行业风气持续向好。| 但同时，医药领域腐败问题依然存在……"). Lifted
into the overview, it leaves that bullet below on a 他 that points at nothing, or the overview
on the half the turn outweighs (the finding gives its place to the concession before it).
"""

from __future__ import annotations

from collections.abc import Collection

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scored import AFTER, Scored, next_to
from citebrief.text.lazy_re import LazyPattern

# a sentence that turns on the one before it ("但同时，……", "然而……")
_TURN = LazyPattern(r"(?:但|然而|不过|可是|同时[，,])")


def leaned_on(scored: Scored, i: int, taken: Collection[int]) -> bool:
    """Whether sentence `i` is one the next sentence, a bullet (`taken`: the brief's bullets),
    leans on: carries as its antecedent or turns on (module doc)."""
    after = i + 1
    if scored.lang != "zh" or after not in taken or after >= len(scored.units):
        return False
    if not next_to(scored, scored.units[after], scored.units[i], AFTER):
        return False
    if after in scored.carried or _TURN.match(scored.units[after].text.lstrip()):
        return True
    everywhere = frozenset(j for j in taken if j != i)
    return carry_antecedent(scored, after, scored.trimmed[after], everywhere) is not None
