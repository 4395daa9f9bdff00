"""A colon after a clause, then a dated story sentence, is a news lead, not a photo caption's
label (text/caption_lines.py `_news_lead`): the lead is the story's main point and may be a bullet."""

from __future__ import annotations

import pytest

from citebrief.text.caption_lines import caption_opening


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kite fans mark your diaries: This Sunday, the first box kite will fly again over Lowbridge.", id="weekday"
        ),
        pytest.param(
            "Garden lovers take note: Next month, the walled garden at Marlow will open to visitors again.", id="month"
        ),
    ],
)
def test_dated_lead_after_a_colon_is_no_caption(text: str) -> None:
    assert caption_opening(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a caption's label before a sentence that dates nothing
        pytest.param("Wet work: the volunteers clear the drain outside the village hall", id="no-time"),
        # a caption that names when, but not as a lead's opening frame
        pytest.param(
            "Retro: The old kite has been rebuilt and flies again this Sunday over Lowbridge", id="time-later"
        ),
        # too short to be a story sentence, and no stop
        pytest.param("Sunday best: Today, the lamb is shorn", id="short"),
        pytest.param(
            "Kite day: This Sunday, the box kites of the Lowbridge club over the hill at dawn", id="no-verb-no-stop"
        ),
    ],
)
def test_captions_stay_captions(text: str) -> None:
    assert caption_opening(text) == "label"
