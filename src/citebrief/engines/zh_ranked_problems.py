"""A Chinese article's own ranking of its problems: the sentence naming the first, the greatest or
the main one ("地区性不平衡已成为……的首要问题", "该项目的主要问题是资金缺口";
`data/zh_ranked_problems.tsv`).

The article says in its own words what matters most, and an analyst reads for that first; yet it is
one short sentence among long ones of figures, and the groups often leave it to them. Such a
sentence no bullet says joins the side group citing its paragraph (or the passage right beside it),
as one more bullet of a group under FULL_GROUP, else in the place of its least central bullet (the
article's centroid, times the bullet's weight), so no group grows long. Not a question, nor one
leaning on a sentence before it (`dangling`); once a group, MOST_RANKED a brief. Any Chinese brief
(news, essay, policy), after every other step has settled its groups (`final_groups`).
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.weights import unit_vector
from citebrief.text.data_files import rows_by_kind
from citebrief.text.regex_cache import compiled

MOST_RANKED = 2  # an article ranks a problem or two; more is a list, not a ranking
FULL_GROUP = 4  # a group of fewer bullets takes the ranking as one more; a full one trades its least central


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Each kind's rows as one pattern, compiled on first use (an English brief never asks)."""
    rows = rows_by_kind("zh_ranked_problems.tsv")
    return {kind: compiled("|".join(f"(?:{row})" for row in patterns)) for kind, patterns in rows.items()}


def ranking_kinds(text: str) -> frozenset[str]:
    """The kinds of ranking `text` gives a problem: first, most, main; none in a question."""
    if text.rstrip().endswith(("？", "?")):
        return frozenset()
    return frozenset(kind for kind, pattern in _patterns().items() if pattern.search(text))


def _lesser(draft: Draft, scored: Scored, centrality: np.ndarray) -> int | None:
    """The bullet of `draft` a ranking replaces: none while the group holds under FULL_GROUP (it
    grows by one), else its least central that ranks no problem itself."""
    if len(draft.picked) < FULL_GROUP:
        return None
    others = [k for k in draft.picked if not ranking_kinds(scored.trimmed[k])]
    return min(others, key=lambda k: centrality[k]) if others else None


def _home(scored: Scored, drafts: list[Draft], i: int, used: list[Draft]) -> Draft | None:
    """The side group that takes sentence `i`: the one citing its paragraph, else the one ending on
    the paragraph right before it (the passage it sums up), else the one opening on the paragraph
    right after it; not one that took a ranking already (`used`)."""
    paragraph = scored.units[i].paragraph
    groups = [d for d in drafts[1:] if d.picked and d not in used]
    cited = [{scored.units[k].paragraph for k in d.picked} for d in groups]
    for near in (
        lambda paragraphs: paragraph in paragraphs,
        lambda paragraphs: max(paragraphs) == paragraph - 1,
        lambda paragraphs: min(paragraphs) == paragraph + 1,
    ):
        found = [d for d, paragraphs in zip(groups, cited, strict=True) if near(paragraphs)]
        if found:
            return found[0]
    return None


def ranked_problems_given(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each ranked problem of a Chinese article (`ranking_kinds`) no bullet says, in article order,
    joins the side group citing its paragraph (`_home`, `_lesser`)."""
    if scored.lang != "zh" or len(drafts) < 2:
        return
    centroid = unit_vector(scored.paragraph_vectors.sum_rows())
    centrality = scored.sentence_vectors.dot(centroid) * scored.weights
    said = {k for draft in drafts for k in draft.picked}
    used: list[Draft] = []
    for i in scored.usable:
        text = scored.trimmed[i]
        if i in said or not ranking_kinds(text) or dangling(text, "zh"):
            continue
        if repeats_any(text, (scored.trimmed[k] for k in said), "zh"):
            continue
        home = _home(scored, drafts, i, used)
        if home is None or len(home.picked) < 2:  # a group of one is no passage to sum up
            continue
        old = _lesser(home, scored, centrality)
        if old is None and len(home.picked) >= FULL_GROUP:
            continue
        home.take(i, old, chosen if old is None or old in chosen else [old])
        said = ({k for k in said if k != old}) | {i}
        used.append(home)
        if len(used) >= MOST_RANKED:
            return
