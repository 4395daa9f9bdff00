"""A Chinese news or feature brief that cites none of the article's shares gets its central one.

A piece that measures what it is about with a share ("4岁以下儿童，80％以上的跌落相关伤害发生在家
中", "重刑率达20.96%", "西部地区律师人数仅占全国律师总数的22.7%") states its finding in that figure,
but the overview is picked from the lead (often a scene: two children's falls) and the themes
from runs of sentences, so the figure may end in no bullet. Blind read 33b: "misses the
80%-at-home and 1%/2.4% figures". Where no bullet of the brief gives a share (a percentage)
and the article does, the sentence with one whose words are closest to the brief's bullets
(the sentence vectors' TF-IDF weights; a share in an advert or a side story shares none) joins
the overview in reading order, while the overview holds three points at most.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.text.lazy_re import LazyPattern

MAX_OVERVIEW = 4  # the overview takes the figure as a fourth point at most
MIN_NEAR = 0.1  # the figure's cosine with the brief's bullets, at least: a few shared terms
MAX_CHARS = 120  # a longer sentence is a paragraph's worth of detail, not a finding to quote
_SHARE = LazyPattern(r"\d+(?:\.\d+)?\s*[%％]|百分之[一二三四五六七八九十]")


def gives_share(text: str) -> bool:
    """Whether a sentence gives a share: a percentage ("80％以上", "20.96%", "百分之六十")."""
    return _SHARE.search(text) is not None


def share_up(drafts: list[Draft], texts: list[str], vectors: SparseRows) -> list[Draft]:
    """The drafts (overview first; `texts` each sentence as a bullet says it), the overview
    given the article's central share where no bullet gives one; unchanged otherwise."""
    if len(drafts) < 2 or len(drafts[0].picked) >= MAX_OVERVIEW:
        return drafts
    taken = [i for d in drafts for i in d.picked]
    if any(gives_share(texts[i]) for i in taken):
        return drafts
    shares = [i for i, text in enumerate(texts) if len(text) <= MAX_CHARS and gives_share(text) and i not in taken]
    if not shares:
        return drafts
    brief = vectors.take(taken).sum_rows()
    norm = float(np.linalg.norm(brief))
    if not norm:
        return drafts
    near = {i: float(vectors.row(i) @ brief) / norm for i in shares}
    best = max(shares, key=lambda i: (near[i], -i))
    if near[best] >= MIN_NEAR:  # in reading order: "但从总体看，……仅占……22.7%" before the "对此，……" it leads to
        overview = drafts[0].picked
        later = [k for k, i in enumerate(overview) if i > best]
        overview.insert(later[0] if later else len(overview), best)
    return drafts
