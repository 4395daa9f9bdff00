"""A run of different speakers' comments on one event, titled "Reaction to <event>" where its
paragraphs write a verb of reacting (`text/en_title_reaction.py`, `data/en_reaction_words.tsv`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_title_reaction import (
    is_reaction_run,
    reacted_event,
    reaction_grounded,
    reaction_phrase,
    speaker,
)

_BODIES = [
    "Ian Taylor, of the Alliance of British Drivers, said: 'The judges are out of touch.'",
    "Professor Stephen Glaister, director of the RAC Foundation, said the ruling was a blank cheque",
    "AA president Edmund King said: 'This is a licence to print money.'",
]
_PARAGRAPHS = [
    "Motoring groups said the ruling was a victory for the parking cowboys. " + _BODIES[0],
    "Yesterday ParkingEye welcomed the judgment, saying it gave clarity to motorists. " + _BODIES[2],
]


@pytest.mark.parametrize(
    ("bullet", "who"),
    [
        (_BODIES[0], "Taylor"),
        (_BODIES[1], "Glaister"),
        (_BODIES[2], "King"),
        ("Labour’s work and pensions spokesman Rachel Reeves said: ‘The plan is failing.’", "Reeves"),
        ("Speaking outside court, Mr Beavis said: 'These firms are not run on a moral basis.'", "Beavis"),
        ("Planned Parenthood of Kansas sharply criticized the move as extreme", "Kansas"),
        ("'It is not pleasant,' said Grealish", "Grealish"),
        ("He said the fine was far too high", ""),  # a pronoun names no one
        ("Others criticised the emergency services for not getting there fast enough", ""),
        ("Cardiff welcomed 2,200 Leeds fans to the stadium in November", ""),  # a welcome, no reaction
        ("West Yorkshire Police were criticised by Millwall manager Ian Holloway", ""),
        ("The three judges are all thought to earn around £202,000 a year", ""),
    ],
)
def test_speaker_is_the_name_before_its_verb_of_saying_or_reacting(bullet: str, who: str) -> None:
    assert speaker([bullet], 0) == who


def test_three_bodies_comments_are_a_run_one_persons_are_not() -> None:
    assert is_reaction_run(_BODIES)
    assert is_reaction_run([*_BODIES, "The judges earn £202,000 a year", "The fine was £85"])
    assert not is_reaction_run([*_BODIES[:2], "The judges earn £202,000 a year", "The fine was £85", "It rained"])
    one = ["Mr Beavis said the fine was unfair", "Mr Beavis said he would appeal", "The fine was £85"]
    assert not is_reaction_run(one)


def test_the_event_is_the_first_table_noun_after_the_or_a_name() -> None:
    assert reacted_event(_PARAGRAPHS) == "the ruling"
    assert reacted_event(["Hours after Cameron’s announcement, Eric Pickles spoke."]) == "Cameron's announcement"
    assert reacted_event(["Motorists face fines after judges sat yesterday."]) == ""


def test_a_run_is_titled_only_where_its_paragraphs_write_a_reaction() -> None:
    assert reaction_phrase(_BODIES, _PARAGRAPHS) == "Reaction to the Ruling"
    unreacted = [p.replace("welcomed", "read") for p in _PARAGRAPHS]
    assert reaction_phrase(_BODIES, unreacted) == ""
    assert reaction_phrase(_BODIES[:1], _PARAGRAPHS) == ""


def test_the_title_stands_on_the_event_and_a_verb_of_reacting() -> None:
    assert reaction_grounded("Reaction to the Ruling", _PARAGRAPHS)
    assert grounded("Reaction to the Ruling", _PARAGRAPHS)  # what bench/brief_checks.py asks
    assert not reaction_grounded("Reaction to the Verdict", _PARAGRAPHS)
    assert not reaction_grounded("Reaction to the Ruling", [_PARAGRAPHS[0]])  # no verb of reacting
    assert reaction_grounded("Reaction to Cameron's Announcement", ["Tories hailed Cameron’s announcement."])
