"""A Chinese news theme's bullet that shares nothing with its group, moved to the neighbouring
theme it does share terms with.

A theme of a text read in runs is a run of sentences picked apart from each other, and a run
may cover two points: of 857 theme bullets in 200 zh-news briefs, 230 shared no term with any
other bullet of their group (the sentence vectors' cosine under 0.05), and no title then names
the group (its title is one bullet's keyword). `zh_unrelated` moves such a loner where it
shares two names or nouns with a neighbour; this reads the sentence vectors' TF-IDF terms
instead, so that a loner whose terms are plainly the next (or previous) theme's goes there
(the surgery's "仅需1小时" beside the surgery, not the prototype line): its cosine with one of
that theme's bullets is 0.1 at least, the theme has room, and the group it leaves keeps two
bullets. A bullet that shares a name or noun with its group (the article's common ones left
out) is no loner, whatever its vector says: a quote's bullet carries its speaker's sentence
("……”防御台风“杜苏芮”布置会上，国网宁化县供电公司……说。"), which the quote's vector lacks. Only the
themes are weighed (the overview keeps the lead's points), and only a neighbour, so each
theme stays a stretch of the article in reading order.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows

ALONE = 0.05  # a bullet whose cosine with each of its group's others is under this shares nothing
NEAR = 0.1  # its cosine with one bullet of the neighbouring theme, at least: a shared term or two
MAX_GROUP = 4  # the neighbour takes it while it holds three bullets at most
MIN_LEFT = 2  # and the group it leaves keeps two


def _most(vectors: SparseRows, i: int, members: list[int]) -> float:
    """The highest cosine of sentence `i` with any other of the `members` (0 where none): the
    rows are L2-normalized, and MMR has read most chosen bullets' similarities already."""
    similar = vectors.similarities(i)
    return max((float(similar[j]) for j in members if j != i), default=0.0)


def move_loners(drafts: list[Draft], vectors: SparseRows, ties: Callable[[int], frozenset[str]]) -> list[Draft]:
    """The drafts (overview first), each theme's loner (a bullet sharing no term with its
    group's others, nor a word of `ties`: a bullet's names and nouns less the article's common ones) moved to the
    neighbouring theme with room it shares most with, where that is NEAR at least; the first
    theme's loner may not go to the overview."""
    tied: dict[int, frozenset[str]] = {}

    def tie(i: int) -> frozenset[str]:
        if i not in tied:
            tied[i] = ties(i)
        return tied[i]

    for at in range(1, len(drafts)):
        group = drafts[at].picked
        for i in list(group):
            if len(group) <= MIN_LEFT or _most(vectors, i, group) >= ALONE:
                continue
            best, most = None, NEAR
            for other in (at - 1, at + 1):
                if 1 <= other < len(drafts) and len(drafts[other].picked) < MAX_GROUP:
                    near = _most(vectors, i, drafts[other].picked)
                    if near >= most:
                        best, most = other, near
            # the words last (the article's common ones are read once, and only here)
            if best is not None and not any(tie(i) & tie(j) for j in group if j != i):
                group.remove(i)
                drafts[best].picked = sorted([*drafts[best].picked, i])
    return drafts
