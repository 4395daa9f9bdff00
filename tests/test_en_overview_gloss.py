"""An English overview titled by a name the article writes only to gloss another ("Roscosmos,
the Russian Federal Space Agency, said") gives way to the thing the lead opens on
(`text/en_overview_gloss.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_gloss import glossed_only, lead_thing, past_gloss
from conftest import shared_group_titles

AGENCY = "Federal Space Agency"
LEAD = "An unmanned Russian spacecraft originally bound for the station will burn up after losing contact."
TEXTS = [
    LEAD,
    f"The spacecraft will re-enter in a week, Roscosmos, the {AGENCY}, said. Roscosmos is working on a new flight.",
    f'"Roscosmos (the {AGENCY}) announced that it will not dock," Kelly said. The spacecraft is spinning.',
]


def test_a_gloss_gives_way_to_the_thing_the_lead_opens_on() -> None:
    used = {AGENCY.casefold()}
    assert past_gloss(AGENCY, LEAD, TEXTS, used) == "Russian Spacecraft"
    assert used == {AGENCY.casefold(), "russian spacecraft"}  # no group titled by the teller either


def test_a_name_said_on_its_own_is_no_gloss() -> None:
    texts = [*TEXTS, f"The {AGENCY} has launched 60 such flights."]
    assert not glossed_only(AGENCY, texts)
    assert past_gloss(AGENCY, LEAD, texts, set()) == AGENCY


def test_a_gloss_is_a_name_of_two_words_or_more() -> None:
    assert glossed_only(AGENCY, TEXTS)
    assert not glossed_only("Roscosmos", TEXTS)
    assert not glossed_only("space agency", ["Roscosmos, the space agency, said."])


def test_a_place_a_day_or_a_list_before_the_phrase_is_no_gloss() -> None:
    # written for the test: an opening adverbial ends on ", the" as an apposition's name does, and a
    # list's name is followed by another, not closed
    assert glossed_only(AGENCY, [f"Roscosmos, the {AGENCY}, said Wednesday."])
    assert not glossed_only(AGENCY, [f"In Moscow, the {AGENCY}, said Wednesday."])
    assert not glossed_only(AGENCY, [f"On Tuesday, the {AGENCY}, said the craft was lost."])
    assert not glossed_only(AGENCY, [f"NASA, the {AGENCY} and ESA share the station."])
    assert not glossed_only(AGENCY, [f"NASA, {AGENCY} and ESA share the station."])


def test_a_lead_that_opens_on_a_name_or_a_kind_keeps_the_title() -> None:
    """A name alone ("Roscosmos said") or a word as general as "year" is no thing to title by."""
    assert lead_thing("Roscosmos said on Wednesday it lost the craft.", TEXTS, set()) == ""
    assert past_gloss(AGENCY, "Last year was hard for Roscosmos.", TEXTS, set()) == AGENCY


def test_a_thing_the_article_says_once_does_not_stand() -> None:
    lead = "A stray satellite will burn up after controllers lost contact with it."
    assert lead_thing(lead, TEXTS, set()) == ""


def test_a_thing_another_title_holds_does_not_stand() -> None:
    assert lead_thing(LEAD, TEXTS, {"russian spacecraft"}) == ""


def test_the_spacecraft_not_the_agency_that_told_of_it() -> None:
    """en-cnndm record 169: the agency's name is written only to say who Roscosmos is."""
    assert shared_group_titles("en-cnndm.jsonl", 169)[0] == "Key points: Russian Spacecraft"


def test_a_misread_head_the_article_says_once_does_not_stand() -> None:
    """ "Russian spacecraft bound for …" read as one phrase: its head "bound" is said nowhere else."""
    lead = "An unmanned Russian spacecraft bound for the station will burn up."
    assert lead_thing(lead, TEXTS, set()) == ""
