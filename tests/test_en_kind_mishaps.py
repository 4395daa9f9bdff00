"""A mishap written as a gerund right after the one it befalls reads as its noun, and grounds a
title of it (`text/en_kind_mishaps.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_kind_mishaps import mishap_at, mishap_grounded

CLIP = "This clip of a longboarder crashing downhill is a warning."


@pytest.mark.parametrize(
    ("sentence", "end", "noun"),
    [
        (CLIP, CLIP.index(" crashing"), "crash"),
        ("A climber falling from the ridge was filmed.", len("A climber"), "fall"),
        ("A climber filming the ridge was seen.", len("A climber"), ""),  # no mishap
        ("A longboarder crashing in 2004 made the news.", len("A longboarder"), ""),  # dated before the news
    ],
)
def test_mishap_at(sentence: str, end: int, noun: str) -> None:
    assert mishap_at(sentence, end) == noun


def test_mishap_grounded() -> None:
    assert mishap_grounded("Longboarder's Crash", [CLIP])
    assert not mishap_grounded("Longboarder's Fall", [CLIP])  # not the mishap written
    assert not mishap_grounded("Skater's Crash", [CLIP])  # not whom it befell
    assert not mishap_grounded("Longboarder", [CLIP])
