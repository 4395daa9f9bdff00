"""bench/en_summary_placement.py: where a brief holds the fact of en-xsum's one-line summary."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import en_summary_placement as bench

# en-xsum 8: the summary's fact (the woman's hair set alight) is the article's third sentence
SUMMARY = "a woman had her hair set alight in a nasty and extremely dangerous attack at a mcdonald's restaurant in kent"
SENTENCES = [
    "The victim was queuing for food at the branch in St George's Street, Canterbury when the assault occurred.",
    "Investigating officers said three men entered the restaurant and began being noisy and bumping into people.",
    "It is believed one of the group then set light to the woman's hair.",
    "Officers have released CCTV images of three men they are keen to speak to regarding the attack.",
]
OVERVIEW = [SENTENCES[0], SENTENCES[3]]


def test_a_fact_no_bullet_says_is_missing() -> None:
    found = bench.placement(SUMMARY, SENTENCES, [OVERVIEW, [SENTENCES[1]]])
    assert (found.where, found.sentence) == ("missing", 2)
    assert 0 < found.overview_share < found.brief_share < 1


def test_the_fact_in_a_later_group_or_the_overview() -> None:
    assert bench.placement(SUMMARY, SENTENCES, [OVERVIEW, [SENTENCES[2]]]).where == "other group"
    assert bench.placement(SUMMARY, SENTENCES, [[*OVERVIEW, SENTENCES[2]]]).where == "overview"
