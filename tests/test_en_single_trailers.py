"""A Daily Mail quotation's unmarked line after a middle that speaks, right before the quotation's
mark reopens it, is the quotation's too (`text/en_single_trailers.py`)."""

from __future__ import annotations

from citebrief.text.en_single_middles import single_quotation_middles
from citebrief.text.en_single_trailers import with_trailing_middles
from conftest import cnndm_groups

# en-cnndm 56's quotation: opened, a middle that speaks ("you"), an unspoken line, reopened
OPENING = "'It's the nature of business."
SPOKEN = "If you look at all the clubs now, everybody sells."
UNSPOKEN = "Liverpool sold (Luis) Suarez in the summer."
REOPENING = "'You've seen over the two games against Liverpool that we've got some very good young players."


def _middles(texts: list[str], goes_on: list[bool]) -> list[str]:
    return with_trailing_middles(texts, goes_on, single_quotation_middles(texts, goes_on))


def test_an_unspoken_line_after_a_spoken_middle_before_the_reopening() -> None:
    texts = [OPENING, SPOKEN, UNSPOKEN, REOPENING]
    assert single_quotation_middles(texts, [False, True, True, True]) == ["", "'", "", ""]
    assert _middles(texts, [False, True, True, True]) == ["", "'", "'", ""]


def test_the_line_stays_the_writers_where_unsure() -> None:
    # no middle that speaks before it: the quotation may have closed on a lost mark (`en_single_middles`)
    assert _middles([OPENING, UNSPOKEN, REOPENING], [False, True, True]) == ["", "", ""]
    # the quotation is not reopened: nothing says the page's paragraph went on
    assert _middles([OPENING, SPOKEN, UNSPOKEN], [False, True, True]) == ["", "", ""]
    # a new block, a line reporting speech, a caption with no end stop, a line of its own marks
    marks = ["", "'", "", ""]  # as read of the block before the break
    assert with_trailing_middles([OPENING, SPOKEN, UNSPOKEN, REOPENING], [False, True, True, False], marks) == marks
    assert with_trailing_middles([OPENING, SPOKEN, UNSPOKEN, REOPENING], [False, True, True, True], marks)[2] == "'"
    for line in ("Bowyer added that the club would sell.", "Liverpool sold Suarez in the summer", "He said 'no'."):
        assert _middles([OPENING, SPOKEN, line, REOPENING], [False, True, True, True]) == ["", "'", "", ""]
    # more than `MOST_TRAILING` lines before the reopening
    three = [OPENING, SPOKEN, UNSPOKEN, UNSPOKEN, UNSPOKEN, REOPENING]
    assert _middles(three, [False] + [True] * 5) == ["", "'", "", "", "", ""]


def test_briefs_show_the_line_as_the_speakers_words() -> None:
    bullets = [text for group in cnndm_groups(56) for text in group]
    assert "[Bowyer said:] 'Liverpool sold (Luis) Suarez in the summer.'" in bullets  # s280g: named too
    assert "Liverpool sold (Luis) Suarez in the summer" not in bullets
    bullets = [text for group in cnndm_groups(58) for text in group]
    assert "[O'Neill said:] 'The Grand National fences are now really inviting.'" in bullets
    bullets = [text for group in cnndm_groups(32) for text in group]
    assert any(text.startswith("‘To me, it’s straightforward.") and text.endswith("hide.’") for text in bullets)
