"""Which English bullets the brief shows with the sentence before them joined on, and as what.

A bullet whose sentence names its person only in the sentence before ("The correct answer was
Canada. She walked away with around $5,000", "McElroy, who is a children's book author, is also a
mother. She opened the appearance by…") reads as both sentences; weighed by the second's words
alone (`en_groups._weights`), it shares nothing with the bullets of its own story (the game show)
and is moved to a group it shares one stray word with. The grouping weighs such a bullet by the
words of both sentences, as the reader reads it. A bullet is shown so where its scored form
carries the sentence before already (`Scored.carried`) or where the brief will carry it
(`cited_points.carry_antecedent`, asked of the bullets the groups hold).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scored import Scored


def joined_bullets(scored: Scored, picked: Sequence[int], overview: Sequence[int]) -> tuple[list[str], frozenset[int]]:
    """Each sentence as its bullet says it (`scored.trimmed`, a bullet that will carry the sentence
    before with it), and the theme bullets `picked` that say the sentence before theirs too (none
    whose sentence before the brief says already: a theme's or the `overview`'s bullet)."""
    said = list(scored.trimmed)
    everywhere = frozenset(picked) | frozenset(overview)
    joined = set()
    for i in picked:
        if i in scored.carried:
            joined.add(i)
            continue
        carried = carry_antecedent(scored, i, said[i], everywhere)
        if carried is not None:
            said[i] = carried
            joined.add(i)
    return said, frozenset(joined)
