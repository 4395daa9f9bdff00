"""An English news bullet timing its event "next month" is followed by the writer's short sentence
giving that event's date ("… is scheduled to be sentenced June 3."), or said by it where the
bullet says nothing more (`en_exact_dates.py`)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from citebrief.engines.en_exact_dates import dates_it, exact_dates_placed, vague_event
from citebrief.engines.scored import Scored
from citebrief.text.data_files import data_lines
from conftest import cnndm_groups


def test_every_vague_time_is_read_with_the_word_it_times() -> None:
    for phrase in data_lines("en_vague_times.tsv"):
        assert vague_event(f"The council will vote on its budget {phrase}.") == "budget"
    assert vague_event("Hale could face up to ten years in prison when he is sentenced next month.") == "sentenced"
    assert vague_event("Hale faces trial next month.") == "trial"


def test_a_bullet_with_a_date_or_no_vague_time_times_nothing() -> None:
    assert vague_event("Hale will be sentenced next month, on June 3.") is None  # the date is said
    assert vague_event("Hale was sentenced last month.") is None
    assert vague_event("He left next week.") is None  # "left": too short a word to read by its stem


def test_a_dated_sentence_names_the_event_and_whom_the_bullet_names() -> None:
    bullet = "Hale could face up to ten years in prison when he is sentenced next month."
    assert dates_it("Hale is scheduled to be sentenced June 3.", "sentenced", bullet)
    assert dates_it("Hale's sentencing is set for 3 June.", "sentenced", bullet)
    assert not dates_it("Hale was arrested on June 3.", "sentenced", bullet)  # another event
    assert not dates_it("Moss is scheduled to be sentenced June 3.", "sentenced", bullet)  # someone else
    assert not dates_it("Hale is scheduled to be sentenced next month.", "sentenced", bullet)  # no date


# a court story: the lead times the sentencing vaguely beside its figure, the date comes later
COURT_LINES = (
    "A former coach admitted stealing from the club on Monday.",
    "Hale could face up to ten years in prison when he is sentenced next month.",
    "He took the money over three seasons, prosecutors said.",
    "'I am deeply sorry,' he told the court.",
    "Hale is scheduled to be sentenced June 3.",
    "The club has since changed its accounts.",
)


def _court(lines: tuple[str, ...]) -> Scored:
    units = [SimpleNamespace(text=t) for t in lines]
    return cast(Scored, SimpleNamespace(lang="en", units=units, trimmed=list(lines), usable=list(range(len(lines)))))


def test_the_dated_sentence_follows_the_bullet_it_dates() -> None:
    assert exact_dates_placed(_court(COURT_LINES), [[0], [1, 2], [5]]) == [[0], [1, 4, 2], [5]]


def test_a_bullet_saying_no_more_is_said_by_the_dated_sentence() -> None:
    lines = (*COURT_LINES[:1], "Hale will be sentenced next month.", *COURT_LINES[2:])
    assert exact_dates_placed(_court(lines), [[0], [1, 2], [5]]) == [[0], [4, 2], [5]]


def test_the_overview_and_a_said_date_stay() -> None:
    scored = _court(COURT_LINES)
    assert exact_dates_placed(scored, [[0, 1], [2, 5]]) == [[0, 1], [2, 5]]  # the lead's points stay its own
    assert exact_dates_placed(scored, [[0], [1, 2], [4]]) == [[0], [1, 2], [4]]  # the date is a bullet already


def test_the_sentencing_date_follows_the_sentencing_next_month() -> None:
    """A teacher's plea deal: the brief told the sentencing only as "next month"; the article's own
    short sentence gives its date, now said right after."""
    group = next(g for g in cnndm_groups(112) if any("sentenced next month" in t for t in g))
    at = next(k for k, t in enumerate(group) if "sentenced next month" in t)
    assert "sentenced May 28" in group[at + 1]
