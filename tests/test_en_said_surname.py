"""A surname alone is a person's where the article shows it speaking (text/en_said_surname.py)."""

from __future__ import annotations

from citebrief.text.en_said_surname import said_surname


def test_a_surname_before_or_after_a_verb_of_saying_is_a_persons() -> None:
    assert said_surname("Charnley", ["Charnley said he was having to adapt."]) == "Charnley"
    assert said_surname("Clarkson", ['"We can go on a run," added Clarkson.']) == "Clarkson"


def test_a_word_that_never_speaks_a_dictionary_word_or_one_written_lower_is_not() -> None:
    assert said_surname("Charnley", ["Charnley has been to the stadium."]) == ""
    assert said_surname("Root", ["Root said it was a great feeling."]) == ""  # a dictionary word
    assert said_surname("Kirk", ["Kirk said so.", "The kirk stood on the hill."]) == ""  # written lower
    assert said_surname("Mr Clarkson", ["Mr Clarkson said so."]) == ""  # not one word
