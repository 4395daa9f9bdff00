"""A Chinese news brief's theme whose first bullet is the last group's passage: the bullet goes back.

A theme's bullets are picked from a run of sentences, and the run's cut may fall inside a
passage: the theme then opens on a sentence of the passage the group before it quotes, while
its other bullets all come from later passages (the limit-up stocks under the analysts' reading
of the Politburo meeting, after the overview's board rises from the same passage; the shopper's
limited-edition mascot over the hotel and flight bookings). The reader meets one passage split across two groups
and a group whose first bullet is about something else. Such a bullet, where it shares no word
with any other of its group (`zh_unrelated.tie_words`: not the defendant's biography beside his
trial, not the engineer's first quote beside his second), goes to the group before it, whose
passage it is, where that group has room and the theme keeps two bullets (the overview takes
only a sentence of the lead passage, which it sums up: a recipe's first step stays with its
other steps though the overview quotes the recipe's heading); the last bullet of a theme goes on
to the next group the same way. The passages decide where it goes, not shared words (moving a
bullet to the group it shares rare words with made mixed groups).
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.scored import Draft

Ties = Callable[[int], frozenset[str]]  # a sentence's names, nouns and verbs, by its index

MAX_OVERVIEW = 4  # the overview holds four bullets at most (as `zh_overview_moves` keeps it)
MAX_GROUP = 4  # nor does a theme grow past four
MIN_LEFT = 2  # the theme a bullet leaves keeps two


def passages_together(drafts: list[Draft], paragraphs: list[int], ties: Ties) -> list[Draft]:
    """The drafts (overview first; `paragraphs` each sentence's passage, `ties` its words), a
    theme's edge bullet that shares no word with its group moved to the neighbouring group that
    quotes its passage, where its group's others lie all on the far side of it."""
    for at in range(1, len(drafts)):
        _edge_back(drafts, at, paragraphs, ties)
        if at + 1 < len(drafts):
            _edge_on(drafts, at, paragraphs, ties)
    return drafts


def _alone(i: int, group: list[int], ties: Ties) -> bool:
    """Whether the bullet shares no word with any other of its group."""
    return not any(ties(i) & ties(j) for j in group if j != i)


def _room(drafts: list[Draft], at: int) -> bool:
    return len(drafts[at].picked) < (MAX_OVERVIEW if at == 0 else MAX_GROUP)


def _edge_back(drafts: list[Draft], at: int, paragraphs: list[int], ties: Ties) -> None:
    """The theme's first bullet to the group before, where that group quotes its passage and the
    theme's others all come later."""
    group = drafts[at].picked
    if len(group) <= MIN_LEFT or not _room(drafts, at - 1):
        return
    first = min(group, key=paragraphs.__getitem__)
    passage = paragraphs[first]
    if at == 1 and passage != min(paragraphs):
        return  # the overview's later passage is a detail it borrowed, not the passage's group
    before = {paragraphs[j] for j in drafts[at - 1].picked}
    if passage in before and all(paragraphs[j] > passage for j in group if j != first) and _alone(first, group, ties):
        group.remove(first)
        target = drafts[at - 1]
        target.picked = [*target.picked, first] if at == 1 else sorted([*target.picked, first])


def _edge_on(drafts: list[Draft], at: int, paragraphs: list[int], ties: Ties) -> None:
    """The theme's last bullet to the theme after, where that theme quotes its passage and this
    theme's others all come earlier."""
    group = drafts[at].picked
    if len(group) <= MIN_LEFT or not _room(drafts, at + 1):
        return
    last = max(group, key=paragraphs.__getitem__)
    passage = paragraphs[last]
    after = {paragraphs[j] for j in drafts[at + 1].picked}
    if passage in after and all(paragraphs[j] < passage for j in group if j != last) and _alone(last, group, ties):
        group.remove(last)
        target = drafts[at + 1]
        target.picked = sorted([*target.picked, last])
