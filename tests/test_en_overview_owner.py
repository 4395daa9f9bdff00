"""An English overview titled by a name the article first writes as someone's relation ("his
former club Real Madrid", "his wife, Brenda Burns") gives way to the person it belongs to."""

from __future__ import annotations

from citebrief.text.en_overview_owner import relation_owner
from conftest import shared_article

CLUB = [
    "Alberto Bueno prepares to face his former club Real Madrid on Wednesday as the top scorer in Spain.",
    "Bueno has scored 17 goals this season. Bueno left Madrid in 2010.",
    "Real Madrid lead the league.",
]
WIFE = [
    "A father claims his baby was never abused. Joshua Burns and his wife, Brenda Burns, say he is innocent.",
    "Joshua Burns was jailed. 'He never hurt her,' Brenda Burns said.",
    "Brenda Burns added that Joshua Burns will appeal.",
]


def test_a_club_named_as_his_gives_way_to_its_player() -> None:
    assert relation_owner("Real Madrid", CLUB, set()) == "Alberto Bueno"


def test_a_wife_of_the_same_surname_gives_way_to_her_husband() -> None:
    assert relation_owner("Brenda Burns", WIFE, set()) == "Joshua Burns"


def test_the_subject_stays_where_no_relation_brings_it_in() -> None:
    assert relation_owner("Alberto Bueno", CLUB, set()) == ""
    assert relation_owner("Real Madrid", ["Real Madrid beat Alberto Bueno's side.", *CLUB[1:]], set()) == ""


def test_a_son_of_whom_a_parent_speaks_stays() -> None:
    texts = ["The last time Frank Jordan spoke with his son, Louis Jordan was fishing.", "Louis Jordan is home."]
    assert relation_owner("Louis Jordan", texts, set()) == ""


def test_the_subject_stays_where_the_owner_is_named_far_less_or_is_taken() -> None:
    texts = [CLUB[0], *(["Real Madrid won again."] * 5)]
    assert relation_owner("Real Madrid", texts, set()) == ""
    assert relation_owner("Real Madrid", CLUB, {"alberto bueno"}) == ""


def test_the_readers_brief_of_the_bueno_article_names_bueno() -> None:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    brief = draft(document_from_text(shared_article("en-cnndm.jsonl", 23), origin="bueno.txt", kind="text"))
    # Bueno, not "his former club Real Madrid"; since stop 53 with the move the lead writes waiting for
    # him (`en_overview_given.py`)
    assert brief.groups[0].title == "Key points: Alberto Bueno's Move to Porto"
