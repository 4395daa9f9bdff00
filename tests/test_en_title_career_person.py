"""A past group of "he" bullets that name others once each (co-stars, roles) is about the
article's main person (`text/en_title_career_person.py`), so `en_title_background` titles it
"Surname's Career": en-cnndm 123's actor, not one role's "Harry Potter Films". A group whose
bullets name another person twice, or open on others, stays. Small cases written after the brief,
and the brief itself."""

from __future__ import annotations

from citebrief.text.en_title_background import background_title
from citebrief.text.en_title_career_person import career_person
from conftest import shared_group_titles

ARTICLE = [
    "Veteran actor Tom Ward is selling his books. Mr Ward, 80, said he was sad.",
    "Mr Ward has had a long career on stage. Mr Ward lives in Kent.",
    "He found fame in 1978 playing Jack Moss. He later played Carl Dunn in a drama.",
]
PAST = [
    "He found national fame in 1978 playing vet Jack Moss.",
    "The actor is well known for portraying Carl Dunn on television.",
    "More recently, he played Fred Lane in a film.",
]
PARAGRAPHS = [*ARTICLE[2:], "Star: Mr Ward in 1980. He also starred in a play."]


def test_the_main_person_the_pronouns_speak_of() -> None:
    assert career_person(PAST, PARAGRAPHS, ARTICLE + PARAGRAPHS, "Film Roles") == "Ward"


def test_a_past_group_naming_others_once_each_takes_the_main_persons_career() -> None:
    used = {"film roles"}
    assert background_title(PAST, PARAGRAPHS, ARTICLE + PARAGRAPHS, used, "Film Roles") == "Ward's Career"


def test_another_person_two_bullets_name_stays() -> None:
    twice = [*PAST, "Carl Dunn was also a vet."]
    assert career_person(twice, PARAGRAPHS, ARTICLE + PARAGRAPHS, "Film Roles") == ""


def test_bullets_that_open_on_others_stay() -> None:
    others = ["Jack Moss was a vet he played in 1978.", "Carl Dunn was a leader he portrayed.", PAST[2]]
    assert career_person(others, PARAGRAPHS, ARTICLE + PARAGRAPHS, "Film Roles") == ""


def test_a_person_the_group_paragraphs_never_write_stays() -> None:
    assert career_person(PAST, ARTICLE[2:], ARTICLE, "Film Roles") == ""


def test_a_title_two_bullets_say_stays() -> None:
    # "Tram Accident" over the accident three bullets tell is the group's event, no one item
    told = ["He found fame in 1978 after an accident.", "The actor is well known for the accident.", "He played a vet."]
    assert career_person(told, PARAGRAPHS, ARTICLE + PARAGRAPHS, "Film Roles") == "Ward"
    assert career_person(told, PARAGRAPHS, ARTICLE + PARAGRAPHS, "Film Accident") == ""
    assert career_person([*PAST, "He loved the film."], PARAGRAPHS, ARTICLE + PARAGRAPHS, "Film Roles") == "Ward"
    roles = [*PAST, "He loved the roles.", "His roles were small."]
    assert career_person(roles, PARAGRAPHS, ARTICLE + PARAGRAPHS, "Film Roles") == ""


def test_quotations_of_the_person_lead_nothing() -> None:
    # a supporter's "'Her entire career has been a road map …'" is her endorsement, not her past
    quoted = ["'His entire career led here,' Jack Moss said.", "'He has earned my vote.'", PAST[1]]
    assert career_person(quoted, PARAGRAPHS, ARTICLE + PARAGRAPHS, "Vote") == ""
    told = ["His entire career led here.", "He has earned the prize.", PAST[1]]
    assert career_person(told, PARAGRAPHS, ARTICLE + PARAGRAPHS, "Vote") == "Ward"


def test_en_cnndm_123_titles_the_actors_past_by_his_career() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 123)
    assert "Hardy's Career" in titles
    assert "Harry Potter Films" not in titles


def test_what_a_person_is_known_for_tells_their_past() -> None:
    for cue in ("well known for", "best known for"):  # rows of data/en_background_cues.tsv
        bullets = [PAST[0], f"The actor is {cue} portraying Carl Dunn on television.", PAST[2]]
        assert background_title(bullets, PARAGRAPHS, ARTICLE + PARAGRAPHS, set(), "Film Roles") == "Ward's Career"
    plain = [PAST[0], "The actor portrayed Carl Dunn on television.", PAST[2]]
    assert background_title(plain, PARAGRAPHS, ARTICLE + PARAGRAPHS, set(), "Film Roles") == "Film Roles"
