"""A bullet telling the play of the match a key point scores, filed at the edge of a group about
something else, goes up to that key point.

"Selby won the first three frames of his final session against Xiao to progress" opened the
group titled "Consistent Season" (the champion's season record, the passage it was printed in),
while the key points told "Selby beat Xiao Guodong 13-6 in the second round"; a blind reader read
it as misfiled under the season (en-xsum 9). How a match was won belongs beside its result, not
beside the season's record. Here, once every bullet has its group, a bullet goes to the key points
(`drafts[0]`) where

- it opens or ends a theme group of three bullets or more (its group keeps two at least), and no
  other bullet of its group tells a match's play or a score: that group is not about the match;
- it tells someone won or lost some of a match's units (`data/en_match_play_units.tsv`: frames,
  sets, games ...) against or over a name, neither leaning on the sentence before
  (`en_actor_groups.leans`) nor giving someone's words;
- a key point gives a score ("13-6") and names that opponent, and the key points hold fewer than
  `en_groups.MAX_GROUP` bullets before it comes.

It goes after the last key point before it in the article. English news read in runs
(`final_groups`' en_news).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import MAX_GROUP
from citebrief.engines.en_lone_edges import gives_words
from citebrief.engines.scored import Draft, Unit, overview_placed
from citebrief.text.data_files import table_alternation
from citebrief.text.lazy_re import LazyPattern

MIN_GROUP = 3  # bullets its group holds, at least: it keeps two
_SCORE = LazyPattern(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")
_OPPONENT = LazyPattern(r"\b(?:against|over) (?:the )?([A-Z][\w'-]+)")


@cache
def _play() -> re.Pattern[str]:
    """Winning or losing some of a match's units (`data/en_match_play_units.tsv`)."""
    units = table_alternation("en_match_play_units.tsv")
    return re.compile(rf"\b(?:won|lost|took|dropped|shared|claimed)\b[^.;]{{0,40}}?\b(?:{units})\b")


def _tells_match(text: str) -> bool:
    return bool(_play().search(text) or _SCORE.search(text))


def match_plays_raised(units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves a match's play at a theme group's edge up to the key point scoring that match
    (`drafts[0]`; module doc), in place; `units` are the article's sentences, `texts` as their
    bullets say them. Returns whether one moved."""
    if len(drafts) < 2 or not drafts[0].picked or len(drafts[0].picked) >= MAX_GROUP:
        return False
    overview = drafts[0]
    scores = [texts[j] for j in overview.picked if _SCORE.search(texts[j])]
    if not scores:
        return False
    for group in drafts[1:]:
        if len(group.picked) < MIN_GROUP:
            continue
        for i in dict.fromkeys((group.picked[0], group.picked[-1])):
            opponent = _OPPONENT.search(texts[i])
            if not (_play().search(texts[i]) and opponent):
                continue
            if not any(re.search(rf"\b{re.escape(opponent[1])}\b", text) for text in scores):
                continue
            if leans(units[i].text) or gives_words(texts[i]):  # someone's words (`en_lone_edges`)
                continue
            if any(_tells_match(texts[j]) for j in group.picked if j != i):
                continue
            group.picked.remove(i)
            overview.picked = overview_placed(overview.picked, i)
            return True
    return False
