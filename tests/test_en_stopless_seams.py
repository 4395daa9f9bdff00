"""English sentences glued with neither a stop nor a space (text/en_stopless_seams.py): cut where
a long sentence's last word, in lower case or a figure's unit, runs into a capitalised word;
brand names, page notices and link headlines run together are left to their own rules."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.en_stopless_seams import stopless_cuts
from conftest import shared_groups


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "cut_before"),
    [
        (
            "Police Senior Sergeant James Coate told ABC that the saltwater crocodile had been in a waterway on "
            "the 11th holeMr Lahiff, speaking from Cairns Hospital, said he had seen crocodiles there before.",
            "Mr Lahiff, speaking",
        ),
        (
            "Between the initial fee, wages during his five-year deal and this latest tax payment, Neymar will "
            "have cost the club £106.8mLast month, Sandro Rosell resigned as Barcelona president.",
            "Last month, Sandro",
        ),
    ],
)
def test_a_sentence_glued_without_a_stop_is_cut(text: str, cut_before: str) -> None:
    sentences = _sentences(text)
    assert len(sentences) == 2
    assert sentences[1].startswith(cut_before)


@pytest.mark.parametrize(
    "text",
    [
        "He bought an iPhone and a new MacBook at the big store on the high street in town on Friday morning.",
        "Fans at the ground watched LeBron James and his team beat the visitors in front of YouTube cameras.",
        "Media playback is not supported on this deviceIreland are bidding to become the first side ever to win.",
        "BBC team attacked while investigating soldiers' deathsRussian families look for soldier sonsMr Yashin "
        "said the opposition would seek donations.",
        "More on the millionaire 'murdered' by his wife, and other newsShe said: \"His guard was lowered.\"",
    ],
)
def test_names_notices_and_link_headlines_are_no_seam(text: str) -> None:
    assert stopless_cuts(text, 0, len(text)) == []


@pytest.mark.parametrize(("record", "glued"), [(199, "holeMr"), (193, "£106.8mLast")])
def test_xsum_bullets_glued_without_a_stop_are_two(record: int, glued: str) -> None:
    bullets = [bullet for group in shared_groups("en-xsum.jsonl", record) for bullet in group]
    assert bullets
    assert not any(glued in bullet for bullet in bullets)
