"""A group that tells one person's past, titled by one item of it, takes "Surname's Career"
(`text/en_title_background.py`): "Spain Squad" → "Bueno's Career"; a group of the news, a
"career" that only qualifies another noun ("66th career title"), paragraphs that never write
"career" and a title another group has leave it. Small cases written after en-cnndm briefs, and
the briefs of en-cnndm articles themselves."""

from __future__ import annotations

from citebrief.text.en_title_background import background_title
from conftest import shared_group_titles

CONTEXT = ["Striker Alberto Bueno scores for Rayo.", "Coach Fabio Capello trained him."]
PAST = [
    "Bueno came through at Real Madrid in the 2006-07 season under Fabio Capello.",
    "He left the club in 2009 signing for Valladolid.",
    "Bueno played for Derby on loan five years ago.",
]
PARAGRAPHS = [*PAST, "It has been a long road in his career so far."]


def _title(paragraphs: list[str], bullets: list[str] = PAST, used: set[str] | None = None) -> str:
    given = set(used or set()) | {"spain squad"}
    return background_title(bullets, paragraphs, bullets + CONTEXT, given, "Spain Squad")


def test_a_persons_past_takes_their_career() -> None:
    used = {"spain squad"}
    assert background_title(PAST, PARAGRAPHS, PAST + CONTEXT, used, "Spain Squad") == "Bueno's Career"
    assert used == {"bueno's career"}


def test_paragraphs_without_the_career_noun_stay() -> None:
    assert _title(PAST) == "Spain Squad"
    assert _title([*PAST, "Bueno is chasing a 66th career title."]) == "Spain Squad"


def test_a_group_of_the_news_stays() -> None:
    news = ["Bueno scored twice on Wednesday.", "Rayo face Real Madrid next.", PAST[0]]
    assert _title([*news, "his career so far"], news) == "Spain Squad"


def test_a_phrase_another_title_says_stays() -> None:
    assert _title(PARAGRAPHS, used={"bueno's career"}) == "Spain Squad"


def test_en_cnndm_briefs_title_a_past_group_by_the_career() -> None:
    assert "Bueno's Career" in shared_group_titles("en-cnndm.jsonl", 23)
    assert "Benaud's Career" in shared_group_titles("en-cnndm.jsonl", 94)
    assert "Nadal's Career" not in shared_group_titles("en-cnndm.jsonl", 105)  # "66th career title"
