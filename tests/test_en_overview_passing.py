"""The overview's person the first bullet opens on, not one named in passing (`en_overview_passing`),
and no clause opener with a pronoun read as a name (`en_overview_most.most_named_person`)."""

from citebrief.text.en_overview_most import most_named_person
from citebrief.text.en_overview_passing import passing_subject
from conftest import shared_group_titles

TEXTS = [
    "Selby beat Xiao Guodong 13-6 in the second round.",
    "Selby won the first three frames. Selby, aiming for a third title, was happy.",
    "Selby begins his last-eight match on Tuesday.",
]


def test_passing_name_gives_way_to_the_opener() -> None:
    assert passing_subject("Xiao Guodong", TEXTS[:1], TEXTS, {"selby beat xiao guodong"}) == "Selby"


def test_a_subject_the_article_names_often_stays() -> None:
    texts = [*TEXTS, "Xiao Guodong lost. Guodong said so. Guodong left."]
    assert passing_subject("Xiao Guodong", TEXTS[:1], texts, set()) == "Xiao Guodong"


def test_a_dictionary_word_is_no_surname() -> None:
    texts = ["Trust said the cove was closed. Trust staff agreed. Trust members came."]
    assert passing_subject("Poldhu Cove", texts[:1], texts, set()) == "Poldhu Cove"


def test_clause_opener_and_pronoun_are_no_name() -> None:
    texts = [
        "The rider fractured her neck.Norfolk's Williamson spent weeks in hospital.",
        '"I was able to withstand the force."Although I did break a few bones, I pulled through.',
        "Williamson said. Williamson won. Williamson rode.",
    ]
    assert most_named_person(texts, set()) == ""  # not "Although I"


def test_shared_overviews() -> None:
    assert shared_group_titles("en-xsum.jsonl", 9)[0].endswith("Selby's Victory")  # not "Xiao Guodong" he beat
    assert shared_group_titles("en-xsum.jsonl", 158)[0].endswith("Hamilton")  # not "Briton"
    assert shared_group_titles("en-xsum.jsonl", 14)[0].endswith("Norfolk's Williamson")  # not "Although I"
