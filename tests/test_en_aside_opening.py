"""A sentence opening on things beside the story's own (`text/en_aside_opening.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_aside_opening import opens_aside


@pytest.mark.parametrize(
    "text",
    [
        "Other items declared treasure at the inquest include a silver mount.",
        "Elsewhere, two men were arrested in the town.",
        "In other news, the council approved the plan.",
        "Meanwhile, residents of the next county reported wasps.",  # s50w: the table of turns, read whole
        "In a separate development, the club sold its ground.",
    ],
)
def test_an_aside_opening(text: str) -> None:
    assert opens_aside(text)


@pytest.mark.parametrize(
    "text",
    [
        "Other than that, the club said nothing.",  # an exception, not other things
        "Otherwise the plan stands.",  # no word of the table, only its letters
        "The other items were returned.",  # "other" inside the sentence, not its opening
        "Mr Marsden added that the coin was rare.",
        # s50w (review #24): a speaker's words opening on "Other", or on a turn, are no writer's aside
        '"Other clubs have asked about him," he said.',
        "“Meanwhile, we wait,” the mayor said of the repairs.",
    ],
)
def test_no_aside_opening(text: str) -> None:
    assert not opens_aside(text)


def test_the_table_holds_openings_as_written() -> None:
    rows = data_lines("en_aside_openers.tsv")
    assert rows and all(row[:1].isupper() and "\t" not in row for row in rows)


def test_the_turns_are_read_from_their_own_table_not_copied() -> None:
    # s50w (review #9): "Elsewhere", "In other news" and "Separately" were rows of both tables
    assert not set(data_lines("en_aside_openers.tsv")) & set(data_lines("en_thread_turns.tsv"))
