"""English names written like a person's (a capitalized word before the last) that the article
marks as a place, a body or a thing, and gives no person's cue, are no person's
(`text/en_non_persons.py`, read by `en_actors.is_person`)."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person, is_place_or_body, person_key
from citebrief.text.en_non_persons import not_a_person
from conftest import shared_article, shared_group_titles

SKATER = [
    "Footage shows the skater sailing down a slope in Santa Monica, Los Angeles, before he falls.",
    "The skater's friends rush over. Los Angeles has many such slopes.",
]
SHIP = [
    "Passengers are stranded on the Carnival Spirit outside Sydney Harbour.",
    "Carnival Cruise Lines stated the Carnival Spirit was safe.",
]
CLUB = ["Cardiff City welcomed 2,200 Leeds fans.", "Cardiff City said the fans were welcome."]


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        ("Los Angeles", SKATER),  # a narrower place, a comma, then it: "in Santa Monica, Los Angeles"
        ("Carnival Spirit", SHIP),  # "the Carnival Spirit": a thing
        ("Carnival Cruise Lines", SHIP),  # a body's word, though it "stated": bodies speak too
        ("Cardiff City", CLUB),
        ("Palm Beach County", ["She was released from Palm Beach County Jail.", "She lives in Palm Beach County."]),
    ],
)
def test_places_bodies_and_things_are_no_persons(name: str, texts: list[str]) -> None:
    assert not is_person(name, texts)
    assert is_place_or_body(name, texts)


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        # a month's name, but the article gives her a speaker's cue
        ("Stephanie March", ["He divorced his wife Stephanie March in March.", "March asked her spouse."]),
        # after "in", but owned: "in Benzema's absence"
        ("Karim Benzema", ["Karim Benzema is injured.", "Bale will score in Benzema's absence."]),
        # a body's word, but a title marks the person
        ("Emma Street", ["Emma Street runs the shop.", "Mrs Street said it was busy."]),
        # "in December, Blizerian": a date, not a place, before the name
        ("Dan Blizerian", ["Dan Blizerian posted a video.", "Then in December, Blizerian was arrested."]),
        ("Lucy Panton", ["Lucy Panton was found guilty.", "Panton, 40, was cleared."]),
    ],
)
def test_persons_the_article_marks_stay_persons(name: str, texts: list[str]) -> None:
    assert is_person(name, texts)
    assert not is_place_or_body(name, texts)


def test_the_paper_a_single_word_names_is_not_read_by_the_() -> None:
    """ "the Sun" is a paper that acts as a person does in a story: a single word after "the" stays."""
    texts = ["Three Sun journalists were cleared.", "The Sun said it was pleased. Daily Sun readers cheered."]
    assert is_person("Sun", texts) == is_person("Sun", [t.replace("The Sun", "Its owner") for t in texts])


def test_a_place_title_over_a_person_s_story_gives_way() -> None:
    """en-cnndm record 174: four bullets of Carrion-Moore's arrest, two name Palm Beach County (the
    group is "Arrest" since en_outcomes brings in her charges, "Carrion-Moore's Arrest" since
    en_title_possessed; "Beatrize Carrion-Moore" before)."""
    title = shared_group_titles("en-cnndm.jsonl", 174)[1]
    assert "Palm Beach" not in title and title in ("Carrion-Moore's Arrest", "Arrest", "Beatrize Carrion-Moore")


def test_an_owned_name_after_in_is_no_place() -> None:
    """ "in Frida's house", "in Benzema's absence": the name as written with its possessive too."""
    assert not not_a_person("Frida's", "Frida", "There were artefacts in Frida's house.")
    assert not_a_person("Los Angeles", "Angeles", "A slope in Santa Monica, Los Angeles, is steep.")


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("Food and Drug Administration", "Food and Drug Administration officials approved the drug."),
        ("London Assembly", "London Assembly members voted on Tuesday."),
        ("Ports Authority", "The Ports Authority warned passengers of delays."),
        ("Trade Union Congress", "Trade Union Congress leaders backed the strike."),
        ("Rome Embassy", "Rome Embassy staff declined to comment."),
        ("Health and Safety Executive", "Health and Safety Executive inspectors are looking into it."),
        ("Athletics Federation", "The Russia Athletics Federation was suspended."),
        ("Local Government", "A Local Government spokeswoman said crews worked through the night."),
        ("Foreign Office", "Foreign Office officials summoned the ambassador."),
        ("Houston Open", "She became Houston Open champion in 2014."),
        ("Labour Organisation", "The International Labour Organisation published the figures."),
        ("Health Organization", "The World Health Organization issued a warning."),
        ("Westminster Parliament", "Westminster Parliament members passed the bill."),
    ],
)
def test_a_name_ending_in_a_body_s_word_is_no_person(name: str, sentence: str) -> None:
    """The body's last words of `data/en_non_person_heads.tsv` "Government", "Office", "Open" ...:
    the capitalized word before them ("Local", "Foreign") is no given name."""
    assert not is_person(name, [sentence])
    assert is_place_or_body(name, [sentence])


@pytest.mark.parametrize(
    ("record", "index", "name"),
    [
        ("en-xsum.jsonl", 40, "Foreign Office"),
        ("en-xsum.jsonl", 37, "British Horseracing Authority"),
        ("en-xsum.jsonl", 99, "US Open"),
        ("en-cnndm.jsonl", 78, "Transportation Security Administration"),
        ("en-cnndm.jsonl", 116, "World Health Organization"),
    ],
)
def test_bodies_of_shared_articles_are_no_persons(record: str, index: int, name: str) -> None:
    """Read as persons before: a capitalized word before the last, and no person's cue."""
    article = shared_article(record, index)
    assert name in article
    assert not is_person(name, article.split("\n"))


