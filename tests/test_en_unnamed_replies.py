"""A quotation opened by "… to which he replied: '…'" in a sentence naming no one is the words of
the one person the sentence before names (`en_unnamed_replies`, read by `en_quote_owners`)."""

from __future__ import annotations

from citebrief.engines.en_quote_owners import _speaker, group_says
from citebrief.engines.en_unnamed_replies import nested_quotation_line, replied_person
from citebrief.model import Point

_BEFORE = "It was another fine ride from Ollie Brandt Carver, a man who says he never rests."
_REPLY = "That raised the question of rest, to which he replied: 'I do not know what rest is."


def test_a_reply_by_he_is_the_person_named_just_before() -> None:
    texts = ["Ollie Brandt Carver won the stage.", _BEFORE, _REPLY]
    assert replied_person(texts, 2) == "Ollie Brandt Carver"
    assert _speaker(texts, 2) == "Ollie Brandt Carver"


def test_a_reply_whose_person_is_unsure_names_no_one() -> None:
    # two people before: which one replied is unsure
    two = "It was a fine ride from Ollie Carver and Tim Rudd, a man who says he never rests."
    assert replied_person(["Ollie Carver and Tim Rudd raced.", two, _REPLY], 2) is None
    # a "she" for a man's name, and no pronoun of his after the name
    assert replied_person(["Ollie Carver won.", _BEFORE, _REPLY.replace(" he ", " she ")], 2) is None
    assert replied_person(["Ollie Carver won.", "It was a fine ride from Ollie Carver.", _REPLY], 2) is None
    # the reply's sentence names someone itself: not this reading's
    named = "Asked by Tim Rudd, he replied: 'I do not know."
    assert replied_person(["Ollie Carver won.", _BEFORE, named], 2) is None


def test_a_line_after_a_word_quoted_inside_a_quotation_goes_on_it() -> None:
    assert nested_quotation_line("'It feels like 'go'.", "I turn the wheel and it turns, I get the line.")
    assert not nested_quotation_line("'It feels like go.'", "I turn the wheel and it turns.")  # closed
    assert not nested_quotation_line("'It feels like 'go'.", "The team turned the wheel.")  # the writer's


def test_a_word_quoted_and_a_man_who_claims_are_no_speakers_words() -> None:
    # the group names the person only as a kind of man and beside a word in marks: the line after
    # the reply still takes the name ("[Hamilton said:] I put the car there …", en-cnndm 126)
    told = [Point(text="It was another 'fine' ride from Carver, a man who says he never rests.", citations=[1])]
    assert not group_says("Carver", told)
    assert group_says("Carver", [Point(text="Carver said he never rests.", citations=[1])])
    assert group_says("Carver", [Point(text="Carver added: 'I never rest.'", citations=[1])])
