"""A group a headline figure left gives what belongs to the group beside it to that group.

`zh_overview_figure` takes a later group's headline-figure bullet up into the overview. The
figure was often what held that group together, and what it leaves can be bullets that belong
beside it: a robot expo's "经过技术迭代发展，它们不但被广泛应用到……工业领域" (it goes on from the
"仿生四足机器人" line of the group before) left with "下一步，……推进“机器人+”应用行动" under the title
"工业领域" (zh-news 173, read s50l). Here, in reading order, a bullet of that remnant goes to the
neighbouring theme group (never the overview: it is full or about to be) that holds the sentence
right before it in its paragraph: it goes on from that one. A group takes no more than
`MAX_GROUP` bullets as the reader sees them (a line and the one it leans on are one). A remnant
of one then follows it to a neighbour that shares a name or noun with it (less the article's
common ones, `zh_regroup.common_words`); where none takes it, nothing moves (a title over one
bullet's detail reads worse than a pair). Shared words alone move nothing: zh-news 185's
"“88542”……造林整地技术" line, moved by two shared names to the 88542 group, left its county's early
days as a pair that shares none (s50q read it no better).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_antecedent_next import antecedents_next
from citebrief.engines.zh_antecedent_pairs import released_antecedents
from citebrief.engines.zh_regroup import common_words, key_words

MAX_GROUP = 4  # a theme shows four bullets at most (as `zh_unrelated` keeps it)


def _keys(texts: list[str]) -> list[frozenset[str]]:
    """Each sentence's names and nouns, less those a third of the sentences say."""
    every = [key_words(t) for t in texts]
    common = common_words(every)
    return [words - common for words in every]


def _said(keys: list[frozenset[str]], bullets: list[int]) -> set[str]:
    return set().union(*(keys[i] for i in bullets))


def _goes_on(scored: Scored, i: int, group: list[int]) -> bool:
    """Whether sentence `i` goes on from a bullet of `group`: the sentence before it, same paragraph."""
    units = scored.units
    return i - 1 in group and units[i - 1].paragraph == units[i].paragraph


class _Remnant:
    """The groups (overview first) as one move after another leaves them, and what they share."""

    def __init__(self, scored: Scored, drafts: list[Draft], k: int) -> None:
        self.scored = scored
        self.groups = [list(d.picked) for d in drafts]
        self.k = k
        self.keys = _keys(scored.trimmed)

    def _fits(self, home: int, i: int) -> bool:
        trial = [[*g, i] if at == home else g for at, g in enumerate(self.groups)]
        return len(antecedents_next(self.scored, released_antecedents(self.scored, trial))[home]) <= MAX_GROUP

    def home(self, i: int, *, continued: bool) -> int | None:
        """The neighbouring theme group with room that bullet `i` goes on from (`continued`), or
        else that shares a word with it (the earlier first)."""
        for other in (self.k - 1, self.k + 1):
            if not 1 <= other < len(self.groups) or not self._fits(other, i):
                continue
            if (
                _goes_on(self.scored, i, self.groups[other])
                if continued
                else self.keys[i] & _said(self.keys, self.groups[other])
            ):
                return other
        return None

    def move(self, i: int, home: int) -> None:
        self.groups[self.k].remove(i)
        self.groups[home] = sorted([*self.groups[home], i])


def remnant_moved(scored: Scored, drafts: list[Draft], k: int) -> None:
    """Group `k`'s bullets (`drafts` overview first) that belong to a neighbouring theme moved
    there, in reading order (module doc); the group dropped where all have gone."""
    state = _Remnant(scored, drafts, k)
    group = state.groups[k]
    for i in list(group):
        home = state.home(i, continued=True) if len(group) > 1 else None
        if home is not None:
            state.move(i, home)
    if len(group) == len(drafts[k].picked):
        return  # nothing goes on from a neighbour's bullet
    if len(group) == 1:
        home = state.home(group[0], continued=False)
        if home is None:
            return  # a lone bullet under a title of its own: nothing moves
        state.move(group[0], home)
    for draft, picked in zip(drafts, state.groups, strict=True):
        draft.picked[:] = picked
    if not drafts[k].picked:
        del drafts[k]
