"""The turns to another thread ("Meanwhile,", "Elsewhere,") as one table read by the three steps
that read a turn (text/en_thread_turns.py, data/en_thread_turns.tsv)."""

from __future__ import annotations

import re

import pytest

from citebrief.engines import en_pair_joins, en_stray_subjects, en_turn_splits
from citebrief.text.data_files import data_text
from citebrief.text.en_thread_turns import NAME, THREAD_TURN, THREAD_TURN_COMMA, parse_rows

# the three copies the table replaced, as they were
_OLD = r"^\W*(?:In (?:a|another) separate \w+|Separately|Meanwhile|Elsewhere|In other news)"
_SENTENCES = [
    "Meanwhile, Atletico's Croatia forward Mario Mandzukic has recovered.",
    "Meanwhile others say they protect the skin from the inside.",
    "Elsewhere, Espanyol extended Villarreal's winless streak.",
    "In a separate development, ISIS has announced that all nurses must speak English.",
    "In another separate incident, a man was hurt.",
    "In other news, the club confirmed its plans.",
    "‘Separately, we are looking at it,’ he said.",
    "Meanwhiles are no word.",
    "Elsewhere in the league, Getafe won.",
    "In a separate room, they waited.",
    "In a room, they waited.",
    "Others, meanwhile, stayed.",
]


def test_the_table_reads_as_the_three_copies_did() -> None:
    assert len(parse_rows(data_text(NAME))) == 6
    for text in _SENTENCES:
        assert bool(THREAD_TURN.search(text)) == bool(re.search(_OLD + r"\b", text)), text
        assert bool(THREAD_TURN_COMMA.search(text)) == bool(re.search(_OLD + ",", text)), text
    assert THREAD_TURN.search(_SENTENCES[1]) and not THREAD_TURN_COMMA.search(_SENTENCES[1])


def test_the_three_steps_read_the_one_table() -> None:
    assert en_pair_joins.THREAD_TURN is THREAD_TURN and en_stray_subjects.THREAD_TURN is THREAD_TURN
    assert en_turn_splits.THREAD_TURN_COMMA is THREAD_TURN_COMMA


def test_a_malformed_row_is_an_error_naming_its_line() -> None:
    assert parse_rows("# note\nMeanwhile\nIn a separate …\n") == ("Meanwhile", "In a separate …")
    with pytest.raises(ValueError, match="line 2"):
        parse_rows("Meanwhile\nmeanwhile,\n")
