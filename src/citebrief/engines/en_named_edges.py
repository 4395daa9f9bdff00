"""An English theme group's edge bullet that names none of what its group names, but a name the
group beside it names, goes to that group.

One-block English news is grouped by runs of the article, and a run may end on the first step of
the thread after it: "The family's popular reality show ... was cancelled by TLC after photos
emerged of Shannon spending time with ... McDaniel" closed the group of a missing brother's
police report, one sentence before the group of the cancellation's fallout, whose first bullet
names Shannon again (en-cnndm 97). Names (people, places, organisations: every word of a run of
capitalized words, `en_names.name_words`) are what a reader follows a thread by; the words-based
steps (`en_groups`, `en_edge_ties`) leave such a bullet where it shares a common word with its
group, and `en_subject_edges` where its group's thread is no person.

A group's first (last) bullet moves to the theme group before (after) it in article order where
it writes a name, no other bullet of its group writes any name it writes, those others all write
one name (the group's thread, which the bullet leaves out), a bullet of that neighbouring group
writes one of its names that is no name of the story as a whole (in under `STORY_SHARE` of the
article's sentences: "Bowe", "Allen" tie every group), its group keeps `MIN_GROUP` bullets, the
neighbouring group holds `en_groups.FOLDED_GROUP` with it at most, and it neither reads on from the bullet
before it in its group nor is read on from by the next (a pronoun or connective:
`en_tail_edges.reads_on`). English news and features read in runs only (`final_groups`' en_news;
en-cnndm, en-xsum: 2 of 400 briefs move; without the thread name a dozen more, most read worse:
"Aliesha admits ... her slow progress" left the group that explains it).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_groups import FOLDED_GROUP
from citebrief.engines.en_names import name_share, name_words
from citebrief.engines.en_tail_edges import reads_on
from citebrief.engines.scored import Draft

MIN_GROUP = 2  # bullets the group it leaves keeps, at least
STORY_SHARE = 0.3  # a name in this share of the article's sentences or more is the story's: it ties no thread


def name_edges_placed(texts: Sequence[str], sentences: Sequence[str], drafts: list[Draft]) -> int:
    """Moves each theme group's edge bullet that shares its names with the group beside it and
    none with its own (module doc) into that group, in place; `texts` are the sentences as their
    bullets say them, `sentences` the article's, `drafts` the groups, the overview first. Returns
    the bullets it moved."""
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    if len(themes) < 2:
        return 0
    said = {i: name_words(texts[i], sentences) for d in themes for i in d.picked}
    ties = {n: name_share(n, sentences) < STORY_SHARE for n in set().union(*said.values())}
    moved = 0
    for k, draft in enumerate(themes):
        for first, side in ((True, k - 1), (False, k + 1)):
            order = sorted(draft.picked)
            if len(order) <= MIN_GROUP or not 0 <= side < len(themes):
                continue
            other = themes[side]
            if len(other.picked) >= FOLDED_GROUP:
                continue
            edge = order[0] if first else order[-1]
            rest = [j for j in order if j != edge]
            own = said[edge]
            if not own or any(own & said[j] for j in rest):
                continue
            if not frozenset.intersection(*(said[j] for j in rest)):
                continue  # its group follows no one name it leaves out: nothing says it strays
            if not any(ties[n] for j in other.picked for n in own & said[j]):
                continue
            if (not first and reads_on(texts[edge])) or (first and reads_on(texts[rest[0]])):
                continue  # it goes on from its group's bullet before, or the next from it
            draft.move(edge, other)
            moved += 1
    return moved
