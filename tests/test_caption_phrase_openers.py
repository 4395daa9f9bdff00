"""A caption glued to a sentence that opens on "To" and its verb or on "Like the …"
(text/caption_phrase_openers.py): cut there, but not where "To"/"Like" run on into a title or
follow a word a title follows."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.caption_phrase_openers import phrase_opener
from citebrief.text.captions import BEFORE_TITLE
from conftest import shared_article


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "She shades her face with dark brows and a pale base To highlight them even more, she added a paler layer.",
            [
                "She shades her face with dark brows and a pale base",
                "To highlight them even more, she added a paler layer.",
            ],
            id="infinitive-of-a-noun-verb",
        ),
        pytest.param(
            "The dog licks the frozen lolly and has a taste Like the old cartoon about Tom and Jerry, the dog gets "
            "stuck to it.",
            [
                "The dog licks the frozen lolly and has a taste",
                "Like the old cartoon about Tom and Jerry, the dog gets stuck to it.",
            ],
            id="like-opener-with-a-title-inside",
        ),
        pytest.param(
            "The crowd at the festival sang the hit Like a Rolling Stone, and then the band went home.",
            ["The crowd at the festival sang the hit Like a Rolling Stone, and then the band went home."],
            id="like-a-title",
        ),
        pytest.param(
            "The fans who came back watched Back To The Future, the film that made him a star.",
            ["The fans who came back watched Back To The Future, the film that made him a star."],
            id="to-in-a-title",
        ),
        pytest.param(
            "The pair were hoping to travel from London To somewhere warm, the sunny south of Spain.",
            ["The pair were hoping to travel from London To somewhere warm, the sunny south of Spain."],
            id="to-after-a-name",
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a pale base To highlight them even more, she added", True, id="verb-comma-pronoun"),
        pytest.param("a pale base To highlight them even more and more", False, id="no-comma"),
        pytest.param("a pale base To highlight them even more, Promise added", False, id="name-after-comma"),
        pytest.param("a pale base To The Max is her show, she said", False, id="title-after-to"),
        pytest.param("the film called To highlight a life, it was", False, id="after-a-title-word"),
        pytest.param("a pale base To Highlight them, she added", False, id="capital-verb"),
        pytest.param("a pale base Like highlight them, she added", False, id="like-then-a-verb"),
        pytest.param("has a taste Like the scene from Dumb and Dumber, the fly", True, id="like-the"),
        pytest.param("has a taste Like Dumb and Dumber, the fly sticks", False, id="like-then-a-capital"),
        pytest.param("has a taste Like the Scene, the fly sticks", False, id="like-the-capital"),
        pytest.param("sang the song Like a prayer, the crowd", False, id="like-after-a-title-word"),
        pytest.param("has a taste Like the scene from the film, Promise", False, id="like-then-a-name"),
    ],
)
def test_phrase_opener(text: str, expected: bool) -> None:
    words = text.split()
    index = next(k for k, word in enumerate(words) if word in {"To", "Like"})
    assert phrase_opener(words, index, BEFORE_TITLE) is expected


def test_en_cnndm_148_parts_the_caption_from_the_make_up_sentence() -> None:
    # "… having applied heavy eyebrows and a pale base To highlight them even more, she added …":
    # the benches' cut put the whole run in one 58-word bullet
    sentences = _sentences(shared_article("en-cnndm.jsonl", 148))
    assert any(text.endswith("heavy eyebrows and a pale base") for text in sentences)
    assert any(text.startswith("To highlight them even more, she added") for text in sentences)


def test_en_cnndm_74_parts_the_caption_from_the_fly_sentence() -> None:
    # "… fastens its tongue onto the beef steak and has a taste Like the infamous scene from Dumb
    # and Dumber …, the fly becomes attached …": one 47-word bullet fused the caption and the sentence
    sentences = _sentences(shared_article("en-cnndm.jsonl", 74))
    assert any(text.endswith("onto the beef steak and has a taste") for text in sentences)
    assert any(text.startswith("Like the infamous scene from Dumb and Dumber") for text in sentences)