def test_a_title_over_a_scottish_government_group_names_the_body_it_is_about() -> None:
    """en-xsum record 94: Swinney's pledge, the Scotland Office's answer about the Scottish
    government's money and Labour's "Scotland needs a government" were titled "Scotland Office"
    (read as a person's name, it named one bullet's speaker)."""
    assert shared_group_titles("en-xsum.jsonl", 94)[-1] == "Scottish Government"


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("Scottish Labour", "Scottish Labour will offer a real alternative to austerity."),
        ("English Heritage", "English Heritage looks after the site."),
        ("British Swimming", "British Swimming confirmed the squad on Monday."),
        ("Syrian Observatory", "Syrian Observatory monitors counted 40 dead."),
        ("Scottish Government", "A Scottish Government spokeswoman said crews worked through the night."),
    ],
)
def test_a_nationality_word_is_no_given_name(name: str, sentence: str) -> None:
    """`data/en_demonyms.tsv`: "Scottish" before "Labour" does not make "Labour" a surname."""
    assert not is_person(name, [sentence])


def test_a_nationality_word_before_a_given_name_leaves_the_person() -> None:
    """ "Australian Marc Leishman": a person by "Marc", and "Marc" alone is read as Leishman (it
    was a surname of its own, "Australian" taken for his given name)."""
    texts = ["Australian Marc Leishman shot a 66.", "Marc was delighted."]
    assert is_person("Marc Leishman", texts)
    assert person_key("Marc", texts) == "Leishman"


@pytest.mark.parametrize(
    ("record", "index", "name", "surname"),
    [
        ("en-xsum.jsonl", 94, "Scottish Labour", ""),
        ("en-xsum.jsonl", 98, "English Heritage", ""),
        ("en-xsum.jsonl", 99, "Fabio", "Fognini"),  # "Italian Fabio Fognini"
        ("en-xsum.jsonl", 135, "Faith", "Kipyegon"),  # "Kenyan Faith Kipyegon"
    ],
)
def test_nationality_words_of_shared_articles(record: str, index: int, name: str, surname: str) -> None:
    texts = shared_article(record, index).split("\n")
    assert person_key(name, texts) == surname


@pytest.mark.parametrize("word", data_lines("en_demonyms.tsv"))
def test_every_nationality_word_is_no_given_name(word: str) -> None:
    assert word.isalpha() and word[0].isupper()
    assert not is_person(f"{word} Heritage", [f"{word} Heritage looks after the site."])
