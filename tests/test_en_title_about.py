"""A title one bullet's aside names, over a group about one person, gives way to that person's name
("Car Accident" → "January Jones", `text/en_title_about.py`); a title its bullet opens with, one
two bullets say, a name, a teller, an official, a first name alone and the overview's person leave
it. Small cases written after en-cnndm briefs, and the briefs of en-cnndm articles themselves."""

from __future__ import annotations

import pytest

from citebrief.text.en_title_about import about_title
from conftest import cnndm_groups, shared_article, shared_group_titles

CONTEXT = [
    "Bobby Flay had separated from his wife, Stephanie March.",
    "He was said to be involved with Mad Men star January Jones in 2010.",
]
JONES = [
    "'I know Stephanie basically asked him after January Jones, \"Did you f*** her?\"' an insider told the site.",
    "March was said to be suspicious after her husband happened to be on the scene when single mother Jones "
    "got into a car accident in LA in 2010.",
    "Jones is now dating Will Forte, who she was seen with in February at the premiere of The Last Man On Earth.",
    "It has been reported they separated three weeks ago.",
]


def _title(bullets: list[str], title: str, used: set[str] | None = None, context: list[str] = CONTEXT) -> str:
    given = set(used or set()) | {title.casefold()}
    return about_title(bullets, bullets, bullets + context, given, title)


def test_one_bullets_aside_gives_way_to_the_person_the_group_follows() -> None:
    used = {"car accident", "appendix burst"}
    assert about_title(JONES, JONES, JONES + CONTEXT, used, "Car Accident") == "January Jones"
    assert used == {"january jones", "appendix burst"}


def test_a_title_its_bullet_opens_with_stays() -> None:
    bullets = [*JONES[:3], "A car accident in LA left her shaken, friends said."]
    assert _title(bullets, "Car Accident") == "Car Accident"


def test_a_title_two_bullets_say_stays() -> None:
    bullets = [*JONES[:3], "The accident was reported by local papers."]
    assert _title(bullets, "Car Accident") == "Car Accident"


@pytest.mark.parametrize(
    ("bullets", "title"),
    [
        pytest.param(JONES[:2], "Car Accident", id="group-of-two"),
        pytest.param(JONES, "Last Man", id="a-name-as-written"),
        pytest.param(
            [
                "The Story of Katherine of Alexandria has been dubbed one of the biggest films for decades.",
                "The Story of Katherine of Alexandria pays homage to Saint Katherine in a pagan worship scene.",
                "The Story of Katherine of Alexandria is available in cinemas today.",
            ],
            "Pagan Worship",
            id="a-name-in-a-works-title-does-nothing",
        ),
    ],
)
def test_groups_the_rule_does_not_read_stay(bullets: list[str], title: str) -> None:
    assert _title(bullets, title, context=[*CONTEXT, "Saint Katherine of Alexandria was a martyr."]) == title


def test_a_pair_both_opening_on_the_person_takes_their_name() -> None:
    rose = [
        "Kim Rose, who is running for Nigel Farage's party in Southampton Itchen, is being investigated by "
        "officers after laying out the snacks at an event.",
        "Mr Rose, 57, branded police involvement as 'absolutely ridiculous', adding that voters in the marginal "
        "seat were unlikely to 'change their mind for a sausage roll'.",
    ]
    assert _title(rose, "Marginal Seat") == "Kim Rose"
    aside = [rose[0], "Voters in the marginal seat are unlikely to change their mind, Mr Rose said."]
    assert _title(aside, "Marginal Seat") == "Marginal Seat"  # the second bullet opens on the voters


def test_the_overview_person_stays_out() -> None:
    assert _title(JONES, "Car Accident", {"january jones's affair"}) == "Car Accident"


