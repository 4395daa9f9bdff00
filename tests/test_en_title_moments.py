"""A title counting one moment ("Third Shot", "Kim's Third Shot") gives way to the other moments
two bullets or more report ("Birdies and Bogey", `text/en_title_moments.py`); a title counting
no moment, one said by two bullets, or bullets reporting too few other moments keep it. Short
cases written for the rule."""

from __future__ import annotations

import pytest

from citebrief.text.en_title_moments import moments_title

ROUND = [
    "Kim dropped her only bogey at the fourth after a loose chip.",
    "She hit her third shot at the long ninth to a foot and birdied it.",
    "A birdie at the 12th took her clear of the field.",
]


def _title(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    return moments_title(bullets, bullets, bullets, used if used is not None else {title.casefold()}, title)


@pytest.mark.parametrize("title", ["Third Shot", "Kim's Third Shot"])
def test_the_moments_the_other_bullets_report_take_the_title(title: str) -> None:
    used = {title.casefold()}
    assert _title(ROUND, title, used) == "Birdies and Bogey"
    assert used == {"birdies and bogey"}


def test_a_title_counting_no_moment_stays() -> None:
    assert _title(ROUND, "Long Ninth") == "Long Ninth"


def test_a_moment_two_bullets_say_stays() -> None:
    bullets = [*ROUND, "Her third shot at the 15th found water."]
    assert _title(bullets, "Third Shot") == "Third Shot"


def test_one_other_bullet_with_a_moment_is_too_few() -> None:
    bullets = [ROUND[0], ROUND[1], "The crowd cheered her round."]
    assert _title(bullets, "Third Shot") == "Third Shot"


def test_a_title_another_group_holds_is_not_taken() -> None:
    assert _title(ROUND, "Third Shot", {"third shot", "birdies and bogey"}) == "Third Shot"
