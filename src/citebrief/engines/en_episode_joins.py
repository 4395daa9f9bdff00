"""An English story's first theme group that goes on with the overview's episode joins the overview.

An English story read in runs gives its overview the lead's points and its first theme group the
run after them, and where that run tells the lead's episode again in more detail the episode
stands under two titles: a club handing back its away tickets among the key points, then "Now
Cardiff have thrown their support behind a fan-run campaign to boycott the trip ... by handing
back their tickets" under a title of its own; a doctor's offer to train a nurse among the key
points, then the prosecutor's account of what he did in the training in the next group. Readers
mark such a brief down ("one story is spread across two groups"). The steps before leave these
apart: `en_pair_joins`, `en_twin_joins` and `en_title_twins` join theme groups only, never the
overview. Here the first theme group in the article joins the overview where the two hold
`MAX_GROUP` bullets or fewer together, the group's bullets all come after the overview's lead
(the first point), and they share on average `SHARED` of their weighed words
(`en_groups.similarity`) with the overview's bullets, more than the group shares with any other
theme group: the rare words of the lead's episode, not the story's name alone. A group that is
mostly a speaker's own words ("Our objective is not to beat Atletico ...", `_OWN_WORDS`) stays: the
overview states the story's points, and a manager's talk after the lead's report of it is his
account, under its own title. So does a group that runs past the whole group after it (a film's
title in the second passage and the last, a director's tribute between): a thread through the
story, not the run after the lead. The group's bullets join the overview after its points; none
moves elsewhere and none is dropped. A brief of two theme groups joins too (a winger's two visits
to Wembley among the key points, his own "I went twice to Wembley as a fan" under "Wembley"): one
theme group stays at least (`MIN_THEMES`). Once a brief; English news and features read in runs
only (not asked for --groups, not a policy or essay).
"""

from __future__ import annotations

from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

MAX_GROUP = 5  # bullets the joined overview holds, at most (a folded group's size)
MIN_THEMES = 1  # theme groups the brief keeps, at least
# what the overview's and the group's bullets share on average to tell one episode: the ticket
# boycott shares 0.19 (en-cnndm 152), a nurse's training 0.12 (89), the Wembley visits 0.093 (6);
# a mother's weight and the bus remark that began her diet (130) share 0.06, too little to tell
# from a volunteer's drowning and her British team-mates (132, 0.063), whose join read no better
SHARED = 0.09
_OWN_WORDS = LazyPattern(r"\b(?:I|I'm|I've|I'll|I'd|my|me|we|We|Our|our|us)\b")  # a speaker's own words


def episode_joined(scored: Scored, drafts: list[Draft]) -> bool:
    """Moves the bullets of the first theme group of `drafts` (overview first) into the overview
    where they go on with its episode (module doc). Returns whether it joined."""
    overview, themes = drafts[0], sorted(drafts[1:], key=lambda d: min(d.picked))
    if len(themes) <= MIN_THEMES or not overview.picked:
        return False
    first = themes[0]
    if len(overview.picked) + len(first.picked) > MAX_GROUP or min(first.picked) <= overview.picked[0]:
        return False
    if len(themes) > 1 and max(first.picked) > max(themes[1].picked):
        return False  # it runs past the whole next group: a thread through the story, not the lead's run
    if 2 * sum(bool(_OWN_WORDS.search(scored.trimmed[k])) for k in first.picked) > len(first.picked):
        return False  # mostly a speaker's own words: their account, not the lead's points
    everyone = [k for d in drafts for k in d.picked]
    weights = bullet_weights(scored.units, everyone, scored.trimmed)

    def share(a: Draft, b: Draft) -> float:
        pairs = [similarity(weights[x], weights[y]) for x in a.picked for y in b.picked]
        return sum(pairs) / len(pairs)

    together = share(overview, first)
    if together < SHARED or together <= max(share(first, other) for other in themes[1:]):
        return False
    overview.picked = [*overview.picked, *first.picked]
    drafts.remove(first)
    return True
