"""An English bullet that opens on "But", "However" or "And" after a bullet that is not the
sentence it turns on says its claim without the word; one heading its group on a turn to another
thread ("Meanwhile, …") says it without the turn."""

from __future__ import annotations

import re

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.en_back_reference import points_back_en
from citebrief.text.en_turn_words import turn_word_pattern, without_thread_turn, without_turn_word
from citebrief.verify import SourceIndex, check_point
from conftest import load_records, shared_groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("But the car thief clearly didn't notice the boy.", "The car thief clearly didn't notice the boy."),
        (
            "However, Chinese authorities ruled that the kite could not be flown.",
            "Chinese authorities ruled that the kite could not be flown.",
        ),
        (
            "And yet when, in a moment of stress, McHenry lets it win, we demand more.",
            "When, in a moment of stress, McHenry lets it win, we demand more.",
        ),
        ("And houses close to a Lidl cost 2 per cent less.", "Houses close to a Lidl cost 2 per cent less."),
        ("So it is perhaps no surprise that he opts for pop.", "It is perhaps no surprise that he opts for pop."),
        ("But for the rain, the match would have gone ahead.", "But for the rain, the match would have gone ahead."),
        ("So far, 12 people have died in the floods.", "So far, 12 people have died in the floods."),
        # s51k: a degree word after "But" is the claim's own subject (en-cnndm 163, en-xsum 183);
        # after "However" or "So" it says how much, and "Yet another" stays
        ("But many will see the move as a sign of a run.", "Many will see the move as a sign of a run."),
        ("But much remains unclear about the killings.", "Much remains unclear about the killings."),
        ("However long it takes, the club will appeal.", "However long it takes, the club will appeal."),
        ("So many people came that the hall was full.", "So many people came that the hall was full."),
        ("Yet another storm hit the coast on Sunday.", "Yet another storm hit the coast on Sunday."),
        ("Then 24 hours later pictures emerged of them.", "Then 24 hours later pictures emerged of them."),
        ("However hard he tried, the door would not open.", "However hard he tried, the door would not open."),
        ("So great was the demand that tickets sold out.", "So great was the demand that tickets sold out."),
        ("However Lizzi never realised how big she had got.", "Lizzi never realised how big she had got."),
        ("Yet to be confirmed, the deal would cost £5m.", "Yet to be confirmed, the deal would cost £5m."),
        ("But it failed.", "But it failed."),  # too little is left to be a claim
        ("Butler scored twice in the second half.", "Butler scored twice in the second half."),
        (
            "If that wasn’t enough, the prince got his audience to sing Happy Birthday.",
            "The prince got his audience to sing Happy Birthday.",
        ),
        ("Worse still, Mr Ray began to shout at her in the street.", "Mr Ray began to shout at her in the street."),
        ("What's more, the club made a record profit last year.", "The club made a record profit last year."),
        ("Worse still the club lost again on Sunday.", "Worse still the club lost again on Sunday."),  # no comma
        ("If that was enough, he said, he would stay on.", "If that was enough, he said, he would stay on."),
    ],
)
def test_without_turn_word(text: str, expected: str) -> None:
    assert without_turn_word(text) == expected


def test_a_turn_with_nothing_before_it_in_the_brief() -> None:
    """en-cnndm record 1 as readers see it: "But the car thief…" follows a bullet that is not the
    sentence it turns on; the bullet drops "But" and is still quoted from its sentence."""
    record = load_records("en-cnndm.jsonl")[1]
    document = document_from_text(record["article"], origin="x", kind="text")
    points = [p for g in draft_extractive(document).groups for p in g.points]
    point = next(p for p in points if "clearly didn't notice the boy" in p.text)
    assert point.text.startswith("The car thief clearly didn't notice")
    verdict = check_point(point, SourceIndex(document))
    assert verdict.label == "supported" and verdict.reason.startswith("quoted"), verdict


def test_an_adding_lean_in_with_nothing_before_it_in_the_brief() -> None:
    """en-cnndm record 76: "If that wasn't enough, the prince got his 400-strong audience …" follows
    a bullet that is not the sentence it adds to; the bullet opens on its claim."""
    record = load_records("en-cnndm.jsonl")[76]
    document = document_from_text(record["article"], origin="x", kind="text")
    points = [p for g in draft_extractive(document).groups for p in g.points]
    point = next(p for p in points if "400-strong audience" in p.text)
    assert point.text.startswith("The prince got his 400-strong audience")
    assert check_point(point, SourceIndex(document)).label == "supported"


def test_a_turn_heading_a_group_is_dropped() -> None:
    """s50h: at a group's head the group turns to the thread; "Meanwhile, …" turned from nothing."""
    headstones = "Meanwhile, more than 100 headstones have been damaged at a cemetery"
    assert without_thread_turn(headstones) == "More than 100 headstones have been damaged at a cemetery"
    nurses = "In a separate development, ISIS has announced that all nurses must speak English"
    assert without_thread_turn(nurses).startswith("ISIS has announced")
    assert without_thread_turn("Meanwhile, he left.") == "Meanwhile, he left."  # too little left
    others = "Meanwhile others say the plan is too costly"  # no comma: a list goes on (en-cnndm 45)
    assert without_thread_turn(others) == others
    bullets = [text for group in shared_groups("en-xsum.jsonl", 177) for text in group]
    assert any(text.startswith("More than 100 headstones have been damaged") for text in bullets)


@pytest.mark.parametrize(
    ("opening", "turns"),
    [
        ("But many will see the move as a gamble", True),  # the word of degree is the claim's subject
        ("Also much remains unclear about the deal", True),
        ("However long it takes, the work goes on", False),  # "However" says how much
        ("So many people came that the doors shut", False),
        ("However, the car was gone", True),
        ("So-called experts disagreed", False),
    ],
)
def test_one_rule_of_turn_words_for_both_readers(opening: str, turns: bool) -> None:
    """`turn_word_pattern` is the one place the degree-word exception is written: the bullet's
    turn word (`without_turn_word`) and the sentence leaning back (`en_back_reference`) agree."""
    degree = r"(?:much|many|far|long)\b"
    assert bool(re.match(turn_word_pattern(degree=degree), opening)) is turns
    assert points_back_en(opening) is turns
    assert (without_turn_word(opening + " in the end.") != opening + " in the end.") is turns
