"""An English line of talk whose point stood in the sentence before ("… how to do that.", "Some
…, others for 30 years.") leaves its theme group (engines/en_loose_lines.py)."""

from __future__ import annotations

from citebrief.engines.en_loose_lines import loose_line
from conftest import cnndm_groups


def test_a_loose_line_is_read() -> None:
    assert loose_line("People want information on how to do that.")
    assert loose_line("Some couples who have been together for a year, others for 30 years.")
    assert not loose_line("Some fans left early, others stayed to cheer the team.")  # a verb of its own
    assert not loose_line("The council has asked residents to report flooding and many have done so already today.")
    assert not loose_line("People want information on safe routes.")
    assert loose_line("It has been reported they separated three weeks ago.")
    assert loose_line("Reports say that they met in 2010.")
    assert not loose_line("It has been reported the couple separated three weeks ago.")  # says who


def test_the_loose_lines_leave_their_groups() -> None:
    """en-cnndm 50 (session 46 readers): "People want information on how to do that" and "Some
    couples who have been together for a year, others for 30 years" pointed at nothing."""
    bullets = [text for group in cnndm_groups(50) for text in group]
    assert not any(text.startswith(("People want information", "Some couples")) for text in bullets), bullets
    assert any(text.startswith("Dawson thinks the attraction for OM") for text in bullets), bullets


def test_a_report_of_an_unplaced_they_leaves_its_group() -> None:
    """en-cnndm 170 (session 48 readers): "It has been reported they separated three weeks ago"
    after "Jones is now dating Will Forte …" read as Jones and Forte parting (they: Flay and March)."""
    groups = cnndm_groups(170)
    bullets = [text for group in groups for text in group]
    assert not any(text.startswith("It has been reported they") for text in bullets), bullets
    assert any(text.startswith("Jones is now dating Will Forte") for text in bullets), bullets
