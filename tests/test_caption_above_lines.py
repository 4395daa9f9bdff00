"""A sentence that only says what a picture above or below shows ("Above, a picture of the band from
their Facebook page.") is the page's caption, no claim: lines.tsv's caption-above-en row skips it."""

from __future__ import annotations

import pytest

from citebrief.text.patterns import skip_reason
from conftest import cnndm_groups


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Above, a photo of the couple from their wedding day.", True),
        ("Below, an image taken by the drone over the bay.", True),
        ("Pictured, a still from the film's trailer.", True),
        ("A photo of the couple from their wedding day was shared online.", False),  # a claim
        ("Above all, the picture of the economy is bleak.", False),
        ("Pictured, the scene of the crash.", False),  # no picture named: left to the caption rules
    ],
)
def test_a_picture_above_is_a_caption(text: str, caption: bool) -> None:
    assert (skip_reason(text) == "caption-above-en") is caption


def test_a_picture_above_is_no_bullet() -> None:
    # en-cnndm 192: "Above, a picture of the band …" stood as a bullet, a fragment with no verb
    bullets = [text for group in cnndm_groups(192) for text in group]
    assert not any(text.startswith("Above, a picture") for text in bullets), bullets
