"""A box of labelled lists glued into an English sentence (text/caption_boxes.py): the caption
before it and the sentence after it stand apart; one label, or labels before words, stay."""

from __future__ import annotations

from citebrief.segment import sentence_spans
from citebrief.text.caption_boxes import box_cuts


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_team_sheet_between_a_caption_and_a_sentence() -> None:
    text = (
        "The striker celebrates his goal against Leeds at the Etihad Goalkeeper: Joe Hart Defenders: "
        "Gary Cahill, Ryan Bertrand Strikers: Wayne Rooney, Danny Welbeck Clearly impressed by the "
        "young striker, the coach has picked him for the team of the year."
    )
    assert _sentences(text) == [
        "The striker celebrates his goal against Leeds at the Etihad",
        "Goalkeeper: Joe Hart Defenders: Gary Cahill, Ryan Bertrand Strikers: Wayne Rooney, Danny Welbeck",
        "Clearly impressed by the young striker, the coach has picked him for the team of the year.",
    ]


def test_labels_before_words_stay() -> None:
    text = "Mr Murphy added: 'The talk became heated' Ms Lane said: 'It did not' and left the court."
    assert box_cuts(text, 0, len(text)) == []


def test_one_label_stays() -> None:
    text = "The coach named his side for the final on Friday Goalkeeper: Joe Hart was the only change."
    assert box_cuts(text, 0, len(text)) == []
