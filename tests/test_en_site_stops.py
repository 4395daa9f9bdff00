"""A sentence ending on a website's name and stop ends there (en-cnndm 115: "… notes Philly.com. |
Wishes she was a millionaire: …", a photo caption glued to a bullet)."""

from __future__ import annotations

from citebrief.segment import sentence_spans
from citebrief.text.en_site_stops import site_stop_cuts
from conftest import cnndm_groups

GLUED = "He lost on the last question, notes Philly.com. Wishes she was rich: The teacher sent a link."


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, "en")]


def test_site_stop_ends_the_sentence() -> None:
    assert site_stop_cuts(GLUED, 0, len(GLUED)) == [GLUED.index("Wishes")]
    assert _pieces(GLUED)[0] == "He lost on the last question, notes Philly.com."
    uk = "The report was first published by Guardian.co.uk. Ministers later denied every word of it."
    assert _pieces(uk)[1] == "Ministers later denied every word of it."


def test_addresses_and_short_sides_are_left() -> None:
    for text in (
        "Visit www.philly.com. Wishes she was rich: The teacher sent a link.",  # a longer address
        "See Amazon.com/deals. Wishes she was rich: The teacher sent a link.",  # a path
        "Philly.com. Wishes she was rich: The teacher sent a link.",  # too short before
        "He lost on the last question, notes Philly.com. Wishes came.",  # too short after
        "He lost on the last question, notes Philly.com. and the teacher sent a link.",  # no capital
    ):
        assert site_stop_cuts(text, 0, len(text)) == [], text


def test_shared_cnndm_115_caption_leaves_the_bullet() -> None:
    bullets = [text for group in cnndm_groups(115) for text in group]
    assert any(text.rstrip(".").endswith("notes Philly.com") for text in bullets)
    assert not [text for text in bullets if "Wishes she was a millionaire" in text]
