"""`en_title_cover.phrases` keeps only phrases half the bullets say (two at least), what both
its readers (`_best`, the grouping's `_covering`) take: a phrase two of six bullets say is let go
before its members are read, one two of four say is kept."""

from __future__ import annotations

from citebrief.text.en_title_cover import phrases

BULLETS = [
    "The solar farm opened in Kent on Monday.",
    "Engineers said the solar farm powers 4,000 homes.",
    "Local farmers grazed sheep nearby.",
    "The council approved a new bypass road.",
    "Traffic on the bypass road fell sharply.",
    "Residents praised the bypass road scheme.",
]


def _said(bullets: list[str]) -> dict[str, list[int]]:
    return {p.text: sorted(p.members) for p in phrases(bullets, bullets, BULLETS, set())}


def test_two_of_four_kept() -> None:
    assert _said(BULLETS[:4])["solar farm"] == [0, 1]


def test_two_of_six_let_go_three_kept() -> None:
    said = _said(BULLETS)
    assert "solar farm" not in said
    assert said["bypass road"] == [3, 4, 5]
