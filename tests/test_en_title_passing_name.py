"""A person's name one bullet says in passing gives way to the name more than half the group's
bullets say (`en_title_passing_name`); a name that opens a bullet, a thing's name and a name
only half the bullets say stay. Small cases, and en-xsum briefs as pasted."""

from __future__ import annotations

from citebrief.text.en_title_passing_name import passing_name_title
from conftest import shared_group_titles

ROUND = [
    "Westwood, meanwhile, carded seven birdies and just one bogey in his 66.",
    "Westwood's partner Danny Willett pulled out because of a back problem, and his place went to Chris Wood.",
    '"I\'m disappointed not to be playing," said Westwood.',
]
ARTICLE = ["Westwood's partner Danny Willett pulled out, said Westwood. Danny Willett won the Masters."]


def _titled(bullets: list[str], title: str, texts: list[str]) -> str:
    return passing_name_title(bullets, texts, texts, {title.casefold()}, title)


def test_a_partner_said_once_gives_way_to_whom_the_bullets_follow() -> None:
    assert _titled(ROUND, "Danny Willett", ARTICLE + ROUND) == "Westwood"


def test_a_name_that_opens_a_bullet_stays() -> None:
    led = ["Danny Willett pulled out with a back problem.", *ROUND[:1], ROUND[2]]
    assert _titled(led, "Danny Willett", ARTICLE + led) == "Danny Willett"


def test_a_name_half_the_bullets_say_is_not_enough() -> None:
    half = [*ROUND[1:], "The course was wet.", "Play resumed at noon."]
    assert _titled(half, "Danny Willett", ARTICLE + half) == "Danny Willett"


def test_xsum_group_titled_by_the_golfer_it_follows() -> None:
    assert shared_group_titles("en-xsum.jsonl", 116)[1] == "Westwood"  # not "Danny Willett"


def test_a_phrase_no_bullet_writes_as_a_name_stays() -> None:
    # en-cnndm's "Performance from Hamilton" (its paragraphs as the bench reads them) had become "It"
    drive = [
        "It was another 'home run' performance from Hamilton, a man who claims he is a perfectionist.",
        "It led to the suggestion that perhaps he was feeling unbeatable.",
        "I put the car there and it goes there, I get the exit.",
    ]
    texts = ["Lewis Hamilton has conceded, It was another home run.", *drive]
    assert _titled(drive, "Performance from Hamilton", texts) == "Performance from Hamilton"
