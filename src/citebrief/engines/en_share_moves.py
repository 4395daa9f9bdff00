"""A bullet telling how the company's shares moved, filed at the edge of a group about something
else, goes up to the key points where they tell the company's result.

"The latest news wiped more than £700million off the value of RBS as shares fell more than 3 per
cent to 338.5p" opened the group of Fred Goodwin, RBS's disgraced former boss, titled from him,
while the key points told of the bank's £446million loss (en-cnndm 72); its only tie to the group
was "cent", by chance, and a blind reader read it as misfiled. A share price's move is the
market's answer to the result, and a reader looks for it beside the result. Here, once every
bullet has its group, a bullet goes to the key points (`drafts[0]`) where

- it opens or ends a theme group of three bullets or more (its group keeps two at least), and
  shares no weighed word (`en_groups`' weighing) with any other bullet of its group;
- it says shares rose or fell, or a sum wiped off a value, with a figure, and neither leans on
  the sentence before (`en_actor_groups.leans`) nor gives someone's words;
- a key point tells a result (a loss, a profit, earnings, revenue, sales), and the key points
  hold fewer than `en_groups.MAX_GROUP` bullets before it comes.

It goes after the last key point before it in the article. English news read in runs
(`final_groups`' en_news). en-cnndm, en-xsum as pasted: 1 of 400 briefs moves (cnndm 72).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import MAX_GROUP, bullet_weights
from citebrief.engines.en_lone_edges import gives_words
from citebrief.engines.scored import Draft, Unit, overview_placed
from citebrief.text.lazy_re import LazyPattern

MIN_GROUP = 3  # bullets its group holds, at least: it keeps two
_MOVE = LazyPattern(
    r"\bshares?\b[^.;]{0,40}?\b(?:fell|rose|dropped|slumped|jumped|plunged|climbed|tumbled|soared|sank|slid)\b"
    r"|\bwiped\b[^.;]{0,60}\boff the (?:value|market value)\b"
)
_FIGURE = LazyPattern(r"\d")
_RESULT = LazyPattern(r"\b(?:loss|losses|profits?|earnings|revenues?|sales)\b")


def share_moves_raised(units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves a share price's move at a theme group's edge up to the key points (`drafts[0]`;
    module doc), in place; `units` are the article's sentences, `texts` as their bullets say
    them. Returns whether one moved."""
    if len(drafts) < 2 or not drafts[0].picked or len(drafts[0].picked) >= MAX_GROUP:
        return False
    overview = drafts[0]
    if not any(_RESULT.search(texts[j]) for j in overview.picked):
        return False
    picked = [i for d in drafts for i in d.picked]
    weights = bullet_weights(list(units), picked, list(texts))
    for group in drafts[1:]:
        if len(group.picked) < MIN_GROUP:
            continue
        for i in dict.fromkeys((group.picked[0], group.picked[-1])):
            if not (_MOVE.search(texts[i]) and _FIGURE.search(texts[i])):
                continue
            if leans(units[i].text) or gives_words(texts[i]):  # someone's words (`en_lone_edges`)
                continue
            if any(weights[i].keys() & weights[j].keys() for j in group.picked if j != i):
                continue
            group.picked.remove(i)
            overview.picked = overview_placed(overview.picked, i)
            return True
    return False
