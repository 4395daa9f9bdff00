"""A title one bullet of three says, and no other paragraph of the article, gives way to a noun
phrase of common nouns more paragraphs say and more bullets speak to ("Prom Survey" over "Ping
Pong Balls", "Food Banks" over a quote's "Political Football"); a title the article says
elsewhere ("Promposals"), a name, a group of two, an empty phrase ("the makers"), a phrase one
bullet speaks to as the title is, and another title's phrase keep theirs. Shared articles: en-cnndm
95, whose title readers marked, and en-xsum 193."""

from __future__ import annotations

from citebrief.text.en_title_group_phrase import group_phrase_title
from conftest import shared_group_titles

FOOD_BANKS = [
    "Another independent food bank organisation warned that such figures could be misleading because "
    "food banks are a new phenomenon and should not be used as a ‘political football’.",
    "The row comes amid growing controversy over the spread of food banks – said by supporters to show "
    "that hunger is commonplace and need overwhelming.",
    "Yesterday’s report from the Trust put the number of people who were given three days’ worth of food "
    "at one of its 445 branches in the past financial year at 1,084,604.",
]
PROM = [
    "That's according to a survey from Visa, which asked 3,000 people aged 18 or older what they expected "
    "to shell out for the prom and on what.",
    "When student Taylor Huestis opened her locker, 456 ping pong balls, all with 'prom' written on them, "
    "fell onto the floor.",
    "Visa's prom survey also revealed some interesting regional and economic disparities.",
]
MAKERS = [
    "The rights to the book have been bought by the makers of the film.",
    "Production firm Essential 11 USA, the makers of the hit, is now working on a script.",
    "A number of Hollywood stars were queuing up for roles.",
]
LEAVE = [
    "Now it has emerged that the peer was apparently well enough to sign his name in a note to Lords authorities.",
    "The former Labour MP claimed more than £100,000 in parliamentary expenses and allowances.",
    "He has not attended the Lords since detectives raided his home.",
    "Janner requested an extension of his leave of absence instead of offering to stand down.",
]
LEAVE_PARAGRAPHS = [*LEAVE[:2], LEAVE[2] + " A year of absence began on sick leave.", LEAVE[3]]


def _titled(bullets: list[str], title: str, article: list[str] | None = None) -> str:
    return group_phrase_title(bullets, bullets, article or bullets, {title.casefold()}, title)


def test_one_bullets_detail_gives_way_to_the_phrase_more_say() -> None:
    used = {"political football", "trussell trust"}
    assert group_phrase_title(FOOD_BANKS, FOOD_BANKS, FOOD_BANKS, used, "Political Football") == "Food Banks"
    assert used == {"food banks", "trussell trust"}
    assert _titled(PROM, "Ping Pong Balls") == "Prom Survey"  # "survey" and "prom": two paragraphs say both


def test_the_articles_thread_a_name_and_a_pair_stay() -> None:
    article = [*PROM, "Ping pong balls are cheap."]
    assert _titled(PROM, "Ping Pong Balls", article) == "Ping Pong Balls"  # said in another paragraph
    assert _titled(PROM, "Taylor Huestis") == "Taylor Huestis"  # who the bullet is about: the name steps' choice
    assert _titled(FOOD_BANKS[:2], "Political Football") == "Political Football"  # a group of two


def test_no_empty_phrase_no_lone_bullets_phrase_and_no_other_title() -> None:
    assert _titled(MAKERS, "Hollywood Stars") == "Hollywood Stars"  # not "the makers"
    used = {"parliamentary expenses"}
    # two paragraphs say "leave" and "absence", but one bullet speaks to them, as to the title
    assert group_phrase_title(LEAVE, LEAVE_PARAGRAPHS, LEAVE_PARAGRAPHS, used, "Parliamentary Expenses") == (
        "Parliamentary Expenses"
    )
    used = {"ping pong balls", "visa's prom survey"}
    assert group_phrase_title(PROM, PROM, PROM, used, "Ping Pong Balls") == "Ping Pong Balls"


def test_shared_briefs() -> None:
    assert "Prom Survey" in shared_group_titles("en-cnndm.jsonl", 95)  # not "Ping Pong Balls"
    assert "Tax Payment" in shared_group_titles("en-xsum.jsonl", 193)  # not "Fiscal Obligations"
