"""The body an English sentence opens by quoting (`text/en_body_speakers.py`), and a loner's
stand-in (`engines/en_loners.py`) that would give a body's response a second time."""

from __future__ import annotations

import pytest

from citebrief.text.en_body_speakers import speaking_body
from conftest import shared_groups


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Ministry of Justice said it was acting on the report's recommendations.", "Ministry of Justice"),
        (
            'A Ministry of Justice spokesperson said it wanted "much more effective rehabilitation".',
            "Ministry of Justice",
        ),
        ("Hereford Council has said the road will reopen.", "Hereford Council"),
        ("He said the road would reopen.", ""),  # a pronoun may be anyone
        ("The defendant said nothing.", ""),
        ("Inspectors found delays in most cases.", ""),
    ],
)
def test_speaking_body(text: str, body: str) -> None:
    assert speaking_body(text) == body


def test_a_loner_gives_no_place_to_a_second_word_of_the_same_body() -> None:
    """en-xsum 111: the report's recommendations, a loner of their group, gave way to the Ministry
    of Justice spokesperson's words, while the first group holds the ministry's response already."""
    groups = shared_groups("en-xsum.jsonl", 111)
    bullets = [text for group in groups for text in group]
    assert any(text.startswith("The Ministry of Justice said") for text in bullets)
    assert not any(text.startswith("A Ministry of Justice spokesperson") for text in bullets)
    assert any(text.startswith("Among its recommendations") for text in bullets)
