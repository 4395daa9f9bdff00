"""A caption ending on "Town, Country" glued to a sentence opening on a capitalised article,
pronoun or clause opener (text/caption_places.py), with names and titles after a place left whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_caption_ending_on_a_place_is_cut_before_a_clause_opener() -> None:
    text = (
        "They had to go to a hospice in Grand Junction, Colorado When John died his new wife sat by his "
        "side, holding his hand."
    )
    assert _sentences(text) == [
        "They had to go to a hospice in Grand Junction, Colorado",
        "When John died his new wife sat by his side, holding his hand.",
    ]


def test_gallery_captions_ending_on_places_are_cut_apart() -> None:
    text = (
        "A basket vendor balances his products on the back of a bike in Ho Chi Minh City, Vietnam There's "
        "only one way to move a bike that isn't working in Vietnam"
    )
    assert _sentences(text) == [
        "A basket vendor balances his products on the back of a bike in Ho Chi Minh City, Vietnam",
        "There's only one way to move a bike that isn't working in Vietnam",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The band flew from London to Nashville, Tennessee A Capella Society members sang for them there.",
        "The team settled on a fallback called Plan B, Plan A was never going to work out for them.",
        "He was born in Paris, Texas and grew up on a ranch outside the town with his brothers.",
    ],
)
def test_names_and_titles_after_a_place_stay(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_one_block_articles_passages_count_the_run_on_as_one_sentence() -> None:
    from citebrief.ingest import document_from_text

    filler = [f"The couple drove on through the hills on day number {n} of the trip." for n in range(14)]
    run_on = "They stopped at a hospice in Grand Junction, Colorado When John died his wife sat by his side."
    text = " ".join([filler[0], run_on, *filler[1:]])
    first = document_from_text(text, origin="x", kind="text").segments[0]
    assert first.passage
    assert first.text.endswith("day number 2 of the trip.")  # four sentences, as before the cut
    assert [s.text for s in first.sentences][1:3] == [
        "They stopped at a hospice in Grand Junction, Colorado",
        "When John died his wife sat by his side.",
    ]
