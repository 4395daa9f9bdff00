"""A plain-noun overview takes the change in amount its lead's finding writes of it
(`text/en_overview_change.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_change import change_grounded, overview_change
from citebrief.text.en_overview_deed import grounded
from conftest import shared_group_titles

POPULATION = (
    "The ethnic minority population in Britain will more than double by the middle of this century, meaning one "
    "in four Britons will be from black or minority groups by 2051, research shows."
)


def test_a_finding_of_change_names_the_change() -> None:
    used = {"ethnic minority population"}
    title = overview_change("Ethnic Minority Population", POPULATION, used)
    assert title == "Doubling of the ethnic minority population"
    assert used == {"ethnic minority population", title.casefold()}
    fell = "House prices in London fell by 3 per cent last month."
    assert overview_change("House Prices", fell, set()) == "Fall in house prices"
    record = "Immigrant population in the United States could reach a record high of 51million."
    assert overview_change("Immigrant Population", record, set()) == "Record immigrant population"


def test_no_change_written_after_the_thing_leaves_it() -> None:
    """A verb elsewhere in the sentence, a name, a hedge between: the subject stays."""
    assert overview_change("Chinese Restaurants", "One in five Chinese restaurants are serving soup.", set()) == (
        "Chinese Restaurants"
    )
    lead = "Waitrose shoppers said prices will rise."
    assert overview_change("Waitrose", lead, set()) == "Waitrose"  # the name's lower case is not written
    hedged = "The jobless rate in Spain will probably fall next year."
    assert overview_change("Jobless Rate", hedged, set()) == "Jobless Rate"


def test_grounding_reads_the_same_rule() -> None:
    assert change_grounded("Doubling of the Ethnic Minority Population", [POPULATION])
    assert grounded("Doubling of the Ethnic Minority Population", [POPULATION])
    assert not change_grounded("Fall in the Ethnic Minority Population", [POPULATION])
    assert not change_grounded("Doubling of the Immigrant Population", [POPULATION])


def test_shared_briefs_name_the_change() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 15)[0] == "Key points: Doubling of the Ethnic Minority Population"
    assert shared_group_titles("en-cnndm.jsonl", 18)[0] == "Key points: Record Immigrant Population"
