"""A title whose subtitle ends the sentence is what the sentence names ("… playing Red Fox in
Space Knights: Dark Moon."), not a caption's label before a glued sentence
(caption_shapes.title_label): the sentence stays whole, no verbless title piece becomes a bullet."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "She said she loved her co-star, who is now on screens everywhere playing Red Fox in Space Knights: Dark Moon.",
        "He also voiced the cartoon villain Doctor Gray in Ocean Tales: The Deep Returns.",
        'The actor was cast as a pilot flying Blue Hawk in Sky Raiders: "The Last Run".',
    ],
)
def test_a_subtitle_ending_the_sentence_keeps_it_whole(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_label_title_before_a_sentence_still_cuts() -> None:
    text = "The show needed entertaining Fall of an Empire: The Story of Rome attempts to please its fans."
    assert _sentences(text) == [
        "The show needed entertaining",
        "Fall of an Empire: The Story of Rome attempts to please its fans.",
    ]


def test_a_trade_paper_told_is_a_label_not_a_title() -> None:
    """Once the sentence is whole, "told The Hollywood Reporter" ranks the paper as a title: it is
    where the news was told (data/en_outlet_labels.tsv), never what the group tells."""
    from citebrief.text.en_title_outlet import outlet_label

    assert outlet_label("Hollywood Reporter")
    assert not outlet_label("Hollywood Actors")
