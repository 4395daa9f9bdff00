"""A title counting one moment of a match ("Fourth Try") gives way to the stage of play the bullet
with that moment names ("Second Half", `text/en_title_stage.py`); a title that counts no moment, a
bullet naming no stage or two, or a stage another title holds, keep the title. Small cases written
for the rule, the table's rows, and the en-cnndm brief it moved."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_title_stage import counted_moment, stage_title, stages
from conftest import shared_group_titles

# en-cnndm 13's second group, shortened
SECOND_HALF = [
    "Sinfield stayed on the bench throughout the first half but Leeds pulled a try back.",
    "The Leeds captain entered the action five minutes into the second half but his side were trailing "
    "20-4 by then after Ratchford got Currie over for Warrington's fourth try.",
    "Ormsby's neat offload enabled substitute prop Roy Asotasi to score his first try for more than 12 months.",
]
# en-cnndm 90's third group, shortened: the hole, no stage
SEVENTH_HOLE = [
    "His only bogey came at the par-three sixth.",
    "Woods rebounded in birdie-birdie style, hitting his third shot to 10 feet at the tricky seventh.",
]


def _title(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    return stage_title(bullets, bullets, bullets, used if used is not None else {title.casefold()}, title)


def test_the_table_holds_lower_case_words_of_two_kinds() -> None:
    table = rows_by_kind("en_play_stages.tsv")
    assert set(table) == {"moment", "stage"}
    assert all(w == w.lower() and " " not in w for words in table.values() for w in words)
    assert {"try", "goal"} <= set(table["moment"]) and {"half", "round"} <= set(table["stage"])


@pytest.mark.parametrize(
    ("title", "moment"),
    [
        pytest.param("Fourth Try", "fourth try", id="bare"),
        pytest.param("Warrington's Fourth Try", "fourth try", id="owned"),
        pytest.param("Second Round", "", id="a-stage"),
        pytest.param("Fourth Try Scorer", "", id="longer"),
        pytest.param("Try", "", id="no-ordinal"),
        pytest.param("Third Reich", "", id="no-moment"),
    ],
)
def test_a_counted_moment_is_an_ordinal_and_a_moment_noun(title: str, moment: str) -> None:
    assert counted_moment(title) == moment


def test_stages_read_overlapping_pairs() -> None:
    assert stages("entered five minutes into the second half") == {"second half"}
    assert stages("in the final round, after the first set") == {"final round", "first set"}
    assert stages("the second time he tried") == set()


def test_the_stage_the_moment_s_bullet_names_takes_the_title() -> None:
    used = {"warrington v leeds", "warrington's fourth try"}
    assert _title(SECOND_HALF, "Warrington's Fourth Try", used) == "Second Half"
    assert used == {"warrington v leeds", "second half"}


def test_no_stage_two_stages_or_a_stage_taken_keep_the_title() -> None:
    assert _title(SEVENTH_HOLE, "Third Shot") == "Third Shot"
    two = [*SECOND_HALF[:1], "Early in the second half and late in the first half came the fourth try."]
    assert _title(two, "Fourth Try") == "Fourth Try"
    taken = {"second half", "fourth try"}
    assert _title(SECOND_HALF, "Fourth Try", taken) == "Fourth Try"
    assert _title(SECOND_HALF, "Second Round") == "Second Round"


def test_shared_brief_titles_the_stage() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 13)
    assert "Second Half" in titles and "Warrington's Fourth Try" not in titles
    # its bullet names a hole, no stage: the moments the group reports instead (`en_title_moments`)
    assert "Birdies and Bogey" in shared_group_titles("en-cnndm.jsonl", 90)
