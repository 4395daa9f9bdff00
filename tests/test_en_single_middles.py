"""A Daily Mail quotation's unmarked middle sentence, between a single mark opening the quotation
and one reopening or closing it, is shown between the quotation's marks
(`text/en_single_middles.py`)."""

from __future__ import annotations

from citebrief.text.en_single_middles import between_marks, single_quotation_middles
from conftest import cnndm_groups

OPENING = "'We don't have an obsession with Atletico, but with the final."
MIDDLE = "Our objective is to dream of winning the Champions League."
REOPENING = "'Every match presents its own problem."


def test_a_middle_between_an_opening_and_a_reopening() -> None:
    texts = [OPENING, MIDDLE, REOPENING]
    assert single_quotation_middles(texts, [False, True, True]) == ["", "'", ""]
    curly = ["‘It was tough.", "I just need to keep working harder.", "You learn a lot,’ said Neil."]
    assert single_quotation_middles(curly, [False, True, True]) == ["", "‘", ""]


def test_no_middle_where_the_quotation_is_unsure() -> None:
    assert single_quotation_middles([OPENING, MIDDLE], [False, True]) == ["", ""]  # never closed nor reopened
    assert single_quotation_middles([OPENING, MIDDLE, REOPENING], [False, False, True]) == ["", "", ""]  # new block
    writers = "The club finished third last season."  # says no "I", "we" or "you": the writer's, or a caption
    assert single_quotation_middles([OPENING, writers, REOPENING], [False, True, True]) == ["", "", ""]
    closed = "'We lost,' he said."  # the quotation closed in its own sentence
    assert single_quotation_middles([closed, MIDDLE, REOPENING], [False, True, True]) == ["", "", ""]
    phrase = "He wanted a 'kick up the arse' after the round."  # a phrase's marks open and close
    assert single_quotation_middles([phrase, MIDDLE, REOPENING], [False, True, True]) == ["", "", ""]
    # the next mark opens mid-sentence: a new quotation, not this one going on
    inside = "Neil then said 'I've prepared well."
    assert single_quotation_middles([OPENING, MIDDLE, inside], [False, True, True]) == ["", "", ""]
    double = 'He said: "We will see."'
    assert single_quotation_middles([OPENING, MIDDLE, double], [False, True, True]) == ["", "", ""]


def test_between_marks_takes_the_quotations_own_marks() -> None:
    assert between_marks("I just need to keep working harder.", "‘") == "‘I just need to keep working harder.’"
    assert between_marks("I just need to work. ", "'") == "'I just need to work.'"
    assert between_marks("I was just thinking, 'Why me?'", "'") == "\"I was just thinking, 'Why me?'\""


def test_cnndm_39_and_81_middles_read_as_the_speakers_words() -> None:
    bullets = [text for group in cnndm_groups(39) for text in group]
    assert "'Our objective is not to beat Atletico, but to dream of winning the Champions League.'" in bullets
    bullets = [text for group in cnndm_groups(81) for text in group]
    assert "'You watch it so much on TV but you can't believe the difference.'" in bullets
    assert "I just need to keep working harder." in bullets  # the next mark opens mid-sentence: left as it is
