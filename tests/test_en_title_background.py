"""A group that tells one person's past, titled by one item of it, takes "Surname's Career"
(`text/en_title_background.py`): "Spain Squad" → "Bueno's Career"; a group of the news, a
"career" that only qualifies another noun ("66th career title"), paragraphs that never write
"career" and a title another group has leave it. Small cases written after en-cnndm briefs, and
the briefs of en-cnndm articles themselves."""

from __future__ import annotations

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_title_background import background_title, career_grounded
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


def test_paragraphs_of_a_career_without_the_word_take_it_where_the_article_writes_it() -> None:
    paragraphs = ["Bueno first joined Real Madrid in 2006.", "He made 29 appearances for Derby."]
    bullets = [*paragraphs, "Bueno is now at Rayo."]
    article = [*bullets, *CONTEXT, "Striker Bueno has had a long career."]
    used = {"spain squad"}
    assert background_title(bullets, paragraphs, article, used, "Spain Squad") == "Bueno's Career"
    assert background_title(bullets, paragraphs, bullets + CONTEXT, used, "Spain Squad") == "Spain Squad"


def test_a_career_title_is_grounded_on_the_name_and_two_cues() -> None:
    paragraphs = ["Haskell first joined Wasps in 2002.", "He made 12 appearances for the Highlanders."]
    assert career_grounded("Haskell's Career", paragraphs)
    assert grounded("Haskell's Career", paragraphs)
    assert not career_grounded("Haskell's Career", paragraphs[:1])  # one cue
    assert not career_grounded("Wasps's Career", ["He made 12 appearances in 2002.", "He joined."])
    assert not career_grounded("Haskell's Return", paragraphs)


def test_a_team_written_after_the_is_no_person() -> None:
    bullets = ["The London Wasps captain joined in.", "He joined London Wasps in 2002.", "Haskell won caps."]
    article = [*bullets, "James Haskell has had a long career."]
    assert background_title(bullets, bullets, article, {"england cap"}, "England Cap") != "Wasps's Career"


def test_en_cnndm_briefs_title_a_past_group_by_the_career() -> None:
    assert "Bueno's Career" in shared_group_titles("en-cnndm.jsonl", 23)
    assert "Benaud's Career" in shared_group_titles("en-cnndm.jsonl", 94)
    assert "Haskell's Career" in shared_group_titles("en-cnndm.jsonl", 55)  # "England Cap", career in a caption
    assert "Nadal's Career" not in shared_group_titles("en-cnndm.jsonl", 105)  # "66th career title"


def test_of_people_named_as_often_the_one_the_first_bullet_opens_on_takes_the_career() -> None:
    # en-cnndm 23: Bueno's past beside the striker whose footsteps he followed, each named twice
    tied = [
        "Bueno came through at Real Madrid in the 2006-07 season under Fabio Capello.",
        "Following in the footsteps of Alvaro Negredo he left the club in 2009.",
        "Negredo made the Spain squad, and Bueno will face his old club on Wednesday.",
    ]
    paragraphs = [*tied, "He had to leave to launch his career."]
    article = [*tied, *CONTEXT]
    assert background_title(tied, paragraphs, article, {"spain squad"}, "Spain Squad") == "Bueno's Career"
    # where the first bullet opens on no one named as often, no one's career
    later = [tied[1], tied[0], tied[2]]
    assert background_title(later, paragraphs, article, {"spain squad"}, "Spain Squad") == "Spain Squad"
