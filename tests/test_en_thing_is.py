"""A vague "<judgement> Thing" title gives way to what its sentence says the thing is
(`en_thing_is`). Short texts written for the rule."""

from __future__ import annotations

from citebrief.text.en_thing_is import thing_is
from citebrief.text.en_title_vague import plain_title

HOPE = [
    "'The main thing she wanted people to know is that there is still hope out there,' her sister said.",
    "'She never stopped smiling, even on the worst days.'",
    "'We will hold on to that for the rest of our lives.'",
]


def test_a_judged_thing_gives_way_to_what_there_is() -> None:
    used = {"main thing"}
    assert plain_title(HOPE, HOPE, HOPE, used, "Main Thing") == "Hope"
    assert "hope" in used and "main thing" not in used


def test_a_noun_that_is_also_a_verb_is_read_after_there_is() -> None:
    texts = ["The best thing he taught us was that there is always love to give."]
    assert thing_is("Best Thing", texts, set()) == "love"


def test_the_complement_noun_phrase_names_the_thing() -> None:
    texts = ["The hardest thing for the club was the debt left by the old owners."]
    assert thing_is("Hardest Thing", texts, set()) == "debt"


def test_other_heads_and_taken_titles_give_nothing() -> None:
    texts = ["The biggest worry is that there is no money left."]
    assert thing_is("Biggest Worry", texts, set()) == ""
    assert thing_is("Biggest Thing", ["The biggest thing is that there is hope."], {"hope"}) == ""
    assert thing_is("Biggest Thing", ["The biggest thing is that it rained."], set()) == ""
