"""An English story read in runs is grouped by topic and place where that gathers a thread the
runs split (`en_topic_groups.py`): a name spread over fewer themes, no paragraph left loose, no
theme swollen, a theme that comes back after another; elsewhere the runs stand."""

from __future__ import annotations

import numpy as np

from citebrief.engines.en_topic_groups import _loners, _scattered, _spread
from conftest import cnndm_groups


def test_a_name_is_scattered_over_each_theme_past_its_first() -> None:
    named = [{"cruz"}, set(), {"cruz", "christie"}, {"christie"}, {"once"}]
    assert _scattered(named, np.array([0, 0, 1, 1, 1])) == 1  # cruz in themes 0 and 1
    assert _scattered(named, np.array([0, 1, 0, 0, 1])) == 0  # a name said once counts for nothing


def test_a_loner_shares_nothing_with_the_rest_of_its_theme() -> None:
    content = np.array([[1.0, 0.0, 0.0], [0.8, 0.6, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    assert _loners(content, np.array([0, 0, 0, 1])) == 1  # the third paragraph, not the one alone
    assert _loners(content, np.array([0, 0, 1, 1])) == 2


def test_sentences_left_out_take_the_theme_before_them() -> None:
    assert _spread(np.array([-1, 1, -1, 0, -1])).tolist() == [1, 1, 1, 0, 0]


def test_a_thread_that_comes_back_joins_its_group() -> None:
    """en-cnndm record 163 as readers read it: Mrs Cruz's unpaid leave, four paragraphs after the
    sign that Christie will run, is told with it, not left out behind the tax returns' group. (s51k:
    the sign's bullet heads its group without its "But", `en_turn_words`: "Many will see …".)"""
    together = [
        g
        for g in cnndm_groups(163)
        if any(t.startswith("Mrs Cruz") for t in g) and any("many will see" in t.lower() for t in g)
    ]
    assert together


def test_runs_stand_where_no_thread_comes_back() -> None:
    """en-cnndm record 5: the award-seat figures' runs are no thread split; its groups stand."""
    groups = cnndm_groups(5)
    assert any(any(t.startswith("Delta Air Lines came in second") for t in g) for g in groups)
    assert any(any(t.startswith("At the bottom of the list was JetBlue") for t in g) for g in groups)
