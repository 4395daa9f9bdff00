"""A paragraph break between two turns of the words (`runs._at_breaks`): where the break leaves
an English story's lead run too short and nothing else cuts, the themes cut at the valley after
it, so that a sentence's split does not decide whether the story has one theme run or two."""

from __future__ import annotations

import numpy as np

from citebrief.engines.runs import _at_breaks
from conftest import shared_groups


def test_a_break_that_took_a_valley_from_either_side_is_between_two_turns() -> None:
    depth = np.array([0.0, 0.1, 0.0, 0.0, 0.11, 0.05, 0.18, 0.0, 0.0])
    paragraph = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2, 2])  # breaks at gaps 2 and 5
    between: dict[int, int] = {}
    moved = _at_breaks([4, 6], depth.copy(), paragraph, np.zeros(9, dtype=bool), between)
    assert moved == [5]
    assert between == {5: 6}  # the break holds the words together: the later turn lies at gap 6


def test_a_break_that_is_a_valley_itself_or_took_one_side_is_not() -> None:
    depth = np.array([0.0, 0.1, 0.0, 0.0, 0.11, 0.15, 0.18, 0.0, 0.0])
    paragraph = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2, 2])
    between: dict[int, int] = {}
    _at_breaks([4, 5, 6], depth.copy(), paragraph, np.zeros(9, dtype=bool), between)
    assert between == {}  # the words turn at the break too: it keeps the cut
    _at_breaks([1, 6], depth.copy(), paragraph, np.zeros(9, dtype=bool), between)
    assert between == {}  # one valley each: no break between two


def test_a_whole_sentence_keeps_the_story_its_two_theme_runs() -> None:
    # en-cnndm 97: with "Here Comes Honey Boo Boo, was cancelled …" one sentence (caption_doubled),
    # the valley after the second passage's break moved onto it and the lead run kept two sentences
    # beside the overview: the story was one run and the brief lost the family's report and
    # June's texts; the cut now lies where the words turn
    groups = shared_groups("en-cnndm.jsonl", 97)
    bullets = [bullet for group in groups for bullet in group]
    assert any(b.startswith("The family's popular reality show, Here Comes Honey Boo Boo, was") for b in bullets)
    assert not any(b.startswith("Boo,") for b in bullets)
    assert any(b.startswith("The family have filed a report with the local police") for b in bullets)
    assert any("IM GOING TO CONFRONT" in b for b in bullets)
    assert len(groups) == 2 and len(bullets) >= 8
