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


def test_the_loose_lines_leave_their_groups() -> None:
    """en-cnndm 50 (session 46 readers): "People want information on how to do that" and "Some
    couples who have been together for a year, others for 30 years" pointed at nothing."""
    bullets = [text for group in cnndm_groups(50) for text in group]
    assert not any(text.startswith(("People want information", "Some couples")) for text in bullets), bullets
    assert any(text.startswith("Dawson thinks the attraction for OM") for text in bullets), bullets
