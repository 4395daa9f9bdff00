"""An English overview titled by a name the lead only mentions gives way to the person the lead
opens on by kind ("The woman", "A teacher") and the next sentence names."""

from __future__ import annotations

from citebrief.text.en_lead_kind import named_after_kind

OPENING = [
    "A veteran school teacher has been removed after she gave students her opinion of President Barack Obama.",
    "Nancy Perry will no longer teach students at Dublin Middle School.",
]
TEXTS = [
    " ".join(OPENING),
    "Perry is alleged to have told students that Obama is a Muslim.",
    "Perry was already planning on retiring. Parents complained about Perry.",
]


def test_the_person_the_next_sentence_names_takes_the_overview() -> None:
    assert named_after_kind("President Barack Obama", OPENING, TEXTS, set()) == "Nancy Perry"


def test_a_kind_before_the_name_is_read_past() -> None:
    opening = ["A youngster has copied the trick of star Martin Montoya.", "Schoolboy Frankie Franz watched it."]
    texts = [" ".join(opening), "The schoolboy tried. Franz scored. Franz scored again. Franz smiled."]
    assert named_after_kind("Martin Montoya", opening, texts, set()) == "Frankie Franz"


def test_the_subject_stays_where_the_lead_opens_on_a_name() -> None:
    opening = ["Nancy Perry gave her opinion of President Barack Obama.", OPENING[1]]
    assert named_after_kind("President Barack Obama", opening, TEXTS, set()) == ""


def test_the_subject_stays_where_the_named_person_is_said_too_seldom_or_is_taken() -> None:
    assert named_after_kind("President Barack Obama", OPENING, TEXTS[:1], set()) == ""
    assert named_after_kind("President Barack Obama", OPENING, TEXTS, {"nancy perry"}) == ""
    many = [*TEXTS, *(["Obama spoke."] * 8)]
    assert named_after_kind("President Barack Obama", OPENING, many, set()) == ""


def test_a_child_called_by_given_name_counts() -> None:
    opening = ["A youngster has copied the trick of star Martin Montoya.", "Schoolboy Frankie Franz watched it."]
    texts = [" ".join(opening), "Frankie tried. Frankie scored. Montoya smiled."]
    assert named_after_kind("Martin Montoya", opening, texts, set()) == "Frankie Franz"
