"""Pieces of a quotation whose opening stood in a sentence before (text/quote_fragments.py), and
how the brief treats them (engines/lead_points.lean_on_previous): en-cnndm sentences blind
readers quoted as bullets that read as the writer's words or open mid-quote."""

from __future__ import annotations

from citebrief.engines.lead_points import lean_on_previous
from citebrief.text.quote_fragments import (
    DOUBLE_MARK,
    closes_unopened,
    inside_open_quote,
    opens_after_colon,
    opens_unclosed,
)

OPENS = "‘Our beardie doesn't like our cat, so we don't let them play together."
CLOSES = "He will [only] play with the cat if the dog is around because he really likes our dog,’ said the video maker."
JUDGE = "‘In my judgement I am afraid these matters are so serious that I am not able to suspend the sentence."
MIDDLE = "The best I can do is to pass a sentence of 15 months imprisonment."


def test_quotation_ends_it_never_opened() -> None:
    assert closes_unopened(CLOSES)
    assert closes_unopened("We hope to play more finals,' he added.")
    assert not closes_unopened("‘We hope to play more finals,’ he added.")  # opened and closed
    assert not closes_unopened("The dogs’ bowls were empty and the cat's bed was wet.")  # apostrophes
    assert not closes_unopened('He did some work for them in 2014."It\'s all about the money," he added.')  # glued


def test_quotation_opens_and_goes_on() -> None:
    assert opens_unclosed(OPENS) and opens_unclosed(JUDGE)
    assert not opens_unclosed("‘We hope to play more finals,’ he added.")
    assert not opens_unclosed("Mr Lee said: 'We are ready.")  # opens later in the sentence, after its speaker
    assert not opens_unclosed("‘Hard Brexit’ is coming, the minister warned the party.")  # a scare quote


def test_words_double_quoted_inside_a_single_quotation_do_not_close_it() -> None:
    inner = 'The "good old days" of long "queues" are behind the whole town now.'
    assert opens_unclosed(f"'{inner}") and opens_unclosed(f"‘{inner}")
    assert inside_open_quote(f"'{inner}", "This shows in how the visitors treat us.")
    assert not opens_unclosed(f"'{inner}'")  # its own single mark closes it
    assert not opens_unclosed(f'"{inner}"')  # a quotation opened on a double mark closes on one


def test_quotation_opens_after_its_speakers_colon_and_goes_on() -> None:
    assert opens_after_colon('Club captain Sam Hollis:"We lost the toss and never recovered.')  # BBC's glued colon
    assert opens_after_colon("Mr Lee said: 'We are ready.")
    assert opens_after_colon('"Club captain Sam Hollis:"We lost the toss.')  # a closing mark glued before it
    assert not opens_after_colon('Club captain Sam Hollis:"We lost the toss."')  # closed in the sentence
    assert not opens_after_colon("The club said on Monday: the side lost the toss.")  # no quotation


def test_sentence_inside_an_open_quotation() -> None:
    assert inside_open_quote(JUDGE, MIDDLE)
    assert not inside_open_quote("The judge spoke to the court on Monday.", MIDDLE)
    assert not inside_open_quote(JUDGE, "‘But for your mitigation this sentence would have been far longer.’")
    assert inside_open_quote(JUDGE, "I don't doubt that it was the gambling.")  # an apostrophe is no mark
    glued = '"McIlroy was level par for the day after 10 holes.'  # BBC's closing mark, glued to the next sentence
    assert not inside_open_quote(glued, "But he hit back with a birdie on the par-five 11th.")


def test_middle_of_a_quotation_is_left_and_its_end_carries_its_opening() -> None:
    texts = [JUDGE, MIDDLE, OPENS, CLOSES]
    trimmed = list(texts)
    left = lean_on_previous(texts, [5, 5, 6, 6], trimmed, [1, 3], "en")
    assert left == {1}  # whose words "The best I can do" are, the bullet cannot say
    assert trimmed[3] == f"{OPENS} {CLOSES}"  # the quotation whole, with its speaker


def test_double_mark_finds_double_marks_only() -> None:
    assert DOUBLE_MARK.search("How many were 'official' currency") is None
    assert DOUBLE_MARK.search('He said "yes"') is not None
    assert DOUBLE_MARK.search("“Yes”") is not None
