"""bench/en_highlight_misses.py: each highlight no bullet says, given the cause the article's
sentence and the brief show."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import en_highlight_misses as bench
from en_highlight_coverage import words

UNITS = [
    ("A youngster has scored an audacious 27-yard goal into a basketball hoop - twice.", 1),
    ("Frankie Smith (pictured) with the ball in the garden", 2),
    ("Joking that he could do the same with his mum and grandmother, nine-year-old Frankie took to the garden.", 3),
    ("The clip was filmed by his father on Sunday.", 3),
    ("'I never thought he would get it in,' his grandmother said of the hoop goal.", 4),
    ("The most pest-free place was Southend, in Essex, according to the survey.", 5),
    ("Spieth, 21, broke the 36 hole record on Friday and is 12 strokes ahead of Woods", 6),
    ("Spieth won again.", 7),
]
USABLE = {0, 2, 3, 4, 5}


def cause(highlight: str, bullets: list[tuple[str, list[int]]]) -> str:
    return bench.cause_of(words(highlight), UNITS, USABLE, bullets, 0.6)[0]


def test_each_cause_is_told_apart() -> None:
    lead = [("A youngster has scored an audacious 27-yard goal into a basketball hoop - twice.", [1])]
    assert cause("Youngster moved hoop into the middle of the lawn", lead) == "paraphrase"
    assert cause("Frankie Smith in the garden with the ball", lead) == "caption, body says half"
    assert cause("Spieth broke the 36 hole record and leads Woods by 12", lead) == "caption only"  # no stop
    assert cause("Spieth won again", lead) == "not usable"  # too short, but a sentence
    assert (
        cause("Frankie joked with his mum and grandmother", [*lead, ("The clip was filmed by his father.", [3])])
        == "sibling"
    )
    assert (
        cause(
            "Frankie joked with his mum and grandmother",
            [*lead, ("Joking that he could do the same with his mum, nine-year-old Frankie took to the garden.", [3])],
        )
        == "cut"
    )
    assert cause("Southend in Essex was the most pest-free place", lead) == "unpicked late"
    assert cause("Grandmother never thought he would get the hoop goal in", lead) == "unpicked quote"


def test_a_lead_sentence_passed_over_is_told() -> None:
    assert cause("Youngster scored a 27-yard goal into a basketball hoop twice", []) == "unpicked lead"
