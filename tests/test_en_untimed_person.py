"""An English overview whose subject is only a month ("July") gives way to the person the lead
names; a lead that names no person twice keeps the time. Short texts written for the test."""

from __future__ import annotations

from citebrief.text.en_title_detail import overview_subject
from citebrief.text.en_untimed_person import untimed_person

LENT = [
    "The Hawks lent Dawson, 24, to Rovers in March and he has scored twice since.",
    "Dawson joined the Hawks from their academy in 2019.",
    "Rovers play at home on Friday.",
]


def test_a_month_gives_way_to_the_lead_person() -> None:
    assert overview_subject("March", LENT[:2], LENT, LENT) == "Dawson"
    assert overview_subject("March", LENT[:1], LENT, LENT) == "March"  # one bullet: as chosen
    assert overview_subject("Rovers", LENT[:2], LENT, LENT) == "Rovers"  # no time: as chosen
    # a full name, named again by its surname
    board = ["The board sacked Mark Dawson, 51, in March.", "Dawson had been in charge for two seasons."]
    assert untimed_person("March", board) == "Mark Dawson"


def test_a_name_the_article_says_once_is_no_subject() -> None:
    once = ["The Hawks lent Dawson, 24, to Rovers in March.", "Rovers play at home on Friday."]
    assert untimed_person("March", once) == ""
    assert overview_subject("March", once, once, once) == "March"
    clubs = ["Fans cheered Rovers in March.", "Rovers lost again."]  # no age, no given name: no person
    assert untimed_person("March", clubs) == ""
    assert untimed_person("May", [LENT[0].replace("March", "May"), *LENT[1:]]) == ""  # "May" may be a name
