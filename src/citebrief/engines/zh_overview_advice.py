"""A Chinese news item's closing advice or aside kept out of its overview.

One-block news items often end on an expert's advice ("专家建议，未来高标准农田建设应有所侧重，……")
or a side note ("据悉，该活动由……主办，……承办。"). Both read as central (they repeat the article's
words), so the overview's MMR may take one up, yet a reader of a flood survey marked the advice
misplaced among the key points, with the survey's findings left out. A pick from the article's
last paragraph (not its first) that opens so gives its place to the overview's next candidate by
the same MMR (`scored.replace_picks`), unless the first paragraph speaks of advice too (the item
is about it). Plans ("下一步，……将……") are not taken out: an item's next step may be its news.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.scored import Scored, replace_picks
from citebrief.engines.zh_overview_leans import standing_picks

_OPENERS = ("专家建议",)  # an expert's advice; "据悉" organiser lines go up (`zh_organiser_lines`)


def _closing_aside(scored: Scored, i: int) -> bool:
    """Whether sentence `i` opens on advice or an aside and stands in the last of several paragraphs,
    the first of which says nothing of advice."""
    units = scored.units
    last = max(u.paragraph for u in units)
    if last < 2 or units[i].paragraph != last or not scored.trimmed[i].startswith(_OPENERS):
        return False
    return not any("建议" in u.text for u in units if u.paragraph == 1)


def advice_out(
    scored: Scored, candidates: list[int], picked: list[int], chosen: list[int], relevance: np.ndarray
) -> list[int]:
    """The overview's `picked` (already in `chosen`) with each Chinese closing advice or aside
    (`_closing_aside`) replaced by the next of `candidates` that is none, by MMR."""
    if scored.lang != "zh":
        return picked
    loose = [i for i in picked if _closing_aside(scored, i)]
    if not loose:
        return picked  # most overviews
    pool = [i for i in candidates if i not in picked and not _closing_aside(scored, i)]
    return replace_picks(scored, picked, loose, pool, relevance, chosen)


def news_picks(
    scored: Scored, candidates: list[int], picked: list[int], chosen: list[int], relevance: np.ndarray
) -> list[int]:
    """A Chinese news overview's picks standing on their own (`zh_overview_leans.standing_picks`),
    then with no closing advice or aside (`advice_out`)."""
    picked = standing_picks(scored, candidates, picked, chosen, relevance)
    return advice_out(scored, candidates, picked, chosen, relevance)
