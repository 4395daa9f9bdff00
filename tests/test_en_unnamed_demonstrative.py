"""A group's pick whose "that amount" names a thing neither the sentence before nor the brief says
gives its place to the next candidate (`en_unplaced_reference._unnamed_demonstrative`, issue #9)."""

from __future__ import annotations

import numpy as np

from citebrief.engines.en_unplaced_reference import placed_picks
from citebrief.text.data_files import data_lines
from scored_builder import en_story_scored

# the target (£8,000) is said only after "that amount" (2), in a paragraph of its own (4)
_HALL = [
    ("Parents opened an appeal on Friday to rebuild the village playground.", 1),
    ("The old swings were taken down after an inspection last winter.", 1),
    ("The parents hoped to reach that amount before the summer holidays began.", 2),
    ("The parish council has promised to match every pound the parents raise.", 3),
    ("The appeal set out to raise £8,000 through a website and a fair.", 4),
    ("A local builder has offered to lay the new surface free of charge.", 5),
]


def test_an_amount_no_sentence_before_names_gives_way() -> None:
    scored = en_story_scored(_HALL)
    chosen = [0, 2, 3]
    assert placed_picks(scored, [2, 3, 5], [2, 3], chosen, np.ones(len(_HALL))) == [3, 5]
    assert chosen == [0, 3, 5]


def test_an_amount_the_brief_names_stays() -> None:
    chosen = [0, 4, 2, 3]  # the brief says "an amount of £8,000" already
    named = [(text.replace("£8,000", "an amount of £8,000"), p) for text, p in _HALL]
    scored = en_story_scored(named)
    assert placed_picks(scored, [2, 3, 5], [2, 3], chosen, np.ones(len(_HALL))) == [2, 3]


def test_an_amount_the_sentence_before_names_stays() -> None:
    before = [*_HALL[:1], ("The appeal set out to raise an amount of £8,000 for new swings.", 1), *_HALL[2:]]
    scored = en_story_scored(before)
    chosen = [0, 2, 3]
    assert placed_picks(scored, [2, 3, 5], [2, 3], chosen, np.ones(len(before))) == [2, 3]


def test_the_pick_stays_where_no_candidate_is_left() -> None:
    scored = en_story_scored(_HALL)
    chosen = [0, 2, 3]
    assert placed_picks(scored, [2, 3], [2, 3], chosen, np.ones(len(_HALL))) == [2, 3]
    assert chosen == [0, 2, 3]


def test_a_noun_off_the_list_stays() -> None:
    # "this song" of a story on one song: a reader places it
    song = [(text.replace("reach that amount", "sing that song"), p) for text, p in _HALL]
    scored = en_story_scored(song)
    chosen = [0, 2, 3]
    assert placed_picks(scored, [2, 3, 5], [2, 3], chosen, np.ones(len(song))) == [2, 3]


def test_the_referents_are_lower_case_single_words() -> None:
    referents = data_lines("en_unnamed_referents.tsv")
    assert "amount" in referents and all(word == word.lower() and " " not in word for word in referents)


def test_an_amount_after_a_sum_the_brief_states_stays() -> None:
    scored = en_story_scored(_HALL)
    chosen = [0, 4, 2, 3]  # the brief states the £8,000 target: "that amount" is it
    assert placed_picks(scored, [2, 3, 5], [2, 3], chosen, np.ones(len(_HALL))) == [2, 3]
