"""A role of a club's or a place's before a person's name gives the person, not the club."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import named
from citebrief.text.en_role_names import person_past_role


def test_the_speaker_after_a_role_of_a_place_is_the_person() -> None:
    assert named('"We will go on," said former York boss Smith on Monday.') == "Smith"
    assert named('"It is signed," said Harbour chief executive Ann Lee.') == "Ann Lee"
    assert named("Rovers boss Tom Bell has told his players to rest.") == "Tom Bell"
    assert named('"Fine," said Leeds coach Mr Dale.') == "Mr Dale"


def test_a_name_not_before_a_role_stays() -> None:
    assert named('"We will go on," said Smith on Monday.') == "Smith"
    assert named("Rovers fans have told the club to rest.") == "Rovers"
    assert person_past_role("Leeds boss on Monday said no.", "Leeds") == "Leeds"
    assert person_past_role("Nobody named here.", "") == ""


@pytest.mark.parametrize("tie", data_lines("en_relation_words.tsv"))
def test_the_person_after_anothers_possessive_and_tie_is_the_actor(tie: str) -> None:
    assert named(f"Ms Hale's {tie} Tom Reed said the plan was sound.") == "Tom Reed"
    assert named(f"Last year Ms Hale's {tie} Tom Reed dismissed the plan as idle.") == "Tom Reed"
    assert named(f"He said Ms Hale's {tie} Tom Reed was wrong.") == "He"  # the opening pronoun speaks
    assert named(f"Ms Hale's {tie} Tom Reed, a local man.") == ""  # no verb after the name
