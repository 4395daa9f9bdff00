"""The speaker's label the engines write is the one verify reads back (`text/speaker_label.py`)."""

from __future__ import annotations

from citebrief.text.speaker_label import SPEAKER_LABEL, labelled


def test_a_label_written_is_read_back_with_its_speaker() -> None:
    bullet = labelled("Mrs. Obama", "'I encourage people to go check it out.'")
    assert bullet == "[Mrs. Obama said:] 'I encourage people to go check it out.'"
    label = SPEAKER_LABEL.match(bullet)
    assert label is not None and label.group("who") == "Mrs. Obama"
    assert bullet[label.end() :] == "'I encourage people to go check it out.'"


def test_brackets_that_are_no_label_are_not_read_as_one() -> None:
    assert SPEAKER_LABEL.match("He said: [sic] the line") is None
    assert SPEAKER_LABEL.match("[Mr Jones told:] the line") is None
