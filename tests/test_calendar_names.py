"""The days' and the months' names are written once (`text/calendar_names.py`) and read by the
caption, date and digest rules; each reads all of them, in calendar order."""

from __future__ import annotations

from citebrief.text import caption_runons, caption_runons2, caption_shapes, captions, en_dated, numbers
from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES


def test_seven_days_and_twelve_months_in_order() -> None:
    assert DAY_NAMES[0] == "Monday" and DAY_NAMES[-1] == "Sunday" and len(set(DAY_NAMES)) == 7
    assert MONTH_NAMES[0] == "January" and MONTH_NAMES[8] == "September" and len(set(MONTH_NAMES)) == 12


def test_a_months_number_by_its_first_three_letters() -> None:
    assert numbers._EN_MONTHS == {
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
        "nov": 11, "dec": 12,
    }  # fmt: skip


def test_every_rule_reads_every_month() -> None:
    months = set(MONTH_NAMES)
    assert months <= captions._TIME_NAMES and set(DAY_NAMES) <= captions._TIME_NAMES
    assert months == caption_shapes._MONTHS == caption_runons._MONTH_NAMES
    assert months < caption_runons2._MONTHS
    for month in MONTH_NAMES:
        assert caption_runons._STOP_BEFORE_MONTH.search(f"he said. {month} Smith")
        assert en_dated.DATED.search(f"Mason pleaded guilty in {month} to")
