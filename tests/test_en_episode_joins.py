"""The first English theme group that goes on with the overview's episode joins the overview
(engines/en_episode_joins.py), read on en-cnndm articles."""

from __future__ import annotations

from conftest import cnndm_groups, group_opening


def test_the_ticket_boycott_is_one_group_with_the_lead() -> None:
    # the club handing back its tickets is among the key points; the fan-run boycott of the trip
    # that follows it no longer stands under a title of its own
    groups = cnndm_groups(152)
    overview = groups[0]
    assert overview[0].startswith("Cardiff City will have no supporters present"), groups
    assert any("fan-run campaign to boycott the trip" in text for text in overview), groups
    assert any(text.startswith("Supporters groups had already spoken") for text in overview), groups
    assert len(overview) == 4 and len(groups) == 3, groups


def test_a_nurses_account_follows_the_offer_that_opens_it() -> None:
    # the offer to help Nurse A with her training (a key point) and the prosecutor's account of
    # what followed are one group of five; the doctor's denial and Nurse B stay their own
    groups = cnndm_groups(89)
    overview = groups[0]
    assert any(text.startswith("David McLachlan, prosecuting, said Manohar offered") for text in overview), groups
    assert any(text.startswith("Mr McLachlan said Manohar squeezed") for text in overview), groups
    assert len(overview) == 5, groups
    assert len(group_opening(groups, "Nurse B alleged that Manohar")) >= 2, groups


def test_a_managers_own_words_stay_out_of_the_key_points() -> None:
    # Ancelotti's "Our objective is not to beat Atletico ..." shares the lead's words, but it is
    # his account: his group stays, and the overview keeps the lead's two points
    groups = cnndm_groups(39)
    assert not any(text.startswith("Our objective is not to beat Atletico") for text in groups[0]), groups
    assert len(groups[0]) == 2, groups


def test_the_wembley_visits_are_one_group_in_a_brief_of_two_themes() -> None:
    # the winger's two visits as a fan are a key point; his own "I went twice to Wembley" joins
    # them, and the relegation fight keeps its group
    groups = cnndm_groups(6)
    assert any(text.startswith("‘I went twice to Wembley as a fan") for text in groups[0]), groups
    assert any(text.startswith("Twice the teenage winger visited") for text in groups[0]), groups
    assert len(groups) == 2 and len(group_opening(groups, "Villa are three points above")) == 3, groups


def test_a_film_told_through_the_story_keeps_its_group() -> None:
    # the film's three mentions run from the second passage to the last, past the director's
    # tribute: a thread through the story, not the lead's episode
    groups = cnndm_groups(146)
    film = group_opening(groups, "Fall of an Empire: The Story of Katherine of Alexandria has been dubbed")
    assert film is not groups[0] and len(film) == 3, groups
