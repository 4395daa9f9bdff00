"""A plural that ends a run after a preposition or a number is the phrase's head, not a clause's
verb ("two car bombs in the heart", "with house prices that were"), while a run a clause may open
keeps its verb out ("the team plays in"); an ordinal says which stage of a series a group's
bullets tell ("Friday's second round", "ended his round"). Shared articles whose briefs a reader
marked: an en-cnndm golf report, an en-xsum football report."""

from __future__ import annotations

from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_compounds import plural_head_after
from citebrief.text.en_title_majority import majority_title
from conftest import shared_group_titles


def _phrases(sentence: str) -> list[str]:
    return [chunk.text for chunk in en_chunks(sentence)]


def test_plural_after_a_preposition_or_number_is_a_head() -> None:
    assert "car bombs" in _phrases("The fighters detonated two car bombs in the heart of the capital.")
    assert "house prices" in _phrases("An Aldi nearby was associated with house prices that were lower.")
    assert plural_head_after("with") and plural_head_after("two")


def test_a_clause_keeps_its_verb_out() -> None:
    assert "team plays" not in _phrases("The team plays in the final on Sunday.")
    assert not plural_head_after("the")


ROUND = [
    "Woods fired his best score at the Masters in four years in Friday's second round.",
    "He played solidly at steamy Augusta National to card a three-under-par 69.",
    "Woods said after mixing four birdies with a bogey to climb into a tie for 14th when he ended his round.",
    "'I had a hard time getting the ball close to the hole,' said Woods.",
]


def test_an_ordinals_stage_titles_the_group() -> None:
    assert majority_title(ROUND, ROUND, ROUND, {"ball close"}, "Ball Close") == "Second Round"


def test_shared_articles() -> None:
    assert "Second Round" in shared_group_titles("en-cnndm.jsonl", 90)  # not "Ball Close"
    assert "Aberdeen" in shared_group_titles("en-xsum.jsonl", 74)[0]  # not "Derek", a first name
