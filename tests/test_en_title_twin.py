"""A group title whose modifier another title already says gives its noun alone, where more of
the group's bullets say the noun (as a thing, not a modifier: "poverty chief") than the whole
("Sentencing Hearing" → "Hearing" beside "Sentence"); a title whose kept word is in its middle,
an "of" phrase, a term the bullets repeat, a noun one bullet says, a name and a title sharing
nothing keep theirs. Shared en-cnndm articles whose briefs readers marked."""

from __future__ import annotations

from citebrief.text.en_title_twin import title_families, twin_title
from conftest import shared_group_titles

HEARING = [
    "Judge Smith will confirm the money has been paid at a short hearing on May 15.",
    "At his sentencing hearing, his lawyer said the manager turned to gambling.",
    "The court also heard statements from two of the victims.",
]
STATION = [
    "The cargo ship is carrying food and fuel for the space station.",
    "The next flight to the space station is not scheduled before June.",
    "Flight controllers continue their efforts to reach the space station.",
]


def _titled(bullets: list[str], title: str, other: str) -> tuple[str, set[str]]:
    used = {other.casefold(), title.casefold()}
    return twin_title(bullets, bullets, bullets, used, title), used


def test_shared_modifier_gives_the_noun() -> None:
    title, used = _titled(HEARING, "Sentencing Hearing", "Sentence")
    assert title == "Hearing"
    assert "hearing" in used and "sentencing hearing" not in used


def test_titles_that_stay() -> None:
    assert _titled(HEARING, "Sentencing Hearing", "Glenn Mason")[0] == "Sentencing Hearing"  # nothing shared
    assert _titled(STATION, "Space Station", "Space Agency")[0] == "Space Station"  # a term three bullets say
    assert _titled(HEARING, "Hearing of Sentence", "Sentence")[0] == "Hearing of Sentence"  # an "of" phrase
    # the kept word in the middle: "Terrorist" alone reads as no thing
    fighters = ["Foreign terrorist fighters fled.", "The terrorist fighters came home.", "A terrorist plot."]
    assert _titled(fighters, "Foreign Terrorist Fighters", "Foreign Fighters")[0] == "Foreign Terrorist Fighters"
    once = ["At his sentencing hearing, his lawyer spoke.", "The court heard statements."]
    assert _titled(once, "Sentencing Hearing", "Sentence")[0] == "Sentencing Hearing"  # one bullet's noun
    # "poverty chief" says a chief: one bullet says poverty as a thing
    chief = [
        "Oxfam poverty chief Rachael Orr said it was worrying.",
        "Food banks are new, whereas food poverty is not.",
    ]
    assert _titled(chief, "Food Poverty", "Food Banks")[0] == "Food Poverty"


def test_title_families_leave_joins() -> None:
    assert title_families("Law of the Service") == {"law", "servic"}
    assert title_families("Derby Defeats") & title_families("Derbies")


def test_shared_articles() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 166)
    assert "Sentence" in titles and "Hearing" in titles and "Sentencing Hearing" not in titles
    assert "Space Station" in shared_group_titles("en-cnndm.jsonl", 169)  # a term its bullets say
    assert "Food Poverty" in shared_group_titles("en-cnndm.jsonl", 122)  # one bullet's thing, one's "poverty chief"
