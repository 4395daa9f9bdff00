"""A theme group's head opening on a thing's pronoun whose sentence another group holds gives its
place to a sibling bullet that stands alone (engines/en_standalone_heads.py), read on en-xsum."""

from __future__ import annotations

from citebrief.engines.en_standalone_heads import opens_on_thing, stands_alone
from conftest import group_opening, shared_groups


def test_a_leaning_thing_head_goes_second_after_a_sibling_that_stands_alone() -> None:
    # "It follows a BBC investigation …" headed "BBC Investigation" while the key points' lead held
    # the request it follows; after the letter's bullet, its "It" is the letter
    groups = shared_groups("en-xsum.jsonl", 166)
    group = group_opening(groups, "It follows a BBC investigation")
    assert group[0].startswith("Mr Ashley has until 21 March"), groups
    assert group[1].startswith("It follows a BBC investigation"), groups
    # "Its aim is to plant 'millions' …" after the charity's plan, not under "UK Trees" alone
    groups = shared_groups("en-xsum.jsonl", 57)
    group = group_opening(groups, "Its aim is to plant")
    assert group[0].startswith("In Brackfield Wood, the conservation charity"), groups
    assert group[1].startswith("Its aim is to plant"), groups


def test_a_head_stays_where_no_sibling_stands_alone() -> None:
    # "It is now promising …" then "It says …": the sibling leans too, so nothing swaps. en-xsum 146
    # held such a group until s290c3 kept its fee sentences in one run (no "It" head there now)
    assert opens_on_thing("It is now promising to add features, but schools may face extra costs")
    assert not stands_alone("It says more than 7,000 classrooms in 40 countries use the game")
    groups = shared_groups("en-xsum.jsonl", 146)
    assert not any(group[0].startswith("It is now promising") for group in groups[1:]), groups


def test_openers_and_siblings_are_read_from_the_table() -> None:
    assert opens_on_thing("It follows a BBC investigation")
    assert opens_on_thing("Its aim is to plant trees")
    assert not opens_on_thing("He said the PM needs to raise his game")
    assert not opens_on_thing("Items were sold")
    assert stands_alone("Mr Ashley has until 21 March to respond")
    assert not stands_alone("Alexis also wasn't shy about standing up for herself")
    assert not stands_alone("'That's hilarious,' she posted")
    assert not stands_alone("But the council said no")
