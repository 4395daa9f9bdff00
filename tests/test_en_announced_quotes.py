"""A bullet that announces the words after it carries them (engines/en_announced_quotes.py):
en-cnndm readers flagged "… McHenry delivers her biggest sting" with the sting in no bullet."""

from __future__ import annotations

import pytest

from citebrief.engines.en_announced_quotes import NAME, announced_quote, announces, parse_rows
from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.text.data_files import data_lines
from citebrief.verify import SourceIndex, check_point
from conftest import cnndm_groups

STING = "After a few more remarks about his car, the driver delivers his biggest sting."
WORDS = "'Maybe if I had a proper job they would listen to me, huh?' he says."
PAST = "The clerk did not answer and the driver left the office a few minutes later."


def _scored(*sentences: str) -> Scored:
    return score(document_from_text(" ".join(sentences), origin="announced", kind="text"), {})[0]


def _index(scored: Scored, sentence: str) -> int:
    return next(i for i, unit in enumerate(scored.units) if unit.text.strip() == sentence)


def test_the_table_reads_and_each_row_announces() -> None:
    rows = parse_rows(data_lines(NAME))
    assert "sting" in rows and "this to say" in rows
    for row in rows:
        assert announces(f"Then the coach had {row}.")
    with pytest.raises(ValueError, match=NAME):
        parse_rows(("Parting Shot",))


# one sentence per row, written here, as a writer leads up to a quotation with it
_ROW_SENTENCES = {
    "sting": "After a few more jibes the mayor saved his sharpest sting.",
    "parting shot": "As she left the stage the minister fired a parting shot.",
    "retort": "The striker had a ready retort.",
    "riposte": "His rival was quick with a riposte.",
    "the following": "The club's statement read the following.",
    "as follows": "The judge's ruling ran as follows.",
    "this to say": "The shop's owner had this to say.",
    "these words": "The headteacher wrote to parents in these words.",
    "put it": "It was a long night, as the landlord put it.",
}


def test_every_row_has_a_sentence_written_here() -> None:
    assert set(_ROW_SENTENCES) == set(data_lines(NAME))


@pytest.mark.parametrize(("row", "sentence"), sorted(_ROW_SENTENCES.items()))
def test_each_row_announces_in_a_sentence_of_its_own(row: str, sentence: str) -> None:
    assert announces(sentence), row
    assert not announces(sentence.replace(f"{row}.", f"{row} today."))  # the row must close the sentence


def test_what_announces_and_what_does_not() -> None:
    assert announces(STING) and announces("Leyton Orient interim manager Andy Hessenthaler told BBC Radio London:")
    assert not announces("The driver doesn't have a licence.")  # no announcing close; an apostrophe is no quotation
    assert not announces("'It was a sting,' she said.")  # a quotation of its own
    assert not announces("He said the plan was a sting operation.")  # the word inside, not the close


def test_bullet_carries_the_quotation_it_announces() -> None:
    scored = _scored("A driver shouted at a clerk at a tow lot on Sunday.", STING, WORDS, PAST)
    i = _index(scored, STING)
    paragraph = scored.units[i + 1].paragraph
    assert announced_quote(scored, i, STING, frozenset({i})) == (f"{STING} {WORDS}", paragraph)
    # the quotation is another bullet's: the announcing bullet stays as it was
    assert announced_quote(scored, i, STING, frozenset({i, i + 1})) is None
    # no quotation after it: nothing to carry
    past = _scored("A driver shouted at a clerk at a tow lot on Sunday.", STING, PAST)
    assert announced_quote(past, _index(past, STING), STING, frozenset({1})) is None


def test_a_quoted_term_after_it_is_no_quotation() -> None:
    term = "'Mama' June Shannon and her daughter were at the lot too, a witness said."
    scored = _scored("A driver shouted at a clerk at a tow lot on Sunday.", STING, term)
    i = _index(scored, STING)
    assert announced_quote(scored, i, STING, frozenset({i})) is None


def test_too_long_to_carry_stays() -> None:
    wait = "We waited for hours at the lot, and nobody came out to tell any of us what was going on"
    long_words = f"'{wait}, and {wait.lower()} with the car,' he says."
    scored = _scored("A driver shouted at a clerk at a tow lot on Sunday.", STING, long_words)
    i = _index(scored, STING)
    assert scored.units[i + 1].text.strip() == long_words  # a quotation after it, over a bullet's length with it
    assert announced_quote(scored, i, STING, frozenset({i})) is None


def test_carried_bullet_is_quoted_word_for_word() -> None:
    index = SourceIndex(document_from_text(f"A driver shouted at a clerk.\n\n{STING} {WORDS}", origin="q", kind="text"))
    assert check_point(Point(text=f"{STING} {WORDS}", citations=[2]), index).label == VerdictLabel.supported


def test_the_sting_is_in_the_brief() -> None:
    """en-cnndm 111: "McHenry delivers her biggest sting" under a group titled by the sting, the sting
    itself in no bullet; the bullet says it."""
    bullets = [text for group in cnndm_groups(111) for text in group]
    sting = next(text for text in bullets if "delivers her biggest sting" in text)
    assert sting.endswith("'Maybe if I was missing some teeth they would hire me, huh?' she says."), sting
