"""A caption glued to a sentence that opens on the caption's own subject in apposition
(text/caption_restarts.py): "… on Friday Pama, a married father …", with sentences of the same
look that must stay whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.caption_restarts import restart_cuts


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tom Marsh covered his face as he left the court where he was granted bail on Friday Marsh, a "
            "married father of two, works a night shift at a warehouse.",
            [
                "Tom Marsh covered his face as he left the court where he was granted bail on Friday",
                "Marsh, a married father of two, works a night shift at a warehouse.",
            ],
            id="surname-after-a-day",
        ),
        pytest.param(
            "Fan Ada Lowe said she was angry at the noise during the minutes silence Ada Lowe, who was with "
            "her son, called the music a disgrace.",
            [
                "Fan Ada Lowe said she was angry at the noise during the minutes silence",
                "Ada Lowe, who was with her son, called the music a disgrace.",
            ],
            id="full-name-after-a-common-word",
        ),
        pytest.param(
            "The fans cheered for Tom Marsh as the crowd chanted for Marsh, who scored twice in the final.",
            ["The fans cheered for Tom Marsh as the crowd chanted for Marsh, who scored twice in the final."],
            id="name-after-a-preposition",
        ),
        pytest.param(
            "Jo Gaver, 21, was hurt in the fight and suspect Ed Gaver, 28, was shot in the leg by police.",
            ["Jo Gaver, 21, was hurt in the fight and suspect Ed Gaver, 28, was shot in the leg by police."],
            id="a-new-name-sharing-a-surname",
        ),
        pytest.param(
            "The lawyer said the brother of Tom Marsh was older than 26-year-old Marsh, who was not there.",
            ["The lawyer said the brother of Tom Marsh was older than 26-year-old Marsh, who was not there."],
            id="an-age-before-the-name",
        ),
        pytest.param(
            "Police met Tom Marsh about the fight and then saw his neighbour Marsh, a nurse, at home.",
            ["Police met Tom Marsh about the fight and then saw his neighbour Marsh, a nurse, at home."],
            id="a-descriptor-before-the-name",
        ),
        pytest.param(
            "Ed Gaver has been charged with murder after allegedly shooting the jogger in the back Gaver, a "
            "high school student, showed no emotion in court.",
            [
                "Ed Gaver has been charged with murder after allegedly shooting the jogger in the back",
                "Gaver, a high school student, showed no emotion in court.",
            ],
            id="a-part-of-the-body-ends-the-phrase",
        ),
        pytest.param(
            "Ed Gaver was arrested at home on the day Gaver, a high school student, was due in court.",
            ["Ed Gaver was arrested at home on the day Gaver, a high school student, was due in court."],
            id="the-day-goes-on-into-a-clause",
        ),
        pytest.param(
            "Ed Gaver was the star of the side and the fans cheered the back Gaver, who scored twice.",
            ["Ed Gaver was the star of the side and the fans cheered the back Gaver, who scored twice."],
            id="a-player-s-role-without-a-preposition",
        ),
    ],
)
def test_restart_after_caption(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_no_cut_after_a_missed_stop() -> None:
    """A stop glued to the next word ('life.Tally') is the splitter's miss, not a caption's end."""
    text = "Evans spoke to people of all walks of life.Tally Evans, who has written programmes, said so."
    assert restart_cuts(text, 0, len(text)) == []
