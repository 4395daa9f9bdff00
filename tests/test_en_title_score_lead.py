"""A time label over an English group that tells a match's lead gives way to the player's lead
(text/en_title_score_lead.py, through text/en_title_event.reader_title)."""

from __future__ import annotations

from citebrief.text.en_title_event import reader_title
from citebrief.text.en_title_score_lead import score_lead_title
from conftest import shared_group_titles

_TEXTS = ["Jack Dawson led the final against Tom Reed.", "Dawson moved further ahead on Sunday."]
_BULLETS = [
    "The champion built an 8-2 lead, needing one more frame in Monday's closing session",
    "Armed with a 5-3 lead from the opening session, Dawson moved further ahead on Sunday",
    "The champion needs one more frame to reach the quarter-finals",
]


def test_the_snooker_lead_titles_the_match_group() -> None:
    # en-cnndm 48: the two scores' group (en_lead_twin_trades) was "Monday's Closing Session",
    # an outlet's time label over Sunday's play
    titles = shared_group_titles("en-cnndm.jsonl", 48)
    assert "O'Sullivan's 12-4 Lead" in titles and "Monday's Closing Session" not in titles, titles


def test_the_widest_lead_and_the_named_player() -> None:
    assert score_lead_title(_BULLETS, _TEXTS, set()) == "Dawson's 8-2 Lead"


def test_a_time_label_gives_way_to_the_lead() -> None:
    # one bullet of three names him: too few for his name alone (`en_title_event._named_person`)
    title = reader_title(_BULLETS, _TEXTS, _TEXTS, set(), "Monday's Closing Session")
    assert title == "Dawson's 8-2 Lead"


def test_no_lead_or_no_person_keeps_nothing() -> None:
    assert score_lead_title([b.replace("lead", "score") for b in _BULLETS], _TEXTS, set()) == ""
    unnamed = [_BULLETS[0], "Armed with a 5-3 lead from the opening session, he moved ahead", _BULLETS[2]]
    assert score_lead_title(unnamed, _TEXTS, set()) == ""
    assert score_lead_title(_BULLETS, _TEXTS, {"dawson's 8-2 lead"}) == ""


def test_a_title_that_is_no_time_label_stays() -> None:
    assert reader_title(_BULLETS, _TEXTS, _TEXTS, set(), "Closing Session") == "Closing Session"
