"""A Chinese news overview's late point that is plainly one theme's detail goes down even where
the lead has no point to give in its place.

`zh_overview_details` moves an overview's later bullet down to the theme it is a detail of only
where the lead's next point (or the first theme's opener) takes its place, so that the overview
keeps three points. Where the lead has none left, the detail stayed above the lead's two points,
out of reading order, while its theme below lacked it; readers of zh-news named this fault (the
overview holding what belongs to a group): the day-after forecast "16日白天到夜间，各地多云到晴……"
over the forecast group that opens "具体预报为：15日白天到夜间……", or "华北东北八省区市……及时
进行转递" over the group whose bullet says the same hand-over ("……及时进行转递，由车籍地……").
Here such a bullet goes down all the same, the overview keeping the lead's two points, but only
where it is plainly the theme's: its words (the sentence vectors' TF-IDF weights) share
CLEAR_NEAR of the theme's bullets' and at least CLEARLY times what they share with the
overview's other points. A weaker likeness leaves the overview of three as it was.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.sparse import SparseRows

CLEAR_NEAR = 0.3  # the detail's cosine with its theme's bullets: the same facts told again in part
CLEARLY = 1.4  # and this many times its cosine with the overview's other points
LEAST_OVERVIEW = 2  # the overview keeps the lead's two points at least


def closeness(vectors: SparseRows, i: int, members: list[int]) -> float:
    """The cosine of sentence `i` with the sum of the `members`' rows (0 where none has words)."""
    others = [j for j in members if j != i]
    if not others:
        return 0.0
    total = vectors.take(others).sum_rows()
    norm = float(np.linalg.norm(total))
    return float(vectors.row(i) @ total) / norm if norm else 0.0


def plainly_theirs(vectors: SparseRows, detail: int, overview: list[int], theme: list[int], later: list[int]) -> bool:
    """Whether overview bullet `detail` (a sentence index into `vectors`) goes down to `theme`
    though no point takes its place: the overview keeps LEAST_OVERVIEW points without it, no
    bullet of a later theme (`later`) comes before it (the theme's run would wrap another's:
    a programme's closing total after the works the next group lists), and the detail is
    plainly the theme's (see the module's docstring)."""
    if len(overview) <= LEAST_OVERVIEW or any(i < detail for i in later):
        return False
    near = closeness(vectors, detail, theme)
    return near >= CLEAR_NEAR and near >= CLEARLY * closeness(vectors, detail, overview)
