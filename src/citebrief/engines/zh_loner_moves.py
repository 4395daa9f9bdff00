"""A Chinese news group's edge bullet that shares not one word with its group goes to the
neighbouring group whose every bullet shares one with it.

A news item read in runs is cut where its sentences' words share least, and a cut a sentence late
leaves the last sentence of one run at the head of the next: the fire crews put on standby, the
last of the fire-prevention measures, heading three weather forecasts, and the group titled by the
stray ("森林草原消防队伍") as no term of the forecasts reaches two thirds of its bullets.
`zh_loner_swaps` gives such a loner's place to a sentence of its theme where one shares its group's
words, and `zh_regroup` moves an edge bullet on two words neither of which is the article's; here,
last among the settled groups, a theme group's first (or last) bullet moves to the theme group
before (or after) it where

- it shares no name or noun with any other bullet of its group, not even one of the article's
  common words (which `zh_regroup` leaves out: what the whole story says still ties a sentence to
  the story, so one sharing none of them with its group is a stranger to it);
- every other bullet of its group shares one with another (the group is one theme without it);
- every bullet of the neighbouring group shares one with it (common words counted: "森林草原" in
  each of the measures) and all come before it (or after it: each group stays in article order);
- no bullet of its group leans on it, nor does it lean on one ("该", "当地": `leans_back`);
- its group keeps `MIN_LEFT` bullets and the neighbour holds `MAX_HOME` at most with it.

The group's title is then chosen over the bullets that stay, as every title is, after this step.
It reads Chinese news and features only, as its caller (`zh_news_groups`) does.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_loner_swaps import leans_back
from citebrief.engines.zh_regroup import key_words

MIN_LOOSE = 3  # a group of this many bullets at least may give an edge bullet (of two: `zh_stranger_homes`)
MIN_LEFT = 2  # the group it leaves keeps this many
MAX_HOME = 4  # the group it joins holds this many at most once it comes


def loners_moved(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The groups (`drafts`, the overview first), each theme group's edge stranger moved to the
    neighbouring theme group all of whose bullets share a word with it (module doc)."""
    for at in range(1, len(drafts)):
        group = drafts[at]
        if len(group.picked) < MIN_LOOSE:
            continue
        for edge, home_at in ((group.picked[0], at - 1), (group.picked[-1], at + 1)):
            if home_at < 1 or home_at >= len(drafts) or len(group.picked) <= MIN_LEFT:
                continue
            home = drafts[home_at]
            if _moves(scored, group.picked, edge, home.picked, before=home_at < at):
                group.move(edge, home)
                break
    return drafts


def _moves(scored: Scored, picked: Sequence[int], edge: int, home: Sequence[int], *, before: bool) -> bool:
    """Whether the edge bullet `edge` of a group (`picked`) leaves it for the group `home` beside it
    (`before` it or after): a stranger to its group, kin to each of the neighbour's (module doc)."""
    if not home or len(home) >= MAX_HOME:
        return False
    if any(j > edge for j in home) if before else any(j < edge for j in home):
        return False  # the neighbour's run would no longer be in article order
    words = {i: key_words(scored.trimmed[i]) for i in [*picked, *home]}
    rest = [j for j in picked if j != edge]
    if not words[edge] or any(words[edge] & words[j] for j in rest):
        return False
    if not all(any(words[j] & words[k] for k in rest if k != j) for j in rest):
        return False  # the rest is no one theme either: a group of strangers, not one loner's fault
    if not all(words[edge] & words[j] for j in home):
        return False
    if edge + 1 in picked and leans_back(scored.units[edge + 1].text):
        return False  # the sentence after it leans on it
    return not (edge - 1 in picked and leans_back(scored.units[edge].text))
