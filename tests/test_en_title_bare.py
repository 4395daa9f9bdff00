"""A group title that names a thing of a name ("Trial of Frank Beck") keeps the words before the
name; a role before a name ("Reporter Kaitlin Collins") still goes."""

from __future__ import annotations

from citebrief.text.en_title_bare import bare_unless_linked
from citebrief.text.en_title_choice import bare_name
from conftest import shared_group_titles

BECK = ["Allegations against the peer were first made public in 1991 during the trial of Frank Beck, a manager."]
ELLERBE = ["Leonard Ellerbe, CEO of Mayweather Promotions, disagreed with Arum."]
COLLINS = ["The video, obtained by Daily Caller reporter Kaitlin Collins, is titled 'Lessons'."]
HOMELAND = ["The Department of Homeland Security was 'involved' in the case."]


def test_the_thing_of_a_name_keeps_its_words() -> None:
    assert bare_name("Trial of Frank Beck", BECK) == "Frank Beck"  # what the step read before
    assert bare_unless_linked("Trial of Frank Beck", BECK) == "Trial of Frank Beck"
    assert bare_unless_linked("CEO of Mayweather Promotions", ELLERBE) == "CEO of Mayweather Promotions"
    assert bare_unless_linked("Department of Homeland Security", HOMELAND) == "Department of Homeland Security"


def test_a_role_before_a_name_still_goes() -> None:
    assert bare_unless_linked("Reporter Kaitlin Collins", COLLINS) == "Kaitlin Collins"
    assert bare_unless_linked("Kaitlin Collins", COLLINS) == "Kaitlin Collins"
    assert bare_unless_linked("", COLLINS) == ""


def test_the_brief_of_lord_janner_titles_the_trial() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 183)
    assert "Trial of Frank Beck" in titles and "Frank Beck" not in titles
