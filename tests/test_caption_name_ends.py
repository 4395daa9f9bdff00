"""An opener word that ends a name, not a caption ("a band called Matthew 24 Now, which …", "'Matthew 24
Now' (they …)"): captions._ends_name keeps the sentence whole (en-cnndm 192 had two bullets cut
there, "Now, which sometimes played …" and "Now' (they are also go by …)")."""

from __future__ import annotations

import pytest

from citebrief.text.caption_cut_points import caption_cuts
from conftest import cnndm_groups


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("They were part of a band called Rising 24 Now, which often played outside the town hall.", False),
        ("The family is part of a band called 'Rising 24 Now' (they also go by another name back home).", False),
        ("The pair were seen leaving the club on 24 Now, the police say the men were not hurt.", True),
    ],
)
def test_an_opener_ending_a_name_is_no_cut(text: str, cut: bool) -> None:
    assert bool(caption_cuts(text, 0, len(text))) is cut


def test_a_band_name_is_not_cut_into_bullets() -> None:
    bullets = [text for group in cnndm_groups(192) for text in group]
    assert not any(text.startswith("Now") for text in bullets), bullets
    assert any("'Matthew 24 Now'" in text for text in bullets), bullets
