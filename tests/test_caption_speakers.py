"""A caption glued to a sentence that opens on a speaker named with a role before "said"
(text/caption_speakers.py), with names that the word before leads into left whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_speaker_with_a_role_after_a_caption_is_cut() -> None:
    text = (
        "Mr Beavis was fined after he returned 56 minutes late Richard Lloyd, executive director of the "
        "consumer group, said the ruling was wrong."
    )
    assert _sentences(text) == [
        "Mr Beavis was fined after he returned 56 minutes late",
        "Richard Lloyd, executive director of the consumer group, said the ruling was wrong.",
    ]


def test_a_caption_ending_on_a_noun_before_a_speaker_is_cut() -> None:
    text = (
        "He would escape prosecution because he has Alzheimer's disease Pete Saunders, chief executive of "
        "the charity, added that the letter proved otherwise."
    )
    assert _sentences(text) == [
        "He would escape prosecution because he has Alzheimer's disease",
        "Pete Saunders, chief executive of the charity, added that the letter proved otherwise.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The book was finished by the late Richard Lloyd, executive director of the group, said his widow.",
        "The police officers and Detective Vanessa Lewis, from the local force, said the case was closed.",
        "In a statement the charity and Pete Saunders, its chief executive, said the letter was forged.",
        "Her father Mr Robertson, a works foreman, said he spoke to his daughter every single day.",
        "The letter from headteacher Tom Hill, who runs the school, said pupils must wear ties from now on.",
        "Speaking to reporters outside the court today John Smith, a spokesman, said it would appeal.",
    ],
)
def test_names_the_word_before_leads_into_stay(text: str) -> None:
    assert _sentences(text) == [text]
