"""engines/en_restated.py's `same_outcome` reads a release, an arrest or a resignation as it reads a
court's outcome: the same person's release told again, by verb or noun, in mostly the same words, is
the fact twice; a figure of its own is a point of its own. Short texts of our own."""

from __future__ import annotations

from citebrief.engines.en_restated import same_outcome

_EARLIER = 'Omar al-Tanzi, 41, was released after a review panel found he was not a "serious ongoing risk"'
_AGAIN = 'The release came after the review panel decided that holding (Mr Tanzi) guarded against no "ongoing risk"'


def test_the_release_told_again_by_its_noun_is_one_fact() -> None:
    assert same_outcome(_EARLIER, _AGAIN)


def test_a_release_with_a_figure_of_its_own_is_its_own_point() -> None:
    assert not same_outcome(_EARLIER, "Mr Tanzi's release leaves 52 detainees at the ongoing risk site")
    assert not same_outcome(_EARLIER, _AGAIN.replace("Tanzi", "Harlow"))


def test_an_arrest_or_a_resignation_told_again_is_one_fact() -> None:
    earlier = "Police arrested Mr Corbin at his cottage on suspicion of arson at the timber mill"
    assert same_outcome(earlier, "Mr Corbin's arrest at the cottage followed the arson at the timber mill")
    quit_first = "Ms Varga resigned as party leader after the poor local election result in the north"
    assert same_outcome(quit_first, "Ms Varga's resignation as leader came after the poor election result")
