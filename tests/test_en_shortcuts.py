"""The cheap rejects the English steps try before a pattern (text/captions.py, en_title_cover.py):
each may only skip work whose answer is "no", so a brief stays the same."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from citebrief.text.caption_cut_points import caption_cuts
from citebrief.text.en_title_cover import _may_say


def _said(word: str, text: str) -> bool:
    return re.search(re.escape(word), text, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("Tate", "reporter tate said"),
        ("seve", "SEVEN feet"),
        ("kilo", "\u212ailometres"),  # the Kelvin sign is a K to a pattern that ignores case
        ("sand", "\u017fand"),  # and the long s an s
        ("\u212ailo", "kilometres"),
        ("straße", "STRASSE"),
        ("Tate", "no name here"),
    ],
)
def test_a_case_blind_pattern_is_never_skipped_where_it_finds_the_word(word: str, text: str) -> None:
    assert _may_say(word, text) or not _said(word, text)


def test_the_ascii_reject_agrees_with_the_pattern_on_random_text() -> None:
    rng = random.Random(7)
    letters = "abcKkSs\u212a\u017f \u00e9-'"
    for _ in range(3000):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 3)))
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        if _said(word, text):
            assert _may_say(word, text), (word, text)
        if word.isascii() and text.isascii():
            assert _may_say(word, text) == _said(word, text), (word, text)


_GLUED = (
    "The train turns right down the mountain to the bottom of the slope The train then climbs back up "
    "the other side of the valley before it stops."
)


@pytest.mark.parametrize(
    ("space", "lead"), list(itertools.product([" ", "  ", "\t", "\u00a0", " \u2009"], ["", "  ", "x. "]))
)
def test_a_cut_falls_on_the_same_word_whatever_the_spaces(space: str, lead: str) -> None:
    """caption_cuts counts words by str.split, whose spaces are the pattern \\S's: odd spaces and a
    sentence that starts inside a longer text give the cut at the same word."""
    sentence = _GLUED.replace(" ", space)
    text = lead + sentence
    cuts = caption_cuts(text, len(lead), len(text))
    assert cuts == [len(lead) + sentence.index(f"The{space}train{space}then")]
