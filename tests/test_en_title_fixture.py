"""A title one bullet says gives way to the one fixture heading the group's bullets open ("Wasps v
Exeter" over one bullet's "Leg Injury", en-cnndm 107), several of one day to the day's fixtures
("Saturday's Fixtures" over one bullet's "Tigers Appearance"); fixtures of several days, a title two
bullets say and a fixture another title holds keep the title. A heading cut off its team news
still names the bullet under it in its passage; Saturday's and Sunday's are the weekend's."""

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
    friday = "BATH v SALE (FRIDAY: The Rec, 7.45pm) George Ford starts at fly-half for the hosts."
    assert _titled([friday, WASPS[0]], "Tigers Appearance") == "Tigers Appearance"
    assert _titled([ROUND[0], WASPS[0]], "Tigers Appearance") == "Weekend Fixtures"
    assert _titled(WASPS, "Wasps Back Row") == "Wasps Back Row"  # both bullets say "Wasps" or "back"
    assert _titled(WASPS, "Leg Injury", {"leg injury", "wasps v exeter"}) == "Leg Injury"
    assert _titled(["Phil Dollman is out with a leg injury."], "Leg Injury") == "Leg Injury"


# the passages as cut once headings leave their sentences: each heading before its team news
PASSAGES = [
    "PREDICTION: Home win. NORTHAMPTON V SARACENS (SATURDAY: Stadium MK, 3.15pm) Courtney Lawes is fit.",
    "SALE v HARLEQUINS (SATURDAY: AJ Bell Stadium, 2pm) The Sharks have shifted Josh Beaumont.",
    "WASPS v EXETER (SUNDAY: Ricoh Arena, 2pm) Nathan Hughes will wear No 8 for Wasps.",
]
TEAM_NEWS = ["Courtney Lawes is fit", "The Sharks have shifted Josh Beaumont", "Nathan Hughes will wear No 8"]


def _under(bullets: list[str], title: str) -> str:
    return fixture_title(bullets, PASSAGES, PASSAGES, {title.casefold()}, title)


def test_a_heading_before_the_bullet_in_its_passage_names_it() -> None:
    assert _under(TEAM_NEWS[:1], "Chris Ashton") == "Northampton v Saracens"
    assert _under(TEAM_NEWS[:2], "Chris Ashton") == "Saturday's Fixtures"
    assert _under(TEAM_NEWS, "Chris Ashton") == "Weekend Fixtures"


# cut into passages of three sentences: the Sunday heading closes one passage, its team news opens the next
CUT = [
    "PREDICTION: Home win. NORTHAMPTON V SARACENS (SATURDAY: Stadium MK, 3.15pm) Courtney Lawes is fit.",
    "SALE v HARLEQUINS (SATURDAY: AJ Bell Stadium, 2pm) The Sharks have shifted Josh Beaumont.",
    "Quins are still without Mike Brown. PREDICTION: Home win. WASPS v EXETER (SUNDAY: Ricoh Arena, 2pm)",
    "Nathan Hughes will wear No 8 for Wasps. PREDICTION: Home win.",
]


def test_a_heading_that_closes_the_passage_before_names_the_bullet_opening_the_next() -> None:
    titled = fixture_title(TEAM_NEWS, CUT, CUT, {"chris ashton"}, "Chris Ashton")
    assert titled == "Weekend Fixtures"  # not "Saturday's Fixtures" over Sunday's team news
    assert fixture_title(TEAM_NEWS[2:], CUT, CUT, {"chris ashton"}, "Chris Ashton") == "Wasps v Exeter"
    followed = [CUT[2] + " Wade is fit.", CUT[3]]  # the heading's own team news follows it there
    assert fixture_title(TEAM_NEWS[2:], followed, followed, {"chris ashton"}, "Chris Ashton") == "Chris Ashton"


def test_a_group_mostly_of_other_news_keeps_its_title() -> None:
    others = ["Wood said the pressure is real.", "Saints' season is alive.", "Quins must win."]
    assert _under([*others, TEAM_NEWS[0]], "Fitness Sessions") == "Fitness Sessions"


def test_the_weekends_fixtures_stand_on_a_saturday_and_a_sunday_heading() -> None:
    assert grounded("Weekend Fixtures", PASSAGES)
    assert not grounded("Weekend Fixtures", PASSAGES[:2])


def test_shared_cnndm_107_fixture_group() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 107)
    assert "Leg Injury" not in titles
    assert "Chris Ashton" not in titles
    assert titles[2] == "Weekend Fixtures"  # one group of the team news, its headings cut off
