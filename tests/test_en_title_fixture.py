"""A title one bullet says gives way to the one fixture heading the group's bullets open ("Wasps v
Exeter" over one bullet's "Leg Injury", en-cnndm 107), several of one day to the day's fixtures
("Saturday's Fixtures" over one bullet's "Tigers Appearance"); fixtures of several days, a title two
bullets say and a fixture another title holds keep the title."""

from __future__ import annotations

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_title_fixture import fixture_title
from conftest import shared_group_titles

WASPS = [
    "WASPS v EXETER (SUNDAY: Ricoh Arena, 2pm) Nathan Hughes will wear No 8 for Wasps, while Christian Wade is fit.",
    "Phil Dollman is out with a leg injury, so Byron McGuigan takes over at full back for Exeter.",
]
ROUND = [
    "GLOUCESTER v NEWCASTLE (SATURDAY: Kingsholm, 3pm) Dan Robson and Billy Burns form a new half-back pairing.",
    "LEICESTER V LONDON WELSH (SATURDAY: Welford Road, 3pm) Graham Kitchener makes a first Tigers appearance.",
]


def _titled(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    return fixture_title(bullets, bullets, bullets, used if used is not None else {title.casefold()}, title)


def test_one_fixture_replaces_one_bullets_detail() -> None:
    used = {"leg injury", "tom wood"}
    assert _titled(WASPS, "Leg Injury", used) == "Wasps v Exeter"
    assert used == {"wasps v exeter", "tom wood"}
    assert _titled(ROUND[1:], "Tigers Appearance") == "Leicester v London Welsh"


def test_several_fixtures_of_one_day_are_the_days_fixtures() -> None:
    used = {"tigers appearance"}
    assert _titled(ROUND, "Tigers Appearance", used) == "Saturday's Fixtures"
    assert used == {"saturday's fixtures"}


def test_a_days_fixtures_stand_on_two_of_its_headings() -> None:
    paragraph = ["PREDICTION: Home win. " + " ".join(ROUND)]
    assert grounded("Saturday's Fixtures", paragraph)
    assert not grounded("Sunday's Fixtures", paragraph)
    assert not grounded("Saturday's Fixtures", [ROUND[0]])  # one match is no day's fixtures


def test_several_days_shared_title_or_taken_fixture_stay() -> None:
    assert _titled([ROUND[0], WASPS[0]], "Tigers Appearance") == "Tigers Appearance"
    assert _titled(WASPS, "Wasps Back Row") == "Wasps Back Row"  # both bullets say "Wasps" or "back"
    assert _titled(WASPS, "Leg Injury", {"leg injury", "wasps v exeter"}) == "Leg Injury"
    assert _titled(["Phil Dollman is out with a leg injury."], "Leg Injury") == "Leg Injury"


def test_shared_cnndm_107_fixture_group() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 107)
    assert "Wasps v Exeter" in titles
    assert "Leg Injury" not in titles
    assert titles[2] == "Saturday's Fixtures"
