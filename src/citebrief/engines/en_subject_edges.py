"""An English theme group's edge bullet that leaves out the person all its group's other bullets
are about goes to the neighbouring group it stands next to, where that has room.

One-block English news is grouped by runs of the article, and a run about one person may open
on the last step of the thread before it: "In 2013 Bowe made a comeback as a Muay Thai fighter,
but was spectacularly beaten" opens "Holyfield", whose three other bullets tell of Holyfield's
win and his lost fortune, after "Boxer's Fortunes" told of Bowe's fall (en-cnndm 31; session 49
readers count such a group as mixed). A group's first (last) bullet moves to the theme group
before (after) it in article order where every other bullet of its group, `MIN_OTHERS` or more,
writes a person's thread name (`en_names.thread_names` with people: a surname the article gives
a person, not the story's opening sentences' own) that the bullet does not write, no bullet of
the neighbouring group writes that name either, the neighbouring group holds under `MAX_GROUP`
bullets, and the bullet opens on no pronoun (it would go on with the bullet it follows). English
news and features read in runs only (`final_groups`' en_news).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_names import thread_names
from citebrief.engines.en_turn_splits import OPENS_ON_PRONOUN
from citebrief.engines.scored import Draft

MIN_OTHERS = 3  # other bullets of the group that all name its person, at least
MAX_GROUP = 4  # bullets the neighbouring group holds with the edge bullet, at most
LEAD_SENTENCES = 3  # the names these write are the story's own, which tie no thread


def subject_edges_placed(texts: Sequence[str], sentences: Sequence[str], drafts: list[Draft]) -> int:
    """Moves each theme group's edge bullet that leaves out its group's person (module doc) to
    the neighbouring group, in place; `texts` are the sentences as their bullets say them,
    `sentences` the article's. Returns the bullets it moved."""
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    if len(themes) < 2:
        return 0
    picked = [i for d in themes for i in d.picked]
    named = thread_names(sentences, picked, range(min(LEAD_SENTENCES, len(sentences))), people=True, said=texts)
    moved = 0
    for k, draft in enumerate(themes):
        order = sorted(draft.picked)
        if len(order) < MIN_OTHERS + 1:
            continue
        for edge, side in ((order[0], k - 1), (order[-1], k + 1)):
            if not 0 <= side < len(themes) or len(themes[side].picked) >= MAX_GROUP:
                continue
            others = [j for j in order if j != edge]
            person = frozenset.intersection(*(named[j] for j in others))
            there = themes[side].picked
            if not person or any(name in texts[edge] for name in person):
                continue
            if any(name in texts[j] for name in person for j in there):
                continue
            if OPENS_ON_PRONOUN.search(texts[edge]):
                continue
            draft.move(edge, themes[side])
            moved += 1
            break
    return moved
