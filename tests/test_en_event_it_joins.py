"""An English bullet whose "It", "This" or "That" stands for the event the bullet right above it tells
(its sentence before) is said at that bullet's end (engines/en_event_it_joins.py): a blind reader of
en-xsum 62 marked "It represents a major victory for President Bashar al-Assad" dangling under the
bullet on Aleppo's fall. An "It" that names a thing or body ("It also has a network of 19 shops",
"It said …") stays a bullet of its own (text/en_event_pronoun.py, data/en_event_pronoun_verbs.tsv); an
"It is/was + a noun phrase" is the event where the phrase's head names what an event was
(data/en_event_pronoun_nouns.tsv: "It is the biggest defeat for …"), a thing where it does not."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.text.data_files import data_lines
from citebrief.text.en_event_pronoun import NOUNS, VERBS, opens_on_event_pronoun
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article


def _brief(name: str, index: int) -> tuple[Brief, SourceIndex]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return draft_extractive(document), SourceIndex(document)


@pytest.mark.parametrize(
    ("name", "index", "event", "pronoun"),
    [
        ("en-xsum.jsonl", 62, "rebel-held parts of Aleppo this week.", "It represents a major victory"),
        ("en-xsum.jsonl", 20, "in the year to the end of June 2016.", "This was despite turnover falling"),
        ("en-cnndm.jsonl", 71, "name of the second royal baby.", "It follows the success of"),
        ("en-cnndm.jsonl", 176, "temporary ban of Uber in that city.", "It came days after a driver"),
        ("en-xsum.jsonl", 144, "from Saturday's elections.", "It is the biggest defeat for"),
        ("en-cnndm.jsonl", 126, "stage in his F1 career.", "It is an ominous warning from"),
        ("en-xsum.jsonl", 192, "165-5 in Greater Noida.", "It was not enough with"),
    ],
)
def test_an_event_pronoun_bullet_joins_the_bullet_of_its_event(name: str, index: int, event: str, pronoun: str) -> None:
    brief, source = _brief(name, index)
    points = [point for group in brief.groups for point in group.points]
    said = [point.text for point in points]
    assert not any(text.startswith(pronoun) for text in said), said
    joined = [point for point in points if pronoun in point.text]
    assert len(joined) == 1 and f"{event} {pronoun}" in joined[0].text, said
    assert check_point(joined[0], source).label == "supported"
    assert all(len(group.points) >= 2 for group in brief.groups)


def test_a_thing_pronoun_bullet_stays_its_own() -> None:
    brief, _ = _brief("en-xsum.jsonl", 20)  # "The Turriff-based company … | It also has a network of 19 shops …"
    said = [point.text for group in brief.groups for point in group.points]
    assert any(text.startswith("It also has a network of 19 shops") for text in said), said


def test_the_pronoun_stands_for_an_event_only_before_a_word_of_the_table() -> None:
    assert opens_on_event_pronoun("It represents a major victory for the president.")
    assert opens_on_event_pronoun("It also comes after a fall in sales.")
    assert opens_on_event_pronoun("This was despite turnover falling.")
    assert not opens_on_event_pronoun("It said inspectors were told the situation was not unusual.")
    assert not opens_on_event_pronoun("It is understood it is being held in Tehran.")
    assert not opens_on_event_pronoun("This week he bought two cameras.")
    assert not opens_on_event_pronoun("It comesback.")  # a word of the table, not a word's start
    words = data_lines(VERBS)
    assert words
    for word in words:  # each row opens the event's pronoun
        assert opens_on_event_pronoun(f"It {word} a fall in sales."), word


def test_a_noun_phrase_pronoun_is_the_event_only_where_its_head_names_what_an_event_was() -> None:
    assert opens_on_event_pronoun("It is the biggest defeat for the Peoples Democratic Party (PDP) since 1999.")
    assert opens_on_event_pronoun("It is an ominous warning from a man who has won nine of the last 11 grands prix.")
    assert opens_on_event_pronoun("This became a massive operation - visiting 11,000 people.")
    assert opens_on_event_pronoun("It's the club's first win.")
    assert not opens_on_event_pronoun("It is the latest footage to emerge.")  # the footage the sentence before names
    assert not opens_on_event_pronoun("It became a custom-made signature model named Lucille.")  # the guitar
    assert not opens_on_event_pronoun("It was one of the first directives President Barack Obama ordered.")
    assert not opens_on_event_pronoun("It is the first car to run on it.")  # "first" is no head before a noun
    # en-cnndm 49: a "first time" tells a fact of its own; joined to the grid place it read worse (blind read)
    assert not opens_on_event_pronoun("This is the first time that Schumacher Junior is racing under his own name.")
    assert not opens_on_event_pronoun("It is a defeat tally.")
    nouns = data_lines(NOUNS)
    assert nouns
    for noun in nouns:  # each row, ending its phrase, says what the event was
        assert opens_on_event_pronoun(f"It was the biggest {noun} for the party."), noun
        assert not opens_on_event_pronoun(f"It was the biggest {noun}-shaped cake."), noun


def test_a_thing_it_is_a_noun_phrase_bullet_stays_its_own() -> None:
    brief, _ = _brief("en-xsum.jsonl", 104)  # "… the closure of the Cuban detention camp … | It was one of …"
    said = [point.text for group in brief.groups for point in group.points]
    assert any(text.startswith("It was one of the first directives") for text in said), said
