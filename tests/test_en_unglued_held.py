"""en_reports.unglued: a side of a glued title that another group's title holds is not taken
again, so one brief names one thing once (the horse in the overview, the race in its group)."""

from citebrief.text.en_reports import unglued

FIRM = [
    "Jon Pike was accused of theft from building firm Kerrow Stone Ltd.Mr Pike, a clerk, was bailed. "
    "Mr Pike denies it. Mr Pike is due back in court, and Kerrow Stone Ltd said nothing."
]
RACE = [
    "The grey mare Silver Kettle won the Vale Hurdle by a length on Saturday.Silver Kettle had "
    "never fallen before. Silver Kettle was led home by her trainer.",
    "The stewards examined the Vale Hurdle result and found no fault with the Vale Hurdle ride.",
]
BULLETS = [
    "The stewards examined the Vale Hurdle result and found no fault with the Vale Hurdle ride",
    "The grey mare Silver Kettle won the Vale Hurdle by a length",
]


def test_side_another_title_holds_gives_way_to_the_other() -> None:
    used = {"kerrow stone ltd.mr pike", "mr pike"}
    assert unglued("Kerrow Stone Ltd.Mr Pike", FIRM, used) == "Kerrow Stone Ltd"
    assert used == {"mr pike", "kerrow stone ltd"}


def test_held_side_beside_a_time_takes_the_bullets_phrase() -> None:
    used = {"silver kettle"}
    title = unglued("Saturday.Silver Kettle", RACE, used, BULLETS, RACE)
    assert title == "Vale Hurdle Result"
    assert used == {"silver kettle", "vale hurdle result"}


def test_free_side_stays_as_before() -> None:
    used = {"vale hurdle"}
    assert unglued("Saturday.Silver Kettle", RACE, used, BULLETS, RACE) == "Silver Kettle"
