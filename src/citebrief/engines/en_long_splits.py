"""An English theme group over the house's five bullets becomes two groups where its story turns.

Readers of en-cnndm briefs scored grouping lowest where one long group held two strands under one
title: this year's ethnic-minority figures and the near-identical study of 2010 (en-cnndm 15 as
the benches cut it into passages), food bank figures and the reactions to them (122), six bullets
each under "Ethnic Minorities", "Food Banks". Later steps that home a quotation or a stray bullet
can leave such a group of six, one more than any group keeps. Its bullets are read in article
order, and each cut between two passages (never inside one) that leaves both parts `MIN_PART`
bullets or more and parts no bullet from the one it reads on from (`en_story_splits.goes_on`: a
pronoun, a connective, an unattributed quotation) is scored by how much the bullets share
(`en_groups.similarity`, rare words weighed) within their part against across the cut. A cut
that leaves one part a run of reactions (`en_title_reaction.is_reaction_run`) and not the other
(the findings, then what people said of them) goes before any other; the group is cut at the
best where the parts share clearly more (`MARGIN`) within than across: the same bullets, none
dropped, both parts titled afresh by the usual chain (a run of reactions "Reaction to the
Figures"). A brief keeps `MAX_GROUPS` groups at most, the overview counted. A group that is itself
one run of reactions to the story's event, as `en_reaction_runs` will title it, is left whole
(190: cut, its reactions lost their grounded title). Groups of five were read too (en-cnndm 0,
50, 64, 162, 173 as pasted, cut at `MARGIN` or more): each part of two took a title lifted from
one bullet ("Woman's Clitoris", "Close Friend", "Ladders"), and all five read worse. English news
and features read in runs only (`final_groups`' en_news).
"""

from __future__ import annotations

from itertools import combinations

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.en_story_splits import goes_on
from citebrief.engines.scored import Draft, Scored, part_after
from citebrief.text.en_title_reaction import is_reaction_run, reaction_phrase

MIN_GROUP = 6  # bullets of a group over the five any group keeps
MIN_PART = 2  # bullets each part keeps
MAX_GROUPS = 5  # groups a brief holds after a cut, the overview counted
# how much more the parts must share within than across the cut: a fraudster's spending and his
# repayment order (en-cnndm 11, 0.029) parted under "Extractor Fan", a side detail of one bullet
MARGIN = 0.04


def _reading(run: list[int], cut: int, shared: dict[tuple[int, int], float]) -> float:
    """What the bullets of `run` share within the two parts `cut` leaves, less what they share
    across it (averages over pairs)."""
    sides = (run[:cut], run[cut:])
    within = [shared[p] for side in sides for p in combinations(side, 2)]
    across = [shared[(a, b)] for a in sides[0] for b in sides[1]]
    return sum(within) / len(within) - sum(across) / len(across)


def _paragraph_texts(scored: Scored, run: list[int]) -> list[str]:
    """The whole paragraphs the bullets of `run` come from, in order."""
    paragraphs = sorted({scored.units[i].paragraph for i in run})
    return [" ".join(u.text for u in scored.units if u.paragraph == p) for p in paragraphs]


def long_groups_split(scored: Scored, drafts: list[Draft]) -> int:
    """Cuts each theme group of `drafts` (overview first) of `MIN_GROUP` bullets or more in two,
    in place, where its story turns (module doc), longest first. Returns how many it cut."""
    units = scored.units
    weights: dict[int, dict[str, float]] = {}  # weighed once a group asks (most briefs have none)
    cut_count = 0
    for draft in sorted(drafts[1:], key=lambda d: (-len(d.picked), min(d.picked))):
        if len(drafts) >= MAX_GROUPS or len(draft.picked) < MIN_GROUP:
            break
        run = sorted(draft.picked)
        bullets = [scored.trimmed[i] for i in run]
        if reaction_phrase(bullets, _paragraph_texts(scored, run)):
            continue  # one strand, the reaction to the story's event (`en_reaction_runs` titles it)
        cuts = [
            c
            for c in range(MIN_PART, len(run) - MIN_PART + 1)
            if units[run[c - 1]].paragraph != units[run[c]].paragraph and not goes_on(units[run[c]].text, leans)
        ]
        if not cuts:
            continue
        weights = weights or bullet_weights(units, [k for d in drafts for k in d.picked], scored.trimmed)
        shared = {(a, b): similarity(weights[a], weights[b]) for a, b in combinations(run, 2)}
        # the findings, then the reactions to them: a cut that leaves one part a run of reactions
        turns = [c for c in cuts if is_reaction_run(bullets[:c]) != is_reaction_run(bullets[c:])]
        best = max(turns or cuts, key=lambda c: _reading(run, c, shared))
        if _reading(run, best, shared) < MARGIN:
            continue
        draft.title = ""  # a name title given to the whole is chosen afresh
        part_after(drafts, draft, run[:best], run[best:])
        cut_count += 1
    return cut_count
