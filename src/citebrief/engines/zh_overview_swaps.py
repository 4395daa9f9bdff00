"""A Chinese news first theme of two unrelated bullets that trades one with the overview.

The first theme of a short report may pair two sentences of one paragraph that share nothing:
the forecast's rain total and the transport office's line ("全市平均雨量可能达到250毫米" beside
"北京市交通委介绍，……"), while the overview holds that office's other line. `zh_unrelated` would
dissolve the pair, the office's line up beside its other one and the rain total down into the
flood group it does not open, leaving the overview with the office's two lines and no total.
Here, before that, the pair trades: where the overview holds a point (not its first) of the
paragraph of one bullet of the pair that shares a name or noun with it (the article's common ones
left out), and the pair's other bullet shares more words (`tie_words`) with the overview's other
points than with that point, the two change places — the office's two lines are a group and
the rain total joins the lead's forecast.
"""

from __future__ import annotations

from typing import Protocol

from citebrief.engines.scored import Draft


class BulletWords(Protocol):
    """What `zh_unrelated._Words` reads of each bullet."""

    paragraphs: list[int]

    def ties(self, i: int) -> frozenset[str]: ...

    def keys(self, i: int) -> frozenset[str]: ...


def overview_traded(drafts: list[Draft], at: int, words: BulletWords) -> bool:
    """Whether group `at` of `drafts` (the overview first), two bullets sharing no word, traded
    one with the overview as the module doc says (in place); False, unchanged, where it did not."""
    if at != 1 or len(drafts[at].picked) != 2:
        return False
    overview = drafts[0].picked
    for staying, rising in (drafts[at].picked, reversed(drafts[at].picked)):
        for point in overview[1:]:
            if words.paragraphs[point] != words.paragraphs[staying]:
                continue
            if not words.keys(point) & words.keys(staying):
                continue
            others = [p for p in overview if p != point]
            with_others = words.ties(rising) & frozenset().union(*(words.ties(p) for p in others))
            if len(with_others) <= len(words.ties(rising) & words.ties(point)):
                continue
            drafts[0].picked = [*others, rising]
            drafts[at].picked = sorted([staying, point])
            return True
    return False
