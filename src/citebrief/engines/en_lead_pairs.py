"""A two-point English overview takes the pair that goes on with its lead, where a theme stays.

A story read in runs gives its overview the lead's points and its first theme group the run after
them, and where the overview holds two points and that run yields two bullets, the lead's episode
stands under two titles, the second a detail one bullet says: the club handing back its tickets,
then the fan-run boycott of the trip as "Fan-run Campaign"; a prisoner jailed for his texts, then
how he got the girl's number as "Facebook Password"; a karate teacher charged, then his confession
and flight as "Possible Additional Charges". Readers meet a fragment of the key points, not a
theme. Here the first theme group in the article joins the overview where the overview holds `LEAD`
points, the group `PAIR` bullets, all after the overview's first point, and another theme group
stays. A short story then reads as its key points and one theme (a nun's murder, then who she was
at the mission; a Kansas law and what it bans, then the reaction to it), not as a lead cut in two
before its one theme: a 400-word story rarely needs three. A pair that is half or more a speaker's
own words stays: their account, under its own title ("'I was extremely depressed ...,' she
explained"). Unless its first bullet is the sentence right after the overview's last and points
back to it ("Their final aim is to build a robot …" after "Boffins are currently working …",
en-cnndm 185): a pronoun no title over a speaker's words can head. A wider join of any first group
that shares the lead's words (en_episode_joins, dropped) lumped a defendant's account or a
speaker's remarks into the overview and left a one-group strand; a pair after a two-point overview
is the lead's own run. The pair's bullets follow the overview's points; none moves elsewhere and
none is dropped. A pair giving a match's result where the overview gives another (a round-up's next
match: Getafe's 1-0 after Athletic Bilbao's 1-1, en-cnndm 61, once `en_turn_splits` has cut
Espanyol's win from it) stays. Once a brief; English news and features read in runs only (not asked
for --groups, not a policy or essay).
"""

from __future__ import annotations

from citebrief.engines.en_stray_subjects import SCORE
from citebrief.engines.en_turn_splits import OPENS_ON_PRONOUN
from citebrief.engines.scored import Draft
from citebrief.text.lazy_re import LazyPattern

LEAD = 2  # points of an overview that takes the pair
PAIR = 2  # bullets of the first theme group that joins it
MIN_THEMES = 1  # theme groups the brief keeps, at least, once the pair has joined (module doc)
OWN_WORDS = LazyPattern(r"\b(?:I|I'm|I've|I'll|I'd|my|me|we|We|Our|our|us)\b")  # a speaker's own words


def lead_pair_joined(texts: list[str], drafts: list[Draft]) -> bool:
    """Moves the bullets of the first theme group of `drafts` (overview first) into the overview
    where it is a pair after a two-point overview (module doc); `texts` are the article's sentences
    as their bullets say them. Returns whether it joined."""
    first = _joining_pair(texts, [d.picked for d in drafts])
    if first is None:
        return False
    overview = drafts[0]
    overview.picked = [*overview.picked, *drafts[first].picked]
    del drafts[first]
    return True


def lead_pair_rejoined(texts: list[str], groups: list[list[int]]) -> list[list[int]]:
    """`groups` (the bullets' sentences, overview first) with the same join once the leaning
    bullets have gone beside their antecedents (`en_antecedent_next`), which can leave a pair after
    a two-point overview the join above never saw ("British Members": a drowned volunteer's team
    and the second volunteer who died, after her parents' tribute went down to the next group);
    the joined group's list is left empty, so the brief drops it and keeps the other titles."""
    first = _joining_pair(texts, groups)
    if first is None:
        return groups
    joined = [list(g) for g in groups]
    joined[0] = [*joined[0], *joined[first]]
    joined[first] = []
    return joined


def _joining_pair(texts: list[str], groups: list[list[int]]) -> int | None:
    """The place in `groups` (overview first) of the first theme group that joins the overview
    (module doc), or None."""
    overview = groups[0]
    themes = sorted((k for k in range(1, len(groups)) if groups[k]), key=lambda k: min(groups[k]))
    if len(overview) != LEAD or len(themes) <= MIN_THEMES:
        return None
    first = groups[themes[0]]
    if len(first) != PAIR or min(first) <= overview[0]:
        return None
    if 2 * sum(bool(OWN_WORDS.search(texts[k])) for k in first) >= len(first) and not _goes_on(texts, overview, first):
        return None  # half or more a speaker's own words: their account, not the lead's points
    if _other_result(texts, overview, first):
        return None
    return themes[0]


def _goes_on(texts: list[str], overview: list[int], pair: list[int]) -> bool:
    """Whether `pair` opens on the sentence right after the overview's last and that sentence
    points back to it ("Their final aim is to build a robot …" after "Boffins are currently working
    towards …", en-cnndm 185): the lead's own run, which no title over a speaker's words may head."""
    return pair[0] == overview[-1] + 1 and bool(OPENS_ON_PRONOUN.search(texts[pair[0]]))


def _other_result(texts: list[str], overview: list[int], pair: list[int]) -> bool:
    """Whether `pair` gives a result ("1-0") and the overview another and none of the pair's: a
    round-up's other match (Getafe's 1-0 after Athletic Bilbao's 1-1, en-cnndm 61), not the
    lead's run."""
    theirs = {score for k in pair for score in SCORE.findall(texts[k])}
    lead = {score for k in overview for score in SCORE.findall(texts[k])}
    return bool(theirs and lead) and not theirs & lead
