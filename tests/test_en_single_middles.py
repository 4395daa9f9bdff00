"""A Daily Mail quotation's unmarked middle sentence, between a single mark opening the quotation
and one reopening or closing it, is shown between the quotation's marks
(`text/en_single_middles.py`)."""

from __future__ import annotations

import re

from citebrief.text.data_files import data_lines
from citebrief.text.en_single_middles import between_marks, single_quotation_middles
from conftest import cnndm_groups


def _unlabelled(text: str) -> str:
    """The bullet without the "[Name said:] " label `en_quote_runs` gives a far-owned line."""
    return re.sub(r"^\[[^\]]+ said:\] ", "", text)


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


def test_a_middle_that_speaks_as_no_one_where_the_quotation_closes() -> None:
    opening = "It read: 'Tom and Katie, We have arrived at our base camp."
    plain = "The trek was difficult — it snowed every day."
    closing = "The mountain I have come to climb is called K2.'"
    assert single_quotation_middles([opening, plain, closing], [False, True, True]) == ["", "'", ""]
    # its closing mark ends no clause: an apostrophe ("girls'") or a phrase's own mark closes nothing
    girls = "It was a decision to go for a 'girls' night out' with six friends."
    assert single_quotation_middles([opening, plain, girls], [False, True, True]) == ["", "", ""]
    curly = ["‘We lost many.", "Many died.", "Maybe it influenced her.’"]
    assert single_quotation_middles(curly, [False, True, True]) == ["", "‘", ""]


def test_a_middle_that_speaks_as_no_one_before_one_that_speaks() -> None:
    plain = "Every defeat was different."
    spoken = "It’s difficult to say what happened."
    texts = [REOPENING, plain, spoken, REOPENING]
    assert single_quotation_middles(texts, [False, True, True, True]) == ["", "'", "'", ""]
    writers = "The club finished third last season."  # after the last line that speaks: unsure
    texts = [OPENING, MIDDLE, writers, REOPENING]
    assert single_quotation_middles(texts, [False, True, True, True]) == ["", "'", "", ""]


def test_cnndm_39_65_unspoken_middles_before_spoken_ones() -> None:
    bullets = [_unlabelled(text) for group in cnndm_groups(39) for text in group]
    assert any(text.startswith("'Every defeat was different.") and text.endswith(".'") for text in bullets)
    bullets = [text for group in cnndm_groups(65) for text in group]
    assert "'It was great to be the person that made so many people happy.'" in bullets


def test_a_glued_caption_and_a_phrase_leave_the_quotation_open() -> None:
    caption = "Amateur champion Bradley Neil missed the cut on his debut at the Masters"  # no stop
    phrased = "The Scot admitted he needed to 'give himself a kick up the a***' after struggling on tour"
    later = "'I've prepared well for this but this shows it's not been enough."
    texts = [OPENING, "I just need to keep working harder.", caption, phrased, later]
    assert single_quotation_middles(texts, [False, True, True, True, True]) == ["", "'", "", "", ""]
    why = "I was just thinking, 'Why me?'."  # the phrase's own pair: no mark of the quotation's
    assert single_quotation_middles([OPENING, why, REOPENING], [False, True, True]) == ["", "'", ""]
    its = "It’s difficult to say what happened."  # a curly "It’s" speaks as the straight one
    assert single_quotation_middles([OPENING, its, REOPENING], [False, True, True]) == ["", "'", ""]


def test_between_marks_takes_the_quotations_own_marks() -> None:
    assert between_marks("I just need to keep working harder.", "‘") == "‘I just need to keep working harder.’"
    assert between_marks("I just need to work. ", "'") == "'I just need to work.'"
    assert between_marks("I was just thinking, 'Why me?'", "'") == "\"I was just thinking, 'Why me?'\""
    assert between_marks("I was just thinking, 'Why me?'.", "'") == "\"I was just thinking, 'Why me?'\""
    commented = "One commented: 'this girl is TALENTED! She can look like anyone!'"  # holds the opening
    assert between_marks(commented, "'") == commented


def test_cnndm_39_and_81_middles_read_as_the_speakers_words() -> None:
    bullets = [_unlabelled(text) for group in cnndm_groups(39) for text in group]
    assert "'Our objective is not to beat Atletico, but to dream of winning the Champions League.'" in bullets
    bullets = [_unlabelled(text) for group in cnndm_groups(81) for text in group]
    assert "'You watch it so much on TV but you can't believe the difference.'" in bullets
    # a caption glued between two paragraphs of the quotation ("… at the Masters | The Scot admitted he
    # needed to 'give himself a kick up the a***' after …") neither ends it nor counts
    assert "'I just need to keep working harder.'" in bullets
    assert "'It's been taking a step forward and then taking two back.'" in bullets  # "It's": spoken


def test_cnndm_53_65_87_middles_that_close_or_quote_a_phrase() -> None:
    bullets = [text for group in cnndm_groups(53) for text in group]  # no "I": the next mark closes the quotation
    assert "'The trek was difficult — it snowed every day.'" in bullets
    bullets = [text for group in cnndm_groups(65) for text in group]  # a phrase's own pair is no mark of its
    assert "\"I was just thinking, 'Why me?'\"" in bullets
    bullets = [text for group in cnndm_groups(87) for text in group]
    # s270ae: the line now also says whose it is (read blind 4 / 4 better)
    assert "[Carver said:] \"I said, 'Sorry Ruud, what did you say there?'\"" in bullets


def test_the_spoken_contractions_table_is_read_and_kept_from_bbc_reading() -> None:
    rows = data_lines("en_single_spoken.tsv")
    assert rows == ("it's", "It's")
    # kept out of en_quote_reading.tsv: a BBC reporter writes "it's" in their own sentences (en-xsum 78)
    assert not set(rows) & set(data_lines("en_quote_reading.tsv"))
    for word in rows:
        its = f"{word.replace(chr(39), '’')} difficult to say what happened."
        assert single_quotation_middles([OPENING, its, REOPENING], [False, True, True]) == ["", "'", ""]
