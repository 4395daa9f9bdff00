"""An English "Or so says X, …" is one bullet with the claim before it (engines/en_claim_sources.py)."""

from __future__ import annotations

from conftest import cnndm_groups


def test_the_claim_and_whose_claim_it_is_are_one_bullet() -> None:
    """en-cnndm 118 (session 46 readers): "Or so says actress Patsy Kensit…" only made sense after
    the bullet before it; the two are one bullet, the overview's first."""
    groups = cnndm_groups(118)
    bullets = [text for group in groups for text in group]
    assert not any(text.startswith("Or so says") for text in bullets), bullets
    assert groups[0][0].startswith("The Duchess of Cambridge is a modern-day suffragette"), groups
    assert "recent years. Or so says actress Patsy Kensit" in groups[0][0], groups
