"""A paragraph opening on unmarked words spoken as "I" after a paragraph that left a double-marked
quotation open goes on with that quotation (`en_carried_paragraphs`); a reporter's sentence opening
it, or a paragraph before that closed its quotation, does not; a quotation's own "I've always said"
names no other speaker (`en_quote_follows.without_own_saying`)."""

from __future__ import annotations

from citebrief.engines.en_quote_follows import speaks_on, without_own_saying
from citebrief.engines.en_speaker_reach import speakerless_line
from citebrief.text.en_carried_paragraphs import carried_quotations

OPEN = 'Asked about the ruling, Mr Okafor said: "Why would I stop now? The town needs its ferry.'
SPOKEN = 'And I have always said we will keep it running. "It is our lifeline.'
REPORTED = 'The council voted on Tuesday. "It is a lifeline," one member said.'
CONTRACTED = 'She didn\'t miss a single crossing. The mayor said: "It will close."'
CLOSED = 'Mr Okafor said: "Why would I stop now?"'


def test_first_person_words_after_an_open_quotation_go_on_with_it() -> None:
    assert carried_quotations([OPEN, SPOKEN]) == [False, True]


def test_a_reporters_sentence_or_a_closed_quotation_opens_a_new_paragraph() -> None:
    assert carried_quotations([OPEN, REPORTED]) == [False, False]
    assert carried_quotations([CLOSED, SPOKEN]) == [False, False]


def test_a_contraction_alone_does_not_carry_a_paragraph() -> None:
    # a reporter writes "didn't" too: the mayor's line after it is not Mr Okafor's
    assert carried_quotations([OPEN, CONTRACTED]) == [False, False]


def test_a_quotations_own_saying_names_no_other_speaker() -> None:
    line = "And I've always said we will keep it running."
    assert without_own_saying(line) == "And  we will keep it running."
    sentences = [
        'Asked about the ruling, Mr Okafor said: "Why would I stop now?',
        "The town needs its ferry.",
        line,
        "It is our lifeline.",
    ]
    assert speaks_on(sentences, 0, 3)
    assert speakerless_line(line, True, first_person=True)
    # another speaker's saying still names them
    assert not speaks_on([sentences[0], "The mayor said the ferry would close.", "It is our lifeline."], 0, 2)
