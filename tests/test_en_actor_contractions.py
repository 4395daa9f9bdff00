"""A sentence opening on a pronoun's contraction names no actor (`en_actors.named`): en-xsum 164
titled a group "I've" from "I've always said …"."""

from __future__ import annotations

from citebrief.text.en_actors import named


def test_a_contraction_opening_a_sentence_is_no_name() -> None:
    assert named("I've always said the club would win the cup.") == ""
    assert named("We're told the plan works.") == ""


def test_a_name_with_an_apostrophe_is_still_one() -> None:
    assert named("O'Neill said he was ready.") == "O'Neill"
    assert named("Mr Smith said he was ready.") == "Mr Smith"
