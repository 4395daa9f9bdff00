"""An overview titled by a phrase only a background key point writes ("Last year …") is titled
afresh from the other key points (text/en_overview_background.py)."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_overview_background import _past_opening, background_overview

_POINTS = [
    "The young dog had been hit twice by a van on the bypass, and vets set its broken leg.",
    "The rescue centre said the young dog was lucky to be alive.",
    "Last year the county council held a review of speed limits, but most residents opposed it.",
]
_TEXTS = [
    *_POINTS,
    "The young dog is now learning to walk again, the rescue centre said.",
    "Its owner said the young dog had slipped its lead near the bypass.",
]


def test_background_point_does_not_title_the_overview() -> None:
    used = {"county council"}
    title = background_overview("Key points: County Council", _POINTS, _TEXTS, used)
    assert title.startswith("Key points: ")
    assert "council" not in title.casefold()
    assert "county council" not in used and title.removeprefix("Key points: ").casefold() in used


def test_phrase_of_a_present_point_stays() -> None:
    points = [*_POINTS[:2], "The county council held a review of speed limits, but most residents opposed it."]
    title = background_overview("Key points: County Council", points, _TEXTS, {"county council"})
    assert title == "Key points: County Council"


def test_two_key_points_keep_their_title() -> None:
    title = background_overview("Key points: County Council", [_POINTS[0], _POINTS[2]], _TEXTS, set())
    assert title == "Key points: County Council"


def test_every_row_and_a_year_open_a_past_point() -> None:
    for row in data_lines("en_past_openings.tsv"):  # rows of data/en_past_openings.tsv
        assert _past_opening().match(f"{row} the board met")
    assert _past_opening().match("In 1987 a coup overthrew the government")
    assert not _past_opening().match("In 19 minutes the train left")
    assert not _past_opening().match("Lastly the board met")
