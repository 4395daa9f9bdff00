"""A role of a club's or a place's before a person's name gives the person, not the club."""

from __future__ import annotations

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