def test_a_teller_an_official_and_a_first_name_alone_stay() -> None:
    teller = [
        "Officers found the car in a ditch, Mr Dundon said.",
        "'We expect a rise in absenteeism on Monday,' said Mr Dundon.",
        "'It is a big jump,' Mr Dundon told the Courier Mail.",
    ]
    assert _title(teller, "Ditch", context=["Paul Dundon runs a chamber."]) == "Ditch"
    official = [
        "The center charts the rise of the party from its founding in the Bavarian capital in 1920.",
        "German Culture Minister Monika Gruetters praised the city for tackling its past.",
        "Gruetters noted that the effort is getting harder by the year.",
    ]
    assert _title(official, "Bavarian Capital", context=["Monika Gruetters spoke."]) == "Bavarian Capital"
    first_name = [
        "'When Wil was little, he would lie on his stomach,' Lawrence told ABC.",
        "He and his wife knew little about the disorder when Wil was born in October 2013.",
        "The father said he hopes to photograph Wil 'flying' in other places, through his YouTube channel.",
    ]
    article = shared_article("en-cnndm.jsonl", 125)  # the article of the father and his son Wil
    assert _title(first_name, "YouTube Channel", context=[article]) == "YouTube Channel"


def test_en_cnndm_briefs_title_the_person_not_one_bullets_aside() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 170)
    assert "January Jones" in titles and "Car Accident" not in titles  # was "Car Accident" before
    groups = cnndm_groups(170)
    jones = next(at for at, group in enumerate(groups) if any("car accident" in b for b in group))
    assert titles[jones] == "January Jones"
    rose = shared_group_titles("en-cnndm.jsonl", 42)  # a pair of bullets, both opening on the candidate
    # the person, then what she said (`en_title_name_said`): "Kim Rose" read as a bare name
    assert "Rose on Police Involvement" in rose and "Marginal Seat" not in rose
    mclean = shared_group_titles("en-cnndm.jsonl", 128)
    assert "Don McLean" in mclean and "Airplane Crash" not in mclean
    # a title its bullet opens with stays: "A bronze eagle statue ... were also taken"
    assert "Bronze Eagle Statue" in shared_group_titles("en-cnndm.jsonl", 82)


DAEDONE = [
    "Orgasmic meditation founder Nicole Daedone hails from California.",
    "Before focusing her attentions on orgasmic meditation, the author and entrepreneur was a University "
    "Instructor in Semantics and Gender Communication.",
    "There are currently over 10,000 practitioners worldwide and 2,000 in the UK alone.",
    "Vanity Fair named Daedone in its list of 'Twelve Women Who Changed the Way We Look at Sex' and around "
    "900,000 people have viewed her Ted talk.",
]


def test_a_thing_of_the_person_half_the_bullets_name_gives_way_to_them() -> None:
    # two of four bullets name her (short of two thirds), but the title is hers: "her Ted talk"
    assert _title(DAEDONE, "Ted Talk", context=["Nicole Daedone spoke."]) == "Nicole Daedone"
    # the same bullets with the talk no one's own: the title stays
    unowned = [*DAEDONE[:3], "Vanity Fair named Daedone in its list, and 900,000 people have viewed a Ted talk."]
    assert _title(unowned, "Ted Talk", context=["Nicole Daedone spoke."]) == "Ted Talk"
    # her thing, but only one bullet of four names her: the title stays
    once = [DAEDONE[1], DAEDONE[2], "Classes cost £195.", DAEDONE[3]]
    assert _title(once, "Ted Talk", context=["Nicole Daedone spoke."]) == "Ted Talk"


def test_en_cnndm_50_titles_the_founder_not_her_ted_talk() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 50)
    assert "Nicole Daedone" in titles and "Ted Talk" not in titles  # was "Ted Talk" before
    # half the bullets name a clinic the article writes like a person's name: no title makes it one.
    # en_pair_splits (session 49) cut "Regular Customers" in two (the nurse's procedure, then a
    # customer and the clinic): the clinic's group is titled by the customer, not as the clinic's
    titles = shared_group_titles("en-cnndm.jsonl", 59)
    assert not any(title.startswith("Skin Therapy") for title in titles), titles
