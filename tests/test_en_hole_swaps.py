"""A group's head leaning into the hole of the group before trades places with that group's last
bullet right after it (engines/en_hole_swaps.py), read on short texts."""

from __future__ import annotations

from dataclasses import replace

from citebrief.engines.en_hole_swaps import hole_heads_swapped
from citebrief.engines.scored import Draft, Scored
from scored_builder import zh_scored

_MATCH = [
    "The final will be shown on the club's website.",
    "The two sides met in Leeds last week, with the visitors winning by six wickets.",
    "Four members of that side are injured for the final, however, giving the hosts hope.",
    "'I grew up five minutes from the ground, so I can't wait,' said captain Ann Reed.",
    "The crowd is expected to be the biggest of the season.",
    "The final is the hosts' last home match before the winter tour of India.",
]


def _scored(sentences: list[str]) -> Scored:
    return replace(zh_scored([sentences]), lang="en")


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


def test_the_leaning_head_goes_up_and_the_last_bullet_after_it_comes_down() -> None:
    drafts = _drafts([0, 1, 3], [2, 5])
    assert hole_heads_swapped(_scored(_MATCH), drafts) == 1
    assert [d.picked for d in drafts] == [[0, 1, 2], [3, 5]]


def test_nothing_trades_where_the_head_reads_alone_or_no_hole_or_the_last_bullet_leans() -> None:
    scored = _scored(_MATCH)
    assert not hole_heads_swapped(scored, _drafts([0, 1, 4], [2, 5]))  # the group before's last is further on
    assert not hole_heads_swapped(scored, _drafts([0, 3], [1, 2, 5]))  # the head's sentence before is its own
    alone = [*_MATCH[:2], "Injuries have hit the visitors before the final, giving the hosts hope.", *_MATCH[3:]]
    assert not hole_heads_swapped(_scored(alone), _drafts([0, 1, 3], [2, 5]))  # the head reads on from nothing
    same_one = [*_MATCH[:2], "They are injured for the final, however, giving the hosts hope.", *_MATCH[3:]]
    assert not hole_heads_swapped(_scored(same_one), _drafts([0, 1, 3], [2, 5]))  # it only goes on about them
    leaning = [*_MATCH[:3], "They have not lost at home all year.", *_MATCH[4:]]
    assert not hole_heads_swapped(_scored(leaning), _drafts([0, 1, 3], [2, 5]))  # the last bullet leans itself
