"""Two neighbouring English groups whose edges stand in each other's runs trade them: a group's
head that stands in the hole of the group before, leaning on that group's bullet right before it,
goes up, and the group before's last bullet, right after it, comes down in its place.

Each group keeps its size, and both become runs of the article. en-xsum 170 cut into passages:
the overview held "The two teams faced off in Patras…", then, past the next group's head "Three
members of that team will be missing at the Copper Box, however, offering GB a chance of revenge",
the guard's "I love playing there [at the Copper Box]"; the revenge line read under "Home Game"
with no team to be "that team", the quote about the home venue under the first match's group. A
lone move cannot mend it: the head's group would keep one bullet (`en_antecedent_next` asks two).

The head opens on some of what "that" or "this" names ("Three members of that team",
`_SOME_OF_THAT`): it means the thing the bullet before it names, and nothing but that bullet's
group can say it. A head that only goes on about the same person ("He scored nine goals at Dundee
…") does not trade: en-xsum 11's "I'm ready, I've been fit all season" then went down from
Clarkson's debut to his past clubs, which a blind reader read as worse. The bullet going down
leans on no bullet before it (`en_antecedent_next.leans_back_en`, `en_actor_groups.leans`), so
it reads alone at its new group's head.
English news and features only (`final_groups`' en_news).
"""

from __future__ import annotations

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_antecedent_next import leans_back_en
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

# "Three members of that team", "Some of this year's entrants": some of a thing the sentence before names
_SOME_OF_THAT = LazyPattern(
    r"(?:Most|Many|Some|All|Half|None|Each|Several|Few|Both|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)"
    r"(?: [a-z]+){0,2} of (?:that|this|those|these)\b"
)


def hole_heads_swapped(scored: Scored, drafts: list[Draft]) -> int:
    """Swaps each group's leaning head in the hole of the group before with that group's last bullet
    right after it (module doc), in place; `drafts` the groups, the overview first. Returns the swaps."""
    swapped = 0
    for draft in drafts[1:]:
        head = min(draft.picked)
        owner = next((d for d in drafts if d is not draft and head - 1 in d.picked), None)
        if owner is None or max(owner.picked) != head + 1 or head + 1 in draft.picked:
            continue  # the head is no hole in the group before's run, ended by the next sentence
        if not _SOME_OF_THAT.match(scored.trimmed[head]) or _leans(scored, head + 1):
            continue
        owner.picked = [head if i == head + 1 else i for i in owner.picked]
        draft.picked = [head + 1 if i == head else i for i in draft.picked]
        swapped += 1
    return swapped


def _leans(scored: Scored, i: int) -> bool:
    """Whether English sentence `i` reads on from the sentence before it (module doc)."""
    text = scored.trimmed[i]
    return leans_back_en(scored, i) or leans(text)
