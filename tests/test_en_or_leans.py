"""A sentence opening on "Or" offers the other answer to the sentence before it and stands beside it
(`en_antecedent_next.or_lean`), on short texts of its own."""

from __future__ import annotations

from citebrief.engines.en_antecedent_next import en_antecedents_next, or_lean
from scored_builder import en_story_scored

_BEACH = [
    ("The island's beaches were full again this summer.", 1),
    ("Hotels reported their best season in a decade.", 1),
    ("Maybe visitors wanted to see the strike for themselves.", 1),
    ("Or more likely the island simply looks cheap next to rival resorts.", 2),
    ("Ferry operators have added three new routes.", 2),
    ("The strike ended after two weeks of talks.", 3),
    ("Union leaders said the deal was fair.", 3),
]


def test_a_sentence_opening_on_or_leans_on_the_one_before_even_across_a_paragraph() -> None:
    scored = en_story_scored(_BEACH)
    assert or_lean(scored, 3)
    assert not or_lean(scored, 4)
    comma = en_story_scored([(_BEACH[2][0], 1), ("Or, more likely, prices fell.", 1)])
    assert or_lean(comma, 1)
    far = en_story_scored([(_BEACH[2][0], 1), ("Ferries run daily.", 2), (_BEACH[3][0], 3)])
    assert or_lean(far, 2)
    assert not or_lean(en_story_scored([(_BEACH[2][0], 1), (_BEACH[3][0], 3)]), 1)  # a paragraph between


def test_the_or_answer_heading_a_group_takes_its_question_down_from_the_overview() -> None:
    # the question stands inside the overview, the "Or" heads a group of two that cannot give it up
    got = en_antecedents_next(en_story_scored(_BEACH), [[0, 2, 5], [3, 4], [1, 6]])
    assert got == [[0, 5], [2, 3, 4], [1, 6]]


def test_the_or_answer_heading_a_group_goes_up_to_the_question_ending_the_group_before() -> None:
    got = en_antecedents_next(en_story_scored(_BEACH), [[0, 2], [3, 4, 5, 6], [1]])
    assert got == [[0, 2, 3], [4, 5, 6], [1]]
