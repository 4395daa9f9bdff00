"""A pronoun's contraction before a title's noun is no name to widen the title with: "then I'll
fight it for Tom" titled a group "I'll Fight" (en-xsum 164)."""

from __future__ import annotations

from citebrief.text.en_title_held import held_title
from citebrief.text.en_title_named_noun import named_noun_title

_BULLET = "I won't give up. I have always said that if there's a fight to be had, then I'll fight it for Tom"


def test_a_held_title_takes_no_contraction_for_a_name() -> None:
    assert not held_title([_BULLET], [_BULLET], [_BULLET], set(), "Fight").startswith("I")


def test_a_named_noun_title_takes_no_contraction_for_a_name() -> None:
    assert not named_noun_title([_BULLET], [_BULLET], [_BULLET], set(), "Fight").startswith("I")


def test_a_name_before_the_noun_still_widens_it() -> None:
    bullet = "The Leeds fight for the title goes on"
    assert named_noun_title([bullet], [bullet], [bullet], set(), "Fight") == "Leeds Fight"
