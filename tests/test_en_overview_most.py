"""A vague English overview subject's last way out: the person the article is about, named in
full in its opening paragraphs and named most (`text/en_overview_most.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_most import most_named_person, name_run, owned_subject
from citebrief.text.en_overview_title import overview_plain

BODY_PAINT = [
    "These incredible photos are about as close to an adult version of Where's Wally as you can get. Camouflaged "
    "in body paint, women pose for the camera against a backdrop of overgrown woodland. A series of pictures by "
    "German artist Jörg Düsterwald show body-painted models camouflaged in woodland",
    "The jaw-dropping artwork is the brainchild of Jörg Düsterwald, a 49-year-old artist and bodypainter from "
    "Hameln, Germany. Jörg has been actively producing body art projects for the last 20 years.",
    "The pre-painted model is then placed against an item like a tree or a mossy log and then Jörg adds details "
    "that will help to camouflage her using his portable paint kit.",
]


def test_the_person_named_most_is_what_the_article_is_about() -> None:
    assert most_named_person(BODY_PAINT, set()) == "Jörg Düsterwald"


def test_a_person_named_once_or_already_a_title_is_none() -> None:
    assert most_named_person(BODY_PAINT[:1], set()) == ""  # named once, never by given name alone
    assert most_named_person(BODY_PAINT, {"jörg düsterwald"}) == ""


def test_a_clause_opener_is_no_part_of_the_name() -> None:
    """A lead that opens on its own clause capitalises the opener: the person is the rest."""
    texts = [
        "Although Hillary Clinton boasts a robust 3.6 million Twitter followers, few are real. "
        "Clinton has been criticised before.",
        "Mrs. Clinton's aides declined to comment. Clinton spoke on Monday.",
    ]
    assert most_named_person(texts, set()) == "Hillary Clinton"
    # a two-word run keeps its first word: "When Harry" is no opener and a name
    assert most_named_person(["While Smith waited, Smith slept. Smith woke.", "Smith left."], set()) == ""


def test_a_place_is_no_person() -> None:
    texts = ["Fans in New York cheered.", "New York is big. New York has many fans. New York was loud."]
    assert most_named_person(texts, set()) == ""


def test_a_vague_overview_subject_takes_the_person() -> None:
    bullets = [BODY_PAINT[0].split(". ")[0]]
    used = {"adult version"}
    assert overview_plain("Adult Version", BODY_PAINT[0].split(". "), bullets, BODY_PAINT, used) == "Jörg Düsterwald"
    assert used == {"jörg düsterwald"}


BAYERN = [
    "Injury-ravaged Bayern Munich beat Hoffenheim 2-0 on Saturday. Sebastian Rode scored in the 38th minute and "
    "Hoffenheim's Andreas Beck added an own goal in stoppage time.",
    "Rode then made the most of Bayern's second chance of the game. Rode was lucky not to be penalised a minute later.",
    "They did get a second goal when Thomas Mueller cut the ball back to the unfortunate Hoffenheim captain Beck.",
]


def test_a_subject_named_as_someones_gives_way_to_the_person_named_more() -> None:
    assert owned_subject("Hoffenheim's Andreas Beck", BAYERN, set()) == "Sebastian Rode"
    used = {"hoffenheim's andreas beck"}
    opening = BAYERN[0].split(". ")
    assert overview_plain("Hoffenheim's Andreas Beck", opening, opening, BAYERN, used) == "Sebastian Rode"
    assert used == {"sebastian rode"}


def test_a_subject_not_named_as_someones_or_named_most_stays() -> None:
    assert owned_subject("Bayern Munich", BAYERN, set()) == ""
    assert owned_subject("Bayern's Sebastian Rode", BAYERN, set()) == ""  # the one named most already
    assert owned_subject("Hoffenheim's Andreas Beck", BAYERN, {"sebastian rode"}) == ""


LAMB = [
    "He was so big that it took Shepherd John Hendy and a team of three helpers to help mother Jean deliver the "
    "young lamb, who they've now named Big Ben.",
    "Suffolk black lamb Jean is seven years old but Ben is twice the weight of all his brothers and sisters.",
]


def test_a_one_word_subject_takes_the_name_run_it_ends() -> None:
    assert name_run("Ben", LAMB, LAMB, set()) == "Big Ben"
    used = {"ben"}
    assert overview_plain("Ben", LAMB, LAMB, LAMB, used) == "Big Ben"
    assert used == {"big ben"}


def test_a_run_the_word_opens_a_title_or_a_sentence_start_is_no_name() -> None:
    texts = ["Milner holds the record for the most capped England Under-21 player.", "Dr Venter said it works."]
    assert name_run("England", texts, texts, set()) == ""  # a part of "England Under-21"
    assert name_run("Venter", texts, texts, set()) == ""  # "Dr Venter" says no more
    assert name_run("Ben", ["Yesterday Ben was weighed."], ["Yesterday Ben was weighed."], set()) == ""
    assert name_run("Ben", LAMB, LAMB, {"big ben"}) == ""
