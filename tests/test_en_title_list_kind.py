"""An English group title that is one item of a list a bullet gives after the list's kind ("a
number of health benefits, such as … a lower risk of type 2 diabetes") gives way to the kind
("Health Benefits": `en_title_list_kind.list_kind_title`); a named kind, a bare noun, a kind no
second bullet says, or a title two bullets say stays. Small cases written after en-cnndm 189, and
that brief's article."""

from __future__ import annotations

from citebrief.text.en_title_list_kind import list_kind_title
from conftest import shared_group_titles

EXERCISE = [
    "The changes in the brain may have health implications in the long-term, such as reducing the risk of falling.",
    "It could also reduce the risk of being immobile in older age, he added.",
    "Physical activity has been linked to a number of health benefits, such as lower levels of body fat, "
    "better memory and thinking, and a lower risk of type 2 diabetes.",
]
MAKE_UP = [
    "Promise talks her viewers through the steps that she took to get her Maleficent look.",
    "She uses many products from Mac's Maleficent collection including the eye shadows and eyelashes.",
]


def test_a_listed_item_gives_way_to_the_kind_the_bullet_names() -> None:
    used = {"lower risk"}
    assert list_kind_title(EXERCISE, EXERCISE, EXERCISE, used, "Lower Risk") == "Health Benefits"
    assert used == {"health benefits"}


def test_a_named_kind_or_item_or_a_kind_one_bullet_says_stays() -> None:
    assert list_kind_title(MAKE_UP, MAKE_UP, MAKE_UP, set(), "Eye Shadows") == "Eye Shadows"
    leaders = ["Messages came from world leaders, including Barack Obama.", "Other world leaders stayed silent."]
    assert list_kind_title(leaders, leaders, leaders, set(), "Barack Obama") == "Barack Obama"
    alone = EXERCISE[1:]  # "health" said by the listing bullet only
    assert list_kind_title(alone, alone, alone, set(), "Lower Risk") == "Lower Risk"


def test_a_title_not_listed_or_said_twice_or_a_kind_taken_stays() -> None:
    assert list_kind_title(EXERCISE, EXERCISE, EXERCISE, set(), "Older Age") == "Older Age"
    twice = [*EXERCISE, "A lower risk of falling matters most."]
    assert list_kind_title(twice, twice, twice, set(), "Lower Risk") == "Lower Risk"
    taken = {"lower risk", "health benefits of exercise"}
    assert list_kind_title(EXERCISE, EXERCISE, EXERCISE, taken, "Lower Risk") == "Lower Risk"


def test_the_exercise_brief_titles_the_benefits() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 189)
    assert "Health Benefits" in titles and "Lower Risk" not in titles
