"""Two neighbouring English theme groups cut through one passage join where their edge bullets go
to the runs they lie in (engines/en_twin_joins.py), read on en-cnndm articles and short drafts."""

from __future__ import annotations

from citebrief.engines.en_twin_joins import _edges
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening


def test_the_arrow_hunters_and_their_own_words_are_one_group() -> None:
    # "Fellow Fans" and "Portions of Arrows" cut passage 9 in two; "By 1929, ..." lay inside the
    # airmail history's run and goes back to it, and the couple's search is one group of five
    groups = cnndm_groups(28)
    history = group_opening(groups, "The concrete arrows were placed at the base")
    assert any(text.startswith("By 1929, the arrows could direct flights") for text in history), groups
    hunters = group_opening(groups, "While the arrows are now long-forgotten")
    assert any(text.startswith("The Smiths told MailOnline Travel") for text in hunters), groups
    assert any(text.startswith("'We have managed to take photos") for text in hunters), groups
    assert len(hunters) == 5 and len(groups) == 3, groups


def test_a_pair_that_fits_only_by_dropping_stays_apart() -> None:
    # the flag protest and the demonstrators' side (5 + 3) have no edge bullet inside another
    # group's run: nothing is dropped to join them, and the trespass warning stays off Playboy
    groups = cnndm_groups(191)
    demonstrators = group_opening(groups, "It is not clear what the demonstrators")
    assert any("trespass warning" in text for text in demonstrators), groups
    assert not any("Playboy" in text for text in demonstrators), groups
    assert sum(len(group) for group in groups) == 15, groups
    # the study's politics (4 + 3): every line of both groups is kept
    bullets = [text for group in cnndm_groups(15) for text in group]
    assert any(text.startswith("Education Secretary Nicky Morgan") for text in bullets), bullets
    assert any(text.startswith("The new research is likely to cause anxiety") for text in bullets), bullets


def _themes(*groups: list[int]) -> list[Draft]:
    return [Draft(n, list(picked)) for n, picked in enumerate(groups, start=1)]


def test_an_edge_bullet_goes_home_only_inside_a_run_with_room() -> None:
    # the pair's first bullet (6) lies between the group before's 5 and 7: it goes back there
    themes = _themes([2, 5, 7], [6, 9, 10], [10, 12, 14], [20, 21])
    assert _edges(themes, 1) == [(6, themes[0])]
    # the pair's last bullet (15) lies inside the run after (13 ... 18)
    themes = _themes([2, 5], [6, 9, 10], [10, 15], [13, 18])
    assert _edges(themes, 1) == [(15, themes[3])]
    # after the group before's run, or where it is full, it stays
    themes = _themes([2, 5, 7], [8, 9, 10], [10, 12, 14])
    assert _edges(themes, 1) == []
    themes = _themes([2, 3, 4, 5, 7], [6, 9, 10], [10, 12, 14])
    assert _edges(themes, 1) == []
