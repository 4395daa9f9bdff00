"""A bullet that names a decision, list or terms that follow carries the sentence that gives them
(text/en_cataphora.py, engines/en_announced_quotes.py): en-xsum readers flagged "… set out a list
of actions …" with no action in the brief."""

from __future__ import annotations

import pytest

from citebrief.engines.en_announced_quotes import announced_quote
from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.text.data_files import data_lines
from citebrief.text.en_cataphora import NAME, names_what_follows, parse_rows

OPENING = "The town council met on Tuesday to discuss the future of the old library."
LISTED = "The mayor set out a list of repairs the builders must finish before the winter."
GIVEN = "These included a new roof, dry walls and a ramp at the side door."
AFTER = "The library has been closed since a storm flooded its basement in March."


def _scored(*sentences: str) -> Scored:
    return score(document_from_text(" ".join(sentences), origin="cataphora", kind="text"), {})[0]


def _index(scored: Scored, sentence: str) -> int:
    return next(i for i, unit in enumerate(scored.units) if unit.text.strip() == sentence)


# one sentence per row, written here, naming what the sentence after it gives
_ROW_SENTENCES = {
    "decision": "The panel met this morning and reached the following decision on the appeal.",
    "decisions": "The board announced the following decisions after a long meeting.",
    "statement": "The company issued the following statement on Friday evening.",
    "measures": "The school will take the following measures from next term.",
    "steps": "The council agreed the following steps to cut traffic in the centre.",
    "actions": "The inspector asked the farm to take the following actions within a month.",
    "changes": "The league has made the following changes to its rules.",
    "conditions": "The judge granted bail on the following conditions.",
    "demands": "The union put the following demands to the owners.",
    "recommendations": "The review made the following recommendations to the ministry.",
    "points": "The coach raised the following points with his players.",
}


def test_the_table_reads() -> None:
    assert "decision" in parse_rows(data_lines(NAME))
    with pytest.raises(ValueError, match=NAME):
        parse_rows(("the Decision",))


def test_every_row_has_a_sentence_written_here() -> None:
    assert set(_ROW_SENTENCES) == set(data_lines(NAME))


@pytest.mark.parametrize(("row", "sentence"), sorted(_ROW_SENTENCES.items()))
def test_each_row_names_what_follows(row: str, sentence: str) -> None:
    assert names_what_follows(sentence), row


def test_what_names_what_follows_and_what_does_not() -> None:
    assert names_what_follows(LISTED)
    assert names_what_follows("The rules of the new scheme are as follows.")
    assert names_what_follows("The minister drew up a long list of questions for the board.")
    assert not names_what_follows("The team lost the following day.")  # a time, not a content
    assert not names_what_follows("He was top of a list of the richest men in the city.")  # no list made
    assert not names_what_follows("Following the decision, the club appealed.")


def test_bullet_carries_what_it_names() -> None:
    scored = _scored(OPENING, LISTED, GIVEN, AFTER)
    i = _index(scored, LISTED)
    paragraph = scored.units[i + 1].paragraph
    assert announced_quote(scored, i, LISTED, frozenset({i})) == (f"{LISTED} {GIVEN}", paragraph)
    assert announced_quote(scored, i, LISTED, frozenset({i, i + 1})) is None  # another bullet gives it


def test_one_too_long_to_carry_stays_as_it_was() -> None:
    wait = "a new roof for the reading room, dry walls in the basement where the old maps are kept"
    long_given = f"These included {wait}, and {wait} with a ramp at the side door for wheelchairs."
    scored = _scored(OPENING, LISTED, long_given, AFTER)
    i = _index(scored, LISTED)
    assert announced_quote(scored, i, LISTED, frozenset({i})) is None  # over a bullet's length together
