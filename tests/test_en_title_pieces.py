"""An English title phrase cut out of a longer phrase where the text says it is refused: the
count before a unit ("15 minute partner practice"), a count and a noun after it ("par three
caddy"), a degree word before it ("pretty pricey skin"), an act's "of" object cut off ("the
light stimulation of ..."), the tail of a capitalized name ("Semantics and Gender
Communication"), a person word for its head ("the former Swansea City man"), a clause across a
missing comma ("a funny thing pressure, some ..."); whole noun phrases stay. Sentences shaped
after the shared en-cnndm set, and one of its articles."""

from __future__ import annotations

from citebrief.text.en_title_pieces import cut_piece
from citebrief.text.en_titles import misread
from conftest import shared_group_titles


def _cut(phrase: str, text: str) -> bool:
    return cut_piece(phrase, (text,))


def test_pieces_of_a_longer_phrase_are_refused() -> None:
    assert _cut("minute partner practice", "'It's a 15 minute partner practice that two people can do.'")
    assert _cut("Rory McIlroy’s par", "better known as Rory McIlroy’s par three caddy.")
    assert _cut("pretty pricey skin", "At $100 a pop, that's some pretty pricey skin 'maintenance'.")
    assert _cut("pricey skin", "At $100 a pop, that's some pretty pricey skin 'maintenance'.")
    assert _cut("light stimulation", "It involves the light stimulation of a woman's clitoris.")
    assert _cut("Gender Communication", "She was a University Instructor in Semantics and Gender Communication.")
    assert _cut("funny thing pressure", "It's a funny thing pressure, some players can handle it.")
    assert _cut("Swansea City man", "The former Swansea City man, who cost £28m, has failed to score.")
    assert _cut("row", "Some of ours perhaps can't after losing five in a row.")
    assert _cut("magazine's regular", "She appeared in the magazine's regular 'Queen of Everything' feature.")
    assert _cut("Lidl cost", "And houses close to a Lidl cost 2 per cent less.")
    assert _cut("people happy", "It was great to be the person that made so many people happy.")
    assert misread("minute partner practice", ["It's a 15 minute partner practice."])  # every title step


def test_whole_noun_phrases_stay() -> None:
    assert not _cut("partner practice", "It is a partner practice that two people can do.")
    assert not _cut("Sergio Garcia's cross", "Asenjo spilled Sergio Garcia's cross 11 minutes from time.")
    assert not _cut("Peter Lane", "His parents, Donna and Peter Lane, listened to the call.")
    assert not _cut("Little Green Men", "'We are not talking about little green men,' she said.")
    assert not _cut("adult version", "as close to an adult version of Where's Wally as you can get.")
    assert not _cut("development of the cutaneous barrier", "It aids the development of the cutaneous barrier.")
    assert not _cut("pressure", "Pressure is a funny thing.")
    assert not _cut("vision of the future", "He must unleash belief in his vision of the future', 'get down'.")
    assert not _cut("row", "The row over the fee went on.")


def test_a_shared_article_titles_no_cut_piece() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 24)  # the Masters: "Rory McIlroy's par three caddy"
    assert not any(t.startswith("Rory McIlroy") for t in titles), titles
    titles = shared_group_titles("en-cnndm.jsonl", 156)  # "The former Swansea City man"
    assert "Swansea City Man" not in titles and len(titles) >= 3, titles
